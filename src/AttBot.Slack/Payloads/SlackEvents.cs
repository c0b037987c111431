using System.Text.Json.Serialization;

namespace AttBot.Slack.Payloads;

/// <summary>The Events API envelope: url_verification, or event_callback carrying one event with a globally unique event_id.</summary>
public sealed record SlackEventEnvelope
{
    public string? Type { get; init; }
    public string? Challenge { get; init; }
    public string? TeamId { get; init; }
    public string? EventId { get; init; }
    public SlackEvent? Event { get; init; }
    public List<SlackAuthorization>? Authorizations { get; init; }

    /// <summary>
    /// Not Slack but a restart delivers it: it was journaled and acknowledged before a crash and may have been partly
    /// carried out (never read from the wire).
    /// </summary>
    [JsonIgnore]
    public bool Resumed { get; init; }

    /// <summary>The app's own bot user in this workspace, so the bot never answers itself.</summary>
    public string? BotUserId => Authorizations?.FirstOrDefault(a => a.IsBot)?.UserId;
}

public sealed record SlackEvent
{
    public string? Type { get; init; }
    public string? Subtype { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    /// <summary>app_home_opened: "home" or "messages", the tab the person opened.</summary>
    public string? Tab { get; init; }
}

public sealed record SlackAuthorization
{
    public string? UserId { get; init; }
    public bool IsBot { get; init; }
}
