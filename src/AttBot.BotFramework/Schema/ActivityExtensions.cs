using System.Text.Json;
using System.Text.RegularExpressions;

namespace AttBot.BotFramework.Schema;

public static partial class ActivityExtensions
{
    /// <summary>
    /// The message text without the bot's own @mention, as the SDK's RemoveRecipientMention does: in Teams channels and
    /// group chats the text arrives as "&lt;at&gt;AttBot&lt;/at&gt; status Malaysia". Mentions of other people stay.
    /// </summary>
    public static string TextWithoutRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.IsMentionOf(activity.Recipient?.Id) && entity.MentionText is { Length: > 0 } mention)
                text = text.Replace(mention, "", StringComparison.OrdinalIgnoreCase);
        }
        // Some clients put the mention in the text without an entity: strip a leading <at>BotName</at> as well.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
            text = LeadingAt().Replace(text, m => string.Equals(m.Groups["name"].Value.Trim(), botName, StringComparison.OrdinalIgnoreCase) ? "" : m.Value);
        return text.Trim();
    }

    /// <summary>
    /// Rewrites the @mentions of people in <paramref name="text"/> ("&lt;at&gt;Maria Lopez&lt;/at&gt;") to "&lt;@29:id|Maria Lopez&gt;",
    /// the form Slack uses, so that one command grammar reads who was named on any channel.
    /// </summary>
    public static string WithMentionsAsUserIds(this string text, Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.MentionText is not { Length: > 0 } mention || entity.MentionedAccount() is not { } mentioned || mentioned.Id == activity.Recipient?.Id)
                continue;
            var name = (mentioned.Name ?? "").Replace("|", " ").Replace(">", " ").Trim();
            text = text.Replace(mention, $"<@{mentioned.Id}|{name}>", StringComparison.OrdinalIgnoreCase);
        }
        return text;
    }

    /// <summary>A string field of an object-valued activity value (Action.Submit data), or null.</summary>
    public static string? ValueString(this Activity activity, string key)
    {
        if (activity.Value is not System.Text.Json.Nodes.JsonObject obj || !obj.TryGetPropertyValue(key, out var node) || node is null)
            return null;
        return node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
    }

    /// <summary>
    /// A card the person picked in a message extension and sent as it was: the text is only the placeholder of the card in
    /// the compose box (&lt;span class="inline-compose-card" …&gt;&lt;span itemprop="cardId" …&gt;&lt;/span&gt;&lt;/span&gt;, as the Agents
    /// Playground sends it), the card itself an Adaptive Card attachment. Nothing was asked of the bot.
    /// </summary>
    public static bool IsComposedCardOnly(this Activity activity) =>
        activity.Text is { } text && text.Contains("inline-compose-card", StringComparison.OrdinalIgnoreCase)
        && string.IsNullOrWhiteSpace(SpanTag().Replace(text, ""))
        && activity.Attachments?.Any(a => a.ContentType == Attachment.AdaptiveCardContentType) == true;

    [GeneratedRegex(@"</?span\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SpanTag();

    [GeneratedRegex(@"^\s*<at>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAt();
}
