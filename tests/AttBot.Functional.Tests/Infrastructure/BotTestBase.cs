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

    public virtual async Task DisposeAsync()
    {
        foreach (var line in App.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)))
            Console.WriteLine(line);
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    /// <summary>Rows in a table of the bot's database: what was stored, read straight from the file.</summary>
    /// <param name="table">The table, possibly with its own WHERE clause ("outreach WHERE state = 'done'").</param>
    protected long CountRows(string table, string? where = null) => CountRows(App.DatabasePath, table, where);

    /// <summary>Rows in a table of a bot's database file, those that match <paramref name="where"/> when given.</summary>
    public static long CountRows(string databasePath, string table, string? where = null)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = where is null ? $"SELECT COUNT(*) FROM {table}" : $"SELECT COUNT(*) FROM {table} WHERE {where}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Outbox messages neither delivered nor given up: while there are any, alerts, heads-ups and notes may still go out.</summary>
    public const string OutboxPending = "delivered_at IS NULL AND failed_at IS NULL";

    /// <summary>
    /// Waits until the outbox holds nothing left to send: every alert, heads-up, note, digest and reminder written so far
    /// has been delivered (or given up), so each of its calls has reached the fake Connector or Slack.
    /// </summary>
    public static Task OutboxEmpty(string databasePath) => Eventually.Holds(() => CountRows(databasePath, "outbox", OutboxPending) == 0);

    /// <inheritdoc cref="OutboxEmpty(string)"/>
    protected Task OutboxEmpty() => OutboxEmpty(App.DatabasePath);

    /// <summary>
    /// Asserts the bot made exactly <paramref name="expectedTotal"/> calls to the Connector once it has answered a marker
    /// ("help") in <paramref name="conversationId"/> (see <see cref="FakeConnector.AssertNoMoreCallsAsync"/>).
    /// </summary>
    protected Task AssertNoMoreCallsAsync(int expectedTotal, string conversationId = "a:personal-1") =>
        Connector.AssertNoMoreCallsAsync(expectedTotal, id => Client.PostActivityAsync(Activities.Message(Connector.ServiceUrl, "help", conversationId, id)));
}
