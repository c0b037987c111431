using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttBot.Slack.Payloads;

/// <summary>Slack's JSON is snake_case; unknown fields are ignored, missing ones stay null.</summary>
public static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Slack reads the words as they are: "·", "越南" and quotes need no escaping, and Block Kit limits count characters.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
