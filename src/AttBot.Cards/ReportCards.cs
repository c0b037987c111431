using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Cards.CardElements;
using static AttBot.Domain.Language.ReportWords;

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

    /// <summary>The period as the summary names it: "1 January – 31 March 2027", « 1er janvier – 31 mars 2027 ».</summary>
    public static string Period(PeriodSummary summary, Language language) => RegistrationCardWords.Window(summary.Period, language);

    /// <summary>
    /// The summary's figures, one rule for all, each saying what it counts: activities and their conflicts by the
    /// activity's dates, registrations by the day they were made. The same facts in Teams and Slack.
    /// </summary>
    public static IReadOnlyList<(string, string)> SummaryFacts(PeriodSummary summary, Language language = Language.English) =>
    [
        (ReportWords.SummaryLabel(SummaryFact.Activities, language), ReportWords.ActivitiesValue(summary.Activities, summary.Done, summary.Planned, language)),
        (ReportWords.SummaryLabel(SummaryFact.Cancelled, language), Formats.Number(summary.Cancelled, language)),
        (ReportWords.SummaryLabel(SummaryFact.StatesReached, language), Formats.Number(summary.StatesReached.Count, language)),
        (ReportWords.SummaryLabel(SummaryFact.PossibleDuplications, language), ReportWords.DuplicationsValue(summary.ConflictsRaised, summary.ConflictsCoordinated,
            summary.ConflictsNotConflicts, summary.ConflictsOpen, summary.ConflictsEnded, language)),
        (ReportWords.SummaryLabel(SummaryFact.Registered, language), ReportWords.RegisteredValue(summary.Registered, language)),
    ];

    /// <summary>
    /// The tallies by region, kind and topic, titled and named in the reader's language. The summary counts under the
    /// English names (one table for every reader); the names are translated here, where they are shown.
    /// </summary>
    public static IEnumerable<(string Title, IReadOnlyList<Tally> Tallies)> Tallies(PeriodSummary summary, Language language = Language.English)
    {
        yield return (ReportWords.SummaryLabel(SummaryFact.ByRegion, language), [.. summary.ByRegion.Select(t => t with { Name = PlaceNames.Region(t.Name, language) })]);
        yield return (ReportWords.SummaryLabel(SummaryFact.ByKind, language), [.. summary.ByKind.Select(t => t with
        {
            Name = OutreachWords.Kinds.Where(k => OutreachWords.Describe(k) == t.Name).Select(k => OutreachTermWords.Kind(k, language)).FirstOrDefault() ?? t.Name,
        })]);
        yield return (ReportWords.SummaryLabel(SummaryFact.ByTopic, language), [.. summary.ByTopic.Select(t => t with
        {
            Name = Enum.GetValues<OutreachTopic>().Where(k => OutreachWords.Describe(k) == t.Name).Select(k => OutreachTermWords.Topic(k, language)).FirstOrDefault() ?? t.Name,
        })]);
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
            body.Add(Text(ReportWords.SummaryLabel(SummaryFact.StatesReached, language), weight: "Bolder", separator: true));
            body.Add(Text(string.Join(", ", summary.StatesReached.Select(countryName).Order(StringComparer.Ordinal)), size: "Small"));
        }
        if (summary.Activities == 0 && summary.Cancelled == 0)
            body.Add(Text(ReportWords.NothingInPeriod(language), subtle: true));
        return Card(ReportWords.SummaryText(period, summary.Activities, summary.StatesReached.Count, summary.ConflictsRaised, language), body);
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

    private static void AddTallies(List<JsonNode> body, string title, IReadOnlyList<Tally> tallies, Language language)
    {
        if (tallies.Count == 0)
            return;
        body.Add(Text(title, weight: "Bolder", separator: true));
        body.Add(Facts(tallies.Select(t => (t.Name, Formats.Number(t.Count, language)))));
    }

    /// <summary>"1 registration", "2 registrations"; irregular words give their plural ("signatory", "signatories").</summary>
    internal static string Plural(int n, string word, string? plural = null) =>
        n == 1 ? $"1 {word}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {plural ?? word + "s"}";
}
