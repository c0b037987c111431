using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttBot.BotFramework.Schema;

/// <summary>
/// The value of a "composeExtension/query" invoke: a search typed in a Teams compose box (Bot Framework's
/// MessagingExtensionQuery). Parameter values arrive as JSON; a text search's is a string.
/// </summary>
public sealed record MessagingExtensionQuery
{
    [JsonPropertyName("commandId")] public string? CommandId { get; init; }
    [JsonPropertyName("parameters")] public IReadOnlyList<MessagingExtensionParameter>? Parameters { get; init; }
    [JsonPropertyName("queryOptions")] public MessagingExtensionQueryOptions? QueryOptions { get; init; }

    /// <summary>The text of the named parameter (or of the first one), trimmed; empty when there is none.</summary>
    public string Text(string name)
    {
        var parameter = Parameters?.FirstOrDefault(p => p.Name == name) ?? Parameters?.FirstOrDefault();
        return parameter?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()!.Trim() : "";
    }
}

public sealed record MessagingExtensionParameter
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("value")] public JsonElement? Value { get; init; }
}

public sealed record MessagingExtensionQueryOptions
{
    [JsonPropertyName("skip")] public int? Skip { get; init; }
    [JsonPropertyName("count")] public int? Count { get; init; }
}
