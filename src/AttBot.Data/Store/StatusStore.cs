using System.Text.Json;
using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Domain.Audit;
using AttBot.Domain.Treaty;
using Dapper;
using System.Data.Common;

namespace AttBot.Data.Store;

/// <summary>A depositary import waiting for confirmation, or decided.</summary>
/// <param name="AsAt">The date the depositary's page says it shows the status as at, when it says so.</param>
public sealed record PendingImport(long Id, string Source, DateOnly? AsAt, AuditActor CreatedBy, DateTimeOffset CreatedAt, StatusDiff Diff, string State);

/// <summary>What became of applying or discarding an import.</summary>
public enum ImportDecision { Done, NotFound, AlreadyApplied, AlreadyDiscarded, Stale }

/// <summary>
/// Changes to the treaty status of states, by the Secretariat: one at a time ("set status") or a whole depositary
/// table after a preview. Each change is audited in its own transaction, and is made only if the state's record is
/// still what the person saw: two people editing at once never overwrite each other unknowingly.
/// </summary>
public sealed class StatusStore(StoreConnections connections, TimeProvider time)
{
    public const string Country = "country";

    /// <summary>Sets one state's record. False when the stored record is no longer <paramref name="before"/>.</summary>
    public bool Change(string iso3, StatusRecord before, StatusRecord after, AuditActor actor)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        if (!Write(connection, transaction, iso3, before, after, actor, "status.changed"))
            return false;
        transaction.Commit();
        return true;
    }

    /// <summary>Keeps the preview until the Secretariat applies or discards it. Returns its id.</summary>
    public long SaveImport(string source, DateOnly? asAt, StatusDiff diff, AuditActor actor)
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<long>("""
            INSERT INTO status_imports (created_at, created_channel, created_user_id, created_name, source, as_at, diff_json)
            VALUES (@At, @ChannelId, @UserId, @Name, @source, @AsAt, @Diff)
            RETURNING id
            """, new { At = Codes.Time(time.GetUtcNow()), actor.ChannelId, actor.UserId, actor.Name, source, AsAt = Text(asAt), Diff = JsonSerializer.Serialize(DiffJson.From(diff), DiffJson.Options) });
    }

    public PendingImport? FindImport(long id)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<ImportRow>("""
            SELECT id AS Id, created_at AS CreatedAt, created_channel AS Channel, created_user_id AS UserId, created_name AS Name,
                   source AS Source, as_at AS AsAt, diff_json AS Diff, state AS State
            FROM status_imports WHERE id = @id
            """, new { id });
        return row is null ? null : new PendingImport(row.Id, row.Source, row.AsAt is null ? null : Codes.Date(row.AsAt), new AuditActor(row.Channel, row.UserId, row.Name),
            Codes.Time(row.CreatedAt), JsonSerializer.Deserialize<DiffJson>(row.Diff, DiffJson.Options)!.ToDiff(), row.State);
    }

    /// <summary>
    /// Applies every change of the import, each audited, and makes the data current to the page's "status as at" date,
    /// or to <paramref name="today"/> for a file that gives none; all or nothing. Refused when the import was decided already, or when a state's record changed since the preview.
    /// </summary>
    public ImportDecision ApplyImport(long id, AuditActor actor, DateOnly today)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var decided = Decide(connection, transaction, id, "applied", actor);
        if (decided is not null)
            return decided.Value;
        var (diffJson, asAt) = connection.QuerySingle<(string, string?)>("SELECT diff_json, as_at FROM status_imports WHERE id = @id", new { id }, transaction);
        var diff = JsonSerializer.Deserialize<DiffJson>(diffJson, DiffJson.Options)!.ToDiff();
        foreach (var update in diff.Updates)
        {
            if (!Write(connection, transaction, update.Iso3, update.Before, update.After, actor, "status.imported"))
                return ImportDecision.Stale; // disposing the transaction rolls everything back
        }
        connection.Execute("""
            INSERT INTO status_data_info (key, value) VALUES ('current_to', @Value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, new { Value = asAt ?? Codes.Date(today) }, transaction);
        transaction.Commit();
        return ImportDecision.Done;
    }

    /// <summary>Drops the preview; nothing changes. Refused like apply when already decided.</summary>
    public ImportDecision DiscardImport(long id, AuditActor actor)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var decided = Decide(connection, transaction, id, "discarded", actor);
        if (decided is not null)
            return decided.Value;
        transaction.Commit();
        return ImportDecision.Done;
    }

    /// <summary>Marks the import decided; null when it was pending, otherwise why not.</summary>
    private ImportDecision? Decide(DbConnection connection, DbTransaction transaction, long id, string state, AuditActor actor)
    {
        var changed = connection.Execute("""
            UPDATE status_imports SET state = @state, decided_at = @At, decided_by = @By WHERE id = @id AND state = 'pending'
            """, new { id, state, At = Codes.Time(time.GetUtcNow()), By = $"{actor.Name} ({actor.ChannelId} {actor.UserId})" }, transaction);
        if (changed == 1)
            return null;
        return connection.ExecuteScalar<string?>("SELECT state FROM status_imports WHERE id = @id", new { id }, transaction) switch
        {
            null => ImportDecision.NotFound,
            "applied" => ImportDecision.AlreadyApplied,
            _ => ImportDecision.AlreadyDiscarded,
        };
    }

    private bool Write(DbConnection connection, DbTransaction transaction, string iso3, StatusRecord before, StatusRecord after, AuditActor actor, string action)
    {
        var current = connection.QuerySingleOrDefault<StatusRow>($"""
            SELECT status AS Status, signature_date AS Signed, consent_date AS Deposited, consent_kind AS Kind FROM countries WHERE iso3 = @iso3
            {SqlDialect.Of(connection).LockingRowsRead}
            """, new { iso3 }, transaction);
        if (current is null || current.ToRecord() != before)
            return false;
        connection.Execute("""
            UPDATE countries SET status = @Status, signature_date = @Signed, consent_date = @Deposited, consent_kind = @Kind, entry_into_force = @EntryIntoForce
            WHERE iso3 = @iso3
            """, new
            {
                iso3, Status = StatusTable.StatusCode(after.Status), Signed = Text(after.SignatureDate), Deposited = Text(after.ConsentDate),
                Kind = StatusTable.ConsentCode(after.ConsentKind), EntryIntoForce = Text(after.EntryIntoForce),
            }, transaction);
        AuditStore.Record(connection, transaction, time, actor, action, Country, iso3, iso3, before.Audit(), after.Audit());
        return true;
    }

    private static string? Text(DateOnly? d) => d is { } date ? Codes.Date(date) : null;

    private sealed class StatusRow
    {
        public string Status { get; set; } = "";
        public string? Signed { get; set; }
        public string? Deposited { get; set; }
        public string? Kind { get; set; }

        public StatusRecord ToRecord() => new(StatusTable.ParseStatus(Status, 0), Signed is null ? null : Codes.Date(Signed),
            Deposited is null ? null : Codes.Date(Deposited), StatusTable.ParseConsent(Kind ?? "", 0));
    }

    private sealed class ImportRow
    {
        public long Id { get; set; }
        public string CreatedAt { get; set; } = "";
        public string Channel { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Name { get; set; } = "";
        public string Source { get; set; } = "";
        public string? AsAt { get; set; }
        public string Diff { get; set; } = "";
        public string State { get; set; } = "";
    }

    /// <summary>The preview as stored: plain fields, so the domain records need no JSON attributes.</summary>
    private sealed record DiffJson(List<UpdateJson> Updates, int Unchanged, List<ImportProblem> Problems, List<string> NotListed, List<string>? NotListedCodes)
    {
        /// <summary>Codes by name (a refused row's reason), so reordering an enum never changes what a stored preview says; numbers still read.</summary>
        public static readonly JsonSerializerOptions Options = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

        public static DiffJson From(StatusDiff d) => new(d.Updates.Select(u => new UpdateJson(u.Iso3, u.Name, RecordJson.From(u.Before), RecordJson.From(u.After))).ToList(),
            d.Unchanged, d.Problems.ToList(), d.NotListed.ToList(), d.NotListedCodes?.ToList());

        public StatusDiff ToDiff() => new(Updates.Select(u => new StatusUpdate(u.Iso3, u.Name, u.Before.ToRecord(), u.After.ToRecord())).ToList(), Unchanged, Problems, NotListed, NotListedCodes);
    }

    private sealed record UpdateJson(string Iso3, string Name, RecordJson Before, RecordJson After);

    private sealed record RecordJson(TreatyStatus Status, DateOnly? Signed, DateOnly? Deposited, ConsentKind? Kind)
    {
        public static RecordJson From(StatusRecord r) => new(r.Status, r.SignatureDate, r.ConsentDate, r.ConsentKind);
        public StatusRecord ToRecord() => new(Status, Signed, Deposited, Kind);
    }
}
