using System.Globalization;
using AttBot.Domain.Reports;

namespace AttBot.Domain.Language;

/// <summary>What the Secretariat reads of an export and a period summary, the same on every channel.</summary>
public static class ReportWords
{
    public const string KeepWithinSecretariat = "The file holds restricted registrations too: keep it within the Secretariat.";

    /// <summary>"2 Dec 2026 14:05 UTC": until when a download link works.</summary>
    public static string Until(DateTimeOffset expiresAt) => $"{expiresAt.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC";

    public static string OnlyFirst(int count) => $"Only the first {count} are in the file: narrow the period or add a filter for the rest.";

    public static string SummaryText(PeriodSummary summary) =>
        $"Outreach {summary.Period}: {summary.Activities} activities, {summary.StatesReached.Count} states reached, {summary.ConflictsRaised} possible duplications raised.";
}
