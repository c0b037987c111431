using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// The Secretariat's keeping of the status data on Slack, worded as StatusEditCards. Apply and Discard are command
/// buttons ("apply import 7"): the click runs the same command as typing it, with the same checks.
/// </summary>
public static class SlackStatusEdits
{
    public static JsonObject Changed(Country before, Country after)
    {
        var was = StatusEditCards.Describe(StatusRecord.Of(before));
        var now = StatusEditCards.Describe(StatusRecord.Of(after));
        return Message(StatusEditWords.Changed(after.Name, was, now),
        [
            Header($"{after.Name} updated"),
            Fields([("Before", was), ("Now", now)]),
            Context(StatusEditWords.AfterChange),
            Actions([
                Button($"Status of {after.Name}", SlackActions.WithSuffix(SlackActions.Command, "status"), $"status {after.Name}"),
                Button("History", SlackActions.WithSuffix(SlackActions.Command, "history"), $"history {after.Name}"),
            ]),
        ]);
    }

    /// <summary>The differences an import would make; nothing is changed until Apply.</summary>
    public static JsonObject Preview(long importId, string source, StatusDiff diff, DateOnly? asAt = null, DateOnly? dataCurrentTo = null)
    {
        var blocks = Summary($"Status import #{importId}: preview", source, diff);
        var notes = new List<JsonNode>();
        if (asAt is { } date)
            notes.Add(Section(Mrkdwn.Escape(StatusEditWords.AsAt(date))));
        if (asAt is { } older && dataCurrentTo is { } current && older < current)
            notes.Add(Section(Mrkdwn.Bold("⚠ " + StatusEditWords.OlderThanData(current))));
        blocks.InsertRange(2, notes);
        var text = StatusEditCards.PlainSummary(importId, source, diff);
        if (diff.Updates.Count == 0)
        {
            blocks.Add(Section(Mrkdwn.Bold(StatusEditWords.NothingToApply)));
            return Message(text, blocks);
        }
        var id = importId.ToString(CultureInfo.InvariantCulture);
        blocks.Add(Section(StatusEditWords.NothingChangedYet));
        blocks.Add(Actions([
            Button(StatusEditWords.Apply(diff.Updates.Count), SlackActions.WithSuffix(SlackActions.Command, "apply"), $"apply import {id}", style: "primary"),
            Button("Discard", SlackActions.WithSuffix(SlackActions.Command, "discard"), $"discard import {id}"),
        ]));
        return Message(text, blocks);
    }

    public static JsonObject Applied(long importId, string source, StatusDiff diff, DateOnly currentTo)
    {
        var blocks = Summary($"Status import #{importId}: applied", source, diff);
        blocks.Add(Section(Mrkdwn.Bold("✅ " + StatusEditWords.Updated(diff.Updates.Count, currentTo))));
        return Message(StatusEditWords.Applied(importId, diff.Updates.Count), blocks);
    }

    public static JsonObject Discarded(long importId, string source) => Message($"Status import #{importId} discarded.",
    [
        Header($"Status import #{importId}: discarded"),
        Section(Mrkdwn.Escape(StatusEditWords.Discarded(source))),
    ]);

    /// <summary>At most StatusEditCards.MaxLinesShown lines in all, a few per section, each section cut to Slack's size.</summary>
    private static List<JsonNode> Summary(string title, string source, StatusDiff diff)
    {
        var added = diff.Added.ToList();
        var changed = diff.Changed.ToList();
        var blocks = new List<JsonNode>
        {
            Header(title),
            Section(Mrkdwn.Escape(StatusEditWords.From(source, diff))),
        };
        var budget = StatusEditCards.MaxLinesShown;
        List(blocks, $"Added ({added.Count})", added.Select(u => $"{u.Name}: {StatusEditCards.Describe(u.Before)} → {StatusEditCards.Describe(u.After)}"), ref budget);
        List(blocks, $"Changed ({changed.Count})", changed.Select(u => $"{u.Name}: {StatusEditCards.Describe(u.Before)} → {StatusEditCards.Describe(u.After)}"), ref budget);
        List(blocks, $"Refused rows ({diff.Problems.Count})", diff.Problems.Select(p => $"Line {p.Line}: {p.Message}"), ref budget);
        if (diff.NotListed.Count > 0)
            blocks.Add(Context($"*Not in the file, left as they are ({diff.NotListed.Count})*: " + Mrkdwn.Escape(string.Join(", ", diff.NotListed.Take(StatusEditCards.MaxLinesShown))
                + (diff.NotListed.Count > StatusEditCards.MaxLinesShown ? ", …" : ""))));
        return blocks;
    }

    private static void List(List<JsonNode> blocks, string heading, IEnumerable<string> lines, ref int budget)
    {
        var all = lines.ToList();
        if (all.Count == 0)
            return;
        var shown = all.Take(Math.Max(budget, 5)).ToList();
        budget -= shown.Count;
        blocks.Add(Section(Mrkdwn.Bold(heading) + "\n" + string.Join("\n", shown.Select(l => "• " + Mrkdwn.Escape(l)))
            + (shown.Count < all.Count ? $"\n… and {all.Count - shown.Count} more." : "")));
    }
}
