using AttBot.Domain.Audit;
using AttBot.Data.Schema;
using AttBot.Domain.Outreach;
using Dapper;
using System.Data.Common;

namespace AttBot.Data.Store;

/// <summary>
/// A registration to store: the plan (its id not yet known), where it came from, where its organizer talks to the bot,
/// and the regional champions (channel, user id) of the states it reaches, who get a note about it.
/// </summary>
public sealed record NewRegistration(OutreachPlan Plan, string SourceKey, string? OrganizerConversationId)
{
    public IReadOnlyList<(string ChannelId, string UserId)> Champions { get; init; } = [];

    /// <summary>Store nothing when it looks like the organizer's own earlier registration: the person is asked first.</summary>
    public bool AskIfRegisteredBefore { get; init; }
}

/// <summary>The regional champions (channel, user id) of any of the given states.</summary>
public delegate IReadOnlyList<(string ChannelId, string UserId)> ChampionsOf(IReadOnlyCollection<string> states);

/// <summary>
/// A registration after a move or a change of state: its conflicts now (all of them, of every kind), the possible
/// duplications it was or is part of, and how many of their other organizers are told (those the bot can write to).
/// </summary>
public sealed record ChangeResult(OutreachPlan Plan, IReadOnlyList<Conflict> Conflicts, IReadOnlyList<ChangedOverlap> Overlaps, int OrganizersTold);

/// <summary>The stored plan, the conflicts it raised, and whether the same activity had been processed before.</summary>
public sealed record RegistrationResult(OutreachPlan Plan, IReadOnlyList<Conflict> Conflicts, bool AlreadyProcessed)
{
    /// <summary>
    /// Set when nothing was stored because the plan looks like its organizer's own earlier registration (asked for with
    /// <see cref="NewRegistration.AskIfRegisteredBefore"/>); <see cref="Plan"/> is then the plan as it would have been stored.
    /// </summary>
    public Conflict? RegisteredBefore { get; init; }
}

/// <summary>
/// Outreach registrations. Registering, the conflict search, the conflict rows and the outbox messages they cause happen
/// in one write transaction, which first locks the states it reaches (<see cref="StoreConnections.StateLocks"/>): SQLite
/// admits one writer at a time anyway (BEGIN IMMEDIATE), PostgreSQL takes an advisory lock per state, so two conflicting
/// registrations arriving together, on one instance or two, are serialised and the second always sees the first.
/// </summary>
public sealed class OutreachStore(StoreConnections connections, StoreWriter writer, TimeProvider time)
{
    /// <summary>Registers through the store's one writer, batched with whatever else is being written at that moment.</summary>
    public Task<RegistrationResult> RegisterAsync(NewRegistration registration, int conflictWindowDays) =>
        writer.WriteAsync((connection, transaction) => Register(connection, transaction, registration, conflictWindowDays),
            locks: StoreConnections.StateLocks(registration.Plan.Countries));

