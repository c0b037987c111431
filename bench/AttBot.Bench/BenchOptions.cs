using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace AttBot.Bench;

/// <summary>Which load to run: status questions against the floor, registrations on an empty and a filled store, or both.</summary>
public enum Scenario { All, Status, Registration, FirstContact }

/// <summary>What to run: the command line, with defaults that match the budget in the issue.</summary>
public sealed record BenchOptions
{
    public int Users { get; init; } = 32;
    /// <summary>
    /// Discarded. Long, because on two cores a .NET app under load takes 10 to 20 s to finish tiered compilation
    /// (the floor too): a short warm-up measures the JIT, not the bot. The timeline in the report shows the ramp.
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan Measured { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>How long a user waits for the reply at the Connector before counting the turn as an error.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Cold starts of the bot timed for the ready figure (the last one then serves the load run).</summary>
    public int ReadyStarts { get; init; } = 3;
    public string HostPath { get; init; } = BuiltHostPath() ?? "";
    /// <summary>Extra command-line arguments for the bot, for experiments: --bot-arg --Bot:TurnQueue:Workers=4</summary>
    public IReadOnlyList<string> BotArgs { get; init; } = [];
    /// <summary>Extra environment for the bot, for experiments: --bot-env DOTNET_gcServer=0</summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();
    public bool SkipFloor { get; init; }
    public Scenario Scenario { get; init; } = Scenario.All;
    /// <summary>Registrations in the filled store of the registration scenario (the issue: 1,000,000).</summary>
    public int FillRegistrations { get; init; } = 1_000_000;
    /// <summary>
    /// How many of them start today or later (the rest are the ten years before): few enough that a new registration
    /// meets a realistic number of conflicts, not the ~85 that a million live ones in the same years would give.
    /// </summary>
    public int FillAhead { get; init; } = 20_000;
    /// <summary>Where the filled store is kept between runs (keyed by schema, size and date); null: fill it every run.</summary>
    public string? FillCache { get; init; } = Path.Combine(Path.GetTempPath(), "attbot-bench-fill");
    /// <summary>After a registration run, how long the outbox may take to deliver what the run left before the check gives up.</summary>
    public TimeSpan DrainLimit { get; init; } = TimeSpan.FromSeconds(90);
    /// <summary>The store engines to run the scenarios on, in this order (SQLite first: PostgreSQL's budgets compare with it).</summary>
    public IReadOnlyList<StoreEngine> Stores { get; init; } = [StoreEngine.Sqlite];
    /// <summary>How many instances of the bot behind the bench's round-robin, on PostgreSQL (SQLite always runs one).</summary>
    public IReadOnlyList<int> Instances { get; init; } = [1];

    /// <summary>Every bot setup to measure: SQLite once, PostgreSQL once per instance count.</summary>
    public IReadOnlyList<BotTarget> Targets =>
        [.. Stores.SelectMany(engine => engine == StoreEngine.Sqlite ? [1] : Instances, (engine, instances) => new BotTarget(engine, instances))];

    public bool RunsStatus => Scenario is Scenario.All or Scenario.Status;
    public bool RunsFirstContact => Scenario is Scenario.All or Scenario.FirstContact;
    public bool RunsRegistration => Scenario is Scenario.All or Scenario.Registration;

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/AttBot.Bench -- [options]
          --users N          concurrent simulated users (default 32)
          --seconds S        measured phase per target, in seconds (default 15)
          --warmup S         warm-up per target, discarded (default 20)
          --timeout-ms MS    wait for a reply before counting an error (default 5000)
          --ready-starts N   cold starts of the bot timed for the ready figure (default 3)
          --host PATH        AttBot.Host.dll to run (default: the one built with the bench)
          --bot-arg ARG      extra argument for the bot, repeatable (e.g. --bot-arg --Bot:TurnQueue:Workers=4)
          --bot-env K=V      extra environment variable for the bot, repeatable (e.g. --bot-env DOTNET_gcServer=0)
          --skip-floor       measure the bot only (the ratio budget is then not judged)
          --scenario S       status, first-contact, registration or all (default all)
          --fill N           registrations in the filled store of the registration scenario (default 1000000)
          --fill-ahead N     how many of them start today or later; the rest in the ten years before (default 20000)
          --fill-cache DIR   keep the filled store there between runs (default <temp>/attbot-bench-fill)
          --no-fill-cache    fill the store every run, keep nothing
          --drain-seconds S  wait at most that long for the outbox to deliver after a registration run (default 90)
          --store S          sqlite, postgresql or both (default sqlite); PostgreSQL runs in a throwaway cluster of the bench's
          --instances N      bot instances on PostgreSQL behind the bench's round-robin: 1, 2 or both (default 1)
        Exit code: 0 every budget met, 1 a budget missed, 2 the run itself failed.
        """;

    public static bool TryParse(string[] args, [NotNullWhen(true)] out BenchOptions? options, out string? problem)
    {
        options = null;
        problem = null;
        var result = new BenchOptions();
        var botArgs = new List<string>();
        var botEnvironment = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value.");
            try
            {
                switch (name)
                {
                    case "--users": result = result with { Users = Positive(name, Value(), max: 1_000) }; break;
                    case "--seconds": result = result with { Measured = TimeSpan.FromSeconds(Positive(name, Value(), max: 600)) }; break;
                    case "--warmup": result = result with { Warmup = TimeSpan.FromSeconds(NonNegative(name, Value(), max: 60)) }; break;
                    case "--timeout-ms": result = result with { ReplyTimeout = TimeSpan.FromMilliseconds(Positive(name, Value(), max: 60_000)) }; break;
                    case "--ready-starts": result = result with { ReadyStarts = Positive(name, Value(), max: 10) }; break;
                    case "--host": result = result with { HostPath = Path.GetFullPath(Value()) }; break;
                    case "--bot-arg": botArgs.Add(Value()); break;
                    case "--bot-env":
                        var pair = Value();
                        var eq = pair.IndexOf('=');
                        if (eq <= 0)
                            throw new FormatException($"--bot-env wants NAME=VALUE, not '{pair}'.");
                        botEnvironment[pair[..eq]] = pair[(eq + 1)..];
                        break;
                    case "--skip-floor": result = result with { SkipFloor = true }; break;
                    case "--scenario":
                        var scenario = Value().Replace("-", "", StringComparison.Ordinal);
                        result = result with
                        {
                            Scenario = Enum.TryParse<Scenario>(scenario, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(scenario, out _)
                                ? s
                                : throw new FormatException($"--scenario wants status, first-contact, registration or all, not '{scenario}'."),
                        };
                        break;
                    case "--fill": result = result with { FillRegistrations = NonNegative(name, Value(), max: 10_000_000) }; break;
                    case "--fill-ahead": result = result with { FillAhead = NonNegative(name, Value(), max: 10_000_000) }; break;
                    case "--fill-cache": result = result with { FillCache = Path.GetFullPath(Value()) }; break;
                    case "--no-fill-cache": result = result with { FillCache = null }; break;
                    case "--drain-seconds": result = result with { DrainLimit = TimeSpan.FromSeconds(Positive(name, Value(), max: 600)) }; break;
                    case "--store":
                        result = result with
                        {
                            Stores = Value().ToLowerInvariant() switch
                            {
                                "sqlite" => [StoreEngine.Sqlite],
                                "postgresql" or "postgres" => [StoreEngine.PostgreSql],
                                "both" => [StoreEngine.Sqlite, StoreEngine.PostgreSql],
                                var other => throw new FormatException($"--store wants sqlite, postgresql or both, not '{other}'."),
                            },
                        };
                        break;
                    case "--instances":
                        result = result with
                        {
                            Instances = Value() switch
                            {
                                "1" => [1],
                                "2" => [2],
                                "both" => [1, 2],
                                var other => throw new FormatException($"--instances wants 1, 2 or both, not '{other}'."),
                            },
                        };
                        break;
                    case "-h" or "--help": return false;
                    default: throw new FormatException($"Unknown option '{name}'.");
                }
            }
            catch (FormatException ex)
            {
                problem = ex.Message;
                return false;
            }
        }
        if (result.FillAhead > result.FillRegistrations && !args.Contains("--fill-ahead"))
            result = result with { FillAhead = result.FillRegistrations }; // a small --fill alone: all of it may be ahead
        if (result.FillAhead > result.FillRegistrations)
        {
            problem = $"--fill-ahead ({result.FillAhead}) cannot exceed --fill ({result.FillRegistrations}).";
            return false;
        }
        options = result with { BotArgs = botArgs, BotEnvironment = botEnvironment };
        return true;
    }

    private static int Positive(string name, string value, int max) =>
        int.TryParse(value, out var n) && n > 0 && n <= max ? n : throw new FormatException($"{name} wants a whole number from 1 to {max}, not '{value}'.");

    private static int NonNegative(string name, string value, int max) =>
        int.TryParse(value, out var n) && n >= 0 && n <= max ? n : throw new FormatException($"{name} wants a whole number from 0 to {max}, not '{value}'.");

    /// <summary>The AttBot.Host.dll that the build of this bench produced (see EmbedAttBotHostPath in the project).</summary>
    private static string? BuiltHostPath() =>
        typeof(BenchOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "AttBotHostPath")?.Value is { Length: > 0 } path ? path : null;
}
