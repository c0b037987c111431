using System.Runtime.InteropServices;

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
            {
                var (status, firstContact) = await MeasureStatusAsync(options, connector, driver, workspace.FullName, stop.Token);
                status?.Print(Console.Out);
                firstContact?.Print(Console.Out);
                allMet &= status?.AllBudgetsMet != false && firstContact?.AllBudgetsMet != false;
            }
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

    /// <summary>The floor, then the bot: status turns, then first-contact turns (each as the options ask), beside the same floor.</summary>
    private static async Task<(BenchReport? Status, FirstContactReport? FirstContact)> MeasureStatusAsync(BenchOptions options, FakeConnector connector, LoadDriver driver,
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

        var readyTimes = new List<TimeSpan>();
        ChildProcess? bot = null;
        try
        {
            var starts = options.RunsStatus ? options.ReadyStarts : 1;
            for (var start = 1; start <= starts; start++)
            {
                bot?.Dispose();
                bot = StartBot(options, Path.Combine(workspace, $"bot-{start}"));
                readyTimes.Add(await bot.WaitReadyAsync(StartLimit, cancellationToken));
                Console.WriteLine($"Bot cold start {start} (pid {bot.Id}, fresh database): ready in {readyTimes[^1].TotalMilliseconds:0} ms");
            }
            BenchReport? status = null;
            if (options.RunsStatus)
            {
                Console.WriteLine($"Bot (pid {bot!.Id}) under load...");
                var botResult = await driver.RunAsync("bot", Phrasings.Workload("b"), bot, cancellationToken);
                ThrowIfDied(bot);
                // The bot logs warnings and up only: what it said explains failed turns, if any. Memory is read before
                // the first-contact load, which leaves a profile and a conversation per turn behind.
                status = new BenchReport(options, floor, botResult, bot.ReadMemory(), readyTimes, bot.RecentOutput);
            }
            FirstContactReport? firstContact = null;
            if (options.RunsFirstContact)
            {
                Console.WriteLine($"Bot (pid {bot!.Id}) under first-contact load...");
                var result = await driver.RunAsync("first", Phrasings.FirstContact("fc"), bot, cancellationToken);
                ThrowIfDied(bot);
                firstContact = new FirstContactReport(options, floor, result, bot.ReadMemory(), bot.RecentOutput);
            }
            return (status, firstContact);
        }
        finally
        {
            bot?.Dispose();
        }
    }

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
    /// of the issue on the command line and its database in a folder of the bench's (fresh unless the scenario filled it).
    /// </summary>
    public static ChildProcess StartBot(BenchOptions options, string dataDirectory, params string[] scenarioArgs)
    {
        Directory.CreateDirectory(dataDirectory);
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
                $"--ConnectionStrings:AttBot=Data Source={Path.Combine(dataDirectory, "attbot.db")}",
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