    private RegistrationResult Register(DbConnection connection, DbTransaction transaction, NewRegistration registration, int conflictWindowDays)
    {
        // The writer took the states' locks before the batch began (see RegisterAsync): a registration for the same state on
        // another connection (another instance) waits until this one commits, then finds it; and a redelivery of this
        // activity finds it by its source key.
        var plan = registration.Plan;
        // The delivery by its key and the plans it may conflict with, in one round trip. One search serves both the
        // question before storing and the conflicts recorded once stored: nothing else registers for these states until
        // the commit.
        var (candidatesSql, parameters) = CandidatesQuery(connection, plan, conflictWindowDays);
        parameters.Add("SourceKey", registration.SourceKey);
        long? existingId;
        List<long> candidateIds;
        using (var read = connection.QueryMultiple("SELECT id FROM outreach WHERE source_key = @SourceKey;\n" + candidatesSql, parameters, transaction))
        {
            existingId = read.ReadSingleOrDefault<long?>();
            candidateIds = read.Read<long>().ToList();
        }
        if (existingId is { } id)
        {
            var existing = LoadPlans(connection, transaction, [id])[0];
            var earlier = ConflictsWhereLater(connection, transaction, id);
            return new RegistrationResult(existing, earlier, AlreadyProcessed: true);
        }

        var others = plan.IsLive ? Conflicting(connection, transaction, plan, conflictWindowDays, candidateIds) : [];
        if (registration.AskIfRegisteredBefore
            && others.Select(other => ConflictRule.Of(plan, other, conflictWindowDays)).FirstOrDefault(c => c?.Kind == ConflictKind.AlreadyRegistered) is { } twice)
            return new RegistrationResult(plan, [], AlreadyProcessed: false) { RegisteredBefore = twice };

        var now = Codes.Time(time.GetUtcNow());
        // What is written: the same values as the row will hold, save the id and times it gets.
        var written = plan with { Countries = plan.Countries.Distinct().Order(StringComparer.Ordinal).ToList(), State = OutreachState.Planned };
        // The row, its states, its audit line and its id back in one round trip: every statement runs before the one that gives a result.
        var countries = written.Countries;
        var values = new DynamicParameters(new
        {
            Channel = plan.Organizer.ChannelId, plan.Organizer.UserId, Name = plan.Organizer.DisplayName,
            ConversationId = registration.OrganizerConversationId, plan.Organization, plan.Region,
            Kind = Codes.Of(plan.Kind), StartsOn = Codes.Date(plan.Window.Start), EndsOn = Codes.Date(plan.Window.End),
            Topics = Codes.Topics(plan.Topics), plan.Partners, Visibility = Codes.Of(plan.Visibility), plan.Notes,
            registration.SourceKey, Now = now,
        });
        for (var i = 0; i < countries.Count; i++)
            values.Add($"Iso3_{i}", countries[i]);
        // The audit line names the row by the id it gets; what it keeps of the plan holds no id.
        var audit = AuditStore.RecordWith(values, time, ActorOf(plan.Organizer), "outreach.registered", AuditStore.Outreach,
            $"'OR-' || {SqlDialect.Of(connection).ZeroPadded("id", 4)}", "FROM outreach WHERE source_key = @SourceKey",
            Summary(written));
        var newId = connection.ExecuteScalar<long>($"""
            INSERT INTO outreach (organizer_channel, organizer_user_id, organizer_name, organizer_conversation_id, organization, region,
                                  kind, starts_on, ends_on, topics, partners, visibility, notes, state, source_key, created_at, updated_at)
            VALUES (@Channel, @UserId, @Name, @ConversationId, @Organization, @Region,
                    @Kind, @StartsOn, @EndsOn, @Topics, @Partners, @Visibility, @Notes, 'planned', @SourceKey, @Now, @Now);
            INSERT INTO outreach_targets (outreach_id, iso3, starts_on, ends_on, live)
            SELECT o.id, t.iso3, o.starts_on, o.ends_on, 1
            FROM outreach o, ({string.Join(" UNION ALL ", countries.Select((_, i) => $"SELECT @Iso3_{i} AS iso3"))}) t
            WHERE o.source_key = @SourceKey;
            {audit};
            SELECT id FROM outreach WHERE source_key = @SourceKey
            """, values, transaction);

        // What was just written, without reading it back: with the id and times the row got.
        var stored = written with { Id = newId, CreatedAt = Codes.Time(now), UpdatedAt = Codes.Time(now) };
        // One note per person for this registration: an organizer of two overlapped plans, or a champion who is also the
        // other organizer, gets one heads-up (which names every plan of theirs it may duplicate) and no champion's note.
        var headsUpTo = new HashSet<(string ChannelId, string UserId)>();
        var conflicts = DetectConflicts(connection, transaction, stored, conflictWindowDays, actor: stored.Organizer, headsUpTo: headsUpTo, found: others);
        QueueChampionNotes(connection, transaction, stored, registration.Champions.Where(c => !headsUpTo.Contains(c)).ToList(), now);
        return new RegistrationResult(stored, conflicts, AlreadyProcessed: false);
    }

