using AttBot.Data.PostgreSql;
using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Sqlite;
using AttBot.Data.Store;
using Microsoft.Data.Sqlite;

namespace AttBot.Host.Composition;

public static class StoreSetup
{
    public const string ConnectionStringName = "AttBot";

    /// <summary>Which engine holds the data: "Sqlite" (embedded, the default) or "PostgreSQL" (shared by several instances).</summary>
    public const string ProviderKey = "Store:Provider";

    /// <summary>A data folder under the content root: kept across builds and deployments, unlike bin/.</summary>
    public const string DefaultConnectionString = "Data Source=data/attbot.db";

    public static IServiceCollection AddAttBotStore(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (IsPostgreSql(configuration))
        {
            if (string.IsNullOrWhiteSpace(configured))
                throw new InvalidOperationException($"{ProviderKey} is PostgreSQL, but ConnectionStrings:{ConnectionStringName} is not set: give the server, database, user (and password) there.");
            services.AddSingleton<StoreConnections>(_ => new PostgreSqlConnections(configured));
        }
        else
        {
            var connectionString = configured is { Length: > 0 } ? configured : DefaultConnectionString;
            services.AddSingleton<StoreConnections>(sp => new SqliteConnections(InDataFolder(connectionString, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        }
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton(sp => sp.GetRequiredService<StoreConnections>().CreateWriter());
        services.AddSingleton<CountryStore>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<OutreachStore>();
        services.AddSingleton<ProfileStore>();
        services.AddSingleton<AlertStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<PriorityStore>();
        services.AddSingleton<StatusStore>();
        services.AddSingleton<RoleStore>();
        services.AddSingleton<OperationsStore>();
        services.AddSingleton<LanguageStore>();
        services.AddSingleton<CalendarFeedStore>();
        return services;
    }

    /// <summary>Migrates the database and seeds it on first start. Runs before the bot accepts a request.</summary>
    public static void InitializeStore(this IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Store");
        var connections = services.GetRequiredService<StoreConnections>();
        var seeded = 0;
        // The seed runs under the migration lock: two instances starting together seed once.
        var applied = services.GetRequiredService<SchemaMigrator>().Migrate(
            whileLocked: () => seeded = services.GetRequiredService<CountryStore>().SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo));
        if (applied.Count > 0)
            logger.LogInformation("Database {DataSource} ({Engine}) migrated to version {Version}", connections.DataSource, connections.Engine, applied[^1]);
        if (seeded > 0)
            logger.LogInformation("Seeded the status of {Count} states from att-status.csv", seeded);
    }

    /// <summary>True when <see cref="ProviderKey"/> names PostgreSQL; anything else but "Sqlite" (or nothing) is refused.</summary>
    public static bool IsPostgreSql(IConfiguration configuration) => configuration[ProviderKey] switch
    {
        null or "" => false,
        var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => false,
        var name when name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => true,
        var name => throw new InvalidOperationException($"{ProviderKey} is '{name}': it must be Sqlite (the default) or PostgreSQL."),
    };

    /// <summary>
    /// A relative database file lives under the content root (the project folder under dotnet run, the app's folder
    /// when deployed), never in bin/ where a clean build or a new deployment would lose it; its folder is created.
    /// </summary>
    public static string InDataFolder(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            return builder.ToString();
        if (!Path.IsPathRooted(builder.DataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
