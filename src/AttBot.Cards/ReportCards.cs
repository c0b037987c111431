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

    /// <summary>The weekly digest for Secretariat conversations, in the conversation's language: everything in full, as the Secretariat sees all.</summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject Digest(Digest digest, Func<string, string> countryName, Language language = Language.English)
    {
        var days = Domain.Reports.Digest.UpcomingDays;
        var body = new List<JsonNode>
        {
            Heading(DigestWords.Title(language)),
            Text(DigestWords.WeekOf(RegistrationCardWords.Window(digest.Week, language), language), subtle: true, spacing: "None"),
            Facts(DigestFigures(digest, language)),
        };
        AddPlans(body, DigestWords.Section(DigestWords.Part.NewRegistrations, days, language), digest.NewRegistrations, digest.NewRegistrationCount, countryName, language);
        if (digest.OpenConflicts.Count > 0)
        {
            body.Add(Text(DigestWords.Section(DigestWords.Part.OpenDuplications, days, language), weight: "Bolder", separator: true));
            foreach (var c in digest.OpenConflicts)
                body.Add(Text(DigestPair(c.Conflict, countryName, language), size: "Small", spacing: "None"));
            More(body, digest.OpenConflicts.Count, digest.OpenConflictCount, language);
        }
        AddPlans(body, DigestWords.Section(DigestWords.Part.Upcoming, days, language), digest.Upcoming, digest.UpcomingCount, countryName, language);
        AddPlans(body, DigestWords.Section(DigestWords.Part.FindingsOverdue, days, language), digest.OverdueOutcomes, digest.OverdueOutcomeCount, countryName, language);
        if (digest.NewRegistrationCount + digest.OpenConflictCount + digest.UpcomingCount + digest.OverdueOutcomeCount == 0)
            body.Add(Text(DigestWords.QuietWeek(language), subtle: true));
        return Card(DigestFallback(digest, language), body,
            [CommandButton(DigestWords.ExportTheWeek(language), $"export csv {digest.Week.Start:yyyy-MM-dd}..{digest.Week.End:yyyy-MM-dd}")]);
    }

    /// <summary>The digest's four figures, Teams and Slack alike.</summary>
    internal static IReadOnlyList<(string, string)> DigestFigures(Digest digest, Language language)
    {
        var days = Domain.Reports.Digest.UpcomingDays;
        return
        [
            (DigestWords.Figure(DigestWords.Part.NewRegistrations, days, language), Formats.Number(digest.NewRegistrationCount, language)),
            (DigestWords.Figure(DigestWords.Part.OpenDuplications, days, language), Formats.Number(digest.OpenConflictCount, language)),
            (DigestWords.Figure(DigestWords.Part.Upcoming, days, language), Formats.Number(digest.UpcomingCount, language)),
            (DigestWords.Figure(DigestWords.Part.FindingsOverdue, days, language), Formats.Number(digest.OverdueOutcomeCount, language)),
        ];
    }

    internal static string DigestFallback(Digest digest, Language language) =>
        DigestWords.Fallback(RegistrationCardWords.Window(digest.Week, language), digest.NewRegistrationCount, digest.OpenConflictCount, language);

    /// <summary>"OR-0001 (Ana Ruiz (Mexico)) and OR-0002 (Pita Taufa (Control Arms)) · Tonga. OR-0002 is 8 days after OR-0001."</summary>
    internal static string DigestPair(Conflict c, Func<string, string> countryName, Language language) =>
        $"{DigestWords.Pair(Side(c.Earlier, language), Side(c.Later, language), language)} · {string.Join(", ", c.SharedCountries.Select(countryName))}. {OutreachCards.Between(c, language)}";

    private static string Side(OutreachPlan p, Language language) => $"{p.PublicId} ({OutreachCards.Who(p, language)})";

    /// <summary>One registration in a digest section: "OR-0001 · Tonga · 10–12 March 2027 · Bilateral · Ana Ruiz (Mexico)".</summary>
    internal static string DigestLine(OutreachPlan p, Func<string, string> countryName, Language language) =>
        $"{p.PublicId} · {string.Join(", ", p.Countries.Take(5).Select(countryName))}{(p.Countries.Count > 5 ? DigestWords.AndMoreStates(p.Countries.Count - 5, language) : "")}"
        + $" · {RegistrationCardWords.Window(p.Window, language)} · {OutreachTermWords.Kind(p.Kind, language)} · {OutreachCards.Who(p, language)}"
        + (p.Visibility == Visibility.Restricted ? DigestWords.Restricted(language) : "");

    private static void AddPlans(List<JsonNode> body, string title, IReadOnlyList<OutreachPlan> plans, int total, Func<string, string> countryName, Language language)
    {
        if (plans.Count == 0)
            return;
        body.Add(Text(title, weight: "Bolder", separator: true));
        foreach (var p in plans)
            body.Add(Text(DigestLine(p, countryName, language), size: "Small", spacing: "None"));
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
