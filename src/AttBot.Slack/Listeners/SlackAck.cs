using System.Text.Json.Nodes;

namespace AttBot.Slack.Listeners;

/// <summary>
/// What a listener answers Slack at once (an empty 200, or a JSON body such as modal errors), and the slow work to do
/// after the acknowledgement has gone: Slack waits 3 seconds, never more.
/// </summary>
public sealed record SlackAck(JsonObject? Body = null, Func<CancellationToken, Task>? Later = null)
{
    public static SlackAck Empty { get; } = new();

    public static SlackAck Then(Func<CancellationToken, Task> later) => new(null, later);
}
