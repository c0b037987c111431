using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;
using static AttBot.Domain.Language.StatusEditWords;

namespace AttBot.Cards;

/// <summary>The Secretariat's keeping of the status data: a change confirmed, an import previewed, applied or discarded.</summary>
public static class StatusEditCards
{
    public const int MaxLinesShown = 40;

    /// <summary>"set status" done: before and after, entry into force as computed, and where the audit trail is.</summary>
    public static JsonObject Changed(Country before, Country after, Language language = Language.English)
    {
        var name = PlaceNames.State(after, language);
        var was = Describe(StatusRecord.Of(before), language);
        var now = Describe(StatusRecord.Of(after), language);
        return Card(StatusEditWords.Changed(name, was, now, language),
        [
            Heading(StatusEditWords.Updated(name, language)),
            Facts([(StatusEditWords.Before(language), was), (StatusEditWords.Now(language), now)]),
            Text(StatusEditWords.AfterChange(language), size: "Small", subtle: true, separator: true),
        ],
        // The buttons send the English commands, whatever the reader's language.
        [CommandButton(StatusEditWords.StatusOf(name, language), $"status {after.Name}"), CommandButton(StatusEditWords.History(language), $"history {after.Name}")]);
    }

    /// <summary>The differences an import would make, with Apply and Discard; nothing is changed until Apply.</summary>
    /// <param name="asAt">The page's "status as at" date, when it gives one: the data becomes current to it.</param>
    /// <param name="dataCurrentTo">What the stored data is current to now, to warn of a file older than the data.</param>
    public static JsonObject Preview(long importId, string source, StatusDiff diff, DateOnly? asAt = null, DateOnly? dataCurrentTo = null, Language language = Language.English)
    {
        var body = Summary(ImportHeading(importId, ImportStage.Preview, language), source, diff, language);
        if (asAt is { } date)
            body.Insert(2, Text(StatusEditWords.AsAt(date, language), spacing: "None"));
        if (asAt is { } older && dataCurrentTo is { } current && older < current)
            body.Insert(3, Text(StatusEditWords.OlderThanData(current, language), color: CardColors.Caution, weight: "Bolder"));
        var data = new JsonObject { [CardData.ImportId] = importId };
        if (diff.Updates.Count == 0)
        {
            body.Add(Text(StatusEditWords.NothingToApply(language), weight: "Bolder", spacing: "Medium"));
            return Card(PlainSummary(importId, source, diff, language), body);
        }
        body.Add(Text(StatusEditWords.NothingChangedYet(language), spacing: "Medium"));
        return Card(PlainSummary(importId, source, diff, language), body,
        [
            ExecuteButton(StatusEditWords.Apply(diff.Updates.Count, language), CardData.ApplyImportVerb, data),
            ExecuteButton(StatusEditWords.Discard(language), CardData.DiscardImportVerb, (JsonObject)data.DeepClone()),
        ]);
    }

    public static JsonObject Applied(long importId, string source, StatusDiff diff, DateOnly currentTo, Language language = Language.English)
    {
        var body = Summary(ImportHeading(importId, ImportStage.Applied, language), source, diff, language);
        body.Add(Text(StatusEditWords.Updated(diff.Updates.Count, currentTo, language), weight: "Bolder", color: CardColors.Positive, spacing: "Medium"));
        return Card(StatusEditWords.Applied(importId, diff.Updates.Count, language), body);
    }

    public static JsonObject Discarded(long importId, string source, Language language = Language.English) => Card(DiscardedLine(importId, language),
    [
        Heading(ImportHeading(importId, ImportStage.Discarded, language)),
        Text(StatusEditWords.Discarded(source, language)),
    ]);

    /// <summary>"State Party (accession deposited 2 March 2026, in force 31 May 2026)", "Signatory (signed 3 June 2013)", "Neither signatory nor party".</summary>
    public static string Describe(StatusRecord r, Language language = Language.English) =>
        Record(r.Status, r.SignatureDate, r.ConsentKind, r.ConsentDate, r.EntryIntoForce, language);

    /// <summary>One line per state added or changed: "Tonga: Neither signatory nor party → State Party (…)".</summary>
    internal static IEnumerable<string> Lines(IEnumerable<StatusUpdate> updates, Language language) =>
        updates.Select(u => StatusSentences.Titled(PlaceNames.State(u.Iso3, u.Name, language), $"{Describe(u.Before, language)} → {Describe(u.After, language)}", language));

    private static List<JsonNode> Summary(string title, string source, StatusDiff diff, Language language)
    {
        var added = diff.Added.ToList();
        var changed = diff.Changed.ToList();
        var body = new List<JsonNode>
        {
            Heading(title),
            Text(From(source, diff, language), spacing: "None"),
        };
        var budget = MaxLinesShown;
        Section(body, SectionHeading(StatusEditWords.Section.Added, added.Count, language), Lines(added, language), ref budget, language);
        Section(body, SectionHeading(StatusEditWords.Section.Changed, changed.Count, language), Lines(changed, language), ref budget, language);
        Section(body, SectionHeading(StatusEditWords.Section.Refused, diff.Problems.Count, language), diff.Problems.Select(p => Line(p.Line, p.Say(language), language)), ref budget, language, CardColors.Caution);
        if (diff.NotListed.Count > 0)
            body.Add(Text($"**{SectionHeading(StatusEditWords.Section.NotListed, diff.NotListed.Count, language)}**{StatusSentences.Colon(language)} {string.Join(", ", diff.NotListedIn(language).Take(MaxLinesShown))}{(diff.NotListed.Count > MaxLinesShown ? ", …" : "")}",
                size: "Small", spacing: "Medium"));
        return body;
    }

    private static void Section(List<JsonNode> body, string heading, IEnumerable<string> lines, ref int budget, Language language, string? color = null)
    {
        var all = lines.ToList();
        if (all.Count == 0)
            return;
        body.Add(Text($"**{heading}**", color: color, spacing: "Medium"));
        var shown = all.Take(Math.Max(budget, 5)).ToList();
        budget -= shown.Count;
        body.Add(Text(string.Join("\n\n", shown.Select(l => "- " + l)) + (shown.Count < all.Count ? "\n\n" + ReportWords.AndMore(all.Count - shown.Count, language) : ""), size: "Small", spacing: "Small"));
    }

    internal static string From(string source, StatusDiff diff, Language language) =>
        StatusEditWords.From(source, diff.Added.Count(), diff.Changed.Count(), diff.Unchanged, diff.Problems.Count, language);

    internal static string PlainSummary(long importId, string source, StatusDiff diff, Language language) =>
        StatusEditWords.PlainSummary(importId, source, diff.Added.Count(), diff.Changed.Count(), diff.Unchanged, diff.Problems.Count, diff.Updates.Count > 0, language);
}
