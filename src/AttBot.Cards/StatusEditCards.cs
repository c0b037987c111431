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
    /// <summary>"set status" done: before and after, entry into force as computed, and where the audit trail is.</summary>
    public static JsonObject Changed(Country before, Country after, Language language = Language.English)
    {
        var name = PlaceNames.State(after, language);
        var was = StatusEditLines.Describe(StatusRecord.Of(before), language);
        var now = StatusEditLines.Describe(StatusRecord.Of(after), language);
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
            return Card(StatusEditLines.PlainSummary(importId, source, diff, language), body);
        }
        body.Add(Text(StatusEditWords.NothingChangedYet(language), spacing: "Medium"));
        return Card(StatusEditLines.PlainSummary(importId, source, diff, language), body,
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

    private static List<JsonNode> Summary(string title, string source, StatusDiff diff, Language language)
    {
        var body = new List<JsonNode> { Heading(title), Text(StatusEditLines.From(source, diff, language), spacing: "None") };
        foreach (var (heading, lines, more, refused) in StatusEditLines.Sections(diff, language))
        {
            body.Add(Text($"**{heading}**", color: refused ? CardColors.Caution : null, spacing: "Medium"));
            body.Add(Text(string.Join("\n\n", lines.Select(l => "- " + l)) + (more is null ? "" : "\n\n" + more), size: "Small", spacing: "Small"));
        }
        if (StatusEditLines.NotListed(diff, language) is ({ } notListed, { } states))
            body.Add(Text($"**{notListed}**{StatusSentences.Colon(language)} {states}", size: "Small", spacing: "Medium"));
        return body;
    }
}
