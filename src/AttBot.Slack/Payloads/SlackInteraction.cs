using System.Text.Json;
using System.Text.Json.Serialization;

namespace AttBot.Slack.Payloads;

/// <summary>The JSON in the <c>payload</c> field of an interactivity request: block_actions or view_submission.</summary>
public sealed record SlackInteraction
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";
    public const string Shortcut = "shortcut";

    public string? Type { get; init; }
    public SlackUser? User { get; init; }
    public SlackTeam? Team { get; init; }
    public SlackChannel? Channel { get; init; }
    public List<SlackAction>? Actions { get; init; }
    public SlackView? View { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    /// <summary>A global shortcut's callback_id (the shortcut the person picked).</summary>
    public string? CallbackId { get; init; }

    /// <summary>Not Slack but a restart delivers it, from the durable inbox (never read from the wire): see <see cref="SlackEventEnvelope.Resumed"/>.</summary>
    [JsonIgnore]
    public bool Resumed { get; init; }
}

public sealed record SlackTeam
{
    public string? Id { get; init; }
}

public sealed record SlackUser
{
    public string? Id { get; init; }
    public string? TeamId { get; init; }
    public string? Username { get; init; }
    public string? Name { get; init; }
}

public sealed record SlackChannel
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record SlackAction
{
    public string? ActionId { get; init; }
    public string? BlockId { get; init; }
    public string? Value { get; init; }
    public string? ActionTs { get; init; }
}

public sealed record SlackView
{
    public string? Id { get; init; }
    /// <summary>"modal", or "home" for a click on the app's Home tab (which has no channel and no response_url).</summary>
    public string? Type { get; init; }
    public string? CallbackId { get; init; }
    public string? PrivateMetadata { get; init; }
    public SlackViewState? State { get; init; }
}

public sealed record SlackViewState
{
    /// <summary>block_id → action_id → the element's value, whose shape depends on the element type.</summary>
    public Dictionary<string, Dictionary<string, SlackInputValue>>? Values { get; init; }
}

public sealed record SlackInputValue
{
    public string? Type { get; init; }
    public string? Value { get; init; }
    public string? SelectedDate { get; init; }
    public SlackOption? SelectedOption { get; init; }
    public List<SlackOption>? SelectedOptions { get; init; }
}

public sealed record SlackOption
{
    public string? Value { get; init; }
}

public static class SlackInteractionReader
{
    /// <summary>Null when the payload is not JSON of the expected shape.</summary>
    public static SlackInteraction? Parse(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
            return null;
        try
        {
            return JsonSerializer.Deserialize<SlackInteraction>(payload, SlackJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
