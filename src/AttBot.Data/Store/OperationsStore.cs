using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>What an operator watches: whether the store answers at the code's schema version, and how much the outbox still holds.</summary>
public sealed class OperationsStore(StoreConnections connections)
{
    /// <summary>The schema version the database is at; throws when the store cannot be reached.</summary>
    public int SchemaVersion()
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;
    }

    /// <summary>Messages not yet delivered (nor given up), and when the oldest of them was queued.</summary>
    public (int Count, DateTimeOffset? OldestQueuedAt) OutboxBacklog()
    {
        using var connection = connections.Open();
        var row = connection.QuerySingle<(long Count, string? Oldest)>(
            "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL");
        return ((int)row.Count, row.Oldest is null ? null : DateTimeOffset.Parse(row.Oldest, System.Globalization.CultureInfo.InvariantCulture));
    }
}
