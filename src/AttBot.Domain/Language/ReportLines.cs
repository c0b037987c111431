using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Language.ReportWords;

namespace AttBot.Domain.Language;

/// <summary>The Working Group's period summary told in facts and tallies, the same on Teams and Slack.</summary>
public static class ReportLines
{
    /// <summary>The period as the summary names it: "1 January – 31 March 2027", « 1er janvier – 31 mars 2027 ».</summary>
    public static string Period(PeriodSummary summary, Language language) => RegistrationCardWords.Window(summary.Period, language);

    /// <summary>
    /// The summary's figures, one rule for all, each saying what it counts: activities and their conflicts by the
    /// activity's dates, registrations by the day they were made.
    /// </summary>
    public static IReadOnlyList<(string, string)> SummaryFacts(PeriodSummary summary, Language language) =>
    [
        (SummaryLabel(SummaryFact.Activities, language), ActivitiesValue(summary.Activities, summary.Done, summary.Planned, language)),
        (SummaryLabel(SummaryFact.Cancelled, language), Formats.Number(summary.Cancelled, language)),
        (SummaryLabel(SummaryFact.StatesReached, language), Formats.Number(summary.StatesReached.Count, language)),
        (SummaryLabel(SummaryFact.PossibleDuplications, language), DuplicationsValue(summary.ConflictsRaised, summary.ConflictsCoordinated,
            summary.ConflictsNotConflicts, summary.ConflictsOpen, summary.ConflictsEnded, language)),
        (SummaryLabel(SummaryFact.Registered, language), RegisteredValue(summary.Registered, language)),
    ];

    /// <summary>
    /// The tallies by region, kind and topic, titled and named in the reader's language. The summary counts under the
    /// English names (one table for every reader); the names are translated here, where they are shown.
    /// </summary>
    public static IEnumerable<(string Title, IReadOnlyList<Tally> Tallies)> Tallies(PeriodSummary summary, Language language)
    {
        yield return (SummaryLabel(SummaryFact.ByRegion, language), [.. summary.ByRegion.Select(t => t with { Name = PlaceNames.Region(t.Name, language) })]);
        yield return (SummaryLabel(SummaryFact.ByKind, language), [.. summary.ByKind.Select(t => t with
        {
            Name = OutreachWords.Kinds.Where(k => OutreachWords.Describe(k) == t.Name).Select(k => OutreachTermWords.Kind(k, language)).FirstOrDefault() ?? t.Name,
        })]);
        yield return (SummaryLabel(SummaryFact.ByTopic, language), [.. summary.ByTopic.Select(t => t with
        {
            Name = Enum.GetValues<OutreachTopic>().Where(k => OutreachWords.Describe(k) == t.Name).Select(k => OutreachTermWords.Topic(k, language)).FirstOrDefault() ?? t.Name,
        })]);
    }
}
