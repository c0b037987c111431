using AttBot.Data.Schema;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>A prepared file, as the download link finds it.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// What the Secretariat's reports read (registrations and conflicts by period), and the files it downloads. Exports are
/// kept for a short time behind an unguessable link and then removed; each one is in the audit trail.
/// </summary>
public sealed class ReportStore(StoreConnections connections, TimeProvider time)
{
    public const string Export = "export";

    /// <summary>
    /// Registrations whose window meets [from, to] (either end open) and that match every filter given, earliest first,
    /// at most <paramref name="limit"/>. <paramref name="states"/>: registrations reaching any of these states (ISO3).
    /// </summary>
    public IReadOnlyList<OutreachPlan> Plans(DateOnly? from, DateOnly? to, int limit, OutreachKind? kind = null, OutreachState? state = null,
        OutreachTopic? topic = null, IReadOnlyCollection<string>? states = null)
    {
        using var connection = connections.Open();
        var ids = connection.Query<long>($"""
            SELECT id FROM outreach
            WHERE (@From IS NULL OR ends_on >= @From) AND (@To IS NULL OR starts_on <= @To)
              AND (@Kind IS NULL OR kind = @Kind) AND (@State IS NULL OR state = @State)
              AND (@Topic IS NULL OR ',' || topics || ',' LIKE '%,' || @Topic || ',%')
              {(states is null ? "" : $"AND EXISTS (SELECT 1 FROM outreach_targets t WHERE t.outreach_id = outreach.id AND {connection.IsAnyOf("t.iso3", "@States")})")}
            ORDER BY starts_on, id
            LIMIT @limit
            """, new
            {
                From = from is { } f ? Codes.Date(f) : null, To = to is { } t ? Codes.Date(t) : null,
                Kind = kind is { } k ? Codes.Of(k) : null, State = state is { } s ? Codes.Of(s) : null, Topic = topic is { } c ? Codes.Of(c) : null,
                States = states?.ToList(), limit,
            }).ToList();
        return OutreachStore.LoadPlans(connection, null, ids);
    }

    /// <summary>
    /// Conflicts between activities of which at least one takes place between the two days (both included), settled
    /// or not: the summary counts a conflict in the period of its activities, as it counts the activities.
    /// </summary>
    public IReadOnlyList<RecordedConflict> ConflictsMeeting(DateOnly from, DateOnly to)
    {
        using var connection = connections.Open();
        var rows = connection.Query<ConflictRow>("""
            SELECT c.id AS Id, c.earlier_id AS EarlierId, c.later_id AS LaterId, c.countries AS Countries, c.kind AS Kind,
                   c.resolution AS Resolution, c.resolved_by AS ResolvedBy, c.resolved_at AS ResolvedAt, c.ended_at AS EndedAt
            FROM conflicts c JOIN outreach e ON e.id = c.earlier_id JOIN outreach l ON l.id = c.later_id
            WHERE (e.starts_on <= @To AND e.ends_on >= @From) OR (l.starts_on <= @To AND l.ends_on >= @From)
            ORDER BY c.id
            """, new { From = Codes.Date(from), To = Codes.Date(to) }).ToList();
        return OutreachStore.ToConflicts(connection, null, rows).Select(AlertStore.ToStored).ToList();
    }

    /// <summary>How many registrations were made between the two days (both included), whatever their activity's dates.</summary>
    public int RegisteredBetween(DateOnly from, DateOnly to)
    {
        using var connection = connections.Open();
        return connection.ExecuteScalar<int>("SELECT COUNT(*) FROM outreach WHERE created_at >= @From AND created_at < @Until",
            new { From = Codes.Date(from), Until = Codes.Date(to.AddDays(1)) });
    }

    /// <summary>
    /// The weekly digest as of <paramref name="today"/>: registrations created in <paramref name="week"/>, open conflicts
    /// between live plans, outreach starting in the next days, and plans still open <paramref name="overdueAfterDays"/>
    /// days after their end. Lists are cut to <see cref="Digest.MaxListed"/>, counts are whole.
    /// </summary>
    public Digest Digest(DateWindow week, DateOnly today, int overdueAfterDays)
    {
        using var connection = connections.Open();
        var max = Domain.Reports.Digest.MaxListed;
        var created = new { From = Codes.Date(week.Start), Until = Codes.Date(week.End.AddDays(1)) };
        var newIds = connection.Query<long>("SELECT id FROM outreach WHERE created_at >= @From AND created_at < @Until ORDER BY id", created).ToList();

        var (openConflicts, conflictCount) = AlertStore.OpenConflicts(connection, max);

        var upcoming = new { From = Codes.Date(today), To = Codes.Date(today.AddDays(Domain.Reports.Digest.UpcomingDays)) };
        var upcomingIds = connection.Query<long>("SELECT id FROM outreach WHERE state = 'planned' AND starts_on >= @From AND starts_on <= @To ORDER BY starts_on, id", upcoming).ToList();

        var overdue = new { Cutoff = Codes.Date(today.AddDays(-overdueAfterDays)) };
        var overdueCount = connection.ExecuteScalar<int>("SELECT COUNT(*) FROM outreach WHERE state = 'planned' AND ends_on <= @Cutoff", overdue);
        var overdueIds = connection.Query<long>("SELECT id FROM outreach WHERE state = 'planned' AND ends_on <= @Cutoff ORDER BY ends_on DESC, id DESC LIMIT @max",
            new { overdue.Cutoff, max }).ToList();

        return new Digest(
            week,
            OutreachStore.LoadPlans(connection, null, newIds.Take(max).ToList()), newIds.Count,
            openConflicts, conflictCount,
            OutreachStore.LoadPlans(connection, null, upcomingIds.Take(max).ToList()), upcomingIds.Count,
            OutreachStore.LoadPlans(connection, null, overdueIds), overdueCount);
    }

