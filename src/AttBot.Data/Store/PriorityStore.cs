using AttBot.Data.Schema;
using AttBot.Domain.Audit;
using AttBot.Domain.Priorities;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>Tiers and declared intentions, each change audited under the state it concerns.</summary>
public sealed class PriorityStore(StoreConnections connections, TimeProvider time)
{
    public const string Priority = "priority", Intention = "intention";

    public IReadOnlyDictionary<string, PriorityTier> Tiers()
    {
        using var connection = connections.Open();
        return connection.Query<(string Iso3, long Tier)>("SELECT iso3, tier FROM country_priorities")
            .ToDictionary(r => r.Iso3, r => (PriorityTier)r.Tier);
    }

    /// <summary>Sets the state's tier; returns the tier it had before (null when it had none).</summary>
    public PriorityTier? SetTier(string iso3, PriorityTier tier, AuditActor actor)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var before = connection.ExecuteScalar<long?>("SELECT tier FROM country_priorities WHERE iso3 = @iso3", new { iso3 }, transaction);
        connection.Execute("""
            INSERT INTO country_priorities (iso3, tier, set_by, set_at) VALUES (@iso3, @Tier, @By, @Now)
            ON CONFLICT (iso3) DO UPDATE SET tier = excluded.tier, set_by = excluded.set_by, set_at = excluded.set_at
            """, new { iso3, Tier = (int)tier, By = actor.Name, Now = Codes.Time(time.GetUtcNow()) }, transaction);
        AuditStore.Record(connection, transaction, time, actor, "priority.set", Priority, iso3, iso3,
            before is null ? null : new { tier = before }, new { tier = (int)tier });
        transaction.Commit();
        return before is { } b ? (PriorityTier)b : null;
    }

    public DeclaredIntention AddIntention(string iso3, DateOnly declaredOn, string where, string statement, AuditActor actor)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var now = time.GetUtcNow();
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO declared_intentions (iso3, declared_on, expressed_at, statement, recorded_by, recorded_at)
            VALUES (@iso3, @DeclaredOn, @where, @statement, @By, @Now)
            RETURNING id
            """, new { iso3, DeclaredOn = Codes.Date(declaredOn), where, statement, By = actor.Name, Now = Codes.Time(now) }, transaction);
        AuditStore.Record(connection, transaction, time, actor, "intention.recorded", Intention, id.ToString(System.Globalization.CultureInfo.InvariantCulture), iso3,
            null, new { declared_on = declaredOn, where, statement });
        transaction.Commit();
        return new DeclaredIntention(id, iso3, declaredOn, where, statement, actor.Name, now);
    }

    /// <summary>A state's declared intentions, the latest first.</summary>
    public IReadOnlyList<DeclaredIntention> Intentions(string iso3)
    {
        using var connection = connections.Open();
        return connection.Query<IntentionRow>($"SELECT {IntentionRow.Columns} FROM declared_intentions WHERE iso3 = @iso3 ORDER BY declared_on DESC, id DESC", new { iso3 })
            .Select(r => r.ToIntention()).ToList();
    }

    /// <summary>The latest declared intention of every state that has one.</summary>
    public IReadOnlyDictionary<string, DeclaredIntention> LatestIntentions()
    {
        using var connection = connections.Open();
        return connection.Query<IntentionRow>($"SELECT {IntentionRow.Columns} FROM declared_intentions ORDER BY declared_on, id")
            .Select(r => r.ToIntention())
            .GroupBy(i => i.Iso3).ToDictionary(g => g.Key, g => g.Last());
    }

    private sealed class IntentionRow
    {
        public const string Columns = "id AS Id, iso3 AS Iso3, declared_on AS DeclaredOn, expressed_at AS ExpressedAt, statement AS Statement, recorded_by AS RecordedBy, recorded_at AS RecordedAt";
        public long Id { get; set; }
        public string Iso3 { get; set; } = "";
        public string DeclaredOn { get; set; } = "";
        public string ExpressedAt { get; set; } = "";
        public string Statement { get; set; } = "";
        public string RecordedBy { get; set; } = "";
        public string RecordedAt { get; set; } = "";

        public DeclaredIntention ToIntention() => new(Id, Iso3, Codes.Date(DeclaredOn), ExpressedAt, Statement, RecordedBy, Codes.Time(RecordedAt));
    }
}
