using AttBot.Domain.Audit;
using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

public sealed record UserProfile(string ChannelId, string UserId, string DisplayName, string? Organization, string? PersonalConversationId);

/// <summary>What the bot remembers of a person: their name, who they act for, and their 1:1 conversation with the bot.</summary>
public sealed class ProfileStore(StoreConnections connections, StoreWriter writer, TimeProvider time)
{
    public UserProfile? Find(string channelId, string userId)
    {
        using var connection = connections.Open();
        return connection.QuerySingleOrDefault<UserProfile>("""
            SELECT channel_id AS ChannelId, user_id AS UserId, display_name AS DisplayName, organization AS Organization,
                   personal_conversation_id AS PersonalConversationId
            FROM user_profiles WHERE channel_id = @channelId AND user_id = @userId
            """, new { channelId, userId });
    }

    /// <summary>
    /// <see cref="Find"/>, once every write queued before it is committed: a 1:1 chat seen a moment ago is saved unhurried
    /// (<see cref="SeenAsync"/>), and an answer sent there must not miss it.
    /// </summary>
    public async Task<UserProfile?> FindLatestAsync(string channelId, string userId)
    {
        await writer.FlushAsync();
        return Find(channelId, userId);
    }

    /// <summary>
    /// People the bot has seen by that user id, or else whose name is or begins with <paramref name="name"/> (any case):
    /// how the Secretariat names someone in "grant" without a mention. At most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<UserProfile> FindByIdOrName(string name, int limit = 10)
    {
        using var connection = connections.Open();
        var byId = connection.Query<UserProfile>($"{Select} WHERE user_id = @name LIMIT @limit", new { name, limit }).ToList();
        if (byId.Count > 0)
            return byId;
        var pattern = name.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        // lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
        // Every name that begins with the words, the exact one included: display names are chosen by their holders (in
        // Slack), so "Maria" beside "Maria Lopez" is two plausible people, and the caller asks for a mention.
        return connection.Query<UserProfile>($"{Select} WHERE lower(display_name) LIKE lower(@pattern) || '%' ESCAPE '\\' ORDER BY display_name LIMIT @limit",
            new { pattern, limit }).ToList();
    }

    /// <summary>The names of these user ids, on any channel: for listing configured Secretariat members.</summary>
    public IReadOnlyList<UserProfile> FindByUserIds(IReadOnlyCollection<string> userIds)
    {
        using var connection = connections.Open();
        return connection.Query<UserProfile>($"{Select} WHERE {connection.IsAnyOf("user_id", "@userIds")}", new { userIds = userIds.ToList() }).ToList();
    }

    private const string Select = """
        SELECT channel_id AS ChannelId, user_id AS UserId, display_name AS DisplayName, organization AS Organization,
               personal_conversation_id AS PersonalConversationId
        FROM user_profiles
        """;

    /// <summary>
    /// Records the person's current name, and their 1:1 conversation when this message came from one. Through the store's
    /// one writer: first messages come in floods (an organization-wide install), and a registration queued after this
    /// write sees it.
    /// </summary>
    /// <param name="locale">The language the person's client last said it shows (a turn without one keeps the stored one).</param>
    public Task SeenAsync(string channelId, string userId, string displayName, string? personalConversationId, string? locale = null) =>
        writer.ExecuteUnhurriedAsync(Seen, channelId, userId, displayName, personalConversationId, locale, Codes.Time(time.GetUtcNow()));

    private static readonly WriteStatement Seen = new("""
        INSERT INTO user_profiles (channel_id, user_id, display_name, personal_conversation_id, locale, updated_at)
        VALUES (@channelId, @userId, @displayName, @personalConversationId, @locale, @now)
        ON CONFLICT (channel_id, user_id) DO UPDATE SET
            display_name = excluded.display_name,
            personal_conversation_id = COALESCE(excluded.personal_conversation_id, user_profiles.personal_conversation_id),
            locale = COALESCE(excluded.locale, user_profiles.locale),
            updated_at = excluded.updated_at
        """, "@channelId", "@userId", "@displayName", "@personalConversationId", "@locale", "@now");

    /// <summary>
    /// Records a Teams member's sign-in name (userPrincipalName) as a roster tells it, so that a heads-up about their
    /// registration can link to a chat with them. A person not seen before is remembered by the roster's name.
    /// </summary>
    public Task SignInNameAsync(string channelId, string userId, string displayName, string upn) =>
        writer.ExecuteAsync(SignInName, channelId, userId, displayName, upn, Codes.Time(time.GetUtcNow()));

    private static readonly WriteStatement SignInName = new("""
        INSERT INTO user_profiles (channel_id, user_id, display_name, upn, updated_at)
        VALUES (@channelId, @userId, @displayName, @upn, @now)
        ON CONFLICT (channel_id, user_id) DO UPDATE SET upn = excluded.upn, updated_at = excluded.updated_at
        WHERE user_profiles.upn IS NULL OR user_profiles.upn <> excluded.upn
        """, "@channelId", "@userId", "@displayName", "@upn", "@now");

    public void SetOrganization(string channelId, string userId, string displayName, string organization)
    {
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var before = connection.ExecuteScalar<string?>("SELECT organization FROM user_profiles WHERE channel_id = @channelId AND user_id = @userId",
            new { channelId, userId }, transaction);
        if (before == organization)
            return;
        connection.Execute("""
            INSERT INTO user_profiles (channel_id, user_id, display_name, organization, updated_at)
            VALUES (@channelId, @userId, @displayName, @organization, @Now)
            ON CONFLICT (channel_id, user_id) DO UPDATE SET organization = excluded.organization, updated_at = excluded.updated_at
            """, new { channelId, userId, displayName, organization, Now = Codes.Time(time.GetUtcNow()) }, transaction);
        AuditStore.Record(connection, transaction, time, new AuditActor(channelId, userId, displayName), "profile.organization", AuditStore.Profile,
            $"{channelId}|{userId}", null, new { organization = before }, new { organization });
        transaction.Commit();
    }
}
