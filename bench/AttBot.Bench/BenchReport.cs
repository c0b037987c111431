using System.Globalization;
using System.Runtime.InteropServices;

namespace AttBot.Bench;

/// <summary>The figures of a run and the budgets of the issue, judged and printed as a table.</summary>
public sealed record BenchReport(
    BenchOptions Options,
    BotTarget Target,
    LoadResult? Floor,
    LoadResult Bot,
    ResidentMemory BotMemory,
    IReadOnlyList<TimeSpan> ReadyTimes,
    string BotOutput)
{
    /// <summary>The issue's budgets: on SQLite, and (issue 14) looser on PostgreSQL, whose every store call crosses a socket.</summary>
    public double MinThroughputRatio => Target.Engine == StoreEngine.Sqlite ? 0.70 : 0.60;
    public double MaxP99Ms => Target.Engine == StoreEngine.Sqlite ? 25 : 40;
    public const long MaxResidentBytes = 200L * 1024 * 1024;
    public static readonly TimeSpan MaxReady = TimeSpan.FromSeconds(2);
    internal const double NoticeableOthers = 0.2; // cores

    public double? ThroughputRatio => Floor is { TurnsPerSecond: > 0 } f ? Bot.TurnsPerSecond / f.TurnsPerSecond : null;
    public TimeSpan BestReady => ReadyTimes.Min();

    public IReadOnlyList<(string Budget, string Figure, bool? Met)> Budgets =>
    [
        ($"bot throughput >= {MinThroughputRatio:P0} of the floor's",
            ThroughputRatio is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "not measured (--skip-floor)",
            ThroughputRatio is { } ratio ? ratio >= MinThroughputRatio : null),
        ($"bot p99 latency < {MaxP99Ms} ms", $"{Bot.Percentile(99):0.0} ms", Bot.Turns > 0 && Bot.Percentile(99) < MaxP99Ms),
        ("bot errors = 0", Bot.Errors.ToString(CultureInfo.InvariantCulture), Bot.Errors == 0 && Bot.Turns > 0),
        ($"bot resident memory < {Mb(MaxResidentBytes)} (peak)", $"{Mb(BotMemory.PeakBytes)} peak, {Mb(BotMemory.RssBytes)} after the run",
            BotMemory.PeakBytes is > 0 and < MaxResidentBytes),
        ($"bot ready < {MaxReady.TotalSeconds:0} s after start", $"{BestReady.TotalMilliseconds:0} ms (best of {ReadyTimes.Count})", BestReady < MaxReady),
    ];

    public bool AllBudgetsMet => Budgets.All(b => b.Met != false);

    public void Print(TextWriter o)
    {
        var culture = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine(Heading($"status scenario on {Target.Label}"));
        o.WriteLine(string.Create(culture, $"{Options.Users} users, closed loop; {Options.Warmup.TotalSeconds:0} s warm-up (discarded) + {Options.Measured.TotalSeconds:0} s measured per target; latency = POST sent -> reply at the Connector"));
        PrintOverrides(o, Options);
        o.WriteLine();
        o.WriteLine("| target | turns/s | p50 ms | p90 ms | p99 ms | max ms | turns | errors | CPU ms/turn | cores busy: target + bench + others |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        if (Floor is not null)
            o.WriteLine(Row("floor (bare ASP.NET Core)", Floor));
        o.WriteLine(Row($"bot (AttBot.Host, {Target.Label})", Bot));
        o.WriteLine();
        foreach (var result in new[] { Floor, Bot }.OfType<LoadResult>().Where(r => r.Errors > 0))
            o.WriteLine(ErrorLine(result, Options));
        PrintNoise(o, Options, [.. new[] { Floor, Bot }.OfType<LoadResult>()], width: Bot.Target.Length);
        if (ThroughputRatio is { } ratio)
            o.WriteLine(string.Create(culture, $"bot / floor throughput: {ratio:P1}"));
        if (Target.Instances > 1)
            o.WriteLine($"{Target.Instances} instances behind the bench's round-robin; memory below is the first instance's, CPU per turn theirs together");
        o.WriteLine($"bot resident memory after the run: VmRSS {Mb(BotMemory.RssBytes)}, peak VmHWM {Mb(BotMemory.PeakBytes)}");
        o.WriteLine($"bot ready (process start -> first 200 from /healthz, fresh database each): {string.Join(", ", ReadyTimes.Select(t => $"{t.TotalMilliseconds:0} ms"))}; best {BestReady.TotalMilliseconds:0} ms");
        o.WriteLine();
        o.WriteLine("Budgets:");
        foreach (var (budget, figure, met) in Budgets)
            o.WriteLine($"  [{(met switch { true => "PASS", false => "FAIL", null => "----" })}] {budget,-44} {figure}");
        o.WriteLine(AllBudgetsMet ? "All budgets met." : "Budget missed: exit code 1.");
        if (!string.IsNullOrWhiteSpace(BotOutput))
        {
            o.WriteLine();
            o.WriteLine("Last lines the bot logged (warnings and up):");
            o.WriteLine(BotOutput);
        }
    }

    private static string Row(string name, LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {r.TurnsPerSecond:0} | {r.Percentile(50):0.0} | {r.Percentile(90):0.0} | {r.Percentile(99):0.0} | {r.Max:0.0} | {r.Turns} | {r.Errors} | {r.CpuMsPerTurn:0.00} | {Cores(r)} |");

    internal static string ErrorLine(LoadResult r, BenchOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Target} errors: {r.Non200} non-200, {r.RequestFailures} failed requests, {r.ReplyTimeouts} replies missing after {options.ReplyTimeout.TotalMilliseconds:0} ms, {r.WrongReplyToId} wrong replyToId, {r.WrongReplies} wrong replies, {r.StrayReplies} stray replies")
        + string.Concat(r.WrongReplySamples.Select(sample => $"{Environment.NewLine}  wrong reply: {sample}"));

    internal static string Heading(string scenario) => string.Create(CultureInfo.InvariantCulture,
        $"AttBot bench, {scenario}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");

    internal static void PrintOverrides(TextWriter o, BenchOptions options)
    {
        if (options.BotArgs.Count > 0 || options.BotEnvironment.Count > 0)
            o.WriteLine($"Bot overrides: {string.Join(' ', options.BotEnvironment.Select(e => $"{e.Key}={e.Value}").Concat(options.BotArgs))}");
    }

    /// <summary>"target + bench + others": the cores each kept busy, on average over the measured phase.</summary>
    internal static string Cores(LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.TargetCpu / r.Measured:0.00} + {r.BenchCpu / r.Measured:0.00} + {r.OthersCpu / r.Measured:0.00}");

    /// <summary>The notes on other people's work during the runs, and each run second by second.</summary>
    internal static void PrintNoise(TextWriter o, BenchOptions options, IReadOnlyList<LoadResult> results, int width)
    {
        var culture = CultureInfo.InvariantCulture;
        foreach (var result in results.Where(r => r.OthersCpu / r.Measured > NoticeableOthers))
            o.WriteLine(string.Create(culture, $"note: other processes kept {result.OthersCpu / result.Measured:0.00} cores busy during the {result.Target} run; its figures are disturbed, run again on a quiet machine"));
        var warmup = (int)options.Warmup.TotalSeconds;
        string Timeline(IEnumerable<string> perSecond) => string.Join(' ', perSecond.Take(warmup)) + " | " + string.Join(' ', perSecond.Skip(warmup));
        foreach (var result in results)
        {
            o.WriteLine($"{result.Target.PadRight(width)} turns/s by second (warm-up | measured): {Timeline(result.TurnsPerSecondTimeline.Select(n => n.ToString(culture)))}");
            o.WriteLine($"{result.Target.PadRight(width)} cores used by other processes:         {Timeline(result.OthersCoresTimeline.Select(c => c.ToString("0.0", culture)))}");
        }
    }

    internal static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0} MB");
}
