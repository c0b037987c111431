using Microsoft.Data.Sqlite;

namespace AttBot.Bench;

/// <summary>One store's registration run: the load, the bot's state after it, and the exactly-once check.</summary>
public sealed record StoreRun(
    BotTarget Target,
    string Store,
    bool Filled,
    LoadResult Load,
    TimeSpan Ready,
    ResidentMemory Memory,
    string BotOutput,
    StoreFigures Figures,
    NoticeCheck Notices);

/// <summary>
/// The registration scenario, for each target in turn (SQLite, then PostgreSQL with one instance or two). On SQLite the
/// filled store is prepared first (see <see cref="StoreFill"/>); then, on a fresh store and on the filled one in turn
/// (PostgreSQL: a fresh database only), the same run:
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
        // The Secretariat's channel has the Secretariat officer alone: its alerts are the full ones.
        connector.Rosters[Secretariat.ConversationId] = [Secretariat];
        try
        {
            var runs = new List<StoreRun>();
            FilledStore? filled = null;
            foreach (var target in options.Targets)
            {
                var directory = Path.Combine(workspace, $"{target.Engine}-{target.Instances}");
                if (target.Engine == StoreEngine.Sqlite && options.FillRegistrations > 0)
                    filled = await StoreFill.PrepareAsync(options, Path.Combine(directory, "fill"), connector.ServiceUrl, cancellationToken);
                using (var empty = BotStore.Fresh(target.Engine, Path.Combine(directory, "empty")))
                    runs.Add(await RunOnStoreAsync(target, $"{target.Label}, empty store", false, $"re-{target.Engine}-{target.Instances}", options, connector, driver, empty, 0, cancellationToken));
                // The filled store is a SQLite file (see StoreFill); PostgreSQL runs on an empty store only.
                if (target.Engine == StoreEngine.Sqlite && filled is not null)
                    runs.Add(await RunOnStoreAsync(target, $"{target.Label}, {filled.Registrations:N0} registrations", true, "rf", options, connector, driver,
                        new SqliteBotStore(filled.DatabasePath), filled.Registrations, cancellationToken));
            }
            return new RegistrationReport(options, runs, filled);
        }
        finally
        {
            connector.RecordProactive = false;
        }
    }

    private static async Task<StoreRun> RunOnStoreAsync(BotTarget target, string label, bool filled, string idPrefix, BenchOptions options, FakeConnector connector, LoadDriver driver,
        BotStore store, long filledRegistrations, CancellationToken cancellationToken)
    {
        var secretariatRole = $"--Roles:Secretariat:0=msteams:{Secretariat.AadObjectId}";
        var bots = new List<ChildProcess> { BenchRun.StartBot(options, store, [secretariatRole, .. BenchRun.InstanceArgs(target, 1)]) };
        LoadResult load;
        DrainResult drain;
        TimeSpan ready;
        ResidentMemory memory;
        string output;
        try
        {
            ready = await bots[0].WaitReadyAsync(BenchRun.StartLimit, cancellationToken);
            Console.WriteLine($"Bot on the {label} (pid {bots[0].Id}): ready in {ready.TotalMilliseconds:0} ms");
            await BenchRun.StartOtherInstancesAsync(options, target, store, bots, cancellationToken, secretariatRole);
            var (states, today) = ReadStates(store);

            connector.TakeProactive();
            await driver.SayAsync(bots[0], Secretariat, $"{idPrefix}-subscribe", "subscribe alerts", AlertsOn, cancellationToken);
            for (var user = 1; user <= options.Users; user++)
                await driver.SayAsync(bots[user % bots.Count], Sender.User(user), $"{idPrefix}-{user}-hello", "help", null, cancellationToken);

            Console.WriteLine($"Bot (pid {string.Join(", ", bots.Select(b => b.Id))}) under registration load on the {label}...");
            load = await driver.RunAsync(label, new RegistrationTexts(states, today, options.Users).Workload(idPrefix), bots, cancellationToken);
            bots.ForEach(BenchRun.ThrowIfDied);
            drain = await DrainResult.WaitAsync(store, options.DrainLimit, cancellationToken);
            bots.ForEach(BenchRun.ThrowIfDied);
            memory = bots[0].ReadMemory();
            output = BenchRun.RecentOutput(bots);
        }
        finally
        {
            BenchRun.StopAll(bots);
        }

        SqliteConnection.ClearAllPools();
        var figures = StoreFigures.Read(store, filledRegistrations, load.MeasuredFrom, load.MeasuredTo);
        var notices = NoticeCheck.Compare(figures, connector.TakeProactive(), Secretariat.ConversationId, drain);
        return new StoreRun(target, label, filled, load, ready, memory, output, figures, notices);
    }

    /// <summary>
    /// The states' names as the bot knows them, and the bot's today (UTC, as it checks windows). "Congo" alone is asked
    /// back by the bot (it is said of both Congos), so people write the Republic of the Congo in full, and so do the users here.
    /// </summary>
    private static (List<string> Names, DateOnly Today) ReadStates(BotStore store)
    {
        using var connection = store.OpenReader();
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
