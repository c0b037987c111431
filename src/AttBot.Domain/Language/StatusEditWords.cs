using AttBot.Domain.Treaty;

namespace AttBot.Domain.Language;

/// <summary>What the Secretariat reads when it keeps the status table (a change, an import), the same on every channel.</summary>
public static class StatusEditWords
{
    public const string AfterChange = "Entry into force is computed by Article 22. The change is in the audit trail.";

    public const string NothingToApply = "Nothing to apply: the stored data already agrees with every row read.";

    public const string NothingChangedYet = "Nothing has changed yet. Apply to update the records (each change is audited), or discard.";

    public static string Changed(string name, string before, string now) => $"{name} updated. Before: {before}. Now: {now}.";

    public static string AsAt(DateOnly date) => $"The file shows the status as at {StatusWording.Date(date)}.";

    public static string OlderThanData(DateOnly current) =>
        $"This file is older than the stored data (current to {StatusWording.Date(current)}): check each change before applying.";

    /// <summary>"From the pasted text: 2 added, 1 changed, 190 unchanged, 1 row refused."</summary>
    public static string From(string source, StatusDiff diff) =>
        $"From {Shorten(source)}: {diff.Added.Count()} added, {diff.Changed.Count()} changed, {diff.Unchanged} unchanged, {Count(diff.Problems.Count, "row")} refused.";

    public static string Updated(int states, DateOnly currentTo) => $"{Count(states, "state")} updated; the data is now current to {StatusWording.Date(currentTo)}.";

    public static string Applied(long importId, int states) => $"Status import #{importId} applied: {Count(states, "state")} updated.";

    public static string Discarded(string source) => $"Nothing was changed. The file was {source}.";

    public static string Apply(int changes) => $"Apply {Count(changes, "change")}";

    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