    /// <summary>
    /// Moves a plan to new dates and looks for conflicts in its new window. Those concerned by the possible duplications
    /// it left, kept or entered are told in the same transaction (<see cref="QueueChangeNotices"/>); a new conflict also
    /// raises its alert, as at registration. Null when there is no such plan.
    /// </summary>
    /// <param name="championsOf">The regional champions (channel, user id) of the given states; none when not given.</param>
    public ChangeResult? Move(long id, DateWindow window, int conflictWindowDays, Organizer actor, ChampionsOf? championsOf = null)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var before = LoadPlans(connection, transaction, [id]).SingleOrDefault();
        if (before is null)
            return null;
        connections.LockStates(connection, transaction, before.Countries); // as at registration: a move finds what is registered meanwhile
        var overlappedBefore = Duplications(FindConflicts(connection, transaction, before, conflictWindowDays), before);
        connection.Execute("""
            UPDATE outreach SET starts_on = @StartsOn, ends_on = @EndsOn, updated_at = @Now WHERE id = @id;
            UPDATE outreach_targets SET starts_on = @StartsOn, ends_on = @EndsOn WHERE outreach_id = @id;
            """, new { id, StartsOn = Codes.Date(window.Start), EndsOn = Codes.Date(window.End), Now = Codes.Time(time.GetUtcNow()) }, transaction);
        var plan = LoadPlans(connection, transaction, [id])[0];
        var change = AuditStore.Record(connection, transaction, time, ActorOf(actor), "outreach.moved", AuditStore.Outreach, plan.PublicId, null,
            new { start = before.Window.Start, end = before.Window.End }, new { start = plan.Window.Start, end = plan.Window.End });
        var raised = new List<long>();
        var conflicts = DetectConflicts(connection, transaction, plan, conflictWindowDays, actor, headsUps: false, raised);
        // A pair the move took apart is no longer a possible duplication: it leaves the Secretariat's open lists (and
        // comes back, raised again, should a later move bring the two together).
        connection.Execute($"""
            UPDATE conflicts SET ended_at = @Now
            WHERE (earlier_id = @id OR later_id = @id) AND ended_at IS NULL
              AND NOT ({connection.IsAnyOf("earlier_id", "@Kept")}) AND NOT ({connection.IsAnyOf("later_id", "@Kept")})
            """, new { id, Kept = conflicts.Select(c => c.OtherThan(plan).Id).ToList(), Now = Codes.Time(time.GetUtcNow()) }, transaction);
        var overlaps = Overlaps(overlappedBefore, Duplications(conflicts, plan), plan);
        // A move only into new conflicts is told to the Secretariat by their alerts, which it can settle: no second message.
        var alertChange = overlaps.Any(o => !o.Entered || !raised.Contains(o.Other.Id));
        var told = QueueChangeNotices(connection, transaction, change, plan, overlaps, actor, championsOf, alertChange);
        transaction.Commit();
        return new ChangeResult(plan, conflicts, overlaps, told);
    }

    /// <summary>
    /// Cancels a plan, or marks it done with its findings. Either way it no longer conflicts with anything, and its
    /// conflicts stop being open. A cancellation is told to those concerned by the possible duplications it was part of.
    /// </summary>
    public ChangeResult? ChangeState(long id, OutreachState state, string? outcome, Organizer actor,
        int conflictWindowDays = ConflictRule.DefaultWindowDays, ChampionsOf? championsOf = null)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var before = LoadPlans(connection, transaction, [id]).SingleOrDefault();
        if (before is null)
            return null;
        var overlappedBefore = state == OutreachState.Cancelled ? Duplications(FindConflicts(connection, transaction, before, conflictWindowDays), before) : [];
        connection.Execute("""
            UPDATE outreach SET state = @State, outcome = COALESCE(@Outcome, outcome), updated_at = @Now WHERE id = @id;
            UPDATE outreach_targets SET live = @Live WHERE outreach_id = @id;
            """, new { id, State = Codes.Of(state), Outcome = outcome, Live = state == OutreachState.Planned ? 1 : 0, Now = Codes.Time(time.GetUtcNow()) }, transaction);
        var plan = LoadPlans(connection, transaction, [id])[0];
        var change = AuditStore.Record(connection, transaction, time, ActorOf(actor), $"outreach.{Codes.Of(state)}", AuditStore.Outreach, plan.PublicId, null,
            new { state = Codes.Of(before.State), outcome = before.Outcome }, new { state = Codes.Of(plan.State), outcome = plan.Outcome });
        var overlaps = Overlaps(overlappedBefore, [], plan);
        var told = QueueChangeNotices(connection, transaction, change, plan, overlaps, actor, championsOf, alertChange: true);
        transaction.Commit();
        return new ChangeResult(plan, [], overlaps, told);
    }

    /// <summary>
    /// A change told to those concerned, as it reads when it is delivered: the change from the audit trail, the plan as it
    /// was before, and its overlaps before and after by the conflict rule, with the other registrations as they are now.
    /// Null when the line is not a move or cancellation of a registration.
    /// </summary>
    public OutreachChange? FindChange(long changeId, int conflictWindowDays)
    {
        using var connection = connections.Open();
        var entry = connection.QuerySingleOrDefault<(string Action, string SubjectId, string ActorChannel, string ActorUserId, string? Before, string? After)>("""
            SELECT action, subject_id, actor_channel, actor_user_id, before_json, after_json FROM audit_log WHERE id = @changeId AND subject_kind = 'outreach'
            """, new { changeId });
        if (entry.Action is not ("outreach.moved" or "outreach.cancelled") || OutreachPlan.ParseId(entry.SubjectId) is not { } planId
            || LoadPlans(connection, null, [planId]).SingleOrDefault() is not { } current)
            return null;
        var moved = entry.Action == "outreach.moved";
        var before = moved ? current with { Window = WindowOf(entry.Before!), State = OutreachState.Planned } : current with { State = OutreachState.Planned };
        var after = moved ? before with { Window = WindowOf(entry.After!) } : current with { State = OutreachState.Cancelled };
        var otherIds = connection.Query<long>("""
            SELECT CASE WHEN earlier_id = @planId THEN later_id ELSE earlier_id END FROM conflicts WHERE earlier_id = @planId OR later_id = @planId
            """, new { planId }).ToList();
        var overlaps = new List<ChangedOverlap>();
        foreach (var other in LoadPlans(connection, null, otherIds))
        {
            var then = Duplication(before, other, conflictWindowDays);
            var now = Duplication(after, other, conflictWindowDays);
            if (then is not null || now is not null)
                overlaps.Add(new ChangedOverlap(other, (now ?? then)!.SharedCountries, then is not null, now is not null));
        }
        var byOrganizer = current.Organizer.ChannelId == entry.ActorChannel && current.Organizer.UserId == entry.ActorUserId;
        return new OutreachChange(moved ? ChangeKind.Moved : ChangeKind.Cancelled, before, moved ? after.Window : null, byOrganizer, overlaps);
    }

    private static Conflict? Duplication(OutreachPlan plan, OutreachPlan other, int windowDays) =>
        ConflictRule.Of(plan, other, windowDays) is { Kind: ConflictKind.PossibleDuplication } c ? c : null;

    private static DateWindow WindowOf(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return new DateWindow(DateOnly.Parse(document.RootElement.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(document.RootElement.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
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
        var row = connection.QuerySingle<(long Plans, long States, string? Next)>($"""
            SELECT COUNT(DISTINCT outreach_id), COUNT(DISTINCT iso3), MIN(starts_on) FROM outreach_targets
            WHERE {connection.IsAnyOf("iso3", "@iso3s")} AND live = 1 AND starts_on <= @To AND ends_on >= @From
            """, new { iso3s = iso3s.ToList(), From = Codes.Date(from), To = Codes.Date(to) });
        return ((int)row.Plans, (int)row.States, row.Next is null ? null : Codes.Date(row.Next));
    }

    /// <summary>The plan's recorded conflicts that no move has ended (a cancelled or done side still counts here).</summary>
    public IReadOnlyList<Conflict> ConflictsOf(long planId)
    {
        using var connection = connections.Open();
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE (earlier_id = @planId OR later_id = @planId) AND ended_at IS NULL ORDER BY id",
            new { planId }).ToList();
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

    /// <summary>The live plans in conflict with <paramref name="plan"/>: candidates found through the index, kept by the domain's conflict rule.</summary>
    private static List<Conflict> FindConflicts(DbConnection connection, DbTransaction? transaction, OutreachPlan plan, int windowDays) =>
        FindConflicting(connection, transaction, plan, windowDays)
            .Select(other => ConflictRule.Of(plan, other, windowDays))
            .OfType<Conflict>().ToList();

    /// <summary>The live plans that <paramref name="plan"/> conflicts with (<see cref="ConflictRule"/>), whatever its id.</summary>
    private static List<OutreachPlan> FindConflicting(DbConnection connection, DbTransaction? transaction, OutreachPlan plan, int windowDays)
    {
        if (!plan.IsLive)
            return [];
        var (sql, parameters) = CandidatesQuery(connection, plan, windowDays);
        return Conflicting(connection, transaction, plan, windowDays, connection.Query<long>(sql, parameters, transaction).ToList());
    }

    /// <summary>The candidates among <paramref name="candidateIds"/> that the domain's conflict rule keeps.</summary>
    private static List<OutreachPlan> Conflicting(DbConnection connection, DbTransaction? transaction, OutreachPlan plan, int windowDays, List<long> candidateIds) =>
        LoadPlans(connection, transaction, candidateIds)
            .Where(other => ConflictRule.Of(plan, other, windowDays) is not null)
            .ToList();

    /// <summary>The ids of the live plans that may conflict with <paramref name="plan"/>, found through the index: the domain's rule decides.</summary>
    private static (string Sql, DynamicParameters Parameters) CandidatesQuery(DbConnection connection, OutreachPlan plan, int windowDays)
    {
        var (endsOnOrAfter, startsOnOrBefore) = ConflictRule.SearchRange(plan.Window, windowDays);
        // Windows are at most MaxWindowDays long, so a conflicting one starts no earlier than this: the range stays bounded.
        var startsOnOrAfter = endsOnOrAfter.AddDays(-RegistrationRules.MaxWindowDays);
        var parameters = new DynamicParameters(new
        {
            Countries = plan.Countries.ToList(), MinStart = Codes.Date(startsOnOrAfter), MaxStart = Codes.Date(startsOnOrBefore),
            MinEnd = Codes.Date(endsOnOrAfter), plan.Id,
        });
        return ($"""
            SELECT DISTINCT outreach_id FROM outreach_targets
            WHERE {connection.IsAnyOf("iso3", "@Countries")} AND live = 1 AND starts_on BETWEEN @MinStart AND @MaxStart AND ends_on >= @MinEnd AND outreach_id <> @Id
            """, parameters);
    }

    /// <summary>
    /// Finds the plan's conflicts (among <paramref name="found"/> when already searched) and records the new ones, with
    /// their alerts and (<paramref name="headsUps"/>) heads-ups.
    /// <paramref name="raised"/>, when given, collects the other side of each possible duplication recorded for the first time.
    /// <paramref name="headsUpTo"/> collects the people given a heads-up: nobody gets two for the same registration.
    /// </summary>
    private List<Conflict> DetectConflicts(DbConnection connection, DbTransaction transaction, OutreachPlan plan, int windowDays, Organizer actor,
        bool headsUps = true, List<long>? raised = null, HashSet<(string ChannelId, string UserId)>? headsUpTo = null, IReadOnlyList<OutreachPlan>? found = null)
    {
        var conflicts = found is null
            ? FindConflicts(connection, transaction, plan, windowDays)
            : found.Select(other => ConflictRule.Of(plan, other, windowDays)).OfType<Conflict>().ToList();
        var now = Codes.Time(time.GetUtcNow());
        foreach (var conflict in conflicts)
        {
            var (earlier, later) = (conflict.Earlier, conflict.Later);
            var other = conflict.OtherThan(plan);
            // A pair that a move had taken apart is raised again, unsettled: the dates that were settled are gone.
            var recorded = connection.QuerySingleOrDefault<(long Id, string DetectedAt)?>("""
                INSERT INTO conflicts (earlier_id, later_id, countries, kind, detected_at) VALUES (@EarlierId, @LaterId, @Countries, @Kind, @Now)
                ON CONFLICT (earlier_id, later_id) DO UPDATE SET ended_at = NULL, resolution = NULL, resolved_by = NULL, resolved_at = NULL, countries = excluded.countries
                WHERE conflicts.ended_at IS NOT NULL
                RETURNING id, detected_at
                """, new { EarlierId = earlier.Id, LaterId = later.Id, Countries = string.Join(',', conflict.SharedCountries), Kind = Codes.Of(conflict.Kind), Now = now }, transaction);
            if (recorded is not { } row || conflict.Kind != ConflictKind.PossibleDuplication)
                continue;
            var newConflict = row.Id;
            // Raised again: a new subject, so the Secretariat gets a new alert (one per raising, as one per pair before).
            var subject = row.DetectedAt == now ? newConflict.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{newConflict} raised again {now}";
            raised?.Add(other.Id);
            var told = other.Organizer.IsSamePerson(actor) ? plan : other;
            var firstForThem = headsUpTo?.Add((told.Organizer.ChannelId, told.Organizer.UserId)) ?? true;
            QueueNotices(connection, transaction, newConflict, subject, told, now, headsUps && firstForThem);
        }
        return conflicts;
    }

    /// <summary>The possible duplications among <paramref name="conflicts"/>, each as the other plan and the states shared with <paramref name="plan"/>.</summary>
    private static Dictionary<long, (OutreachPlan Other, IReadOnlyList<string> Shared)> Duplications(IEnumerable<Conflict> conflicts, OutreachPlan plan) =>
        conflicts.Where(c => c.Kind == ConflictKind.PossibleDuplication)
            .ToDictionary(c => c.OtherThan(plan).Id, c => (c.OtherThan(plan), c.SharedCountries));

    /// <summary>Each plan in a possible duplication with the changed one before, after, or both.</summary>
    private static List<ChangedOverlap> Overlaps(Dictionary<long, (OutreachPlan Other, IReadOnlyList<string> Shared)> before,
        Dictionary<long, (OutreachPlan Other, IReadOnlyList<string> Shared)> after, OutreachPlan plan) =>
        before.Keys.Union(after.Keys).Order()
            .Select(id => after.TryGetValue(id, out var now)
                ? new ChangedOverlap(now.Other, now.Shared, before.ContainsKey(id), true)
                : new ChangedOverlap(before[id].Other, before[id].Shared, true, false))
            .ToList();

    /// <summary>
    /// Tells those concerned that a plan in a possible duplication changed, in the change's own transaction: one message
    /// per conversation (the change's audit id is the subject), to the organizer of each other registration it overlapped
    /// or now overlaps, to the regional champions of the states concerned (in their 1:1 chat) and, when
    /// <paramref name="alertChange"/>, to every subscribed conversation. Whoever made the change is not told; the plan's own
    /// organizer is, when someone else (the Secretariat) changed it, whether or not it was in a possible duplication.
    /// A person who is both champion and other organizer has one conversation with the bot, so gets one message.
    /// Returns how many other organizers are told.
    /// </summary>
    private int QueueChangeNotices(DbConnection connection, DbTransaction transaction, long changeId, OutreachPlan plan,
        IReadOnlyList<ChangedOverlap> overlaps, Organizer actor, ChampionsOf? championsOf, bool alertChange)
    {
        var now = Codes.Time(time.GetUtcNow());
        var subject = changeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Findings recorded by the Secretariat are the organizer's own report coming back: no news to tell them.
        if (!plan.Organizer.IsSamePerson(actor) && plan.State != OutreachState.Done)
            TellOrganizer(connection, transaction, plan, subject, now);
        if (overlaps.Count == 0)
            return 0;
        var told = 0;
        foreach (var organizer in overlaps.Select(o => o.Other).DistinctBy(p => (p.Organizer.ChannelId, p.Organizer.UserId))
                     .Where(p => !p.Organizer.IsSamePerson(actor) && !p.Organizer.IsSamePerson(plan.Organizer)))
        {
            if (TellOrganizer(connection, transaction, organizer, subject, now))
                told++;
        }
        var states = overlaps.SelectMany(o => o.SharedCountries).Distinct().ToList();
        foreach (var (channelId, userId) in (championsOf?.Invoke(states) ?? []).Where(c => !(c.ChannelId == actor.ChannelId && c.UserId == actor.UserId)
                     && !(c.ChannelId == plan.Organizer.ChannelId && c.UserId == plan.Organizer.UserId)))
            connection.Execute("""
                INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
                SELECT 'change', NULL, @Subject, channel_id, personal_conversation_id, user_id, @Now, @Now
                FROM user_profiles WHERE channel_id = @channelId AND user_id = @userId AND personal_conversation_id IS NOT NULL
                ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
                """, new { Subject = subject, channelId, userId, Now = now }, transaction);
        if (alertChange)
            connection.Execute("""
                INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
                SELECT 'change_alert', NULL, @Subject, channel_id, conversation_id, NULL, @Now, @Now FROM alert_subscriptions WHERE true
                ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
                """, new { Subject = subject, Now = now }, transaction);
        return told;
    }

    /// <summary>A change notice to the organizer of <paramref name="plan"/>, where they talk to the bot; false when the bot has nowhere to write to them.</summary>
    private static bool TellOrganizer(DbConnection connection, DbTransaction transaction, OutreachPlan plan, string subject, string now)
    {
        var conversation = connection.ExecuteScalar<string?>("""
            SELECT COALESCE(p.personal_conversation_id, o.organizer_conversation_id)
            FROM outreach o LEFT JOIN user_profiles p ON p.channel_id = o.organizer_channel AND p.user_id = o.organizer_user_id
            WHERE o.id = @Id
            """, new { plan.Id }, transaction);
        if (conversation is null)
            return false;
        connection.Execute("""
            INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
            VALUES ('change', NULL, @Subject, @ChannelId, @ConversationId, @ViewerUserId, @Now, @Now)
            ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
            """, new { Subject = subject, plan.Organizer.ChannelId, ConversationId = conversation, ViewerUserId = plan.Organizer.UserId, Now = now }, transaction);
        return true;
    }

    /// <summary>A heads-up to the organizer on the other side of the conflict, and an alert to every subscribed conversation.</summary>
    private static void QueueNotices(DbConnection connection, DbTransaction transaction, long conflictId, string subject, OutreachPlan otherSide, string now, bool headsUp)
    {
        // One round trip: the heads-up goes where the other organizer talks to the bot (their 1:1 chat, else where they
        // registered), when the bot has either; the alert to every subscribed conversation.
        var headsUpSql = headsUp ? """
            INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
            SELECT 'heads_up', @ConflictId, @Subject, @ChannelId, COALESCE(p.personal_conversation_id, o.organizer_conversation_id), @ViewerUserId, @Now, @Now
            FROM outreach o LEFT JOIN user_profiles p ON p.channel_id = o.organizer_channel AND p.user_id = o.organizer_user_id
            WHERE o.id = @Id AND COALESCE(p.personal_conversation_id, o.organizer_conversation_id) IS NOT NULL
            ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING;

            """ : "";
        connection.Execute(headsUpSql + """
            INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
            SELECT 'alert', @ConflictId, @Subject, channel_id, conversation_id, NULL, @Now, @Now FROM alert_subscriptions WHERE true
            ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
            """, new
            {
                ConflictId = conflictId, Subject = subject, ChannelId = otherSide.Organizer.ChannelId, ViewerUserId = otherSide.Organizer.UserId,
                otherSide.Id, Now = now,
            }, transaction);
    }

    /// <summary>A note to each champion of the states reached, in their 1:1 chat with the bot (none when the bot has none).</summary>
    private static void QueueChampionNotes(DbConnection connection, DbTransaction transaction, OutreachPlan plan,
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

    private List<Conflict> ConflictsWhereLater(DbConnection connection, DbTransaction transaction, long laterId)
    {
        var rows = connection.Query<ConflictRow>($"SELECT {ConflictRow.Columns} FROM conflicts WHERE later_id = @laterId ORDER BY id", new { laterId }, transaction).ToList();
        return ToConflicts(connection, transaction, rows).Select(c => c.Conflict).ToList();
    }

    internal static List<(ConflictRow Row, Conflict Conflict)> ToConflicts(DbConnection connection, DbTransaction? transaction, List<ConflictRow> rows)
    {
        var plans = LoadPlans(connection, transaction, rows.SelectMany(r => new[] { r.EarlierId, r.LaterId }).Distinct().ToList()).ToDictionary(p => p.Id);
        return rows.Select(r => (r, new Conflict(plans[r.EarlierId], plans[r.LaterId], r.Countries.Split(','), Codes.ConflictKindOf(r.Kind)))).ToList();
    }

    internal static List<OutreachPlan> LoadPlans(DbConnection connection, DbTransaction? transaction, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
            return [];
        // The rows, their states and their organizers' Teams sign-in names (where a roster told them: a possible
        // duplication then links to a chat), read in one round trip.
        using var read = connection.QueryMultiple($"""
            SELECT {OutreachRow.Columns} FROM outreach WHERE {connection.IsAnyOf("id", "@ids")};
            SELECT outreach_id, iso3 FROM outreach_targets WHERE {connection.IsAnyOf("outreach_id", "@ids")} ORDER BY iso3;
            SELECT p.channel_id, p.user_id, p.upn FROM user_profiles p JOIN outreach o ON o.organizer_channel = p.channel_id AND o.organizer_user_id = p.user_id
            WHERE {connection.IsAnyOf("o.id", "@ids")} AND p.upn IS NOT NULL
            """, new { ids = ids.ToList() }, transaction);
        var rows = read.Read<OutreachRow>().ToDictionary(r => r.Id);
        var targets = read.Read<(long OutreachId, string Iso3)>().ToLookup(t => t.OutreachId, t => t.Iso3);
        var upns = read.Read<(string ChannelId, string UserId, string Upn)>().DistinctBy(u => (u.ChannelId, u.UserId)).ToDictionary(u => (u.ChannelId, u.UserId), u => u.Upn);
        return ids.Where(rows.ContainsKey).Select(id => rows[id].ToPlan(targets[id].ToList()))
            .Select(p => upns.TryGetValue((p.Organizer.ChannelId, p.Organizer.UserId), out var upn) ? p with { Organizer = p.Organizer with { Upn = upn } } : p)
            .ToList();
    }
}

internal sealed class ConflictRow
{
    public const string Columns = "id AS Id, earlier_id AS EarlierId, later_id AS LaterId, countries AS Countries, kind AS Kind, resolution AS Resolution, resolved_by AS ResolvedBy, resolved_at AS ResolvedAt, ended_at AS EndedAt";
    public long Id { get; set; }
    public long EarlierId { get; set; }
    public long LaterId { get; set; }
    public string Countries { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Resolution { get; set; }
    public string? ResolvedBy { get; set; }
    public string? ResolvedAt { get; set; }
    public string? EndedAt { get; set; }
}
