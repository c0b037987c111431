using System.Text.Json;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Builder;

/// <summary>
/// Routes a turn by activity type to a virtual method, as botbuilder's ActivityHandler does.
/// A bot overrides only what it uses; unknown activity types are ignored (spec A2006).
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    public const string ComposeExtensionQueryInvoke = "composeExtension/query";

    public virtual Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnMessageActivityAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var added = activity.MembersAdded;
        return added is { Count: > 0 } ? OnMembersAddedAsync(added, turnContext, cancellationToken) : Task.CompletedTask;
    }

    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(TurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnInstallationUpdateAddAsync(TurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnInvokeActivityAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == ComposeExtensionQueryInvoke)
        {
            turnContext.InvokeResponse = await OnComposeExtensionQueryAsync(turnContext, ReadValue<MessagingExtensionQuery>(turnContext.Activity) ?? new(), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (turnContext.Activity.Name != AdaptiveCardActionInvoke)
        {
            turnContext.InvokeResponse = new InvokeResponse(400, ErrorBody("NotSupported", $"This bot does not handle the invoke '{turnContext.Activity.Name}'."));
            return;
        }

        AdaptiveCardInvokeValue? value;
        try
        {
            value = turnContext.Activity.Value?.Deserialize<AdaptiveCardInvokeValue>(BotJson.Options);
        }
        catch (JsonException)
        {
            value = null;
        }
        if (value?.Action is null || value.Action.Type != "Action.Execute")
        {
            turnContext.InvokeResponse = new InvokeResponse(400, AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke value carries no Action.Execute."));
            return;
        }

        var result = await OnAdaptiveCardInvokeAsync(turnContext, value, cancellationToken).ConfigureAwait(false);
        turnContext.InvokeResponse = new InvokeResponse(200, result);
    }

    /// <summary>An Action.Execute was clicked: return the card that replaces it, a message, or an error.</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(TurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"This bot does not handle the action '{invokeValue.Action?.Verb}'."));

    /// <summary>A search in a Teams compose box (a search message extension): the result list, in this HTTP response.</summary>
    protected virtual Task<InvokeResponse> OnComposeExtensionQueryAsync(TurnContext turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(400, ErrorBody("NotSupported", "This bot has no message extension.")));

    private static T? ReadValue<T>(Activity activity) where T : class
    {
        try
        {
            return activity.Value?.Deserialize<T>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static object ErrorBody(string code, string message) => new { error = new { code, message } };
}
