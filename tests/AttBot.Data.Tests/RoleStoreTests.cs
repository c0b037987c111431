using AttBot.Data.Store;
using AttBot.Domain.Audit;
using AttBot.Domain.Outreach;

namespace AttBot.Data.Tests;

public abstract class RoleStoreTests : IDisposable
{
    private static readonly AuditActor Sam = new("msteams", "29:sam", "Sam Secretariat");
    private readonly TestDatabase _db;

    protected RoleStoreTests(TestDatabase db) => _db = db;

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_grant_given_twice_is_stored_once_and_audited_once()
    {
        var connections = _db.Migrated();
        var store = new RoleStore(connections, TimeProvider.System);

        Assert.True(store.Grant("msteams", "29:maria", "Maria Lopez", Role.Champion, "Oceania", Sam));
        Assert.False(store.Grant("msteams", "29:maria", "Maria Lopez", Role.Champion, "Oceania", Sam));

        var grant = Assert.Single(store.All());
        Assert.Equal(("Maria Lopez", Role.Champion, "Oceania", "Sam Secretariat"), (grant.UserName, grant.Role, grant.Region, grant.GrantedBy));
        var audit = Assert.Single(new AuditStore(connections).ForSubject(AuditStore.Role, "msteams|29:maria"));
        Assert.Equal("role.granted", audit.Action);
        Assert.Contains("Oceania", audit.After);
    }

    [Fact]
    public void Champion_of_two_regions_and_secretariat_are_separate_grants_and_revoking_one_keeps_the_others()
    {
        var connections = _db.Migrated();
        var store = new RoleStore(connections, TimeProvider.System);
        store.Grant("msteams", "29:maria", "Maria Lopez", Role.Champion, "Oceania", Sam);
        store.Grant("msteams", "29:maria", "Maria Lopez", Role.Champion, "Caribbean", Sam);
        store.Grant("msteams", "29:maria", "Maria Lopez", Role.Secretariat, null, Sam);

        Assert.True(store.Revoke("msteams", "29:maria", Role.Champion, "Oceania", Sam));
        Assert.False(store.Revoke("msteams", "29:maria", Role.Champion, "Oceania", Sam));

        Assert.Equal([(Role.Secretariat, null), (Role.Champion, "Caribbean")], store.All().Select(g => (g.Role, g.Region)).ToList());
        var revoked = new AuditStore(connections).ForSubject(AuditStore.Role, "msteams|29:maria").Last();
        Assert.Equal("role.revoked", revoked.Action);
        Assert.Contains("Oceania", revoked.Before);
        Assert.Null(revoked.After);
    }
}

public sealed class RoleStoreTestsOnSqlite() : RoleStoreTests(new TempDatabase());

public sealed class RoleStoreTestsOnPostgreSql() : RoleStoreTests(new PostgreSqlDatabase());
