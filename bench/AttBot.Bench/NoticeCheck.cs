using System.Diagnostics;
using System.Globalization;
using System.Data.Common;

namespace AttBot.Bench;

/// <summary>How the wait for the outbox went after the load: how long it took, and whether it got to nothing pending.</summary>
public sealed record DrainResult(TimeSpan Took, bool Drained, long PendingLeft)
{
    /// <summary>
    /// Waits until the bot's outbox has nothing pending (every message delivered, or given up), reading its store beside it
    /// (a SQLite reader does not block the bot in WAL mode). The dispatcher marks a message delivered only after the
    /// Connector answered, so nothing pending means every delivery has reached the fake Connector.
    /// </summary>
    public static async Task<DrainResult> WaitAsync(BotStore store, TimeSpan limit, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var connection = store.OpenReader();
        using var pending = connection.CreateCommand();
        pending.CommandText = "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL";
        while (true)
        {
            var left = (long)pending.ExecuteScalar()!;
            if (left == 0 || Stopwatch.GetElapsedTime(started) > limit)
            {
                var took = Stopwatch.GetElapsedTime(started);
                await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken); // anything still on the wire lands
                return new DrainResult(took, left == 0, left);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}

/// <summary>What the bot's store says after a registration run (read once the bot has stopped).</summary>
public sealed record StoreFigures(
    long FilledRegistrations, // the highest id before the run: the filled store's registrations
    long RunRegistrations, // registered by the run, warm-up included
    long MeasuredRegistrations, // of those, registered in the measured phase
    long MeasuredConflicts, // conflicts raised by the registrations of the measured phase
    long MeasuredConflictsWithFill, // of those, with a registration of the filled store
    IReadOnlyList<(long Id, string Kind, long EarlierId, long LaterId, string? EarlierConversation)> Conflicts,
    IReadOnlyList<(string Kind, long ConflictId, string ConversationId, bool Delivered, bool Failed)> Outbox,
    long FileBytes)
{
    public static StoreFigures Read(BotStore store, long filledRegistrations, DateTimeOffset measuredFrom, DateTimeOffset measuredTo)
    {
        using var connection = store.OpenReader();
        long Scalar(string sql)
        {
            using var command = Command(connection, sql, filledRegistrations, measuredFrom, measuredTo);
            return (long)command.ExecuteScalar()!;
        }

        // With each conflict, where its earlier organizer gets heads-ups: as the bot picks it (their 1:1 chat, else where they registered).
        const string conflictsSql = """
            SELECT c.id, c.kind, c.earlier_id, c.later_id, COALESCE(p.personal_conversation_id, o.organizer_conversation_id)
            FROM conflicts c
            JOIN outreach o ON o.id = c.earlier_id
            LEFT JOIN user_profiles p ON p.channel_id = o.organizer_channel AND p.user_id = o.organizer_user_id
            ORDER BY c.id
            """;
        var conflicts = new List<(long, string, long, long, string?)>();
        using (var command = Command(connection, conflictsSql, filledRegistrations, measuredFrom, measuredTo))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                conflicts.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4)));

