using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>The Secretariat's reports: an export ready to download, and the period summary for the Working Group.</summary>
public static class ReportCards
{
    /// <param name="what">"CSV" or "calendar (.ics)".</param>
    public static JsonObject ExportReady(string what, string description, int count, bool truncated, string fileName, Uri link, DateTimeOffset expiresAt)
    {
        var body = new List<JsonNode>
        {
            Heading($"Export ready: {what}"),
            Text($"{Plural(count, "registration")} — {description}."),
            Facts([("File", fileName), ("Link valid until", ReportWords.Until(expiresAt))]),
        };
        if (truncated)
            body.Add(Text(ReportWords.OnlyFirst(count), color: CardColors.Caution));
        body.Add(Text(ReportWords.KeepWithinSecretariat, size: "Small", subtle: true));
        return Card($"Export ready: {fileName} ({count} registrations). Download: {link}", body,
            [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Download", ["url"] = link.ToString() }]);
    }

    /// <summary>Said when no activity takes place in the period (registrations made in it may be for later dates).</summary>
    public const string NothingInPeriod = "No outreach takes place in this period.";

    /// <summary>
    /// The summary's figures, one rule for all, each saying what it counts: activities and their conflicts by the
    /// activity's dates, registrations by the day they were made. The same facts in Teams and Slack.
    /// </summary>
    public static IReadOnlyList<(string, string)> SummaryFacts(PeriodSummary summary)
    {
        var conflicts = $"{summary.ConflictsRaised} ({summary.ConflictsCoordinated} coordinated, {summary.ConflictsNotConflicts} not a duplication, {summary.ConflictsOpen} open"
            + (summary.ConflictsEnded > 0 ? $", {summary.ConflictsEnded} ended when one side was cancelled, done or moved away)" : ")");
        return
        [
            ("Activities in the period", $"{summary.Activities} ({summary.Done} done, {summary.Planned} planned)"),
            ("Cancelled", summary.Cancelled.ToString(CultureInfo.InvariantCulture)),
            ("States reached", summary.StatesReached.Count.ToString(CultureInfo.InvariantCulture)),
            ("Possible duplications between them", conflicts),
            ("Registered during the period", $"{summary.Registered} (whatever their dates)"),
        ];
    }

    public static JsonObject Summary(PeriodSummary summary, Func<string, string> countryName)
    {
        var body = new List<JsonNode>
        {
            Heading($"Outreach {summary.Period}"),
            Facts(SummaryFacts(summary)),
        };
        AddTallies(body, "By region", summary.ByRegion);
        AddTallies(body, "By kind", summary.ByKind);
        AddTallies(body, "By topic", summary.ByTopic);
        if (summary.StatesReached.Count > 0)
        {
            body.Add(Text("States reached", weight: "Bolder", separator: true));
            body.Add(Text(string.Join(", ", summary.StatesReached.Select(countryName).Order(StringComparer.Ordinal)), size: "Small"));
        }
        if (summary.Activities == 0 && summary.Cancelled == 0)
            body.Add(Text(ReportCards.NothingInPeriod, subtle: true));
        return Card(ReportWords.SummaryText(summary), body);
    }

    /// <summary>The weekly digest for Secretariat conversations: everything in full, as the Secretariat sees all.</summary>
    public static JsonObject Digest(Digest digest, Func<string, string> countryName)
    {
        var body = new List<JsonNode>
        {
            Heading("Weekly outreach digest"),
            Text($"Week of {digest.Week}", subtle: true, spacing: "None"),
            Facts([
                ("New registrations", Count(digest.NewRegistrationCount)),
                ("Open possible duplications", Count(digest.OpenConflictCount)),
                ($"Next {Domain.Reports.Digest.UpcomingDays} days", Count(digest.UpcomingCount)),
                ("Findings overdue", Count(digest.OverdueOutcomeCount)),
            ]),
        };
        AddPlans(body, "New registrations", digest.NewRegistrations, digest.NewRegistrationCount, countryName);
        if (digest.OpenConflicts.Count > 0)
        {
            body.Add(Text("Open possible duplications", weight: "Bolder", separator: true));
            foreach (var c in digest.OpenConflicts)
                body.Add(Text($"{c.Conflict.Earlier.PublicId} ({c.Conflict.Earlier.Organizer.DisplayName}, {c.Conflict.Earlier.Organization}) and {c.Conflict.Later.PublicId} ({c.Conflict.Later.Organizer.DisplayName}, {c.Conflict.Later.Organization}) · {string.Join(", ", c.Conflict.SharedCountries.Select(countryName))}. {DuplicationWords.Between(c.Conflict)}",
                    size: "Small", spacing: "None"));
            More(body, digest.OpenConflicts.Count, digest.OpenConflictCount);
        }
        AddPlans(body, $"Starting in the next {Domain.Reports.Digest.UpcomingDays} days", digest.Upcoming, digest.UpcomingCount, countryName);
        AddPlans(body, "Findings not yet recorded", digest.OverdueOutcomes, digest.OverdueOutcomeCount, countryName);
        if (digest.NewRegistrationCount + digest.OpenConflictCount + digest.UpcomingCount + digest.OverdueOutcomeCount == 0)
            body.Add(Text("A quiet week: nothing new, nothing open.", subtle: true));
        return Card($"Weekly outreach digest, week of {digest.Week}: {digest.NewRegistrationCount} new registrations, {digest.OpenConflictCount} open possible duplications.", body,
            [CommandButton("Export the week as CSV", $"export csv {digest.Week.Start:yyyy-MM-dd}..{digest.Week.End:yyyy-MM-dd}")]);
    }

    private static void AddPlans(List<JsonNode> body, string title, IReadOnlyList<OutreachPlan> plans, int total, Func<string, string> countryName)
    {
        if (plans.Count == 0)
            return;
        body.Add(Text(title, weight: "Bolder", separator: true));
        foreach (var p in plans)
            body.Add(Text($"{p.PublicId} · {string.Join(", ", p.Countries.Take(5).Select(countryName))}{(p.Countries.Count > 5 ? $" and {p.Countries.Count - 5} more" : "")} · {p.Window} · {OutreachWords.Describe(p.Kind)} · {p.Organizer.DisplayName} ({p.Organization}){(p.Visibility == Visibility.Restricted ? " · restricted" : "")}",
                size: "Small", spacing: "None"));
        More(body, plans.Count, total);
    }

    private static void More(List<JsonNode> body, int shown, int total)
    {
        if (total > shown)
            body.Add(Text($"… and {total - shown} more.", size: "Small", subtle: true, spacing: "None"));
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static void AddTallies(List<JsonNode> body, string title, IReadOnlyList<Tally> tallies)
    {
        if (tallies.Count == 0)
            return;
        body.Add(Text(title, weight: "Bolder", separator: true));
        body.Add(Facts(tallies.Select(t => (t.Name, t.Count.ToString(CultureInfo.InvariantCulture)))));
    }

    /// <summary>"1 registration", "2 registrations"; irregular words give their plural ("signatory", "signatories").</summary>
    internal static string Plural(int n, string word, string? plural = null) =>
        n == 1 ? $"1 {word}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {plural ?? word + "s"}";
}
