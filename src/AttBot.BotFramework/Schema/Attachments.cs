using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AttBot.BotFramework.Schema;

public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonNode? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}

/// <summary>
/// Metadata about an activity. Mentions are entities of type "mention" whose <c>mentioned</c> account
/// and <c>text</c> ("&lt;at&gt;AttBot&lt;/at&gt;") live in the extension data.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsMentionOf(string? accountId)
    {
        if (accountId is null || !string.Equals(Type, "mention", StringComparison.Ordinal) || Properties is null)
            return false;
        return Properties.TryGetValue("mentioned", out var mentioned)
            && mentioned.ValueKind == JsonValueKind.Object
            && mentioned.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String
            && string.Equals(id.GetString(), accountId, StringComparison.Ordinal);
    }

    /// <summary>The mentioned account of a "mention" entity (id and name), or null.</summary>
    public ChannelAccount? MentionedAccount() =>
        string.Equals(Type, "mention", StringComparison.Ordinal) && Properties is not null && Properties.TryGetValue("mentioned", out var m)
            && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? new ChannelAccount { Id = id.GetString(), Name = m.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null }
            : null;

    public string? MentionText =>
        Properties is not null && Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
}

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }
}

public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public JsonNode? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
}
