using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>A request taken in and not yet finished: what the next start processes again.</summary>
/// <param name="Channel">The endpoint that took it in ("botframework", "slack"): who knows how to read the payload.</param>
public sealed record InboxEntry(long Id, string Channel, string SourceKey, string OrderingKey, string Payload);

/// <summary>
/// The durable inbox: a request that changes data is written here, through the store's one writer (group-committed
/// with the registrations), before the channel hears that it was received; it is marked finished once processed.
/// Whatever a crash leaves unfinished is processed at the next start. Nothing is deleted until long after it finished.
/// </summary>
/// <remarks>
/// Each entry names the instance that took it in (<c>taken_by</c>): with several instances on one store, a start takes
/// back its own entries and those nobody holds, and another's only after a lease (<see cref="TakeOver"/>).
/// </remarks>
public sealed class InboxStore(StoreConnections connections, StoreWriter writer, TimeProvider time)
{
    public const string BotFramework = "botframework";
    public const string Slack = "slack";

    /// <summary>How long finished entries are kept (for a look after an incident) before a start removes them.</summary>
    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    /// <summary>Journals the request; false when the same request (same source key) was journaled before: a redelivery.</summary>
    /// <param name="instance">The instance taking it in: it processes it, and takes it back if it starts again unfinished.</param>
    public async Task<bool> RecordAsync(string channel, string sourceKey, string orderingKey, string payload, string instance) =>
        await writer.ExecuteAsync(Record, channel, sourceKey, orderingKey, payload, Codes.Time(time.GetUtcNow()), instance) == 1;

    /// <summary>The request was processed and answered: a restart leaves it alone.</summary>
    public Task FinishAsync(string sourceKey) => writer.ExecuteAsync(Finish, sourceKey, Codes.Time(time.GetUtcNow()));

    /// <summary>The request was refused after all (the bot was too busy and said so): the channel or the person sends it again.</summary>
    public Task ForgetAsync(string sourceKey) => writer.ExecuteAsync(Forget, sourceKey);

    private static readonly WriteStatement Record = new("""
        INSERT INTO inbox (channel, source_key, ordering_key, payload, received_at, taken_by, taken_at)
        VALUES (@channel, @sourceKey, @orderingKey, @payload, @now, @instance, @now)
        ON CONFLICT (source_key) DO NOTHING
        """, "@channel", "@sourceKey", "@orderingKey", "@payload", "@now", "@instance");

    private static readonly WriteStatement Finish = new(
        "UPDATE inbox SET finished_at = @now WHERE source_key = @sourceKey AND finished_at IS NULL", "@sourceKey", "@now");

    private static readonly WriteStatement Forget = new("DELETE FROM inbox WHERE source_key = @sourceKey AND finished_at IS NULL", "@sourceKey");

    /// <summary>
    /// Takes for <paramref name="instance"/> what is unfinished in one channel and no live instance holds, oldest first.
    /// At its start (<paramref name="atStart"/>) an instance takes back its own entries, at once: it is their only
    /// holder and it died with them. Any time, it takes another instance's entries once they have been held unfinished
    /// longer than <paramref name="lease"/>: that instance died too, or is so stuck that a replay costs less than the
    /// wait (a replay registers nothing twice; its answer may come twice).
    /// </summary>
    /// <remarks>
    /// One UPDATE that re-reads its condition row by row: two instances taking over at the same moment get each entry
    /// once (PostgreSQL re-checks a row's WHERE after waiting for its lock; SQLite has one writer).
    /// </remarks>
    public IReadOnlyList<InboxEntry> TakeOver(string channel, string instance, TimeSpan lease, bool atStart)
    {
        var now = time.GetUtcNow();
        using var connection = connections.Open();
        var taken = connection.Query<InboxEntry>($"""
            UPDATE inbox SET taken_by = @instance, taken_at = @Now
            WHERE finished_at IS NULL AND channel = @channel
              AND ({(atStart ? "taken_by IS NULL OR taken_by = @instance OR " : "taken_by <> @instance AND ")}taken_at < @AbandonedBefore)
            RETURNING id AS Id, channel AS Channel, source_key AS SourceKey, ordering_key AS OrderingKey, payload AS Payload
            """, new { channel, instance, Now = Codes.Time(now), AbandonedBefore = Codes.Time(now - lease) }).ToList();
        taken.Sort((a, b) => a.Id.CompareTo(b.Id));
        return taken;
    }

    /// <summary>
    /// True while an entry of the same conversation (ordering key) that came in before this one is unfinished, on any
    /// instance: with several instances, the later waits for it, so a conversation's changes happen in the order sent.
    /// </summary>
    public bool EarlierUnfinished(string sourceKey)
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<long>("""
            SELECT COUNT(*) FROM inbox earlier JOIN inbox this ON this.source_key = @sourceKey
            WHERE earlier.finished_at IS NULL AND earlier.ordering_key = this.ordering_key AND earlier.id < this.id
            """, new { sourceKey }) > 0;
    }

    /// <summary>Removes entries finished longer ago than <see cref="KeepFinished"/>.</summary>
    public int PruneFinished()
    {
        using var connection = connections.Open();
        return connection.Execute("DELETE FROM inbox WHERE finished_at IS NOT NULL AND finished_at < @Before",
            new { Before = Codes.Time(time.GetUtcNow() - KeepFinished) });
    }
}
