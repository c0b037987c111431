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
using AttBot.Domain.Places;

namespace AttBot.Host.Bots;

/// <summary>
/// AttBot on the Bot Framework channel (Teams, Agents Playground): reads the command, hands it to the behaviour
/// that answers it (status, outreach, welcome), and sends the card. The answers are built in StatusReplies,
/// OutreachReplies and the Cards project; the rules live in the domain.
/// </summary>
public sealed class TeamsBot(CountryDirectory directory, StatusReplies status, OutreachReplies outreach, OutreachDesk desk, RoleDesk roleDesk, Welcome welcome, TenantPolicy tenants,
    UserRateLimiter rateLimiter, StatusDeskReplies statusDesk, ReportReplies reports, PriorityReplies priorities, Readers readers, Rosters rosters, OneToOne oneToOne,
    Language.LanguageDesk languages, Maps.MapReplies maps, Teams.MessageExtension messageExtension, Operations.AttBotMetrics metrics,
    Calendar.CalendarDesk calendars) : ActivityHandler
{
    public override Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!tenants.Allows(activity))
            return RefuseTenantAsync(turnContext, cancellationToken);
        // Over the limit: one friendly word, and nothing read, remembered or stored.
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && PersonOf(activity) is { } asker
            && rateLimiter.Check(asker.ChannelId, asker.UserId) is var verdict && verdict != UserRateLimiter.Verdict.Allowed)
            return SlowDownAsync(turnContext, verdict, cancellationToken);
        if (activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
            welcome.Remember(activity, turnContext.Identity.VouchesFor(activity.ServiceUrl));
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && PersonOf(activity) is { } person)
            desk.Seen(person, activity.Conversation?.ConversationType == "personal" ? activity.Conversation.Id : null);
        return activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            ? metrics.TimeTurnAsync(activity.ChannelId ?? "msteams", activity.Type, () => base.OnTurnAsync(turnContext, cancellationToken))
            : base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>Another organization's tenant: a polite word when someone asked something, and nothing stored.</summary>
    private static Task RefuseTenantAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
            turnContext.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Message(TenantPolicy.Refusal));
        else if (turnContext.Activity.Type == ActivityTypes.Message)
            return turnContext.SendActivityAsync(TenantPolicy.Refusal, cancellationToken);
        return Task.CompletedTask;
    }

    private static Task SlowDownAsync(TurnContext turnContext, UserRateLimiter.Verdict verdict, CancellationToken cancellationToken)
    {
        // An invoke must be answered whatever happens: the channel shows an error otherwise.
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
            turnContext.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Message(UserRateLimiter.Notice));
        else if (verdict == UserRateLimiter.Verdict.TellOnce)
            return turnContext.SendActivityAsync(UserRateLimiter.Notice, cancellationToken);
        return Task.CompletedTask;
    }

    protected override async Task OnMessageActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var person = PersonOf(activity)!;
        // A status card inserted from the search message extension and sent to the chat asks nothing: no answer (it would
        // otherwise be read as the unknown command "<span class=…").
        if (activity.ValueString(CardData.Command) is null && activity.IsComposedCardOnly())
            return;
        // A card button (Action.Submit) sends its command in the value; typed text may carry the bot's @mention.
        var text = activity.ValueString(CardData.Command) ?? activity.TextWithoutRecipientMention();
        var command = CommandParser.Parse(text);
        // Who a grant or revoke names: their @mention, read as "<@id|name>" as on Slack. Other text keeps its mentions as typed.
        if (command is BotCommand.Grant or BotCommand.Revoke)
            command = CommandParser.Parse(text.WithMentionsAsUserIds(activity));
        // A file sent on its own (Teams sends no text with it) is the Secretariat's status import.
        if (command is BotCommand.Empty && Status.StatusFiles.FindFile(activity) is not null)
            command = new BotCommand.ImportStatus(null);
        // Secretariat material is never posted where others read along: it goes to the asker's 1:1 chat.
        if (TeamsPlaces.Of(activity).IsShared && Audience.IsPrivateMaterial(command))
        {
            if (await AnswerAsync(turnContext, person, desk.ViewerOf(person), command, text, cancellationToken) is { } privateAnswer)
                await oneToOne.AnswerAsync(turnContext, person, privateAnswer, cancellationToken);
            return;
        }
        // Who reads the answer here: the asker, or, in a group chat or channel, everyone in it.
        var reader = command is BotCommand.OutreachFor or BotCommand.Mine or BotCommand.RegisterText or BotCommand.SubscribeAlerts
            or BotCommand.Cancel or BotCommand.Done or BotCommand.Move
            ? await readers.OfTurnAsync(turnContext, person, cancellationToken)
            : desk.ViewerOf(person);
        if (await AnswerAsync(turnContext, person, reader, command, text, cancellationToken) is { } reply)
            await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    /// <param name="reader">Who will read the answer: the asker, or everyone where it was asked.</param>
    private async Task<Activity?> AnswerAsync(TurnContext turnContext, Person person, Viewer reader, BotCommand command, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        return command switch
        {
            BotCommand.ImportStatus import => await statusDesk.ImportAsync(person, import.PastedText, activity, cancellationToken),
            BotCommand.Status s => status.ForText(s.CountryText),
            BotCommand.RegisterForm => OutreachReplies.Message(outreach.Form(person), "Register outreach"),
            BotCommand.RegisterText r => await RegisterTextAsync(person, reader, r, activity, turnContext.Replayed, cancellationToken),
            BotCommand.SetOrganization o => outreach.SetOrganization(person, o.Name),
            BotCommand.OutreachFor o => outreach.OutreachFor(person, reader, text, o.CountryText, status),
            BotCommand.Mine => outreach.Mine(person, reader, text),
            BotCommand.Cancel c => outreach.Change(reader, desk.Cancel(person, c.IdText), "cancelled"),
            BotCommand.Done d => outreach.Change(reader, desk.Done(person, d.IdText, d.Findings), "recorded as done"),
            BotCommand.Move m => Move(person, reader, m),
            BotCommand.SubscribeAlerts => Subscribe(person, reader, activity, subscribe: true),
            BotCommand.UnsubscribeAlerts => Subscribe(person, reader, activity, subscribe: false),
            BotCommand.History h => History(person, h.Subject),
            BotCommand.Export e => reports.Export(person, e),
            BotCommand.Summary s => reports.Summary(person, s),
            BotCommand.CalendarFeed c => OutreachReplies.Text(calendars.Feed(person, c.FilterText, activity.Locale)),
            BotCommand.CalendarRevoke => OutreachReplies.Text(calendars.Revoke(person, activity.Locale)),
            BotCommand.Priority p => priorities.Priority(person, p),
            BotCommand.Priorities p => priorities.Priorities(person, p),
            BotCommand.Intention i => priorities.Intention(person, i),
            BotCommand.Gaps g => priorities.Gaps(person, g),
            BotCommand.Region r => statusDesk.Region(r.Name),
            BotCommand.Map m => maps.Teams(person, m.Text),
            BotCommand.SetStatus s => statusDesk.SetStatus(person, s),
            BotCommand.DecideImport d => statusDesk.Decide(person, d),
            BotCommand.Grant g => OutreachReplies.Text(roleDesk.Grant(person, g.Role, g.Target)),
            BotCommand.Revoke r => OutreachReplies.Text(roleDesk.Revoke(person, r.Role, r.Target)),
            BotCommand.ListRoles => OutreachReplies.Text(roleDesk.List(person)),
            BotCommand.Champions c => OutreachReplies.Text(roleDesk.Champions(c.RegionText)),
            BotCommand.Usage u => OutreachReplies.Text(CommandSentences.Usage(u)),
            BotCommand.Thanks => OutreachReplies.Text(CommandSentences.Thanks),
            BotCommand.TooLong t => OutreachReplies.Text(t.Message),
            BotCommand.ChooseLanguage l => OutreachReplies.Text(languages.Choose(person, l)),
            _ => StatusReplies.CardMessage(AttBotCards.Help(), "What AttBot can do"),
        };
    }

    /// <summary>The confirmation for the place; when its readers may see less than the asker, the full one goes to the asker's 1:1 chat as well.</summary>
    private async Task<Activity?> RegisterTextAsync(Person person, Viewer reader, BotCommand.RegisterText command, Activity activity, bool replayed,
        CancellationToken cancellationToken)
    {
        if (await outreach.RegisterTextAsync(person, reader, command, SourceKey(activity), activity.Conversation?.Id, answerRedelivery: replayed) is not var (reply, full))
            return null;
        if (full is not null)
            await oneToOne.SendAsync(person, full, cancellationToken);
        return reply;
    }

    /// <summary>Alerts on or off; in a shared place the Secretariat member is told whether its alerts will be full or anonymous.</summary>
    private Activity Subscribe(Person person, Viewer reader, Activity activity, bool subscribe)
    {
        var answer = desk.Subscribe(person, activity.ChannelId!, activity.Conversation!.Id!, subscribe)!;
        return OutreachReplies.Text(subscribe && desk.ViewerOf(person).IsSecretariat ? answer + Audience.AlertDetailNote(TeamsPlaces.Of(activity), reader) : answer);
    }

    private Activity History(Person person, string subject)
    {
        var (title, entries, refusal) = desk.History(person, subject);
        return refusal is not null ? OutreachReplies.Text(refusal) : OutreachReplies.Message(AuditCards.History(title!, entries), title!);
    }

    private Activity Move(Person person, Viewer reader, BotCommand.Move command)
    {
        var (window, problems) = RegistrationParser.ParseWindow(command.DatesText);
        return window is null
            ? OutreachReplies.Text(string.Join(" ", problems.Select(p => p.Message)))
            : outreach.Change(reader, desk.Move(person, command.IdText, window), "moved");
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
        Task.FromResult(messageExtension.Query(query));

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
        var person = PersonOf(turnContext.Activity)!;
        return action.Verb switch
        {
            CardData.ViewVerb => View(person, action),
            CardData.RegisterVerb => await SubmitFormAsync(person, action, turnContext, cancellationToken),
            CardData.CoordinatedVerb => await SettleAsync(person, action, ConflictResolution.Coordinated, turnContext, cancellationToken),
            CardData.NotAConflictVerb => await SettleAsync(person, action, ConflictResolution.NotAConflict, turnContext, cancellationToken),
            CardData.StatusVerb => directory.FindByIso3(StringData(action, CardData.Iso3)) is { } country
                ? AdaptiveCardInvokeResponse.Card(status.StatusCard(country))
                : AdaptiveCardInvokeResponse.Error(400, "UnknownCountry", "That button names no state I know. Please type the state's name instead."),
            CardData.ApplyImportVerb => statusDesk.Decide(person, NumberData(action, CardData.ImportId), apply: true),
            CardData.DiscardImportVerb => statusDesk.Decide(person, NumberData(action, CardData.ImportId), apply: false),
            _ => AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"I don't know the action '{action.Verb}'. Type **help** to see what I can do."),
        };
    }

    /// <summary>A reader's own view of a card posted in a shared place: asked by their Teams client (the card's refresh).</summary>
    private AdaptiveCardInvokeResponse View(Person person, AdaptiveCardInvokeAction action) =>
        outreach.ViewFor(desk.ViewerOf(person), StringData(action, CardData.View) ?? "", StringData(action, CardData.AskedBy) ?? "", person.ChannelId) is { } card
            ? AdaptiveCardInvokeResponse.Card(card)
            : AdaptiveCardInvokeResponse.Error(400, "NotSupported", "That view cannot be shown again. Please ask me once more.");

    private async Task<AdaptiveCardInvokeResponse> SubmitFormAsync(Person person, AdaptiveCardInvokeAction action, TurnContext turn, CancellationToken cancellationToken)
    {
        var (request, problems) = RegistrationFormValues.Read(action.Data);
        var reader = await readers.OfTurnAsync(turn, person, cancellationToken);
        // A resubmitted form (the same click delivered twice) answers with the same confirmation, registered once.
        var confirmation = await outreach.RegisterAsync(person, reader, request, problems, SourceKey(turn.Activity), turn.Activity.Conversation?.Id, answerRedelivery: true);
        if (confirmation!.FullCard is { } full)
            await oneToOne.SendAsync(person, OutreachReplies.Message(full, "Outreach registration"), cancellationToken);
        return AdaptiveCardInvokeResponse.Card(confirmation.Card);
    }

    /// <summary>The settled alert replaces the card for everyone in the conversation: it shows what all of them may see.</summary>
    private async Task<AdaptiveCardInvokeResponse> SettleAsync(Person person, AdaptiveCardInvokeAction action, ConflictResolution resolution, TurnContext turn, CancellationToken cancellationToken)
    {
        var conflictId = action.Data?[CardData.ConflictId] is JsonNode node && node.GetValueKind() == JsonValueKind.Number ? node.GetValue<long>() : 0;
        var (settled, refusal) = desk.Settle(person, conflictId, resolution);
        if (settled is null)
            return AdaptiveCardInvokeResponse.Message(refusal!);
        var reader = await readers.OfTurnAsync(turn, person, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(OutreachCards.ConflictAlert(Audience.Redacted(settled, reader), desk.CountryName));
    }

    private static long NumberData(AdaptiveCardInvokeAction action, string key) =>
        action.Data?[key] is JsonNode node && node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var n) ? n : 0;

    private static string? StringData(AdaptiveCardInvokeAction action, string key) =>
        action.Data?[key] is JsonNode node && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    private static Person? PersonOf(Activity activity) => activity.From?.Id is { Length: > 0 } id && activity.ChannelId is { } channel
        ? new Person(channel, id, activity.From.AadObjectId, activity.From.Name is { Length: > 0 } name ? FreeText.Clean(name) : "Unknown user") { Locale = activity.Locale }
        : null;

    /// <summary>The channel's identity of this activity: the same activity redelivered has the same key.</summary>
    private static string SourceKey(Activity activity) =>
        $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id ?? Guid.NewGuid().ToString("N")}";
}
