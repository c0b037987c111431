using Microsoft.Data.Sqlite;

namespace AttBot.Functional.Tests.Infrastructure;

/// <summary>
/// One bot per test with its own SQLite file, a fake Connector on loopback and an HTTP client to the bot.
/// The bot's errors are printed when the test ends, so a failure shows what the bot logged.
/// </summary>
public abstract class BotTestBase(Dictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected AttBotApp App { get; } = new(settings);
    protected FakeConnector Connector { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)))
            Console.WriteLine(line);
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Rows in a table of the bot's database: what was stored, read straight from the file.</summary>
    protected long CountRows(string table)
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
