using AttBot.BotFramework.Builder;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Host.Countries;

namespace AttBot.Host.Bots;

/// <summary>
/// AttBot on the Bot Framework channel (Teams, Agents Playground): reads the command, hands it to the behaviour
/// that answers it, and sends the card. The answers themselves are built in StatusReplies and AttBotCards.
/// </summary>
public sealed class TeamsBot(CountryDirectory directory, StatusReplies status, Welcome welcome) : ActivityHandler
{
    public override Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate)
            welcome.Remember(turnContext.Activity);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // A card button (Action.Submit) sends its command in the value; typed text may carry the bot's @mention.
        var text = activity.ValueString(CardData.Command) ?? activity.TextWithoutRecipientMention();
        var reply = CommandParser.Parse(text) switch
        {
            BotCommand.Status s => status.ForText(s.CountryText),
            _ => StatusReplies.CardMessage(AttBotCards.Help(), "What AttBot can do"),
        };
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }

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

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(TurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        var action = invokeValue.Action!;
        if (action.Verb == CardData.StatusVerb)
        {
            var iso3 = action.Data?[CardData.Iso3]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? action.Data[CardData.Iso3]!.GetValue<string>() : null;
            return Task.FromResult(directory.FindByIso3(iso3) is { } country
                ? AdaptiveCardInvokeResponse.Card(status.StatusCard(country))
                : AdaptiveCardInvokeResponse.Error(400, "UnknownCountry", "That button names no state I know. Please type the state's name instead."));
        }
        return Task.FromResult(AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"I don't know the action '{action.Verb}'. Type **help** to see what I can do."));
    }
}
