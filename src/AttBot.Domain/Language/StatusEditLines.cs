using AttBot.Domain.Treaty;
using static AttBot.Domain.Language.StatusEditWords;

namespace AttBot.Domain.Language;

/// <summary>The Secretariat's keeping of the status data told in lines, the same on Teams and Slack: a record, an import's sections.</summary>
public static class StatusEditLines
{
    /// <summary>At most this many lines of an import in all, a few per section, so that a card of the whole table stays readable.</summary>
    public const int MaxLinesShown = 40;

    /// <summary>"State Party (accession deposited 2 March 2026, in force 31 May 2026)", "Signatory (signed 3 June 2013)", "Neither signatory nor party".</summary>
    public static string Describe(StatusRecord r, Language language) =>
        Record(r.Status, r.SignatureDate, r.ConsentKind, r.ConsentDate, r.EntryIntoForce, language);

    public static string From(string source, StatusDiff diff, Language language) =>
        StatusEditWords.From(source, diff.Added.Count(), diff.Changed.Count(), diff.Unchanged, diff.Problems.Count, language);

    public static string PlainSummary(long importId, string source, StatusDiff diff, Language language) =>
        StatusEditWords.PlainSummary(importId, source, diff.Added.Count(), diff.Changed.Count(), diff.Unchanged, diff.Problems.Count, diff.Updates.Count > 0, language);

    /// <summary>
    /// The states added, the states changed ("Tonga: Neither signatory nor party → State Party (…)") and the rows refused,
    /// each section with its heading, the lines shown within <see cref="MaxLinesShown"/> (at least five) and "and N more".
    /// </summary>
    public static IEnumerable<(string Heading, IReadOnlyList<string> Lines, string? More, bool Refused)> Sections(StatusDiff diff, Language language)
    {
        var budget = MaxLinesShown;
        foreach (var (section, lines) in new[] { (Section.Added, Lines(diff.Added, language)), (Section.Changed, Lines(diff.Changed, language)),
            (Section.Refused, diff.Problems.Select(p => Line(p.Line, p.Say(language), language))) })
        {
            var all = lines.ToList();
            if (all.Count == 0)
                continue;
            var shown = all.Take(Math.Max(budget, 5)).ToList();
            budget -= shown.Count;
            yield return (SectionHeading(section, all.Count, language), shown, shown.Count < all.Count ? ReportWords.AndMore(all.Count - shown.Count, language) : null,
                section == Section.Refused);
        }
    }

    /// <summary>The parties and signatories the file leaves out, named in the reader's language; null when it lists them all.</summary>
    public static (string Heading, string States)? NotListed(StatusDiff diff, Language language) => diff.NotListed.Count == 0 ? null
        : (SectionHeading(Section.NotListed, diff.NotListed.Count, language),
            string.Join(", ", diff.NotListedIn(language).Take(MaxLinesShown)) + (diff.NotListed.Count > MaxLinesShown ? ", …" : ""));

    private static IEnumerable<string> Lines(IEnumerable<StatusUpdate> updates, Language language) =>
        updates.Select(u => StatusSentences.Titled(PlaceNames.State(u.Iso3, u.Name, language), $"{Describe(u.Before, language)} → {Describe(u.After, language)}", language));
}
