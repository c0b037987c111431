using AttBot.Data.PostgreSql;
using AttBot.Data.Schema;
using AttBot.Tests.PostgreSql;

namespace AttBot.Data.Tests;

/// <summary>A fresh database of its own in the run's throwaway PostgreSQL cluster, dropped afterwards.</summary>
public sealed class PostgreSqlDatabase : TestDatabase
{
    private readonly PostgreSqlConnections _connections;

    public PostgreSqlDatabase()
    {
        Name = ThrowawayCluster.Shared.CreateDatabase();
        ConnectionString = ThrowawayCluster.Shared.ConnectionString(Name);
        _connections = new PostgreSqlConnections(ConnectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    private readonly List<PostgreSqlConnections> _others = [];

    public override PostgreSqlConnections Connections => _connections;

    public override StoreConnections AnotherInstance()
    {
        var other = new PostgreSqlConnections(ConnectionString);
        _others.Add(other);
        return other;
    }

    public override void Dispose()
    {
        _others.ForEach(o => o.Dispose());
        _connections.Dispose();
        ThrowawayCluster.Shared.DropDatabase(Name);
    }
}
