using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Data.Store;
using Microsoft.Data.Sqlite;

namespace AttBot.Host.Composition;

public static class StoreSetup
{
    public const string ConnectionStringName = "AttBot";

    public static IServiceCollection AddAttBotStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=attbot.db";
        services.AddSingleton(new SqliteConnectionFactory(AnchorNextToApp(connectionString)));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<StoreWriter>();
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
        return services;
    }

    /// <summary>Migrates the database and seeds it on first start. Runs before the bot accepts a request.</summary>
    public static void InitializeStore(this IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AttBot.Store");
        var connections = services.GetRequiredService<SqliteConnectionFactory>();
        var applied = services.GetRequiredService<SchemaMigrator>().Migrate();
        if (applied.Count > 0)
            logger.LogInformation("Database {DataSource} migrated to version {Version}", connections.DataSource, applied[^1]);

        var seeded = services.GetRequiredService<CountryStore>().SeedIfEmpty(StatusTable.ReadSeed(), StatusTable.SeedCurrentTo);
        if (seeded > 0)
            logger.LogInformation("Seeded the status of {Count} states from att-status.csv", seeded);
    }

    /// <summary>A relative database file lives next to the app, not wherever the process happened to start.</summary>
    private static string AnchorNextToApp(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource)
            && builder.Mode != SqliteOpenMode.Memory)
            builder.DataSource = Path.Combine(AppContext.BaseDirectory, builder.DataSource);
        return builder.ToString();
    }
}
