using Microsoft.Extensions.Primitives;

namespace AttBot.Slack.Payloads;

/// <summary>A slash command as Slack posts it (application/x-www-form-urlencoded). Deprecated fields (token) are not read.</summary>
public sealed record SlashCommand(
    string TeamId, string ChannelId, string? ChannelName, string UserId, string? UserName,
    string Command, string Text, string? ResponseUrl, string? TriggerId)
{
    /// <summary>Not Slack but a restart delivers it, from the durable inbox: see <see cref="SlackEventEnvelope.Resumed"/>.</summary>
    public bool Resumed { get; init; }

    /// <summary>Null when a field Slack always sends is missing: the request is malformed.</summary>
    public static SlashCommand? FromForm(IReadOnlyDictionary<string, StringValues> form)
    {
        string? Field(string name) => form.TryGetValue(name, out var v) && v.Count == 1 ? v[0] : null;
        if (Field("command") is not { Length: > 0 } command || Field("user_id") is not { Length: > 0 } user || Field("channel_id") is not { Length: > 0 } channel)
            return null;
        return new SlashCommand(Field("team_id") ?? "", channel, Field("channel_name"), user, Field("user_name"),
            command, Field("text") ?? "", Field("response_url"), Field("trigger_id"));
    }
}
