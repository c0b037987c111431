using AttBot.Tests.PostgreSql;
using Npgsql;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// Real bot processes (AttBot.Host.dll) on one PostgreSQL database of the run's throwaway cluster, as behind a load
/// balancer, with a fake Connector: the database is made before the first instance and dropped after the test.
/// </summary>
public abstract class InstancesOnPostgreSql : IAsyncLifetime
{
    protected const string Secretariat = "29:secretariat-1";

    protected string Database { get; } = ThrowawayCluster.Shared.CreateDatabase();
    protected HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };
    protected FakeConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync() => Connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Connector.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ThrowawayCluster.Shared.DropDatabase(Database);
    }

    protected string ConnectionString => ThrowawayCluster.Shared.ConnectionString(Database);

    /// <summary>An instance named <paramref name="instance"/> (its outbox claims and inbox entries), with a Secretariat member configured.</summary>
    protected BotProcess Start(string instance, params string[] settings) => BotProcess.Start("unused.db",
        ["--Store:Provider=PostgreSQL", $"--ConnectionStrings:AttBot={ConnectionString}", $"--Outreach:InstanceId={instance}",
            $"--Roles:Secretariat:0={Activities.SecretariatEntry(Secretariat)}", .. settings]);
}
