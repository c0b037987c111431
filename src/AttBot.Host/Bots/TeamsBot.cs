using System.Text.Json;
using System.Text.Json.Nodes;
using AttBot.BotFramework.Authentication;
using AttBot.BotFramework.Builder;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Host.Countries;
using AttBot.Host.Limits;
using AttBot.Host.Outreach;
using AttBot.Host.Places;
using AttBot.Host.Teams;
using AttBot.Cards.Replies;
using AttBot.Host.Conversations;
using System.Globalization;

namespace AttBot.Host.Bots;

/// <summary>
/// AttBot on the Bot Framework channel (Teams, Agents Playground): transport only. It checks the tenant and the rate
/// limit, reads the command once (TeamsCommand), hands it with the turn to the CommandDispatcher, and sends what the
/// AdaptiveCardRenderer lays out: to the conversation, or to the asker's 1:1 chat when the answer is for them alone.
/// </summary>
public sealed class TeamsBot(CountryDirectory directory, CommandDispatcher dispatcher, OutreachAnswers outreach, StatusAnswers status, AdaptiveCardRenderer renderer,
    PeopleDesk people, RoleDirectory roles, Welcome welcome, TenantPolicy tenants, UserRateLimiter rateLimiter, Readers readers, Rosters rosters, OneToOne oneToOne,
    Language.LanguageDesk languages, Teams.MessageExtension messageExtension, Operations.AttBotMetrics metrics) : ActivityHandler
{
    public override Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!tenants.Allows(activity))
            return RefuseTenantAsync(turnContext, cancellationToken);
        // Over the limit: one friendly word, and nothing read, remembered or stored.
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && PersonOf(activity) is { } asker
            && rateLimiter.Check(asker.ChannelId, asker.UserId) is var verdict && verdict != UserRateLimiter.Verdict.Allowed)
            return SlowDownAsync(turnContext, verdict, languages.ReaderOf(asker), cancellationToken);
        if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
            welcome.Remember(activity, turnContext.Identity.VouchesFor(activity.ServiceUrl));
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && PersonOf(activity) is { } person)
            people.Seen(person, activity.Conversation?.ConversationType == "personal" ? activity.Conversation.Id : null);
        return activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            ? metrics.TimeTurnAsync(activity.ChannelId ?? "msteams", activity.Type, () => base.OnTurnAsync(turnContext, cancellationToken))
            : base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>Another organization's tenant: a polite word when someone asked something, and nothing stored.</summary>
    private static Task RefuseTenantAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var refusal = CommandSentences.NotAvailable(Domain.Language.ReaderLanguage.Of(null, turnContext.Activity.Locale));
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
            turnContext.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Message(refusal));
        else if (turnContext.Activity.Type == ActivityTypes.Message)
            return turnContext.SendActivityAsync(refusal, cancellationToken);
        return Task.CompletedTask;
    }

    private static Task SlowDownAsync(TurnContext turnContext, UserRateLimiter.Verdict verdict, Domain.Language.Language language, CancellationToken cancellationToken)
    {
        var notice = CommandSentences.SlowDown(language);
        // An invoke must be answered whatever happens: the channel shows an error otherwise.
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
            turnContext.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Message(notice));
        else if (verdict == UserRateLimiter.Verdict.TellOnce)
            return turnContext.SendActivityAsync(notice, cancellationToken);
        return Task.CompletedTask;
    }

    protected override async Task OnMessageActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // A status card inserted from the search message extension and sent to the chat asks nothing: no answer (it would
        // otherwise be read as the unknown command "<span class=…").
        if (activity.ValueString(CardData.Command) is null && activity.IsComposedCardOnly())
            return;
        var (command, text) = TeamsCommand.Of(activity);
        var turn = TurnOf(turnContext, text);
        if (await dispatcher.AnswerAsync(turn, command, cancellationToken) is not { } reply)
            return;
        // Secretariat material is never posted where others read along: it goes to the asker's 1:1 chat.
        if (reply.MeantFor == MeantFor.AskerAlone)
        {
            await oneToOne.AnswerAsync(turnContext, turn.Person, renderer.Render(reply, turn.Language), turn.Language, cancellationToken);
            return;
        }
        // The room read less than the asker may: the asker's full confirmation goes to their 1:1 chat as well.
        if (reply is Reply.Registered { Full: { } full })
            await oneToOne.SendAsync(turn.Person, renderer.Render(full, turn.Language), cancellationToken);
        await turnContext.SendActivityAsync(renderer.Render(reply, turn.Language), cancellationToken);
    }

    private TeamsTurn TurnOf(TurnContext turnContext, string commandText = "")
    {
        var person = PersonOf(turnContext.Activity)!;
        return new TeamsTurn(turnContext, person, roles.ViewerOf(person), languages.ReaderOf(person), commandText, readers);
    }

    /// <summary>People joined or left: the next answer here reads the roster again.</summary>
    protected override Task OnConversationUpdateActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity is { MembersAdded.Count: > 0 } or { MembersRemoved.Count: > 0 })
        {
            rosters.Forget(activity.ChannelId ?? "", TeamsPlaces.RosterId(activity));
            rosters.Forget(activity.ChannelId ?? "", TeamsPlaces.RosterId(activity.Conversation?.Id ?? ""));
        }
        return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override Task<InvokeResponse> OnComposeExtensionQueryAsync(TurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        // The searcher's language (their choice, else the activity's locale): they pick the card before others read it.
        Task.FromResult(messageExtension.Query(query, PersonOf(turnContext.Activity) is { } searcher
            ? languages.ReaderOf(searcher) : Domain.Language.ReaderLanguage.Of(null, turnContext.Activity.Locale)));

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turnContext, CancellationToken cancellationToken) =>
        membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id)
            ? welcome.SendOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    protected override Task OnInstallationUpdateAddAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        welcome.SendOnceAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Action is "remove" or "remove-upgrade")
        {
            welcome.Forget(turnContext.Activity);
            return Task.CompletedTask;
        }
        return base.OnInstallationUpdateActivityAsync(turnContext, cancellationToken);
    }

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(TurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var action = invokeValue.Action!;
        var turn = TurnOf(turnContext);
        return action.Verb switch
        {
            CardData.ViewVerb => View(turn, action),
            CardData.RegisterVerb => await SubmitFormAsync(turn, action, cancellationToken),
            CardData.CoordinatedVerb => await SettleAsync(turn, action, ConflictResolution.Coordinated, cancellationToken),
            CardData.NotAConflictVerb => await SettleAsync(turn, action, ConflictResolution.NotAConflict, cancellationToken),
            CardData.StatusVerb => directory.FindByIso3(StringData(action, CardData.Iso3)) is { } country
                ? AdaptiveCardInvokeResponse.Card(renderer.StatusCard(status.StatusOf(country), turn.Language))
                : AdaptiveCardInvokeResponse.Error(400, "UnknownCountry", Domain.Language.ButtonWords.UnknownState(turn.Language)),
            CardData.ApplyImportVerb => await DecideImportAsync(turn, action, apply: true, cancellationToken),
            CardData.DiscardImportVerb => await DecideImportAsync(turn, action, apply: false, cancellationToken),
            _ => AdaptiveCardInvokeResponse.Error(400, "NotSupported", CommandSentences.UnknownAction(action.Verb ?? "", turn.Language)),
        };
    }

    /// <summary>The import card's buttons: the same command as typed, answered in place of the card that was clicked.</summary>
    private async Task<AdaptiveCardInvokeResponse> DecideImportAsync(TeamsTurn turn, AdaptiveCardInvokeAction action, bool apply, CancellationToken cancellationToken)
    {
        var command = new BotCommand.DecideImport(NumberData(action, CardData.ImportId).ToString(CultureInfo.InvariantCulture), apply);
        return renderer.InvokeResponse((await dispatcher.AnswerAsync(turn, command, cancellationToken))!, turn.Language);
    }

    /// <summary>A reader's own view of a card posted in a shared place: asked by their Teams client (the card's refresh).</summary>
    private AdaptiveCardInvokeResponse View(TeamsTurn turn, AdaptiveCardInvokeAction action) =>
        outreach.ViewFor(turn.Asker, StringData(action, CardData.View) ?? "", StringData(action, CardData.AskedBy) ?? "", turn.ChannelId) is { } view
            ? renderer.InvokeResponse(view, turn.Language)
            : AdaptiveCardInvokeResponse.Error(400, "NotSupported", CommandSentences.ViewGone(turn.Language));

    private async Task<AdaptiveCardInvokeResponse> SubmitFormAsync(TeamsTurn turn, AdaptiveCardInvokeAction action, CancellationToken cancellationToken)
    {
        var (request, problems) = RegistrationFormValues.Read(action.Data, turn.Language);
        // A resubmitted form (the same click delivered twice) answers with the same confirmation, registered once; one that
        // looks like the person's own earlier registration is asked about first, as a typed line is.
        var reply = (await outreach.RegisterAsync(turn, request, problems, typedText: null, answerRedelivery: true, cancellationToken, askIfRegisteredBefore: true))!;
        if (reply.MeantFor == MeantFor.AskerAlone)
        {
            var sent = await oneToOne.SendAsync(turn.Person, renderer.Render(reply, turn.Language), cancellationToken);
            return AdaptiveCardInvokeResponse.Message(CommandSentences.ForYouAlone(sent, turn.Language));
        }
        if (reply is Reply.Registered { Full: { } full })
            await oneToOne.SendAsync(turn.Person, renderer.Render(full, turn.Language), cancellationToken);
        return renderer.InvokeResponse(reply, turn.Language);
    }

    private async Task<AdaptiveCardInvokeResponse> SettleAsync(TeamsTurn turn, AdaptiveCardInvokeAction action, ConflictResolution resolution, CancellationToken cancellationToken)
    {
        var reply = await outreach.SettleAsync(turn.Person, NumberData(action, CardData.ConflictId), resolution, turn.Language, turn.ReadRoomAsync, cancellationToken);
        // The settled alert stays in the language it was posted in, the conversation's; a refusal is the clicker's.
        return renderer.InvokeResponse(reply, reply is Reply.DuplicationAlert ? languages.OfConversation(turn.ChannelId, turn.ConversationId) : turn.Language);
    }

    private static long NumberData(AdaptiveCardInvokeAction action, string key) =>
        action.Data?[key] is JsonNode node && node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var n) ? n : 0;

    private static string? StringData(AdaptiveCardInvokeAction action, string key) =>
        action.Data?[key] is JsonNode node && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    private static Person? PersonOf(Activity activity) => activity.From?.Id is { Length: > 0 } id && activity.ChannelId is { } channel
        ? new Person(channel, id, activity.From.AadObjectId, activity.From.Name is { Length: > 0 } name ? FreeText.Clean(name) : "Unknown user") { Locale = activity.Locale }
        : null;
}
