using System.Globalization;

namespace AttBot.Bench;

/// <summary>The registration scenario's figures and the issue's budgets for it, printed as the status report is.</summary>
public sealed record RegistrationReport(BenchOptions Options, IReadOnlyList<StoreRun> Runs, FilledStore? Store)
{
    public const double MaxFilledOverEmpty = 2.0;
    public const double MinRegistrationsPerSecond = 500;
    /// <summary>Issue 14: registrations on PostgreSQL at least half as fast as on SQLite, on the same machine.</summary>
    public const double MinPostgreSqlOverSqlite = 0.5;

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    private static double Ratio(double filled, double empty) => empty > 0 ? filled / empty : double.NaN;

    private StoreRun? SqliteEmpty => Runs.FirstOrDefault(r => r.Target.Engine == StoreEngine.Sqlite && !r.Filled);

    private StoreRun? SqliteFilled => Runs.FirstOrDefault(r => r.Target.Engine == StoreEngine.Sqlite && r.Filled);

    public IReadOnlyList<(string Budget, string Figure, bool? Met)> Budgets
    {
        get
        {
            var budgets = new List<(string, string, bool?)>();
            if (SqliteEmpty is { Load: var e })
            {
                if (SqliteFilled is { Load: var f })
                {
                    void Compare(string what, double filled, double empty, string unit)
                    {
                        var ratio = Ratio(filled, empty);
                        budgets.Add(($"filled / empty {what} <= {MaxFilledOverEmpty:0}x",
                            string.Create(Culture, $"{ratio:0.00}x ({filled:0.00} {unit} vs {empty:0.00} {unit})"),
                            f.Turns > 0 && e.Turns > 0 && ratio <= MaxFilledOverEmpty));
                    }
                    Compare("p50 latency", f.Percentile(50), e.Percentile(50), "ms");
                    Compare("mean latency", f.Mean, e.Mean, "ms");
                    Compare("CPU ms/turn", f.CpuMsPerTurn, e.CpuMsPerTurn, "ms");
                }
                else
                    budgets.Add(($"filled / empty <= {MaxFilledOverEmpty:0}x", "not measured (--fill 0)", null));
            }
            foreach (var run in Runs)
            {
                if (run.Target.Engine == StoreEngine.Sqlite)
                    budgets.Add(($"registrations/s >= {MinRegistrationsPerSecond:0}, {run.Store}", string.Create(Culture, $"{run.Load.TurnsPerSecond:0}/s with {run.Load.Users} users"),
                        run.Load.TurnsPerSecond >= MinRegistrationsPerSecond));
                else
                    budgets.Add(($"registrations/s >= {MinPostgreSqlOverSqlite:P0} of SQLite's, {run.Store}", SqliteEmpty is { Load: var sqlite }
                            ? string.Create(Culture, $"{Ratio(run.Load.TurnsPerSecond, sqlite.TurnsPerSecond):P1} ({run.Load.TurnsPerSecond:0}/s vs {sqlite.TurnsPerSecond:0}/s, empty stores)")
                            : "not measured (--store postgresql: no SQLite run to compare with)",
                        SqliteEmpty is { Load: var s } ? Ratio(run.Load.TurnsPerSecond, s.TurnsPerSecond) >= MinPostgreSqlOverSqlite : null));
                budgets.Add(($"errors = 0, {run.Store}", run.Load.Errors.ToString(Culture), run.Load.Errors == 0 && run.Load.Turns > 0));
                budgets.Add(($"alerts and heads-ups exactly once, {run.Store}", NoticeSummary(run.Notices), run.Notices.Passed));
            }
            return budgets;
        }
    }

    public bool AllBudgetsMet => Budgets.All(b => b.Met != false);

