using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace AttBot.Data.Schema;

/// <summary>
/// Applies the numbered scripts embedded under the engine's Migrations/ folder in order, each in its own transaction,
/// and records them in schema_version, under the engine's migration lock. A database written by a newer AttBot is
/// refused: this code does not know its shape. Both engines have the same numbers, so a version means the same schema.
/// </summary>
public sealed partial class SchemaMigrator(StoreConnections connections)
{
    public sealed record Migration(int Version, string Name, string Sql);

    private static readonly Dictionary<string, IReadOnlyList<Migration>> ByEngine = LoadMigrations();

    /// <summary>The scripts of one engine ("Sqlite", "PostgreSql"), in order.</summary>
    public static IReadOnlyList<Migration> MigrationsOf(string engine) => ByEngine[engine];

    /// <summary>The scripts of this store's engine, in order.</summary>
    public IReadOnlyList<Migration> Migrations => MigrationsOf(connections.Engine);

    /// <summary>The version the code brings a database to, whichever the engine (a test holds them equal).</summary>
    public static int LatestVersion => ByEngine.Values.Max(m => m[^1].Version);

    /// <summary>
    /// Brings the database to the latest version, then runs <paramref name="whileLocked"/> (the seed) still under the
    /// lock, so that it too runs once when instances start together. Returns the versions applied.
    /// <paramref name="upTo"/> stops at an older version: the copy command gives an empty database its source's shape.
    /// </summary>
    public IReadOnlyList<int> Migrate(Action? whileLocked = null, int? upTo = null)
    {
        using var connection = connections.Open();
        using var migrationLock = connections.LockForMigration(connection);
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY NOT NULL,
                name        TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """);

        var current = connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;
        if (current > LatestVersion)
            throw new SchemaTooNewException(connections.DataSource, current, LatestVersion);

        var applied = new List<int>();
        foreach (var migration in Migrations.Where(m => m.Version > current && m.Version <= (upTo ?? LatestVersion)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            transaction.Commit();
            applied.Add(migration.Version);
        }
        whileLocked?.Invoke();
        return applied;
    }

    private static Dictionary<string, IReadOnlyList<Migration>> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var byEngine = assembly.GetManifestResourceNames()
            .Select(resource => (resource, match: MigrationName().Match(resource)))
            .Where(x => x.match.Success)
            .GroupBy(x => x.match.Groups["engine"].Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Migration>)g
                .Select(x => new Migration(int.Parse(x.match.Groups["version"].Value), x.match.Groups["name"].Value, Read(assembly, x.resource)))
                .OrderBy(m => m.Version)
                .ToList());
        if (byEngine.Count == 0 || byEngine.Values.Any(m => m.Count == 0 || m.Select(x => x.Version).Distinct().Count() != m.Count))
            throw new InvalidOperationException("Embedded migrations are missing or numbered twice.");
        return byEngine;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.(?<engine>Sqlite|PostgreSql)\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}

public sealed class SchemaTooNewException(string dataSource, int databaseVersion, int codeVersion)
    : Exception($"The database '{dataSource}' is at schema version {databaseVersion}, but this AttBot only knows versions up to {codeVersion}. " +
                "It was written by a newer AttBot: run that version, or point ConnectionStrings:AttBot at another database.")
{
    public int DatabaseVersion { get; } = databaseVersion;
    public int CodeVersion { get; } = codeVersion;
}
