using System.Diagnostics;
using System.Diagnostics.Metrics;
using AttBot.Data.Store;

namespace AttBot.Host.Operations;

/// <summary>
/// The bot's own traces and metrics, under one name ("AttBot"): turns, notices, conflicts raised, and what the
/// outbox still holds. Tags carry channels and outcomes, never a person, a state or a conversation.
/// </summary>
public sealed class AttBotMetrics
{
    public const string Name = "AttBot";

    /// <summary>Spans of the bot's own work (a turn, an outbox delivery), beside ASP.NET Core's and HttpClient's.</summary>
    public static readonly ActivitySource Traces = new(Name);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _notices;
    private readonly Counter<long> _conflicts;

    public AttBotMetrics(IMeterFactory meters, OperationsStore store)
    {
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("attbot.turns", "{turn}", "Turns processed, by channel and outcome.");
        _turnDuration = meter.CreateHistogram<double>("attbot.turn.duration", "ms", "Time from taking a turn to its answer being sent.");
        _notices = meter.CreateCounter<long>("attbot.notices", "{notice}", "Alerts, heads-ups, notes, digests and reminders delivered or given up, by channel.");
        _conflicts = meter.CreateCounter<long>("attbot.conflicts.raised", "{conflict}", "Possible duplications detected at registration or change.");
        meter.CreateObservableGauge("attbot.outbox.depth", () => store.OutboxBacklog().Count, "{message}",
            "Heads-ups, alerts, notes, digests and reminders queued and not yet delivered.");
        meter.CreateObservableGauge("attbot.outbox.oldest_age", () => OldestAge(store), "s",
            "How long the oldest undelivered outbox message has waited.");
    }

    public void TurnProcessed(string channel, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channel }, { "outcome", outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void NoticeSent(string channel, bool delivered) =>
        _notices.Add(1, new TagList { { "channel", channel }, { "outcome", delivered ? "delivered" : "given up" } });

    /// <summary>Times one turn (a Teams activity or a Slack request's work) and counts it with its outcome, inside a span.</summary>
    public async Task TimeTurnAsync(string channel, string kind, Func<Task> turn)
    {
        using var span = Traces.StartActivity("turn");
        span?.SetTag("attbot.channel", channel);
        span?.SetTag("attbot.kind", kind);
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            await turn();
            outcome = "answered";
        }
        finally
        {
            TurnProcessed(channel, outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    public void ConflictsRaised(int count)
    {
        if (count > 0)
            _conflicts.Add(count);
    }

    private static double OldestAge(OperationsStore store) =>
        store.OutboxBacklog().OldestQueuedAt is { } oldest ? Math.Max(0, (DateTimeOffset.UtcNow - oldest).TotalSeconds) : 0;
}
