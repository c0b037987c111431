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
        // Every activity says where it comes from and who sent it, whatever its type: one without is not from a channel.
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
            return "The activity has no 'channelId'.";
        if (activity.From is null)
            return "The activity has no 'from'.";
        if (activity.Conversation is null)
            return "The activity has no 'conversation'.";
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke))
            return null; // Acknowledged and ignored (spec A2006): no addressing needed.

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            return "The activity has no 'serviceUrl' to reply to.";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return "The activity's 'serviceUrl' is not an http(s) URL.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return "The activity has no 'conversation.id'.";
        if (string.IsNullOrWhiteSpace(activity.From.Id))
            return "The activity has no 'from.id'.";
        if (activity.Type == ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.Name))
            return "The invoke activity has no 'name'.";
        if (activity.Text is { Length: > MaxTextLength })
            return $"The message text is longer than {MaxTextLength} characters.";
        return null;
    }

    /// <summary>Why a body could not be read, in words, with where it went wrong: never the serializer's type names.</summary>
    public static string Unreadable(string? path, long? line) =>
        path is { Length: > 1 }
            ? $"The body is not a valid activity: the value at '{path}' is malformed or not of the kind the Bot Framework schema gives it."
            : $"The body is not a valid activity: it must be a single, well-formed JSON object{(line is { } l ? $" (the problem is on line {l + 1})" : "")}.";

    /// <summary>A null in a list of members, attachments or entities is dropped: there is nothing to act on in it.</summary>
    public static void DropNullEntries(Activity activity)
    {
        activity.MembersAdded?.RemoveAll(m => m is null);
        activity.MembersRemoved?.RemoveAll(m => m is null);
        activity.Attachments?.RemoveAll(a => a is null);
        activity.Entities?.RemoveAll(e => e is null);
    }
}