        var outbox = new List<(string, long, string, bool, bool)>();
        using (var command = Command(connection, "SELECT kind, conflict_id, conversation_id, delivered_at IS NOT NULL, failed_at IS NOT NULL FROM outbox ORDER BY id", filledRegistrations, measuredFrom, measuredTo))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                outbox.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4)));

        const string measured = "o.id > @fill AND o.created_at >= @from AND o.created_at < @to";
        return new StoreFigures(
            filledRegistrations,
            Scalar("SELECT COUNT(*) FROM outreach WHERE id > @fill"),
            Scalar($"SELECT COUNT(*) FROM outreach o WHERE {measured}"),
            Scalar($"SELECT COUNT(*) FROM conflicts c JOIN outreach o ON o.id = c.later_id WHERE {measured}"),
            Scalar($"SELECT COUNT(*) FROM conflicts c JOIN outreach o ON o.id = c.later_id WHERE {measured} AND c.earlier_id <= @fill"),
            conflicts, outbox, store.SizeBytes());
    }

    public double ConflictsPerMeasuredRegistration => MeasuredRegistrations > 0 ? (double)MeasuredConflicts / MeasuredRegistrations : double.NaN;

    private static DbCommand Command(DbConnection connection, string sql, long fill, DateTimeOffset from, DateTimeOffset to)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        void Add(string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        Add("@fill", fill);
        // As the bot writes times, on both engines: text, UTC, seven decimals, Z; so they compare as text.
        Add("@from", from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        Add("@to", to.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        return command;
    }
}

/// <summary>
/// Alerts and heads-ups exactly once, store against Connector. Every conflict between two organizers
/// ('possible_duplication') must have one 'alert' row for the subscribed Secretariat conversation; each registration
/// must have one 'heads_up' row per earlier organizer it may duplicate (one heads-up per registration, naming every plan
/// of theirs it meets); every row must have been delivered; the Connector must have received each alert once (by the
/// "conflictId" in its buttons) and each heads-up once (by its conversation and the new registration it names), naming
/// every plan of that organizer's it may duplicate.
/// </summary>
public sealed record NoticeCheck(
    long PossibleDuplications,
    long AlreadyRegistered,
    long AlertRows,
    long AlertRowsAmiss, // alert rows for no conflict, for another conversation, twice, or conflicts without one
    long AlertPosts,
    long AlertsMissing,
    long AlertsDuplicated,
    long AlertsUnexpected,
    long HeadsUpRows,
    long HeadsUpRowsAmiss, // conflicts without exactly one heads-up row
    long HeadsUpPosts,
    long HeadsUpsMissing,
    long HeadsUpsDuplicated,
    long HeadsUpsUnexpected,
    string? FirstUnexpected, // what the first notice that was not recognised said, to tell why
    long OutboxPending,
    long OutboxFailed,
    DrainResult Drain)
{
    public bool Passed => Drain.Drained && OutboxPending == 0 && OutboxFailed == 0
        && AlertRowsAmiss == 0 && AlertsMissing == 0 && AlertsDuplicated == 0 && AlertsUnexpected == 0
        && HeadsUpRowsAmiss == 0 && HeadsUpsMissing == 0 && HeadsUpsDuplicated == 0 && HeadsUpsUnexpected == 0;

    public static NoticeCheck Compare(StoreFigures store, IReadOnlyList<ProactiveMessage> received, string secretariatConversation, DrainResult drain)
    {
        var duplications = store.Conflicts.Where(c => c.Kind == "possible_duplication").ToDictionary(c => c.Id);
        var alertRows = store.Outbox.Where(o => o.Kind == "alert").ToList();
        var headsUpRows = store.Outbox.Where(o => o.Kind == "heads_up").ToList();

        // The store: one alert row per conflict between organizers, to the Secretariat.
        var alertRowCounts = alertRows.Where(r => r.ConversationId == secretariatConversation).CountBy(r => r.ConflictId).ToDictionary();
        var alertRowsAmiss = alertRows.Count(r => r.ConversationId != secretariatConversation || !duplications.ContainsKey(r.ConflictId))
            + duplications.Keys.Sum(id => Math.Abs(alertRowCounts.GetValueOrDefault(id) - 1));
        // One heads-up row per new registration and earlier organizer's conversation, for one of the conflicts between them.
        var expectedHeadsUps = duplications.Values.Where(c => c.EarlierConversation is not null)
            .GroupBy(c => (Conversation: c.EarlierConversation!, c.LaterId))
            .ToDictionary(g => g.Key, g => g.Select(c => c.EarlierId).ToHashSet());
        var headsUpRowKeys = headsUpRows
            .Select(r => duplications.TryGetValue(r.ConflictId, out var c) && c.EarlierConversation == r.ConversationId ? (r.ConversationId, c.LaterId) : ((string, long)?)null)
            .ToList();
        var headsUpRowCounts = headsUpRowKeys.OfType<(string, long)>().CountBy(k => k).ToDictionary();
        var headsUpRowsAmiss = headsUpRowKeys.Count(k => k is null)
            + headsUpRowCounts.Keys.Count(k => !expectedHeadsUps.ContainsKey(k))
            + expectedHeadsUps.Keys.Sum(k => Math.Abs(headsUpRowCounts.GetValueOrDefault(k) - 1));

        // The Connector: each alert once, by conflict id.
        var alerts = received.Where(m => m.ConversationId == secretariatConversation).ToList();
        var alertCounts = alerts.Where(m => m.ConflictIds.Count == 1).CountBy(m => m.ConflictIds[0]).ToDictionary();
        var alertsUnexpected = alerts.Count(m => m.ConflictIds.Count != 1) + alertCounts.Keys.Count(id => !duplications.ContainsKey(id));
        var alertsMissing = duplications.Keys.Count(id => !alertCounts.ContainsKey(id));
        var alertsDuplicated = alertCounts.Values.Sum(n => n - 1);

        // Each heads-up once, by where it went and the new registration, naming every plan of that organizer's the new
        // one may duplicate. The new registration is the one number it names that is a key for its conversation: the
        // others are the recipient's own plans, which may include one registered after the new one (the heads-up says
        // what the new registration meets when it is sent).
        var headsUps = received.Where(m => m.ConversationId != secretariatConversation).ToList();
        (string, long)? KeyOf(ProactiveMessage m) =>
            m.RegistrationIds.Where(id => expectedHeadsUps.ContainsKey((m.ConversationId, id))).ToList() is [var later]
                && expectedHeadsUps[(m.ConversationId, later)].IsSubsetOf(m.RegistrationIds)
                ? (m.ConversationId, later)
                : null;
        var headsUpsWellFormed = headsUps.Where(m => KeyOf(m) is not null).ToList();
        var headsUpCounts = headsUpsWellFormed.CountBy(m => KeyOf(m)!.Value).ToDictionary();
        var headsUpsUnexpected = headsUps.Count - headsUpsWellFormed.Count;
        var headsUpsMissing = expectedHeadsUps.Keys.Count(k => !headsUpCounts.ContainsKey(k));
        var headsUpsDuplicated = headsUpCounts.Values.Sum(n => n - 1);

        return new NoticeCheck(
            duplications.Count, store.Conflicts.Count(c => c.Kind == "already_registered"),
            alertRows.Count, alertRowsAmiss, alerts.Count, alertsMissing, alertsDuplicated, alertsUnexpected,
            headsUpRows.Count, headsUpRowsAmiss, headsUps.Count, headsUpsMissing, headsUpsDuplicated, headsUpsUnexpected,
            headsUps.Except(headsUpsWellFormed).Select(m => $"{m.ConversationId}: {m.Text}").FirstOrDefault(),
            store.Outbox.Count(o => !o.Delivered && !o.Failed), store.Outbox.Count(o => o.Failed), drain);
    }
}
