using AttBot.Data.Schema;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>One role granted in chat. <paramref name="Region"/> is the champion's region name, null for the Secretariat.</summary>
public sealed record RoleGrant(string ChannelId, string UserId, string UserName, Role Role, string? Region, string GrantedBy, DateTimeOffset GrantedAt);

/// <summary>Roles granted and revoked in chat by the Secretariat; each change audited in its own transaction.</summary>
public sealed class RoleStore(StoreConnections connections, TimeProvider time)
{
    /// <summary>Grants the role; false when the person already held it (a grant is idempotent).</summary>
    public bool Grant(string channelId, string userId, string userName, Role role, string? region, AuditActor by)
    {
        var code = Code(role);
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var added = connection.Execute("""
            INSERT INTO roles (channel_id, user_id, user_name, role, region, granted_by, granted_at)
            VALUES (@channelId, @userId, @userName, @code, @Region, @GrantedBy, @Now)
            ON CONFLICT (channel_id, user_id, role, region) DO NOTHING
            """, new { channelId, userId, userName, code, Region = region ?? "", GrantedBy = by.Name, Now = Codes.Time(time.GetUtcNow()) }, transaction) == 1;
        if (added)
            AuditStore.Record(connection, transaction, time, by, "role.granted", AuditStore.Role, $"{channelId}|{userId}", null,
                null, new { role = code, region, user = userName });
        transaction.Commit();
        return added;
    }

    /// <summary>Revokes the role; false when the person did not hold it.</summary>
    public bool Revoke(string channelId, string userId, Role role, string? region, AuditActor by)
    {
        var code = Code(role);
        using var connection = connections.Open();
        using var transaction = connections.BeginWrite(connection);
        var userName = connection.ExecuteScalar<string?>("""
            DELETE FROM roles WHERE channel_id = @channelId AND user_id = @userId AND role = @code AND region = @Region
            RETURNING user_name
            """, new { channelId, userId, code, Region = region ?? "" }, transaction);
        if (userName is not null)
            AuditStore.Record(connection, transaction, time, by, "role.revoked", AuditStore.Role, $"{channelId}|{userId}", null,
                new { role = code, region, user = userName }, null);
        transaction.Commit();
        return userName is not null;
    }

    /// <summary>Every stored grant, Secretariat first, then champions by region.</summary>
    public IReadOnlyList<RoleGrant> All()
    {
        using var connection = connections.Open();
        return connection.Query<Row>("""
            SELECT channel_id AS ChannelId, user_id AS UserId, user_name AS UserName, role AS Role, region AS Region,
                   granted_by AS GrantedBy, granted_at AS GrantedAt
            FROM roles ORDER BY role DESC, region, user_name
            """)
            .Select(r => new RoleGrant(r.ChannelId, r.UserId, r.UserName, r.Role == "secretariat" ? Role.Secretariat : Role.Champion,
                r.Region.Length == 0 ? null : r.Region, r.GrantedBy, Codes.Time(r.GrantedAt)))
            .ToList();
    }

    private static string Code(Role role) => role switch
    {
        Role.Secretariat => "secretariat",
        Role.Champion => "champion",
        _ => throw new ArgumentOutOfRangeException(nameof(role), "Stakeholder is not a role to grant: everyone is one."),
    };

    private sealed class Row
    {
        public string ChannelId { get; set; } = "";
        public string UserId { get; set; } = "";
        public string UserName { get; set; } = "";
        public string Role { get; set; } = "";
        public string Region { get; set; } = "";
        public string GrantedBy { get; set; } = "";
        public string GrantedAt { get; set; } = "";
    }
}
