using Microsoft.Data.Sqlite;

namespace AttBot.Bench;

/// <summary>One store's registration run: the load, the bot's state after it, and the exactly-once check.</summary>
public sealed record StoreRun(
    string Store,
    LoadResult Load,
    TimeSpan Ready,
    ResidentMemory Memory,
    string BotOutput,
    StoreFigures Figures,
    NoticeCheck Notices);

/// <summary>
/// The registration scenario. The filled store is prepared first (see <see cref="StoreFill"/>); then, on a fresh store
/// and on the filled one in turn, the same run:
/// <list type="number">
/// <item>the bot starts with one Secretariat member in its roles; that member sends "subscribe alerts" from a Teams
/// channel, and each simulated user says "help" once in its 1:1 chat (the bot then knows where to send them heads-ups);</item>
/// <item>the users register continuously, closed loop, as many as <c>--users</c> (the same texts on both stores; see
/// <see cref="RegistrationTexts"/>); a turn counts when the confirmation card ("Registered OR-n") reaches the Connector
/// as the reply to its activity; the alerts and heads-ups the outbox sends meanwhile are recorded, not counted as strays;</item>
/// <item>the bench waits until the outbox has nothing pending, stops the bot, and compares its file with what the
/// Connector received (<see cref="NoticeCheck"/>).</item>
/// </list>
/// </summary>
public static class RegistrationScenario
{
    public static readonly Sender Secretariat = new("29:secretariat-1", "Secretariat Officer", "19:att-secretariat@thread.tacv2", "channel");
    private static readonly byte[] AlertsOn = "Alerts on"u8.ToArray();

    public static async Task<RegistrationReport> RunAsync(BenchOptions options, FakeConnector connector, LoadDriver driver, string workspace, CancellationToken cancellationToken)
    {
        connector.RecordProactive = true;
        try
        {
            var filled = options.FillRegistrations > 0
                ? await StoreFill.PrepareAsync(options, Path.Combine(workspace, "fill"), connector.ServiceUrl, cancellationToken)
                : null;
            var empty = await RunOnStoreAsync("empty store", "re", options, connector, driver, Path.Combine(workspace, "empty"), 0, cancellationToken);
            var full = filled is null
                ? null
                : await RunOnStoreAsync($"{filled.Registrations:N0} registrations", "rf", options, connector, driver,
                    Path.GetDirectoryName(filled.DatabasePath)!, filled.Registrations, cancellationToken);
            return new RegistrationReport(options, empty, full, filled);
        }
        finally
        {
            connector.RecordProactive = false;
        }
    }

    private static async Task<StoreRun> RunOnStoreAsync(string store, string idPrefix, BenchOptions options, FakeConnector connector, LoadDriver driver,
        string dataDirectory, long filledRegistrations, CancellationToken cancellationToken)
    {
        var databasePath = Path.Combine(dataDirectory, "attbot.db");
        var bot = BenchRun.StartBot(options, dataDirectory, $"--Roles:Secretariat:0=msteams:{Secretariat.AadObjectId}");
        LoadResult load;
        DrainResult drain;
        TimeSpan ready;
        ResidentMemory memory;
        string output;
        try
        {
            ready = await bot.WaitReadyAsync(BenchRun.StartLimit, cancellationToken);
            Console.WriteLine($"Bot on the {store} (pid {bot.Id}): ready in {ready.TotalMilliseconds:0} ms");
            var (states, today) = ReadStates(databasePath);

            connector.TakeProactive();
            await driver.SayAsync(bot, Secretariat, $"{idPrefix}-subscribe", "subscribe alerts", AlertsOn, cancellationToken);
            for (var user = 1; user <= options.Users; user++)
                await driver.SayAsync(bot, Sender.User(user), $"{idPrefix}-{user}-hello", "help", null, cancellationToken);

            Console.WriteLine($"Bot (pid {bot.Id}) under registration load on the {store}...");
            load = await driver.RunAsync(store, new RegistrationTexts(states, today, options.Users).Workload(idPrefix), bot, cancellationToken);
            BenchRun.ThrowIfDied(bot);
            drain = await DrainResult.WaitAsync(databasePath, options.DrainLimit, cancellationToken);
            BenchRun.ThrowIfDied(bot);
            memory = bot.ReadMemory();
            output = bot.RecentOutput;
        }
        finally
        {
            bot.Dispose();
        }

        SqliteConnection.ClearAllPools();
        var figures = StoreFigures.Read(databasePath, filledRegistrations, load.MeasuredFrom, load.MeasuredTo);
        var notices = NoticeCheck.Compare(figures, connector.TakeProactive(), Secretariat.ConversationId, drain);
        return new StoreRun(store, load, ready, memory, output, figures, notices);
    }

    /// <summary>
    /// The states' names as the bot knows them, and the bot's today (UTC, as it checks windows). "Congo" alone is asked
    /// back by the bot (it is said of both Congos), so people write the Republic of the Congo in full, and so do the users here.
    /// </summary>
    private static (List<string> Names, DateOnly Today) ReadStates(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM countries ORDER BY iso3";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
            names.Add(reader.GetString(0) is "Congo" ? "Republic of the Congo" : reader.GetString(0));
        if (names.Count == 0)
            throw new BenchException("The bot's store has no states: it was not seeded.");
        return (names, DateOnly.FromDateTime(DateTime.UtcNow));
    }
}
