using System.Diagnostics;
using System.Diagnostics.Metrics;
using AttBot.Data.Store;

namespace AttBot.Host.Operations;

/// <summary>
/// The bot's own traces and metrics, under one name ("AttBot"): turns, replies, conflicts raised, and what the
/// outbox still holds. Tags carry channels and outcomes, never a person, a state or a conversation.
/// </summary>
public sealed class AttBotMetrics
{
    public const string Name = "AttBot";

    /// <summary>Spans of the bot's own work (a turn, an outbox delivery), beside ASP.NET Core's and HttpClient's.</summary>
    public static readonly ActivitySource Traces = new(Name);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _replies;
    private readonly Counter<long> _conflicts;

    public AttBotMetrics(IMeterFactory meters, OperationsStore store)
    {
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("attbot.turns", "{turn}", "Turns processed, by channel and outcome.");
        _turnDuration = meter.CreateHistogram<double>("attbot.turn.duration", "ms", "Time from taking a turn to its answer being sent.");
        _replies = meter.CreateCounter<long>("attbot.replies", "{reply}", "Answers and notices sent to a channel, by channel and outcome.");
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

    public void ReplySent(string channel, bool delivered) =>
        _replies.Add(1, new TagList { { "channel", channel }, { "outcome", delivered ? "delivered" : "failed" } });

    public void ConflictsRaised(int count)
    {
        if (count > 0)
            _conflicts.Add(count);
    }

    private static double OldestAge(OperationsStore store) =>
        store.OutboxBacklog().OldestQueuedAt is { } oldest ? Math.Max(0, (DateTimeOffset.UtcNow - oldest).TotalSeconds) : 0;
}
