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
public sealed class InboxStore(StoreConnections connections, StoreWriter writer, TimeProvider time)
{
    public const string BotFramework = "botframework";
    public const string Slack = "slack";

    /// <summary>How long finished entries are kept (for a look after an incident) before a start removes them.</summary>
    public static readonly TimeSpan KeepFinished = TimeSpan.FromDays(7);

    /// <summary>Journals the request; false when the same request (same source key) was journaled before: a redelivery.</summary>
    public async Task<bool> RecordAsync(string channel, string sourceKey, string orderingKey, string payload) =>
        await writer.ExecuteAsync(Record, channel, sourceKey, orderingKey, payload, Codes.Time(time.GetUtcNow())) == 1;

    /// <summary>The request was processed and answered: a restart leaves it alone.</summary>
    public Task FinishAsync(string sourceKey) => writer.ExecuteAsync(Finish, sourceKey, Codes.Time(time.GetUtcNow()));

    /// <summary>The request was refused after all (the bot was too busy and said so): the channel or the person sends it again.</summary>
    public Task ForgetAsync(string sourceKey) => writer.ExecuteAsync(Forget, sourceKey);

    private static readonly WriteStatement Record = new("""
        INSERT INTO inbox (channel, source_key, ordering_key, payload, received_at)
        VALUES (@channel, @sourceKey, @orderingKey, @payload, @now)
        ON CONFLICT (source_key) DO NOTHING
        """, "@channel", "@sourceKey", "@orderingKey", "@payload", "@now");

    private static readonly WriteStatement Finish = new(
        "UPDATE inbox SET finished_at = @now WHERE source_key = @sourceKey AND finished_at IS NULL", "@sourceKey", "@now");

    private static readonly WriteStatement Forget = new("DELETE FROM inbox WHERE source_key = @sourceKey AND finished_at IS NULL", "@sourceKey");

    /// <summary>What was taken in and not finished, oldest first, for one channel.</summary>
    public IReadOnlyList<InboxEntry> Unfinished(string channel)
    {
        using var connection = connections.Open();
        return connection.Query<InboxEntry>("""
            SELECT id AS Id, channel AS Channel, source_key AS SourceKey, ordering_key AS OrderingKey, payload AS Payload
            FROM inbox WHERE finished_at IS NULL AND channel = @channel ORDER BY id
            """, new { channel }).ToList();
    }

    /// <summary>Removes entries finished longer ago than <see cref="KeepFinished"/>.</summary>
    public int PruneFinished()
    {
        using var connection = connections.Open();
        return connection.Execute("DELETE FROM inbox WHERE finished_at IS NOT NULL AND finished_at < @Before",
            new { Before = Codes.Time(time.GetUtcNow() - KeepFinished) });
    }
}
