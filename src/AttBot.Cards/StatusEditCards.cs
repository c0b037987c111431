using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>The Secretariat's keeping of the status data: a change confirmed, an import previewed, applied or discarded.</summary>
public static class StatusEditCards
{
    public const int MaxLinesShown = 40;

    /// <summary>"set status" done: before and after, entry into force as computed, and where the audit trail is.</summary>
    public static JsonObject Changed(Country before, Country after)
    {
        var was = Describe(StatusRecord.Of(before));
        var now = Describe(StatusRecord.Of(after));
        return Card(StatusEditWords.Changed(after.Name, was, now),
        [
            Heading($"{after.Name} updated"),
            Facts([("Before", was), ("Now", now)]),
            Text(StatusEditWords.AfterChange, size: "Small", subtle: true, separator: true),
        ],
        [CommandButton($"Status of {after.Name}", $"status {after.Name}"), CommandButton("History", $"history {after.Name}")]);
    }

    /// <summary>The differences an import would make, with Apply and Discard; nothing is changed until Apply.</summary>
    /// <param name="asAt">The page's "status as at" date, when it gives one: the data becomes current to it.</param>
    /// <param name="dataCurrentTo">What the stored data is current to now, to warn of a file older than the data.</param>
    public static JsonObject Preview(long importId, string source, StatusDiff diff, DateOnly? asAt = null, DateOnly? dataCurrentTo = null)
    {
        var body = Summary($"Status import #{importId}: preview", source, diff);
        if (asAt is { } date)
            body.Insert(2, Text(StatusEditWords.AsAt(date), spacing: "None"));
        if (asAt is { } older && dataCurrentTo is { } current && older < current)
            body.Insert(3, Text(StatusEditWords.OlderThanData(current), color: CardColors.Caution, weight: "Bolder"));
        var data = new JsonObject { [CardData.ImportId] = importId };
        if (diff.Updates.Count == 0)
        {
            body.Add(Text(StatusEditWords.NothingToApply, weight: "Bolder", spacing: "Medium"));
            return Card(PlainSummary(importId, source, diff), body);
        }
        body.Add(Text(StatusEditWords.NothingChangedYet, spacing: "Medium"));
        return Card(PlainSummary(importId, source, diff), body,
        [
            ExecuteButton(StatusEditWords.Apply(diff.Updates.Count), CardData.ApplyImportVerb, data),
            ExecuteButton("Discard", CardData.DiscardImportVerb, (JsonObject)data.DeepClone()),
        ]);
    }

    public static JsonObject Applied(long importId, string source, StatusDiff diff, DateOnly currentTo)
    {
        var body = Summary($"Status import #{importId}: applied", source, diff);
        body.Add(Text(StatusEditWords.Updated(diff.Updates.Count, currentTo), weight: "Bolder", color: CardColors.Positive, spacing: "Medium"));
        return Card(StatusEditWords.Applied(importId, diff.Updates.Count), body);
    }

    public static JsonObject Discarded(long importId, string source) => Card($"Status import #{importId} discarded.",
    [
        Heading($"Status import #{importId}: discarded"),
        Text(StatusEditWords.Discarded(source)),
    ]);

    /// <summary>"State Party (accession deposited 2 March 2026, in force 31 May 2026)", "Signatory (signed 3 June 2013)", "Neither signatory nor party".</summary>
    public static string Describe(StatusRecord r) => r.Status switch
    {
        TreatyStatus.Party => "State Party (" + string.Join(", ", new[]
        {
            r.SignatureDate is { } s ? $"signed {StatusWording.Date(s)}" : null,
            r.ConsentDate is { } d ? $"{(r.ConsentKind is { } k ? StatusWording.Describe(k).ToLowerInvariant() : "instrument")} deposited {StatusWording.Date(d)}" : "deposit date not recorded",
            r.EntryIntoForce is { } e ? $"in force {StatusWording.Date(e)}" : null,
        }.OfType<string>()) + ")",
        TreatyStatus.Signatory => r.SignatureDate is { } signed ? $"Signatory (signed {StatusWording.Date(signed)})" : "Signatory",
        _ => "Neither signatory nor party",
    };

    private static List<JsonNode> Summary(string title, string source, StatusDiff diff)
    {
        var added = diff.Added.ToList();
        var changed = diff.Changed.ToList();
        var body = new List<JsonNode>
        {
            Heading(title),
            Text(StatusEditWords.From(source, diff), spacing: "None"),
        };
        var budget = MaxLinesShown;
        Section(body, $"Added ({added.Count})", added.Select(u => $"{u.Name}: {Describe(u.Before)} → {Describe(u.After)}"), ref budget);
        Section(body, $"Changed ({changed.Count})", changed.Select(u => $"{u.Name}: {Describe(u.Before)} → {Describe(u.After)}"), ref budget);
        Section(body, $"Refused rows ({diff.Problems.Count})", diff.Problems.Select(p => $"Line {p.Line}: {p.Message}"), ref budget, CardColors.Caution);
        if (diff.NotListed.Count > 0)
            body.Add(Text($"**Not in the file, left as they are ({diff.NotListed.Count})**: {string.Join(", ", diff.NotListed.Take(MaxLinesShown))}{(diff.NotListed.Count > MaxLinesShown ? ", …" : "")}",
                size: "Small", spacing: "Medium"));
        return body;
    }

    private static void Section(List<JsonNode> body, string heading, IEnumerable<string> lines, ref int budget, string? color = null)
    {
        var all = lines.ToList();
        if (all.Count == 0)
            return;
        body.Add(Text($"**{heading}**", color: color, spacing: "Medium"));
        var shown = all.Take(Math.Max(budget, 5)).ToList();
        budget -= shown.Count;
        body.Add(Text(string.Join("\n\n", shown.Select(l => "- " + l)) + (shown.Count < all.Count ? $"\n\n… and {all.Count - shown.Count} more." : ""), size: "Small", spacing: "Small"));
    }

    internal static string PlainSummary(long importId, string source, StatusDiff diff) =>
        $"Status import #{importId} from {StatusEditWords.Shorten(source)}: {diff.Added.Count()} added, {diff.Changed.Count()} changed, {diff.Unchanged} unchanged, {diff.Problems.Count} refused. " +
        (diff.Updates.Count > 0 ? $"Type **apply import {importId}** or **discard import {importId}**." : "Nothing to apply.");
}
