using AttBot.Data.PostgreSql;
using AttBot.Data.Schema;
using AttBot.Data.Sqlite;

namespace AttBot.Host.Composition;

/// <summary>
/// <c>copy-store --to "&lt;Npgsql connection string&gt;" [--from "&lt;SQLite connection string or file&gt;"]</c>: copies the
/// bot's SQLite store into an empty PostgreSQL database (see <see cref="StoreCopier"/>). A verb of the host rather than a
/// tool of its own: it reads the same settings (appsettings, environment) to find the store the bot uses, and it ships
/// with every deployment, so the move needs nothing but the bot and a connection string.
/// </summary>
public static class CopyStoreCommand
{
    public const string Verb = "copy-store";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var to = Option(args, "--to");
        var from = Option(args, "--from");
        if (to is null)
        {
            error.WriteLine($"Usage: {Verb} --to \"Host=…;Database=…;Username=…;Password=…\" [--from \"Data Source=path/attbot.db\"]");
            return 2;
        }
        // The settings the bot itself would read, without starting it: the same content root, files and environment.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        var sourceConnectionString = from is null
            ? builder.Configuration.GetConnectionString(StoreSetup.ConnectionStringName) is { Length: > 0 } configured && !StoreSetup.IsPostgreSql(builder.Configuration)
                ? configured
                : StoreSetup.DefaultConnectionString
            : from.Contains('=') ? from : $"Data Source={from}";
        sourceConnectionString = StoreSetup.InDataFolder(sourceConnectionString, builder.Environment.ContentRootPath);
        if (!File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sourceConnectionString).DataSource))
        {
            error.WriteLine($"No SQLite store at '{new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sourceConnectionString).DataSource}': give it with --from.");
            return 1;
        }
        // Read-only: the copy never writes to the deployment it moves.
        sourceConnectionString += ";Mode=ReadOnly";
        var source = new SqliteConnections(sourceConnectionString);
        using var target = new PostgreSqlConnections(to);
        try
        {
            output.WriteLine($"Copying {source.DataSource} into {target.DataSource} …");
            var tables = new StoreCopier(source, target).Copy();
            foreach (var table in tables)
                output.WriteLine($"  {table.Table,-24} {table.Rows,10} rows");
            output.WriteLine($"Done: {tables.Count} tables, row counts verified. Now set Store:Provider=PostgreSQL and ConnectionStrings:AttBot, and start the bot.");
            return 0;
        }
        catch (Exception e) when (e is StoreCopyException or SchemaTooNewException or Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine($"Not copied: {e.Message}");
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
