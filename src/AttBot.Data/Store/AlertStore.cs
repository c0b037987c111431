using AttBot.Domain.Audit;
using AttBot.Data.Schema;
using AttBot.Domain.Outreach;
using Dapper;
using System.Data.Common;

namespace AttBot.Data.Store;

/// <summary>The Secretariat's side of conflicts: who subscribes to alerts, and how each conflict was settled.</summary>
public sealed class AlertStore(StoreConnections connections, TimeProvider time)
{
    /// <summary>Subscribes a conversation; false when it already was.</summary>
    public bool Subscribe(string channelId, string conversationId, AuditActor actor)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var added = connection.Execute("""
            INSERT INTO alert_subscriptions (channel_id, conversation_id, subscribed_by, created_at) VALUES (@channelId, @conversationId, @UserId, @Now)
            ON CONFLICT (channel_id, conversation_id) DO NOTHING
            """, new { channelId, conversationId, actor.UserId, Now = Codes.Time(time.GetUtcNow()) }, transaction) == 1;
        if (added)
            AuditStore.Record(connection, transaction, time, actor, "alerts.subscribed", AuditStore.Subscription, $"{channelId}|{conversationId}", null, null, new { channelId, conversationId });
        transaction.Commit();
        return added;
    }

    /// <summary>Who subscribed the conversation to alerts and the digest (a user id of its channel); null when it is not subscribed.</summary>
    public string? SubscriberOf(string channelId, string conversationId)
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<string?>(
            "SELECT subscribed_by FROM alert_subscriptions WHERE channel_id = @channelId AND conversation_id = @conversationId", new { channelId, conversationId });
    }

    /// <summary>Unsubscribes a conversation; false when it was not subscribed.</summary>
    public bool Unsubscribe(string channelId, string conversationId, AuditActor actor)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var removed = connection.Execute("DELETE FROM alert_subscriptions WHERE channel_id = @channelId AND conversation_id = @conversationId",
            new { channelId, conversationId }, transaction) == 1;
        if (removed)
            AuditStore.Record(connection, transaction, time, actor, "alerts.unsubscribed", AuditStore.Subscription, $"{channelId}|{conversationId}", null, new { channelId, conversationId }, null);
        transaction.Commit();
        return removed;
    }

    /// <summary>Several conflicts at once (the outbox's batch): three queries, whatever the number.</summary>
    public IReadOnlyDictionary<long, RecordedConflict> FindConflicts(IReadOnlyCollection<long> conflictIds)
    {
        if (conflictIds.Count == 0)
            return new Dictionary<long, RecordedConflict>();
        using var connection = connections.Open();
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE {connection.IsAnyOf("id", "@conflictIds")}", new { conflictIds = conflictIds.ToList() }).ToList();
        return OutreachStore.ToConflicts(connection, null, rows).Select(ToStored).ToDictionary(c => c.Id);
    }

    public RecordedConflict? FindConflict(long conflictId)
    {
        using var connection = connections.Open();
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE id = @conflictId", new { conflictId }).ToList();
        return OutreachStore.ToConflicts(connection, null, rows).Select(ToStored).SingleOrDefault();
    }

    /// <summary>
    /// The possible duplications still to settle between live plans (the digest's "open conflicts"), newest first, at
    /// most <paramref name="max"/>, and how many there are in all.
    /// </summary>
    public (IReadOnlyList<RecordedConflict> Conflicts, int Total) OpenConflicts(int max)
    {
        using var connection = connections.Open();
        return OpenConflicts(connection, max);
    }

    /// <summary>The open possible duplications on a connection the caller holds (the weekly digest reads them with the rest).</summary>
    internal static (IReadOnlyList<RecordedConflict> Conflicts, int Total) OpenConflicts(DbConnection connection, int max)
    {
        const string open = """
            FROM conflicts c JOIN outreach e ON e.id = c.earlier_id JOIN outreach l ON l.id = c.later_id
            WHERE c.resolution IS NULL AND c.ended_at IS NULL AND c.kind = 'possible_duplication' AND e.state = 'planned' AND l.state = 'planned'
            """;
        var total = connection.ExecuteScalar<int>($"SELECT COUNT(*) {open}");
        var rows = connection.Query<ConflictRow>($"""
            SELECT c.id AS Id, c.earlier_id AS EarlierId, c.later_id AS LaterId, c.countries AS Countries, c.kind AS Kind,
                   c.resolution AS Resolution, c.resolved_by AS ResolvedBy, c.resolved_at AS ResolvedAt, c.ended_at AS EndedAt
            {open} ORDER BY c.id DESC LIMIT @max
            """, new { max }).ToList();
        return (OutreachStore.ToConflicts(connection, null, rows).Select(ToStored).ToList(), total);
    }

    /// <summary>
    /// Records how the conflict was settled; the latest word wins, and every change stays in the audit trail. The same word
    /// again (a click resumed after a restart, a double click) changes nothing and records nothing.
    /// </summary>
    public RecordedConflict? Resolve(long conflictId, ConflictResolution resolution, AuditActor actor)
    {
        var code = resolution == ConflictResolution.Coordinated ? "coordinated" : "not_a_conflict";
        using (var connection = connections.Open())
        using (var transaction = connections.BeginWrite(connection))
        {
            var before = connection.ExecuteScalar<string?>("SELECT resolution FROM conflicts WHERE id = @conflictId", new { conflictId }, transaction);
            if (before == code)
                return FindConflict(conflictId);
            var updated = connection.Execute("UPDATE conflicts SET resolution = @code, resolved_by = @Name, resolved_at = @Now WHERE id = @conflictId",
                new { conflictId, code, actor.Name, Now = Codes.Time(time.GetUtcNow()) }, transaction);
            if (updated == 0)
                return null;
            AuditStore.Record(connection, transaction, time, actor, "conflict.settled", AuditStore.Conflict, conflictId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                new { resolution = before }, new { resolution = code });
            transaction.Commit();
        }
        return FindConflict(conflictId);
    }

    internal static RecordedConflict ToStored((ConflictRow Row, Conflict Conflict) c) => new(
        c.Row.Id, c.Conflict,
        c.Row.Resolution switch { "coordinated" => ConflictResolution.Coordinated, "not_a_conflict" => ConflictResolution.NotAConflict, _ => null },
        c.Row.ResolvedBy, c.Row.ResolvedAt is null ? null : Codes.Time(c.Row.ResolvedAt))
    {
        EndedAt = c.Row.EndedAt is null ? null : Codes.Time(c.Row.EndedAt),
    };
}
