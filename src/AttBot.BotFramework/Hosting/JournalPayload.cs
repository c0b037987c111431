using System.Security.Claims;
using System.Text;
using System.Text.Json;
using AttBot.BotFramework.Schema;

namespace AttBot.BotFramework.Hosting;

/// <summary>
/// How a journaled turn is written: the activity exactly as the channel sent it, and the identity its token proved
/// (so a replayed turn trusts what the original did: its serviceUrl, its tenant). No token is kept, only its claims.
/// </summary>
public static class JournalPayload
{
    public static string Write(ReadOnlySpan<byte> activityJson, ClaimsIdentity identity)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(activityJson.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("authenticationType", identity.AuthenticationType);
            json.WriteStartArray("claims");
            foreach (var claim in identity.Claims)
            {
                json.WriteStartObject();
                json.WriteString("type", claim.Type);
                json.WriteString("value", claim.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WritePropertyName("activity");
            json.WriteRawValue(activityJson, skipInputValidation: true);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The activity and identity back; null when the payload cannot be read (it is then skipped and logged).</summary>
    public static (Activity Activity, ClaimsIdentity Identity)? Read(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            var activity = root.GetProperty("activity").Deserialize<Activity>(BotJson.Options);
            if (activity is null)
                return null;
            var identity = new ClaimsIdentity(root.TryGetProperty("authenticationType", out var type) ? type.GetString() : null);
            foreach (var claim in root.GetProperty("claims").EnumerateArray())
                identity.AddClaim(new Claim(claim.GetProperty("type").GetString()!, claim.GetProperty("value").GetString()!));
            return (activity, identity);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
