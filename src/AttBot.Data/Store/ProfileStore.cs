using AttBot.Domain.Audit;
using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

public sealed record UserProfile(string ChannelId, string UserId, string DisplayName, string? Organization, string? PersonalConversationId);

/// <summary>What the bot remembers of a person: their name, who they act for, and their 1:1 conversation with the bot.</summary>
public sealed class ProfileStore(SqliteConnectionFactory connections, TimeProvider time)
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

    /// <summary>Records the person's current name, and their 1:1 conversation when this message came from one.</summary>
    public void Seen(string channelId, string userId, string displayName, string? personalConversationId)
    {
        using var connection = connections.Open();
        connection.Execute("""
            INSERT INTO user_profiles (channel_id, user_id, display_name, personal_conversation_id, updated_at)
            VALUES (@channelId, @userId, @displayName, @personalConversationId, @Now)
            ON CONFLICT (channel_id, user_id) DO UPDATE SET
                display_name = excluded.display_name,
                personal_conversation_id = COALESCE(excluded.personal_conversation_id, user_profiles.personal_conversation_id),
                updated_at = excluded.updated_at
            """, new { channelId, userId, displayName, personalConversationId, Now = Codes.Time(time.GetUtcNow()) });
    }

    public void SetOrganization(string channelId, string userId, string displayName, string organization)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
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
