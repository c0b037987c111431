using System.Runtime.InteropServices;
using AttBot.Tests.PostgreSql;

namespace AttBot.Bench;

/// <summary>
/// One bench run: the fake Connector, then the scenarios asked for, each printing its report as soon as it has one.
/// Status: the floor app under load; the bot started cold a few times against fresh databases (ready time), the last
/// start then put under the same load. Registration: see <see cref="RegistrationScenario"/>. Every child process and
/// the temporary folder are removed however the run ends.
/// </summary>
public static class BenchRun
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => StopOrKill(context, stop));
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => StopOrKill(context, stop));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ChildProcess.KillAll();

        var workspace = Directory.CreateTempSubdirectory("attbot-bench-");
        try
        {
            if (!File.Exists(options.HostPath))
                throw new BenchException($"AttBot.Host.dll not found at '{options.HostPath}'. Build with the bench project, or pass --host.");
            await using var connector = await FakeConnector.StartAsync(stop.Token);
            var driver = new LoadDriver(connector, options);
            Console.WriteLine($"Fake Connector at {connector.ServiceUrl}; {options.Users} users, {options.Warmup.TotalSeconds:0} s warm-up + {options.Measured.TotalSeconds:0} s measured per target.");

            var allMet = true;
            if (options.RunsStatus || options.RunsFirstContact)
                allMet &= await MeasureStatusAsync(options, connector, driver, workspace.FullName, stop.Token);
            if (options.RunsRegistration)
            {
                var report = await RegistrationScenario.RunAsync(options, connector, driver, Directory.CreateDirectory(Path.Combine(workspace.FullName, "registration")).FullName, stop.Token);
                report.Print(Console.Out);
                allMet &= report.AllBudgetsMet;
            }
            if (options.Scenario == Scenario.All)
                Console.WriteLine(allMet ? "All budgets of both scenarios met." : "A budget was missed: exit code 1.");
            return allMet ? ExitCodes.Passed : ExitCodes.BudgetFailed;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            Console.Error.WriteLine("Interrupted: no figures.");
            return ExitCodes.RunBroke;
        }
        catch (BenchException ex)
        {
            Console.Error.WriteLine($"The run failed: {ex.Message}");
            return ExitCodes.RunBroke;
        }
        finally
        {
            ChildProcess.KillAll();
            if (BotStore.ClusterStarted)
                ThrowawayCluster.Shared.Dispose(); // started on first use; stopped and deleted here (or by its watchdog if the bench is killed)
            try
            {
                workspace.Delete(recursive: true);
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"Could not remove {workspace.FullName}: {ex.Message}");
            }
        }
    }

    /// <summary>
    /// The floor, then for each target in turn (SQLite, PostgreSQL with one instance, with two) the bot: status turns,
    /// then first-contact turns (each as the options ask), beside the same floor. Prints each report as it comes;
    /// true when every budget judged was met.
    /// </summary>
    private static async Task<bool> MeasureStatusAsync(BenchOptions options, FakeConnector connector, LoadDriver driver,
        string workspace, CancellationToken cancellationToken)
    {
        connector.RecordProactive = false; // a status turn sends nothing but its reply: anything else is a stray
        LoadResult? floor = null;
        if (!options.SkipFloor)
        {
            using var floorApp = StartFloor(Directory.CreateDirectory(Path.Combine(workspace, "floor")).FullName);
            await floorApp.WaitReadyAsync(StartLimit, cancellationToken);
            Console.WriteLine($"Floor app (pid {floorApp.Id}) under load...");
            floor = await driver.RunAsync("floor", Phrasings.Workload("f"), floorApp, cancellationToken);
            ThrowIfDied(floorApp);
        }

        var allMet = true;
        foreach (var target in options.Targets)
        {
            var (status, firstContact) = await MeasureBotAsync(options, target, floor, driver, Path.Combine(workspace, target.Engine.ToString()), cancellationToken);
            status?.Print(Console.Out);
            firstContact?.Print(Console.Out);
            allMet &= status?.AllBudgetsMet != false && firstContact?.AllBudgetsMet != false;
        }
        return allMet;
    }

    /// <summary>
    /// One target: the bot started cold a few times on a fresh store each (ready time); the last start, with the other
    /// instances of the target started beside it on the same store, then serves the loads.
    /// </summary>
    private static async Task<(BenchReport? Status, FirstContactReport? FirstContact)> MeasureBotAsync(BenchOptions options, BotTarget target,
        LoadResult? floor, LoadDriver driver, string workspace, CancellationToken cancellationToken)
    {
        var readyTimes = new List<TimeSpan>();
        var bots = new List<ChildProcess>();
        BotStore? store = null;
        try
        {
            var starts = options.RunsStatus ? options.ReadyStarts : 1;
            for (var start = 1; start <= starts; start++)
            {
                StopAll(bots);
                store?.Dispose();
                store = BotStore.Fresh(target.Engine, Path.Combine(workspace, $"bot-{start}"));
                bots.Add(StartBot(options, store, InstanceArgs(target, 1)));
                readyTimes.Add(await bots[0].WaitReadyAsync(StartLimit, cancellationToken));
                Console.WriteLine($"Bot on {target.Label}, cold start {start} (pid {bots[0].Id}, fresh store): ready in {readyTimes[^1].TotalMilliseconds:0} ms");
            }
            await StartOtherInstancesAsync(options, target, store!, bots, cancellationToken);
            var label = target.Label;
            BenchReport? status = null;
            if (options.RunsStatus)
            {
                Console.WriteLine($"Bot on {label} (pid {string.Join(", ", bots.Select(b => b.Id))}) under load...");
                var botResult = await driver.RunAsync($"bot, {label}", Phrasings.Workload($"b-{target.Engine}-{target.Instances}"), bots, cancellationToken);
                bots.ForEach(ThrowIfDied);
                // The bot logs warnings and up only: what it said explains failed turns, if any. Memory is read before
                // the first-contact load, which leaves a profile and a conversation per turn behind.
                status = new BenchReport(options, target, floor, botResult, bots[0].ReadMemory(), readyTimes, RecentOutput(bots));
            }
            FirstContactReport? firstContact = null;
            if (options.RunsFirstContact)
            {
                Console.WriteLine($"Bot on {label} under first-contact load...");
                var result = await driver.RunAsync($"first, {label}", Phrasings.FirstContact($"fc-{target.Engine}-{target.Instances}"), bots, cancellationToken);
                bots.ForEach(ThrowIfDied);
                firstContact = new FirstContactReport(options, label, floor, result, bots[0].ReadMemory(), RecentOutput(bots));
            }
            return (status, firstContact);
        }
        finally
        {
            StopAll(bots);
            store?.Dispose();
        }
    }

    /// <summary>Each instance names itself (the outbox claims of several instances are told apart by it).</summary>
    public static string[] InstanceArgs(BotTarget target, int instance) =>
        target.Instances > 1 ? [$"--Outreach:InstanceId=bench-{instance}"] : [];

    /// <summary>A target's instances after the first, on its store, each waited for before the load starts.</summary>
    public static async Task StartOtherInstancesAsync(BenchOptions options, BotTarget target, BotStore store, List<ChildProcess> bots, CancellationToken cancellationToken,
        params string[] scenarioArgs)
    {
        for (var instance = 2; instance <= target.Instances; instance++)
        {
            bots.Add(StartBot(options, store, [.. InstanceArgs(target, instance), .. scenarioArgs]));
            var ready = await bots[^1].WaitReadyAsync(StartLimit, cancellationToken);
            Console.WriteLine($"Bot on {target.Label}, instance {instance} (pid {bots[^1].Id}): ready in {ready.TotalMilliseconds:0} ms");
        }
    }

    public static void StopAll(List<ChildProcess> bots)
    {
        bots.ForEach(b => b.Dispose());
        bots.Clear();
    }

    public static string RecentOutput(IEnumerable<ChildProcess> bots) =>
        string.Join(Environment.NewLine, bots.Select(b => b.RecentOutput).Where(o => !string.IsNullOrWhiteSpace(o)));

    /// <summary>The floor runs in an empty folder: no appsettings.json, and nothing there for its file watcher to see.</summary>
    private static ChildProcess StartFloor(string contentRoot) =>
        ChildProcess.StartDotnet("floor app",
            [typeof(BenchRun).Assembly.Location, FloorApp.Flag, "--port", "{port}"],
            new Dictionary<string, string>
            {
                // As a default ASP.NET Core (Web SDK) app runs, like the bot: server GC.
                ["DOTNET_gcServer"] = "1",
            },
            contentRoot);

    /// <summary>
    /// The bot runs as deployed: from its own folder (its content root, with its appsettings.json), with the settings
    /// of the issue on the command line and its store as the bench prepared it (fresh unless the scenario filled it).
    /// </summary>
    public static ChildProcess StartBot(BenchOptions options, BotStore store, params string[] scenarioArgs)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in options.BotEnvironment)
            environment[key] = value;
        return ChildProcess.StartDotnet("bot",
            [
                options.HostPath,
                "--urls", "http://127.0.0.1:{port}",
                .. store.BotArgs,
                "--Logging:LogLevel:Default=Warning",
                "--MicrosoftAppId=",
                // Each simulated user sends up to ~100 messages a second, far above a person's limit (30 a minute): raised,
                // not switched off, so the limiter's own cost stays in the figures.
                "--Bot:RateLimit:MessagesPerMinute=6000000",
                "--Bot:RateLimit:Burst=100000",
                // No weekly digest and no findings reminders: the filled store's past registrations would all be due
                // one, and the run counts every message the bot sends.
                "--Digest:Enabled=false",
                .. scenarioArgs,
                .. options.BotArgs,
            ],
            environment,
            Path.GetDirectoryName(options.HostPath)!);
    }

    public static void ThrowIfDied(ChildProcess process)
    {
        if (process.HasExited)
            throw new BenchException($"The {process.Name} died during the run.{Environment.NewLine}{process.RecentOutput}");
    }

    private static void StopOrKill(PosixSignalContext context, CancellationTokenSource stop)
    {
        if (stop.IsCancellationRequested)
        {
            ChildProcess.KillAll(); // Second Ctrl+C: stop waiting, leave now.
            return;
        }
        context.Cancel = true;
        Console.Error.WriteLine("Stopping: cleaning up the child processes and temporary files...");
        stop.Cancel();
    }
}
