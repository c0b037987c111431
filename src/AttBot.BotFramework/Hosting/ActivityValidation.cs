using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Hosting;

/// <summary>What an activity must carry before the bot can act on it. Returns the reason it cannot, or null.</summary>
public static class ActivityValidation
{
    private const int MaxTextLength = 28_000; // Teams' own message limit is about 28 KB; anything longer is not a chat message.

    public static string? Check(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
            return "The activity has no 'type'.";
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke))
            return null; // Acknowledged and ignored (spec A2006): no addressing needed.

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            return "The activity has no 'serviceUrl' to reply to.";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return "The activity's 'serviceUrl' is not an http(s) URL.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return "The activity has no 'conversation.id'.";
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.From?.Id))
            return "The activity has no 'from.id'.";
        if (activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name))
            return "The invoke activity has no 'name'.";
        if (activity.Text is { Length: > MaxTextLength })
            return $"The message text is longer than {MaxTextLength} characters.";
        return null;
    }
}
