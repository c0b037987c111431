using AttBot.Domain.Audit;
using AttBot.Data.Schema;
using AttBot.Domain.Outreach;
using Dapper;
using Microsoft.Data.Sqlite;

namespace AttBot.Data.Store;

/// <summary>
/// A registration to store: the plan (its id not yet known), where it came from, where its organizer talks to the bot,
/// and the regional champions (channel, user id) of the states it reaches, who get a note about it.
/// </summary>
public sealed record NewRegistration(OutreachPlan Plan, string SourceKey, string? OrganizerConversationId)
{
    public IReadOnlyList<(string ChannelId, string UserId)> Champions { get; init; } = [];
}

/// <summary>The stored plan, the conflicts it raised, and whether the same activity had been processed before.</summary>
public sealed record RegistrationResult(OutreachPlan Plan, IReadOnlyList<Conflict> Conflicts, bool AlreadyProcessed);

/// <summary>
/// Outreach registrations. Registering, the conflict search, the conflict rows and the outbox messages they cause happen
/// in one write transaction: SQLite admits one writer at a time (BEGIN IMMEDIATE), so two conflicting registrations
/// arriving together are serialised and the second always sees the first.
/// </summary>
public sealed class OutreachStore(SqliteConnectionFactory connections, StoreWriter writer, TimeProvider time)
{
    /// <summary>Registers through the store's one writer, batched with whatever else is being written at that moment.</summary>
    public Task<RegistrationResult> RegisterAsync(NewRegistration registration, int conflictWindowDays) =>
        writer.WriteAsync((connection, transaction) => Register(connection, transaction, registration, conflictWindowDays));

    private RegistrationResult Register(SqliteConnection connection, SqliteTransaction transaction, NewRegistration registration, int conflictWindowDays)
    {
        var existingId = connection.ExecuteScalar<long?>("SELECT id FROM outreach WHERE source_key = @SourceKey",
            new { registration.SourceKey }, transaction);
        if (existingId is { } id)
        {
            var existing = LoadPlans(connection, transaction, [id])[0];
            var earlier = ConflictsWhereLater(connection, transaction, id);
            return new RegistrationResult(existing, earlier, AlreadyProcessed: true);
        }

        var now = Codes.Time(time.GetUtcNow());
        var plan = registration.Plan;
        var newId = connection.ExecuteScalar<long>("""
            INSERT INTO outreach (organizer_channel, organizer_user_id, organizer_name, organizer_conversation_id, organization, region,
                                  kind, starts_on, ends_on, topics, partners, visibility, notes, state, source_key, created_at, updated_at)
            VALUES (@Channel, @UserId, @Name, @ConversationId, @Organization, @Region,
                    @Kind, @StartsOn, @EndsOn, @Topics, @Partners, @Visibility, @Notes, 'planned', @SourceKey, @Now, @Now)
            RETURNING id
            """, new
            {
                Channel = plan.Organizer.ChannelId, plan.Organizer.UserId, Name = plan.Organizer.DisplayName,
                ConversationId = registration.OrganizerConversationId, plan.Organization, plan.Region,
                Kind = Codes.Of(plan.Kind), StartsOn = Codes.Date(plan.Window.Start), EndsOn = Codes.Date(plan.Window.End),
                Topics = Codes.Topics(plan.Topics), plan.Partners, Visibility = Codes.Of(plan.Visibility), plan.Notes,
                registration.SourceKey, Now = now,
            }, transaction);
        connection.Execute("""
            INSERT INTO outreach_targets (outreach_id, iso3, starts_on, ends_on, live) VALUES (@Id, @Iso3, @StartsOn, @EndsOn, 1)
            """, plan.Countries.Distinct().Select(iso3 => new { Id = newId, Iso3 = iso3, StartsOn = Codes.Date(plan.Window.Start), EndsOn = Codes.Date(plan.Window.End) }),
            transaction);

        // What was just written, without reading it back: the same values, with the id and times the row got.
        var stored = plan with
        {
            Id = newId, Countries = plan.Countries.Distinct().Order(StringComparer.Ordinal).ToList(), State = OutreachState.Planned,
            CreatedAt = Codes.Time(now), UpdatedAt = Codes.Time(now),
        };
        AuditStore.Record(connection, transaction, time, ActorOf(stored.Organizer), "outreach.registered", AuditStore.Outreach, stored.PublicId, null, null, Summary(stored));
        var conflicts = DetectConflicts(connection, transaction, stored, conflictWindowDays, actor: stored.Organizer);
        QueueChampionNotes(connection, transaction, stored, registration.Champions, now);
        return new RegistrationResult(stored, conflicts, AlreadyProcessed: false);
    }

