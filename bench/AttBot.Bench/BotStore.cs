using System.Data.Common;
using AttBot.Tests.PostgreSql;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AttBot.Bench;

/// <summary>The store engine a bench target runs on.</summary>
public enum StoreEngine { Sqlite, PostgreSql }

/// <summary>
/// What the bench measures: the bot on one store engine, as one instance or as several behind the bench's round-robin.
/// Several instances only on PostgreSQL: a SQLite store belongs to one instance (see docs/deployment.md).
/// </summary>
public sealed record BotTarget(StoreEngine Engine, int Instances)
{
    public string Label => Engine switch
    {
        StoreEngine.Sqlite => "SQLite",
        _ => Instances == 1 ? "PostgreSQL" : $"PostgreSQL, {Instances} instances",
    };
}

/// <summary>
/// The store one bot run uses, fresh for that run: a SQLite file in a folder of the bench's, or a new database in the
/// bench's throwaway PostgreSQL cluster. Gives the bot's command-line settings for it, and a connection for the bench to
/// read what the bot wrote (the outbox while it drains, the figures after the run).
/// </summary>
public abstract class BotStore : IDisposable
{
    public abstract StoreEngine Engine { get; }

    /// <summary>The bot's settings for this store.</summary>
    public abstract IReadOnlyList<string> BotArgs { get; }

    public abstract DbConnection OpenReader();

    /// <summary>The store's size on disk.</summary>
    public abstract long SizeBytes();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>True once the bench's PostgreSQL cluster was started: the run then stops and deletes it at its end.</summary>
    public static bool ClusterStarted { get; private set; }

    public static BotStore Fresh(StoreEngine engine, string dataDirectory)
    {
        if (engine == StoreEngine.Sqlite)
            return new SqliteBotStore(Path.Combine(Directory.CreateDirectory(dataDirectory).FullName, "attbot.db"));
        try
        {
            var cluster = ThrowawayCluster.Shared;
            ClusterStarted = true;
            return new PostgreSqlBotStore(cluster);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or NpgsqlException)
        {
            throw new BenchException($"No PostgreSQL for the bench: {ex.Message}");
        }
    }
}

/// <summary>A SQLite file, read beside the bot (WAL: a reader does not block it).</summary>
public sealed class SqliteBotStore(string databasePath) : BotStore
{
    public string DatabasePath => databasePath;

    public override StoreEngine Engine => StoreEngine.Sqlite;

    public override IReadOnlyList<string> BotArgs => [$"--ConnectionStrings:AttBot=Data Source={databasePath}"];

    public override DbConnection OpenReader()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public override long SizeBytes() => new FileInfo(databasePath).Length;
}

/// <summary>A database of its own in the bench's cluster, dropped when the run is over.</summary>
public sealed class PostgreSqlBotStore(ThrowawayCluster cluster) : BotStore
{
    private readonly string _database = cluster.CreateDatabase();

    public override StoreEngine Engine => StoreEngine.PostgreSql;

    public override IReadOnlyList<string> BotArgs => ["--Store:Provider=PostgreSQL", $"--ConnectionStrings:AttBot={cluster.ConnectionString(_database)}"];

    public override DbConnection OpenReader()
    {
        var connection = new NpgsqlConnection(cluster.ConnectionString(_database) + ";Pooling=false");
        connection.Open();
        return connection;
    }

    public override long SizeBytes()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_database_size(current_database())";
        return (long)command.ExecuteScalar()!;
    }

    public override void Dispose()
    {
        cluster.DropDatabase(_database);
        base.Dispose();
    }
}
