using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttBot.BotFramework.Schema;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted, case-insensitive on the way in.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Channels send small documents; a deeply nested body is an attack, not an activity.
        MaxDepth = 64,
    };
}
