using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Cards.CardElements;
using static AttBot.Domain.Language.ReportLines;

namespace AttBot.Cards;

/// <summary>The Secretariat's reports: an export ready to download, and the period summary for the Working Group.</summary>
public static class ReportCards
{
    public static JsonObject ExportReady(ExportFormat format, string description, int count, bool truncated, string fileName, Uri link, DateTimeOffset expiresAt,
        Language language = Language.English)
    {
        var body = new List<JsonNode>
        {
            Heading(ReportWords.ExportHeading(ReportWords.What(format, language), language)),
            Text($"{ReportWords.Registrations(count, language)} — {description}."),
            Facts([(ReportWords.File(language), fileName), (ReportWords.LinkValidUntil(language), ReportWords.Until(expiresAt, language))]),
        };
        if (truncated)
            body.Add(Text(ReportWords.OnlyFirst(count, language), color: CardColors.Caution));
        body.Add(Text(ReportWords.KeepWithinSecretariat(language), size: "Small", subtle: true));
        return Card($"{ReportWords.ExportReadyLine(fileName, count, ReportWords.Until(expiresAt, language), language)} {link}", body,
            [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = ReportWords.Download(language), ["url"] = link.ToString() }]);
    }

    public static JsonObject Summary(PeriodSummary summary, Func<string, string> countryName, Language language = Language.English)
    {
        var period = Period(summary, language);
        var body = new List<JsonNode>
        {
            Heading(ReportWords.SummaryHeading(period, language)),
            Facts(SummaryFacts(summary, language)),
        };
        foreach (var (title, tallies) in Tallies(summary, language))
            AddTallies(body, title, tallies, language);
        if (summary.StatesReached.Count > 0)
        {
            body.Add(Text(ReportWords.SummaryLabel(ReportWords.SummaryFact.StatesReached, language), weight: "Bolder", separator: true));
            body.Add(Text(string.Join(", ", summary.StatesReached.Select(countryName).Order(StringComparer.Ordinal)), size: "Small"));
        }
        if (summary.Activities == 0 && summary.Cancelled == 0)
            body.Add(Text(ReportWords.NothingInPeriod(language), subtle: true));
        return Card(ReportWords.SummaryText(period, summary.Activities, summary.StatesReached.Count, summary.ConflictsRaised, language), body);
    }

    /// <summary>The weekly digest for Secretariat conversations, in the conversation's language: everything in full, as the Secretariat sees all.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject Digest(Digest digest, Func<string, string> countryName, Language language = Language.English)
    {
        var days = Domain.Reports.Digest.UpcomingDays;
        var body = new List<JsonNode>
        {
            Heading(DigestWords.Title(language)),
            Text(DigestWords.WeekOf(RegistrationCardWords.Window(digest.Week, language), language), subtle: true, spacing: "None"),
            Facts(DigestLines.Figures(digest, language)),
        };
        AddPlans(body, DigestWords.Section(DigestWords.Part.NewRegistrations, days, language), digest.NewRegistrations, digest.NewRegistrationCount, countryName, language);
        if (digest.OpenConflicts.Count > 0)
        {
            body.Add(Text(DigestWords.Section(DigestWords.Part.OpenDuplications, days, language), weight: "Bolder", separator: true));
            foreach (var c in digest.OpenConflicts)
                body.Add(Text(DigestLines.Pair(c.Conflict, countryName, language), size: "Small", spacing: "None"));
            More(body, digest.OpenConflicts.Count, digest.OpenConflictCount, language);
        }
        AddPlans(body, DigestWords.Section(DigestWords.Part.Upcoming, days, language), digest.Upcoming, digest.UpcomingCount, countryName, language);
        AddPlans(body, DigestWords.Section(DigestWords.Part.FindingsOverdue, days, language), digest.OverdueOutcomes, digest.OverdueOutcomeCount, countryName, language);
        if (digest.NewRegistrationCount + digest.OpenConflictCount + digest.UpcomingCount + digest.OverdueOutcomeCount == 0)
            body.Add(Text(DigestWords.QuietWeek(language), subtle: true));
        return Card(DigestLines.Text(digest, language), body,
            [CommandButton(DigestWords.ExportTheWeek(language), $"export csv {digest.Week.Start:yyyy-MM-dd}..{digest.Week.End:yyyy-MM-dd}")]);
    }

    private static void AddPlans(List<JsonNode> body, string title, IReadOnlyList<OutreachPlan> plans, int total, Func<string, string> countryName, Language language)
    {
        if (plans.Count == 0)
            return;
        body.Add(Text(title, weight: "Bolder", separator: true));
        foreach (var p in plans)
            body.Add(Text(DigestLines.Line(p, countryName, language), size: "Small", spacing: "None"));
        More(body, plans.Count, total, language);
    }

    private static void More(List<JsonNode> body, int shown, int total, Language language)
    {
        if (total > shown)
            body.Add(Text(DigestWords.More(total - shown, language), size: "Small", subtle: true, spacing: "None"));
    }

    private static void AddTallies(List<JsonNode> body, string title, IReadOnlyList<Tally> tallies, Language language)
    {
        if (tallies.Count == 0)
            return;
        body.Add(Text(title, weight: "Bolder", separator: true));
        body.Add(Facts(tallies.Select(t => (t.Name, Formats.Number(t.Count, language)))));
    }
}
