using System.Globalization;

namespace AttBot.Bench;

/// <summary>
/// The first-contact figures beside the floor of the same run: every turn is someone's first message to the bot, so
/// each stores a conversation reference and a profile (an organization-wide install).
/// </summary>
public sealed record FirstContactReport(BenchOptions Options, string Store, LoadResult? Floor, LoadResult Bot, ResidentMemory BotMemory, string BotOutput)
{
    public const double MinThroughputRatio = 0.60;
    public const double MaxP99Ms = 50;

    public double? ThroughputRatio => Floor is { TurnsPerSecond: > 0 } f ? Bot.TurnsPerSecond / f.TurnsPerSecond : null;

    public IReadOnlyList<(string Budget, string Figure, bool? Met)> Budgets =>
    [
        ($"first contact throughput >= {MinThroughputRatio:P0} of the floor's",
            ThroughputRatio is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "not measured (--skip-floor)",
            ThroughputRatio is { } ratio ? ratio >= MinThroughputRatio : null),
        ($"first contact p99 latency < {MaxP99Ms} ms", $"{Bot.Percentile(99):0.0} ms", Bot.Turns > 0 && Bot.Percentile(99) < MaxP99Ms),
        ("first contact errors = 0", Bot.Errors.ToString(CultureInfo.InvariantCulture), Bot.Errors == 0 && Bot.Turns > 0),
    ];

    public bool AllBudgetsMet => Budgets.All(b => b.Met != false);

    public void Print(TextWriter o)
    {
        var culture = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine(BenchReport.Heading($"first-contact scenario on {Store}"));
        o.WriteLine(string.Create(culture, $"{Options.Users} users, closed loop, each turn from someone new in a new 1:1 chat (the status phrasings); {Options.Warmup.TotalSeconds:0} s warm-up (discarded) + {Options.Measured.TotalSeconds:0} s measured"));
        BenchReport.PrintOverrides(o, Options);
        o.WriteLine();
        o.WriteLine("| target | turns/s | p50 ms | p90 ms | p99 ms | max ms | turns | errors | CPU ms/turn | cores busy: target + bench + others |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        if (Floor is not null)
            o.WriteLine(Row("floor (bare ASP.NET Core)", Floor));
        o.WriteLine(Row($"bot, first contact, {Store}", Bot));
        o.WriteLine();
        if (Bot.Errors > 0)
            o.WriteLine(BenchReport.ErrorLine(Bot, Options));
        BenchReport.PrintNoise(o, Options, [Bot], width: Bot.Target.Length);
        if (ThroughputRatio is { } ratio)
            o.WriteLine(string.Create(culture, $"first contact / floor throughput: {ratio:P1}"));
        o.WriteLine($"bot resident memory after the run: VmRSS {BenchReport.Mb(BotMemory.RssBytes)}, peak VmHWM {BenchReport.Mb(BotMemory.PeakBytes)}");
        o.WriteLine();
        o.WriteLine("Budgets:");
        foreach (var (budget, figure, met) in Budgets)
            o.WriteLine($"  [{(met switch { true => "PASS", false => "FAIL", null => "----" })}] {budget,-44} {figure}");
        o.WriteLine(AllBudgetsMet ? "All budgets met." : "Budget missed: exit code 1.");
        if (!AllBudgetsMet && !string.IsNullOrWhiteSpace(BotOutput))
        {
            o.WriteLine();
            o.WriteLine("Last lines the bot logged (warnings and up):");
            o.WriteLine(BotOutput);
        }
    }

    private static string Row(string name, LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {r.TurnsPerSecond:0} | {r.Percentile(50):0.0} | {r.Percentile(90):0.0} | {r.Percentile(99):0.0} | {r.Max:0.0} | {r.Turns} | {r.Errors} | {r.CpuMsPerTurn:0.00} | {BenchReport.Cores(r)} |");
}