    /// <summary>
    /// Claims a digest period and queues the digest to every subscribed conversation, in one transaction. False when the
    /// period was claimed before (by this instance before a restart, or by another): then nothing is queued.
    /// </summary>
    public bool ClaimDigest(string period)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var now = Codes.Time(time.GetUtcNow());
        var claimed = connection.Execute("INSERT INTO digests (period, claimed_at) VALUES (@period, @now) ON CONFLICT (period) DO NOTHING",
            new { period, now }, transaction) == 1;
        if (claimed)
            connection.Execute("""
                INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
                SELECT 'digest', NULL, @period, channel_id, conversation_id, NULL, @now, @now FROM alert_subscriptions WHERE true
                ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
                """, new { period, now }, transaction);
        transaction.Commit();
        return claimed;
    }

    /// <summary>
    /// Stamps the planned registrations whose window ended in [<paramref name="endedFrom"/>, <paramref name="endedTo"/>] and
    /// were not reminded yet, and queues a reminder to each organizer's 1:1 chat (or where they registered). At most
    /// <paramref name="limit"/> a call; returns how many were queued.
    /// </summary>
    public int ClaimReminders(DateOnly endedFrom, DateOnly endedTo, int limit)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var now = Codes.Time(time.GetUtcNow());
        var due = connection.Query<(long Id, string Channel, string UserId, string? Conversation)>("""
            SELECT o.id, o.organizer_channel, o.organizer_user_id, COALESCE(p.personal_conversation_id, o.organizer_conversation_id)
            FROM outreach o LEFT JOIN user_profiles p ON p.channel_id = o.organizer_channel AND p.user_id = o.organizer_user_id
            WHERE o.state = 'planned' AND o.reminded_at IS NULL AND o.ends_on BETWEEN @From AND @To
            ORDER BY o.ends_on, o.id LIMIT @limit
            """, new { From = Codes.Date(endedFrom), To = Codes.Date(endedTo), limit }, transaction).ToList();
        foreach (var plan in due)
        {
            connection.Execute("UPDATE outreach SET reminded_at = @now WHERE id = @Id", new { now, plan.Id }, transaction);
            if (plan.Conversation is not null)
                connection.Execute("""
                    INSERT INTO outbox (kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, next_attempt_at)
                    VALUES ('reminder', NULL, @Subject, @Channel, @Conversation, @UserId, @now, @now)
                    ON CONFLICT (kind, subject, channel_id, conversation_id) DO NOTHING
                    """, new { Subject = plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), plan.Channel, plan.Conversation, plan.UserId, now }, transaction);
        }
        transaction.Commit();
        return due.Count(p => p.Conversation is not null);
    }

    /// <summary>Keeps the file until <paramref name="expiresAt"/> under the hash of its link's secret, and audits who made it.</summary>
    public void SaveExport(string tokenHash, ExportFile file, AuditActor actor, DateTimeOffset expiresAt, object description)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var now = time.GetUtcNow();
        // Expired files go as new ones come: nothing sensitive lingers on disk longer than it must.
        connection.Execute("DELETE FROM exports WHERE expires_at <= @Now", new { Now = Codes.Time(now) }, transaction);
        connection.Execute("""
            INSERT INTO exports (token_hash, file_name, content_type, content, created_by, created_at, expires_at)
            VALUES (@tokenHash, @FileName, @ContentType, @Content, @CreatedBy, @Now, @ExpiresAt)
            """, new
            {
                tokenHash, file.FileName, file.ContentType, file.Content, CreatedBy = $"{actor.ChannelId}|{actor.UserId}",
                Now = Codes.Time(now), ExpiresAt = Codes.Time(expiresAt),
            }, transaction);
        AuditStore.Record(connection, transaction, time, actor, "export.created", Export, file.FileName, null, null, description);
        transaction.Commit();
    }

    /// <summary>Deletes every file whose link has expired; returns how many went. Run on a timer, so none lingers.</summary>
    public int DeleteExpiredExports()
    {
        using var connection = connections.Open();
        return connection.Execute("DELETE FROM exports WHERE expires_at <= @Now", new { Now = Codes.Time(time.GetUtcNow()) });
    }

    /// <summary>The file behind a link, while it has not expired; null otherwise.</summary>
    public ExportFile? FindExport(string tokenHash)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<ExportFile>("""
            SELECT file_name AS FileName, content_type AS ContentType, content AS Content FROM exports
            WHERE token_hash = @tokenHash AND expires_at > @Now
            """, new { tokenHash, Now = Codes.Time(time.GetUtcNow()) });
    }
}