    /// <summary>Moves a plan to new dates and looks for conflicts in its new window. Returns the plan and the conflicts it newly raised.</summary>
    public (OutreachPlan Plan, IReadOnlyList<Conflict> NewConflicts)? Move(long id, DateWindow window, int conflictWindowDays, Organizer actor)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var before = LoadPlans(connection, transaction, [id]).SingleOrDefault();
        var updated = connection.Execute("""
            UPDATE outreach SET starts_on = @StartsOn, ends_on = @EndsOn, updated_at = @Now WHERE id = @id;
            UPDATE outreach_targets SET starts_on = @StartsOn, ends_on = @EndsOn WHERE outreach_id = @id;
            """, new { id, StartsOn = Codes.Date(window.Start), EndsOn = Codes.Date(window.End), Now = Codes.Time(time.GetUtcNow()) }, transaction);
        if (updated == 0)
            return null;
        var plan = LoadPlans(connection, transaction, [id])[0];
        AuditStore.Record(connection, transaction, time, ActorOf(actor), "outreach.moved", AuditStore.Outreach, plan.PublicId, null,
            new { start = before!.Window.Start, end = before.Window.End }, new { start = plan.Window.Start, end = plan.Window.End });
        var conflicts = DetectConflicts(connection, transaction, plan, conflictWindowDays, actor);
        transaction.Commit();
        return (plan, conflicts);
    }

    /// <summary>Cancels a plan, or marks it done with its findings. Either way it no longer conflicts with anything.</summary>
    public OutreachPlan? ChangeState(long id, OutreachState state, string? outcome, Organizer actor)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var before = LoadPlans(connection, transaction, [id]).SingleOrDefault();
        var updated = connection.Execute("""
            UPDATE outreach SET state = @State, outcome = COALESCE(@Outcome, outcome), updated_at = @Now WHERE id = @id;
            UPDATE outreach_targets SET live = @Live WHERE outreach_id = @id;
            """, new { id, State = Codes.Of(state), Outcome = outcome, Live = state == OutreachState.Planned ? 1 : 0, Now = Codes.Time(time.GetUtcNow()) }, transaction);
        if (updated == 0)
            return null;
        var plan = LoadPlans(connection, transaction, [id])[0];
        AuditStore.Record(connection, transaction, time, ActorOf(actor), $"outreach.{Codes.Of(state)}", AuditStore.Outreach, plan.PublicId, null,
            new { state = Codes.Of(before!.State), outcome = before.Outcome }, new { state = Codes.Of(plan.State), outcome = plan.Outcome });
        transaction.Commit();
        return plan;
    }

    public OutreachPlan? Find(long id)
    {
        using var connection = connections.Open();
        return LoadPlans(connection, null, [id]).SingleOrDefault();
    }

    /// <summary>Every plan (any state) reaching the state whose window meets [from, to], earliest first.</summary>
    public IReadOnlyList<OutreachPlan> ForCountry(string iso3, DateOnly from, DateOnly to)
    {
        using var connection = connections.Open();
        var ids = connection.Query<long>("""
            SELECT outreach_id FROM outreach_targets
            WHERE iso3 = @iso3 AND starts_on <= @To AND ends_on >= @From
            ORDER BY starts_on, outreach_id
            LIMIT 200
            """, new { iso3, From = Codes.Date(from), To = Codes.Date(to) }).ToList();
        return LoadPlans(connection, null, ids);
    }

    /// <summary>The organizer's own registrations, the latest first.</summary>
    public IReadOnlyList<OutreachPlan> ByOrganizer(string channelId, string userId, int limit = 50)
    {
        using var connection = connections.Open();
        var ids = connection.Query<long>("""
            SELECT id FROM outreach WHERE organizer_channel = @channelId AND organizer_user_id = @userId
            ORDER BY starts_on DESC, id DESC LIMIT @limit
            """, new { channelId, userId, limit }).ToList();
        return LoadPlans(connection, null, ids);
    }

    /// <summary>How many live plans reach the state in [from, to], and when the next one starts.</summary>
    /// <param name="startingFrom">Count only plans that start on or after <paramref name="from"/> (not those under way then).</param>
    public (int Count, DateOnly? NextStart) PlannedSummary(string iso3, DateOnly from, DateOnly to, bool startingFrom = false)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingle<(long Count, string? Next)>($"""
            SELECT COUNT(*), MIN(starts_on) FROM outreach_targets
            WHERE iso3 = @iso3 AND live = 1 AND starts_on <= @To AND {(startingFrom ? "starts_on" : "ends_on")} >= @From
            """, new { iso3, From = Codes.Date(from), To = Codes.Date(to) });
        return ((int)row.Count, row.Next is null ? null : Codes.Date(row.Next));
    }

    /// <summary>How many live plans reach any of the states in [from, to], how many of those states they reach, and the next start.</summary>
    public (int Plans, int States, DateOnly? NextStart) PlannedSummary(IReadOnlyList<string> iso3s, DateOnly from, DateOnly to)
    {
        if (iso3s.Count == 0)
            return (0, 0, null);
        using var connection = connections.Open();
        var row = connection.QuerySingle<(long Plans, long States, string? Next)>("""
            SELECT COUNT(DISTINCT outreach_id), COUNT(DISTINCT iso3), MIN(starts_on) FROM outreach_targets
            WHERE iso3 IN @iso3s AND live = 1 AND starts_on <= @To AND ends_on >= @From
            """, new { iso3s, From = Codes.Date(from), To = Codes.Date(to) });
        return ((int)row.Plans, (int)row.States, row.Next is null ? null : Codes.Date(row.Next));
    }

    public IReadOnlyList<Conflict> ConflictsOf(long planId)
    {
        using var connection = connections.Open();
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE earlier_id = @planId OR later_id = @planId ORDER BY id", new { planId }).ToList();
        return ToConflicts(connection, null, rows).Select(c => c.Conflict).ToList();
    }

    internal static AuditActor ActorOf(Organizer organizer) => new(organizer.ChannelId, organizer.UserId, organizer.DisplayName);

    /// <summary>What the audit trail keeps of a plan.</summary>
    private static object Summary(OutreachPlan plan) => new
    {
        organization = plan.Organization, countries = plan.Countries, region = plan.Region, kind = Codes.Of(plan.Kind),
        start = plan.Window.Start, end = plan.Window.End, topics = plan.Topics.Select(Codes.Of), partners = plan.Partners,
        visibility = Codes.Of(plan.Visibility), notes = plan.Notes, state = Codes.Of(plan.State),
    };

    /// <summary>Finds the candidates through the index, applies the domain's conflict rule, and records new conflicts and their outbox messages.</summary>
    private List<Conflict> DetectConflicts(SqliteConnection connection, SqliteTransaction transaction, OutreachPlan plan, int windowDays, Organizer actor)
    {
        if (!plan.IsLive)
            return [];
        var (endsOnOrAfter, startsOnOrBefore) = ConflictRule.SearchRange(plan.Window, windowDays);
        // Windows are at most MaxWindowDays long, so a conflicting one starts no earlier than this: the range stays bounded.
        var startsOnOrAfter = endsOnOrAfter.AddDays(-RegistrationRules.MaxWindowDays);
        var candidateIds = connection.Query<long>("""
            SELECT DISTINCT outreach_id FROM outreach_targets
            WHERE iso3 IN @Countries AND live = 1 AND starts_on BETWEEN @MinStart AND @MaxStart AND ends_on >= @MinEnd AND outreach_id <> @Id
            """, new
            {
                Countries = plan.Countries, MinStart = Codes.Date(startsOnOrAfter), MaxStart = Codes.Date(startsOnOrBefore),
                MinEnd = Codes.Date(endsOnOrAfter), plan.Id,
            }, transaction).ToList();

        var conflicts = new List<Conflict>();
        var now = Codes.Time(time.GetUtcNow());
        foreach (var other in LoadPlans(connection, transaction, candidateIds))
        {
            var (earlier, later) = other.Id < plan.Id ? (other, plan) : (plan, other);
            if (ConflictRule.Between(earlier, later, windowDays) is not { } conflict)
                continue;
            conflicts.Add(conflict);
            var conflictId = connection.ExecuteScalar<long?>("""
                INSERT INTO conflicts (earlier_id, later_id, countries, kind, detected_at) VALUES (@EarlierId, @LaterId, @Countries, @Kind, @Now)
                ON CONFLICT (earlier_id, later_id) DO NOTHING
                RETURNING id
                """, new { EarlierId = earlier.Id, LaterId = later.Id, Countries = string.Join(',', conflict.SharedCountries), Kind = Codes.Of(conflict.Kind), Now = now }, transaction);
            if (conflictId is { } newConflict && conflict.Kind == ConflictKind.PossibleDuplication)
                QueueNotices(connection, transaction, newConflict, other.Organizer.IsSamePerson(actor) ? plan : other, now);
        }
        return conflicts;
    }

    /// <summary>A heads-up to the organizer on the other side of the conflict, and an alert to every subscribed conversation.</summary>
    private static void QueueNotices(SqliteConnection connection, SqliteTransaction transaction, long conflictId, OutreachPlan otherSide, string now)
    {
        var headsUpConversation = connection.ExecuteScalar<string?>("""
            SELECT COALESCE(p.personal_conversation_id, o.organizer_conversation_id)
            FROM outreach o LEFT JOIN user_profiles p ON p.channel_id = o.organizer_channel AND p.user_id = o.organizer_user_id
            WHERE o.id = @Id
            """, new { otherSide.Id }, transaction);
        const string insert = """
            INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
            VALUES (@Kind, @ConflictId, CAST(@ConflictId AS TEXT), @ChannelId, @ConversationId, @ViewerUserId, @Now, @Now)
            ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
            """;
        if (headsUpConversation is not null)
            connection.Execute(insert, new { Kind = "heads_up", ConflictId = conflictId, ChannelId = otherSide.Organizer.ChannelId, ConversationId = headsUpConversation, ViewerUserId = otherSide.Organizer.UserId, Now = now }, transaction);
        connection.Execute("""
            INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
            SELECT 'alert', @ConflictId, CAST(@ConflictId AS TEXT), channel_id, conversation_id, NULL, @Now, @Now FROM alert_subscriptions WHERE true
            ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
            """, new { ConflictId = conflictId, Now = now }, transaction);
    }

    /// <summary>A note to each champion of the states reached, in their 1:1 chat with the bot (none when the bot has none).</summary>
    private static void QueueChampionNotes(SqliteConnection connection, SqliteTransaction transaction, OutreachPlan plan,
        IReadOnlyList<(string ChannelId, string UserId)> champions, string now)
    {
        foreach (var (channelId, userId) in champions.Where(c => !(c.ChannelId == plan.Organizer.ChannelId && c.UserId == plan.Organizer.UserId)))
            connection.Execute("""
                INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
                SELECT 'champion_note', NULL, @Subject, channel_id, personal_conversation_id, user_id, @Now, @Now
                FROM user_profiles WHERE channel_id = @channelId AND user_id = @userId AND personal_conversation_id IS NOT NULL
                ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
                """, new { Subject = plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), channelId, userId, Now = now }, transaction);
    }

    private List<Conflict> ConflictsWhereLater(SqliteConnection connection, SqliteTransaction transaction, long laterId)
    {
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE later_id = @laterId ORDER BY id", new { laterId }, transaction).ToList();
        return ToConflicts(connection, transaction, rows).Select(c => c.Conflict).ToList();
    }

    internal static List<(ConflictRow Row, Conflict Conflict)> ToConflicts(SqliteConnection connection, SqliteTransaction? transaction, List<ConflictRow> rows)
    {
        var plans = LoadPlans(connection, transaction, rows.SelectMany(r => new[] { r.EarlierId, r.LaterId }).Distinct().ToList()).ToDictionary(p => p.Id);
        return rows.Select(r => (r, new Conflict(plans[r.EarlierId], plans[r.LaterId], r.Countries.Split(','), Codes.ConflictKindOf(r.Kind)))).ToList();
    }

    internal static List<OutreachPlan> LoadPlans(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
            return [];
        var rows = connection.Query<OutreachRow>($"SELECT {OutreachRow.Columns} FROM outreach WHERE id IN @ids", new { ids }, transaction).ToDictionary(r => r.Id);
        var targets = connection.Query<(long OutreachId, string Iso3)>("SELECT outreach_id, iso3 FROM outreach_targets WHERE outreach_id IN @ids ORDER BY iso3", new { ids }, transaction)
            .ToLookup(t => t.OutreachId, t => t.Iso3);
        return ids.Where(rows.ContainsKey).Select(id => rows[id].ToPlan(targets[id].ToList())).ToList();
    }
}

internal sealed class ConflictRow
{
    public const string Columns = "id AS Id, earlier_id AS EarlierId, later_id AS LaterId, countries AS Countries, kind AS Kind, resolution AS Resolution, resolved_by AS ResolvedBy, resolved_at AS ResolvedAt";
    public long Id { get; set; }
    public long EarlierId { get; set; }
    public long LaterId { get; set; }
    public string Countries { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public string? ResolvedAt { get; set; }
}
