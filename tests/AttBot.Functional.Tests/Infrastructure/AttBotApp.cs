using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>The real bot in process, with its own SQLite file, so tests never depend on one another.</summary>
public sealed class AttBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;

    /// <param name="directory">An earlier app's folder, to start again on the same database (a restart).</param>
    /// <param name="time">The bot's clock, for tests that move time (digests, reminders); the real one otherwise.</param>
    public AttBotApp(Dictionary<string, string?>? settings = null, string? directory = null, TimeProvider? time = null)
    {
        _time = time;
        Directory = directory ?? Path.Combine(Path.GetTempPath(), "attbot-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:AttBot"] = $"Data Source={Path.Combine(Directory, "attbot.db")}",
            ["MicrosoftAppId"] = "",
            // Keep retries quick so outage tests run in seconds.
            ["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.050",
            ["Bot:ConnectorRetry:MaxDelay"] = "00:00:02",
        };
        foreach (var (key, value) in settings ?? [])
            _settings[key] = value;
    }

    public string Directory { get; }

    /// <summary>
    /// The app as it starts with no database configured: its content root is <see cref="Directory"/> (where no
    /// appsettings.json is), so the database goes where the code puts it by default.
    /// </summary>
    public bool DefaultDatabase { get; init; }

    public string DatabasePath => DefaultDatabase ? Path.Combine(Directory, "data", "attbot.db") : Path.Combine(Directory, "attbot.db");

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            if (!(DefaultDatabase && key == "ConnectionStrings:AttBot"))
                builder.UseSetting(key, value);
        }
        if (DefaultDatabase)
            builder.UseContentRoot(Directory);
        if (_time is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(_time));
    }

    /// <summary>Keep the database when disposing, for a restart test.</summary>
    public bool KeepDatabase { get; set; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!KeepDatabase)
        {
            try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
        }
    }
}
