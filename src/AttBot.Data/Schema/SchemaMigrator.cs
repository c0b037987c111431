using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace AttBot.Data.Schema;

/// <summary>
/// Applies the numbered scripts embedded under Migrations/ in order, each in its own transaction, and records
/// them in schema_version. A database written by a newer AttBot is refused: this code does not know its shape.
/// </summary>
public sealed partial class SchemaMigrator(SqliteConnectionFactory connections)
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> Migrations { get; } = LoadMigrations();

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Brings the database to the latest version; returns the versions applied.</summary>
    public IReadOnlyList<int> Migrate()
    {
        using var connection = connections.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
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
        foreach (var migration in Migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") }, transaction);
            transaction.Commit();
            applied.Add(migration.Version);
        }
        return applied;
    }

    private static List<Migration> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Select(resource => (resource, match: MigrationName().Match(resource)))
            .Where(x => x.match.Success)
            .Select(x => new Migration(int.Parse(x.match.Groups["version"].Value), x.match.Groups["name"].Value, Read(assembly, x.resource)))
            .OrderBy(m => m.Version)
            .ToList();
        if (migrations.Count == 0 || migrations.Select(m => m.Version).Distinct().Count() != migrations.Count)
            throw new InvalidOperationException("Embedded migrations are missing or numbered twice.");
        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}

public sealed class SchemaTooNewException(string dataSource, int databaseVersion, int codeVersion)
    : Exception($"The database '{dataSource}' is at schema version {databaseVersion}, but this AttBot only knows versions up to {codeVersion}. " +
                "It was written by a newer AttBot: run that version, or point ConnectionStrings:AttBot at another database.")
{
    public int DatabaseVersion { get; } = databaseVersion;
    public int CodeVersion { get; } = codeVersion;
}
