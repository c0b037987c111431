using AttBot.Data.Schema;
using AttBot.Domain.Audit;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>Whose calendar subscription it is, as their channel identified them when they asked for it.</summary>
public sealed record CalendarFeedOwner(string ChannelId, string UserId, string? AadObjectId, string? Workspace, string DisplayName);

/// <summary>A live calendar subscription, as a poll finds it by the hash of its secret.</summary>
public sealed record CalendarFeedRecord(long Id, CalendarFeedOwner Owner, string? Filter, Language Language, DateTimeOffset CreatedAt);

/// <summary>
/// Calendar subscriptions: made and revoked in chat (each audited), found at every poll by the hash of their secret,
/// and the registrations a feed may carry. Which of those the person may see is the domain's rule, applied by the caller.
/// </summary>
public sealed class CalendarFeedStore(StoreConnections connections, TimeProvider time)
{
    public const string Calendar = "calendar";

    /// <summary>Keeps a new subscription under the hash of its secret; returns its id.</summary>
    public long Create(string tokenHash, CalendarFeedOwner owner, string? filter, Language language)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO calendar_feeds (token_hash, channel_id, user_id, aad_object_id, workspace, display_name, filter, language, created_at)
            VALUES (@tokenHash, @ChannelId, @UserId, @AadObjectId, @Workspace, @DisplayName, @filter, @Language, @Now)
            RETURNING id
            """, new
            {
                tokenHash, owner.ChannelId, owner.UserId, owner.AadObjectId, owner.Workspace, owner.DisplayName, filter,
                Language = Languages.Tag(language), Now = Codes.Time(time.GetUtcNow()),
            }, transaction);
        AuditStore.Record(connection, transaction, time, Actor(owner), "calendar.created", Calendar, Id(id), null, null, new { filter });
        transaction.Commit();
        return id;
    }

    /// <summary>The subscription behind a secret's hash; null when there is none or it was revoked.</summary>
    public CalendarFeedRecord? FindLive(string tokenHash)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<FeedRow>("""
            SELECT id AS Id, channel_id AS ChannelId, user_id AS UserId, aad_object_id AS AadObjectId, workspace AS Workspace,
                   display_name AS DisplayName, filter AS Filter, language AS Language, created_at AS CreatedAt
            FROM calendar_feeds WHERE token_hash = @tokenHash AND revoked_at IS NULL
            """, new { tokenHash });
        return row is null ? null : new CalendarFeedRecord(row.Id, new CalendarFeedOwner(row.ChannelId, row.UserId, row.AadObjectId, row.Workspace, row.DisplayName),
            row.Filter, Languages.FromLocale(row.Language) ?? Language.English, Codes.Time(row.CreatedAt));
    }

    /// <summary>Revokes every live subscription of the person (channel and user id); returns how many, each audited.</summary>
    public int RevokeAll(CalendarFeedOwner owner)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var ids = connection.Query<long>("""
            UPDATE calendar_feeds SET revoked_at = @Now
            WHERE channel_id = @ChannelId AND user_id = @UserId AND revoked_at IS NULL
            RETURNING id
            """, new { owner.ChannelId, owner.UserId, Now = Codes.Time(time.GetUtcNow()) }, transaction).ToList();
        foreach (var id in ids)
            AuditStore.Record(connection, transaction, time, Actor(owner), "calendar.revoked", Calendar, Id(id), null, null, null);
        transaction.Commit();
        return ids.Count;
    }

    /// <summary>
    /// The registrations a feed may carry, earliest first, at most <paramref name="limit"/>: not cancelled, ending on or
    /// after <paramref name="endsFrom"/>, and organized by the person, or reaching any of <paramref name="reaching"/>
    /// (a champion's states), or any at all when <paramref name="everything"/>; narrowed by a kind and the states of a
    /// filter when given.
    /// </summary>
    public IReadOnlyList<OutreachPlan> Plans(string channelId, string userId, bool everything, IReadOnlyCollection<string> reaching, DateOnly endsFrom,
        int limit, OutreachKind? kind = null, IReadOnlyCollection<string>? states = null)
    {
        using var connection = connections.Open();
        var ids = connection.Query<long>($"""
            SELECT id FROM outreach
            WHERE state <> 'cancelled' AND ends_on >= @From AND (@Kind IS NULL OR kind = @Kind)
              AND (@everything
                   OR (organizer_channel = @channelId AND organizer_user_id = @userId)
                   OR EXISTS (SELECT 1 FROM outreach_targets t WHERE t.outreach_id = outreach.id AND {connection.IsAnyOf("t.iso3", "@Reaching")}))
              {(states is null ? "" : $"AND EXISTS (SELECT 1 FROM outreach_targets f WHERE f.outreach_id = outreach.id AND {connection.IsAnyOf("f.iso3", "@States")})")}
            ORDER BY starts_on, id
            LIMIT @limit
            """, new
            {
                From = Codes.Date(endsFrom), Kind = kind is { } k ? Codes.Of(k) : null, everything, channelId, userId,
                Reaching = reaching.ToList(), States = states?.ToList(), limit,
            }).ToList();
        return OutreachStore.LoadPlans(connection, null, ids);
    }

    private static AuditActor Actor(CalendarFeedOwner owner) => new(owner.ChannelId, owner.UserId, owner.DisplayName);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class FeedRow
    {
        public long Id { get; set; }
        public string ChannelId { get; set; } = "";
        public string UserId { get; set; } = "";
        public string? AadObjectId { get; set; }
        public string? Workspace { get; set; }
        public string DisplayName { get; set; } = "";
        public string? Filter { get; set; }
        public string Language { get; set; } = "en";
        public string CreatedAt { get; set; } = "";
    }
}
