using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>
/// What an outbox message is: a conflict notice (heads-up, alert), a champion's note, a digest, a reminder, or a change
/// to a registration in a possible duplication told to a person (<see cref="Change"/>) or a subscribed conversation
/// (<see cref="ChangeAlert"/>).
/// </summary>
public enum NoticeKind { HeadsUp, Alert, ChampionNote, Digest, Reminder, Change, ChangeAlert }

/// <summary>A message waiting in the outbox: which conflict, to which conversation, seen through whose eyes.</summary>
/// <param name="Subject">What it is about: the conflict id, the registration id, the digest's period ("2026-11-23"), or the change's audit id.</param>
public sealed record OutboxMessage(long Id, NoticeKind Kind, long? ConflictId, string Subject, string ChannelId, string ConversationId, string? ViewerUserId, int Attempts);

/// <summary>
/// The outbox: messages written with the registration that caused them, delivered afterwards. A message is claimed for a
/// short lease before it is sent, in the name of the claiming instance, so several dispatchers never send it twice while
/// it is in flight; an instance that starts again gives back its own claims at once (whatever was on the wire at a crash
/// is sent again, nothing else), and a dead instance's claims lapse with their lease. A failure puts a message back
/// with a later attempt time; nothing is ever deleted.
/// </summary>
public sealed class OutboxStore(StoreConnections connections, StoreWriter writer, TimeProvider time)
{
    /// <summary>Claims the messages that are due, through the store's one writer (so the claim never waits on SQLite's lock).</summary>
    /// <param name="instanceId">Who claims: the same instance after a restart gives its claims back (<see cref="ReleaseClaimsOf"/>).</param>
    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string instanceId, int batchSize, TimeSpan lease) => writer.WriteAsync<IReadOnlyList<OutboxMessage>>((connection, transaction) =>
    {
        var now = time.GetUtcNow();
        return connection.Query<OutboxRow>($"""
            UPDATE outbox SET claimed_until = @LeaseEnd, claimed_by = @instanceId
            WHERE id IN (
                SELECT id FROM outbox
                WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @Now
                  AND (claimed_until IS NULL OR claimed_until <= @Now)
                ORDER BY next_attempt_at, id
                LIMIT @batchSize
                {SqlDialect.Of(connection).SkippingLockedRows})
            RETURNING id AS Id, kind AS Kind, conflict_id AS ConflictId, subject AS Subject, channel_id AS ChannelId, conversation_id AS ConversationId,
                      viewer_user_id AS ViewerUserId, attempts AS Attempts
            """, new { Now = Codes.Time(now), LeaseEnd = Codes.Time(now + lease), batchSize, instanceId }, transaction)
            .Select(r => new OutboxMessage(r.Id, KindOf(r.Kind), r.ConflictId, r.Subject, r.ChannelId, r.ConversationId, r.ViewerUserId, (int)r.Attempts))
            .OrderBy(m => m.Id)
            .ToList();
    });

    /// <summary>Through the store's one writer: at thousands of deliveries a second, one commit each would crowd out registrations.</summary>
    public Task MarkDeliveredAsync(long id) => writer.ExecuteAsync(Delivered, id, Codes.Time(time.GetUtcNow()));

    /// <summary>
    /// Several deliveries in one statement, through the store's one writer: a claimed batch's, marked once its sends are
    /// done (one write instead of one per message, which on a server is one round trip each).
    /// </summary>
    public Task MarkDeliveredAsync(IReadOnlyCollection<long> ids) => ids.Count switch
    {
        0 => Task.CompletedTask,
        1 => MarkDeliveredAsync(ids.First()),
        _ => writer.WriteAsync((connection, transaction) => connection.Execute(
            $"UPDATE outbox SET delivered_at = @now, claimed_until = NULL, claimed_by = NULL, attempts = attempts + 1 WHERE {connection.IsAnyOf("id", "@ids")}",
            new { ids = ids.ToList(), now = Codes.Time(time.GetUtcNow()) }, transaction)),
    };

    private static readonly WriteStatement Delivered = new(
        "UPDATE outbox SET delivered_at = @now, claimed_until = NULL, claimed_by = NULL, attempts = attempts + 1 WHERE id = @id", "@id", "@now");

    /// <summary>Gives a claimed message back untouched (the dispatcher is shutting down), so the next start sends it at once.</summary>
    public void Release(long id)
    {
        using var connection = connections.Open();
        connection.Execute("UPDATE outbox SET claimed_until = NULL, claimed_by = NULL WHERE id = @id AND delivered_at IS NULL", new { id });
    }

    /// <summary>
    /// Gives back every claim this instance still holds: called when it starts, so what it had claimed before a crash is
    /// sent again at once instead of after the lease. Another instance's claims are left alone. Returns how many.
    /// </summary>
    public int ReleaseClaimsOf(string instanceId)
    {
        using var connection = connections.Open();
        return connection.Execute("""
            UPDATE outbox SET claimed_until = NULL, claimed_by = NULL
            WHERE claimed_by = @instanceId AND delivered_at IS NULL AND failed_at IS NULL
            """, new { instanceId });
    }

    /// <summary>Puts the message back for a later attempt, or gives it up for good (the recipient blocked the bot, no such conversation).</summary>
    public void MarkFailed(long id, string error, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow();
        using var connection = connections.Open();
        connection.Execute("""
            UPDATE outbox SET attempts = attempts + 1, claimed_until = NULL, claimed_by = NULL, last_error = @Error,
                   next_attempt_at = COALESCE(@NextAttempt, next_attempt_at), failed_at = @FailedAt
            WHERE id = @id
            """, new
            {
                id, Error = error.Length > 1000 ? error[..1000] : error,
                NextAttempt = retryAfter is { } wait ? Codes.Time(now + wait) : null,
                FailedAt = retryAfter is null ? Codes.Time(now) : null,
            });
    }

    /// <summary>Counts by state, for tests and the health of the outbox.</summary>
    public (int Pending, int Delivered, int Failed) Counts()
    {
        using var connection = connections.Open();
        return connection.QuerySingle<(int, int, int)>("""
            SELECT COUNT(CASE WHEN delivered_at IS NULL AND failed_at IS NULL THEN 1 END), COUNT(delivered_at), COUNT(failed_at) FROM outbox
            """);
    }

    /// <summary>How a kind is written in the outbox table.</summary>
    public static string Code(NoticeKind kind) => kind switch
    {
        NoticeKind.HeadsUp => "heads_up",
        NoticeKind.Alert => "alert",
        NoticeKind.ChampionNote => "champion_note",
        NoticeKind.Digest => "digest",
        NoticeKind.Change => "change",
        NoticeKind.ChangeAlert => "change_alert",
        _ => "reminder",
    };

    private static NoticeKind KindOf(string code) => Enum.GetValues<NoticeKind>().First(k => Code(k) == code);

    private sealed class OutboxRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public long? ConflictId { get; set; }
        public string Subject { get; set; } = "";
        public string ChannelId { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string? ViewerUserId { get; set; }
        public long Attempts { get; set; }
    }
}
