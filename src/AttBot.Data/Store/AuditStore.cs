using System.Text.Json;
using AttBot.Data.Schema;
using AttBot.Domain.Audit;
using Dapper;
using System.Data.Common;

namespace AttBot.Data.Store;

/// <summary>
/// The append-only audit trail. Changes are recorded in the same transaction as the change itself, by the store that
/// makes it, so there is never a change without its line nor a line without its change.
/// </summary>
public sealed class AuditStore(StoreConnections connections)
{
    public const string Outreach = "outreach", Conflict = "conflict", Subscription = "subscription", Profile = "profile", Role = "role";

    /// <summary>Records one change and returns its line's id (a change notice names the change by it).</summary>
    internal static long Record(DbConnection connection, DbTransaction transaction, TimeProvider time, AuditActor actor,
        string action, string subjectKind, string subjectId, string? country, object? before, object? after)
    {
        return connection.ExecuteScalar<long>("""
            INSERT INTO audit_log (at, actor_channel, actor_user_id, actor_name, action, subject_kind, subject_id, country, before_json, after_json)
            VALUES (@At, @ChannelId, @UserId, @Name, @action, @subjectKind, @subjectId, @country, @Before, @After)
            RETURNING id
            """, new
            {
                At = Codes.Time(time.GetUtcNow()), actor.ChannelId, actor.UserId, actor.Name, action, subjectKind, subjectId, country,
                Before = before is null ? null : JsonSerializer.Serialize(before),
                After = after is null ? null : JsonSerializer.Serialize(after),
            }, transaction);
    }

    /// <summary>
    /// Records one change inside a statement of the change itself (one round trip for both): an INSERT … SELECT that
    /// writes the line for the row <paramref name="subjectIdSql"/> names, <paramref name="from"/> being the rest of the
    /// SELECT (FROM … WHERE …). Its values are added to <paramref name="parameters"/>.
    /// </summary>
    internal static string RecordWith(DynamicParameters parameters, TimeProvider time, AuditActor actor, string action, string subjectKind,
        string subjectIdSql, string from, object? after)
    {
        parameters.Add("AuditAt", Codes.Time(time.GetUtcNow()));
        parameters.Add("AuditChannel", actor.ChannelId);
        parameters.Add("AuditUserId", actor.UserId);
        parameters.Add("AuditName", actor.Name);
        parameters.Add("AuditAction", action);
        parameters.Add("AuditSubjectKind", subjectKind);
        parameters.Add("AuditAfter", after is null ? null : JsonSerializer.Serialize(after));
        return $"""
            INSERT INTO audit_log (at, actor_channel, actor_user_id, actor_name, action, subject_kind, subject_id, country, before_json, after_json)
            SELECT @AuditAt, @AuditChannel, @AuditUserId, @AuditName, @AuditAction, @AuditSubjectKind, {subjectIdSql}, NULL, NULL, @AuditAfter {from}
            """;
    }

    /// <summary>The history of one thing ("outreach", "42"), oldest first.</summary>
    public IReadOnlyList<AuditEntry> ForSubject(string subjectKind, string subjectId)
    {
        using var connection = connections.Open();
        return Query(connection, "WHERE subject_kind = @subjectKind AND subject_id = @subjectId", new { subjectKind, subjectId });
    }

    /// <summary>The history of everything about a state: its registrations and changes to its own record, oldest first.</summary>
    public IReadOnlyList<AuditEntry> ForCountry(string iso3, int limit = 100)
    {
        using var connection = connections.Open();
        return Query(connection, $"""
            WHERE country = @iso3
               OR (subject_kind = 'outreach' AND subject_id IN (SELECT 'OR-' || {SqlDialect.Of(connection).ZeroPadded("outreach_id", 4)} FROM outreach_targets WHERE iso3 = @iso3))
            """, new { iso3, limit }, limit);
    }

    private static List<AuditEntry> Query(DbConnection connection, string where, object parameters, int limit = 500) =>
        connection.Query<Row>($"""
            SELECT * FROM (
                SELECT id AS Id, at AS At, actor_channel AS ActorChannel, actor_user_id AS ActorUserId, actor_name AS ActorName, action AS Action,
                       subject_kind AS SubjectKind, subject_id AS SubjectId, country AS Country, before_json AS Before, after_json AS After
                FROM audit_log {where}
                ORDER BY id DESC LIMIT {limit}) AS latest
            ORDER BY Id
            """, parameters)
            .Select(r => new AuditEntry(Codes.Time(r.At), new AuditActor(r.ActorChannel, r.ActorUserId, r.ActorName), r.Action, r.SubjectKind, r.SubjectId, r.Country, r.Before, r.After))
            .ToList();

    private sealed class Row
    {
        public long Id { get; set; }
        public string At { get; set; } = "";
        public string ActorChannel { get; set; } = "";
        public string ActorUserId { get; set; } = "";
        public string ActorName { get; set; } = "";
        public string Action { get; set; } = "";
        public string SubjectKind { get; set; } = "";
        public string SubjectId { get; set; } = "";
        public string? Country { get; set; }
        public string? Before { get; set; }
        public string? After { get; set; }
    }
}
