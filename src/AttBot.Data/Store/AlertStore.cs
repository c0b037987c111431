using AttBot.Data.Schema;
using AttBot.Domain.Outreach;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>The Secretariat's side of conflicts: who subscribes to alerts, and how each conflict was settled.</summary>
public sealed class AlertStore(SqliteConnectionFactory connections, TimeProvider time)
{
    /// <summary>Subscribes a conversation; false when it already was.</summary>
    public bool Subscribe(string channelId, string conversationId, string subscribedBy)
    {
        using var connection = connections.Open();
        return connection.Execute("""
            INSERT INTO alert_subscriptions (channel_id, conversation_id, subscribed_by, created_at) VALUES (@channelId, @conversationId, @subscribedBy, @Now)
            ON CONFLICT (channel_id, conversation_id) DO NOTHING
            """, new { channelId, conversationId, subscribedBy, Now = Codes.Time(time.GetUtcNow()) }) == 1;
    }

    /// <summary>Unsubscribes a conversation; false when it was not subscribed.</summary>
    public bool Unsubscribe(string channelId, string conversationId)
    {
        using var connection = connections.Open();
        return connection.Execute("DELETE FROM alert_subscriptions WHERE channel_id = @channelId AND conversation_id = @conversationId",
            new { channelId, conversationId }) == 1;
    }

    public RecordedConflict? FindConflict(long conflictId)
    {
        using var connection = connections.Open();
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE id = @conflictId", new { conflictId }).ToList();
        return OutreachStore.ToConflicts(connection, null, rows).Select(ToStored).SingleOrDefault();
    }

    /// <summary>Records how the conflict was settled; the latest word wins, and the conflict keeps its history in the audit (later issue).</summary>
    public RecordedConflict? Resolve(long conflictId, ConflictResolution resolution, string resolvedBy)
    {
        using var connection = connections.Open();
        var updated = connection.Execute("UPDATE conflicts SET resolution = @Resolution, resolved_by = @resolvedBy, resolved_at = @Now WHERE id = @conflictId",
            new { conflictId, resolvedBy, Resolution = resolution == ConflictResolution.Coordinated ? "coordinated" : "not_a_conflict", Now = Codes.Time(time.GetUtcNow()) });
        return updated == 0 ? null : FindConflict(conflictId);
    }

    private static RecordedConflict ToStored((ConflictRow Row, Conflict Conflict) c) => new(
        c.Row.Id, c.Conflict,
        c.Row.Resolution switch { "coordinated" => ConflictResolution.Coordinated, "not_a_conflict" => ConflictResolution.NotAConflict, _ => null },
        c.Row.ResolvedBy, c.Row.ResolvedAt is null ? null : Codes.Time(c.Row.ResolvedAt));
}