    public void Print(TextWriter o)
    {
        o.WriteLine();
        o.WriteLine(BenchReport.Heading("registration scenario"));
        o.WriteLine(string.Create(Culture, $"{Options.Users} users registering (\"register <kind> <states> <dates> as <organization>\"), closed loop; {Options.Warmup.TotalSeconds:0} s warm-up (discarded) + {Options.Measured.TotalSeconds:0} s measured per store; latency = POST sent -> confirmation card at the Connector"));
        BenchReport.PrintOverrides(o, Options);
        if (Store is { } s)
        {
            var how = s.FillTime > TimeSpan.Zero
                ? string.Create(Culture, $"filled in {s.FillTime.TotalSeconds:0.0} s{(s.CachedAt is null ? "" : $", then cached at {s.CachedAt}")}")
                : string.Create(Culture, $"from the cache {s.CachedAt} (copied in {s.CopyTime.TotalSeconds:0.0} s)");
            o.WriteLine(string.Create(Culture, $"Filled store: {s.Registrations:N0} registrations ({s.Ahead:N0} starting today or later, the rest in the ten years before), {s.Targets:N0} target rows ({s.LiveTargets:N0} live), {BenchReport.Mb(s.FileBytes)}; {how}"));
        }
        o.WriteLine();
        o.WriteLine("| store | registrations/s | p50 ms | p90 ms | p99 ms | max ms | mean ms | turns | errors | CPU ms/turn | conflicts/registration | cores busy: bot + bench + others |");
        o.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in Runs)
        {
            var r = run.Load;
            o.WriteLine(string.Create(Culture,
                $"| {run.Store} | {r.TurnsPerSecond:0} | {r.Percentile(50):0.0} | {r.Percentile(90):0.0} | {r.Percentile(99):0.0} | {r.Max:0.0} | {r.Mean:0.0} | {r.Turns} | {r.Errors} | {r.CpuMsPerTurn:0.00} | {run.Figures.ConflictsPerMeasuredRegistration:0.00} | {BenchReport.Cores(r)} |"));
        }
        o.WriteLine();
        foreach (var run in Runs.Where(r => r.Load.Errors > 0))
            o.WriteLine(BenchReport.ErrorLine(run.Load, Options));
        BenchReport.PrintNoise(o, Options, [.. Runs.Select(r => r.Load)], width: Runs.Max(r => r.Store.Length));
        foreach (var run in Runs)
        {
            var f = run.Figures;
            o.WriteLine(string.Create(Culture,
                $"{run.Store}: bot ready in {run.Ready.TotalMilliseconds:0} ms; peak VmHWM {BenchReport.Mb(run.Memory.PeakBytes)}; store {BenchReport.Mb(f.FileBytes)} after {f.RunRegistrations:N0} registrations by the run; measured phase: {f.MeasuredRegistrations:N0} registrations raised {f.MeasuredConflicts:N0} conflicts ({f.MeasuredConflictsWithFill:N0} with filled ones)"));
        }
        o.WriteLine();
        o.WriteLine("Alerts and heads-ups (whole run, warm-up included; after the outbox drained):");
        foreach (var run in Runs)
        {
            var n = run.Notices;
            o.WriteLine(string.Create(Culture, $"  {run.Store}: {n.PossibleDuplications:N0} conflicts between organizers (+{n.AlreadyRegistered:N0} same organizer, no notice); outbox drained in {n.Drain.Took.TotalSeconds:0.0} s after the load{(n.Drain.Drained ? "" : $" (NOT drained: {n.Drain.PendingLeft} pending after {Options.DrainLimit.TotalSeconds:0} s)")}, {n.OutboxPending} pending, {n.OutboxFailed} failed"));
            o.WriteLine(string.Create(Culture, $"    alerts:    {n.AlertRows:N0} outbox rows ({n.AlertRowsAmiss} amiss), {n.AlertPosts:N0} POSTs to the Secretariat: {n.AlertsMissing} missing, {n.AlertsDuplicated} duplicated, {n.AlertsUnexpected} unexpected"));
            o.WriteLine(string.Create(Culture, $"    heads-ups: {n.HeadsUpRows:N0} outbox rows ({n.HeadsUpRowsAmiss} amiss), {n.HeadsUpPosts:N0} POSTs to organizers: {n.HeadsUpsMissing} missing, {n.HeadsUpsDuplicated} duplicated, {n.HeadsUpsUnexpected} unexpected"));
            if (n.FirstUnexpected is { } unexpected)
                o.WriteLine($"    the first unexpected heads-up: {unexpected}");
        }
        if (SqliteFilled is { Load: var fl } && SqliteEmpty is { Load: var e })
        {
            o.WriteLine(string.Create(Culture, $"filled / empty: p50 {Ratio(fl.Percentile(50), e.Percentile(50)):0.00}x, mean {Ratio(fl.Mean, e.Mean):0.00}x, p99 {Ratio(fl.Percentile(99), e.Percentile(99)):0.00}x, CPU ms/turn {Ratio(fl.CpuMsPerTurn, e.CpuMsPerTurn):0.00}x, registrations/s {Ratio(fl.TurnsPerSecond, e.TurnsPerSecond):0.00}x"));
        }
        o.WriteLine();
        o.WriteLine("Budgets:");
        foreach (var (budget, figure, met) in Budgets)
            o.WriteLine($"  [{(met switch { true => "PASS", false => "FAIL", null => "----" })}] {budget,-80} {figure}");
        o.WriteLine(AllBudgetsMet ? "All registration budgets met." : "Registration budget missed: exit code 1.");
        foreach (var run in Runs.Where(r => !string.IsNullOrWhiteSpace(r.BotOutput)))
        {
            o.WriteLine();
            o.WriteLine($"Last lines the bot logged on the {run.Store} (warnings and up):");
            o.WriteLine(run.BotOutput);
        }
    }

    private static string NoticeSummary(NoticeCheck n) => n.Passed
        ? string.Create(Culture, $"{n.AlertPosts:N0} alerts, {n.HeadsUpPosts:N0} heads-ups, each once")
        : string.Create(Culture, $"alerts {n.AlertsMissing} missing / {n.AlertsDuplicated} duplicated / {n.AlertsUnexpected} unexpected / {n.AlertRowsAmiss} rows amiss; heads-ups {n.HeadsUpsMissing} / {n.HeadsUpsDuplicated} / {n.HeadsUpsUnexpected} / {n.HeadsUpRowsAmiss}; outbox {n.OutboxPending} pending, {n.OutboxFailed} failed{(n.Drain.Drained ? "" : ", not drained")}");
}
