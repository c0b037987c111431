using AttBot.Data.Schema;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>
/// A conversation the bot can message later. The reference is the channel's own JSON, kept opaque here.
/// <paramref name="ServiceUrlTrusted"/>: an authenticated activity's token vouched for the serviceUrl, so the bot's own
/// token may be sent there (also after a restart).
/// </summary>
public sealed record StoredConversation(
    string ChannelId, string ConversationId, string? ConversationType, string? TenantId, string ServiceUrl, string ReferenceJson,
    bool ServiceUrlTrusted = false);

/// <summary>
/// Conversation references for proactive messages, and the once-only welcome. Writes go through the store's one writer:
/// when a whole organization writes to the bot for the first time, each first message stores a reference, and
/// group-committing them costs a fraction of one commit each (the welcome's check-and-set follows the save in order).
/// </summary>
public sealed class ConversationStore(StoreConnections connections, StoreWriter writer, TimeProvider time)
{
    /// <summary>Records the conversation, refreshing its serviceUrl: it is regional and can move.</summary>
    public Task SaveAsync(StoredConversation conversation) => writer.ExecuteUnhurriedAsync(Save, conversation.ChannelId, conversation.ConversationId,
        conversation.ConversationType, conversation.TenantId, conversation.ServiceUrl, conversation.ReferenceJson, conversation.ServiceUrlTrusted ? 1 : 0,
        time.GetUtcNow().ToString("O"));

    private static readonly WriteStatement Save = new("""
        INSERT INTO conversations (channel_id, conversation_id, conversation_type, tenant_id, service_url, reference_json, service_url_trusted, updated_at)
        VALUES (@channelId, @conversationId, @conversationType, @tenantId, @serviceUrl, @referenceJson, @serviceUrlTrusted, @now)
        ON CONFLICT (channel_id, conversation_id) DO UPDATE SET
            conversation_type = excluded.conversation_type, tenant_id = excluded.tenant_id,
            service_url = excluded.service_url, reference_json = excluded.reference_json,
            service_url_trusted = excluded.service_url_trusted, updated_at = excluded.updated_at
        """, "@channelId", "@conversationId", "@conversationType", "@tenantId", "@serviceUrl", "@referenceJson", "@serviceUrlTrusted", "@now");

    public StoredConversation? Find(string channelId, string conversationId)
    {
        using var connection = connections.Open();
        var row = connection.QuerySingleOrDefault<Row>("""
            SELECT channel_id AS ChannelId, conversation_id AS ConversationId, conversation_type AS ConversationType,
                   tenant_id AS TenantId, service_url AS ServiceUrl, reference_json AS ReferenceJson, service_url_trusted AS ServiceUrlTrusted
            FROM conversations WHERE channel_id = @channelId AND conversation_id = @conversationId
            """, new { channelId, conversationId });
        return row is null ? null
            : new StoredConversation(row.ChannelId, row.ConversationId, row.ConversationType, row.TenantId, row.ServiceUrl, row.ReferenceJson, row.ServiceUrlTrusted == 1);
    }

    private sealed class Row
    {
        public string ChannelId { get; set; } = "";
        public string ConversationId { get; set; } = "";
        public string? ConversationType { get; set; }
        public string? TenantId { get; set; }
        public string ServiceUrl { get; set; } = "";
        public string ReferenceJson { get; set; } = "";
        public long ServiceUrlTrusted { get; set; }
    }

    /// <summary>
    /// True exactly once per stored conversation: the channel sends several install events (conversationUpdate,
    /// installationUpdate) and may redeliver them; the single UPDATE makes the check-and-set atomic.
    /// </summary>
    public Task<bool> TryMarkWelcomedAsync(string channelId, string conversationId) => writer.WriteAsync((connection, transaction) =>
        connection.Execute("""
            UPDATE conversations SET welcomed_at = @Now
            WHERE channel_id = @channelId AND conversation_id = @conversationId AND welcomed_at IS NULL
            """, new { channelId, conversationId, Now = time.GetUtcNow().ToString("O") }, transaction) == 1);

    /// <summary>The bot was removed: forget the conversation, so a later install is welcomed again.</summary>
    public Task ForgetAsync(string channelId, string conversationId) => writer.WriteAsync((connection, transaction) =>
        connection.Execute("DELETE FROM conversations WHERE channel_id = @channelId AND conversation_id = @conversationId",
            new { channelId, conversationId }, transaction));
}
