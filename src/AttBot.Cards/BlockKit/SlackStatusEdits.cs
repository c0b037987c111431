using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Treaty;
using static AttBot.Cards.BlockKit.Blocks;
using static AttBot.Domain.Language.StatusEditWords;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// The Secretariat's keeping of the status data on Slack, worded as StatusEditCards (StatusEditLines). Apply and Discard are command
/// buttons ("apply import 7"): the click runs the same command as typing it, with the same checks.
/// </summary>
public static class SlackStatusEdits
{
    public static JsonObject Changed(Country before, Country after, Language language = Language.English)
    {
        var name = PlaceNames.State(after, language);
        var was = StatusEditLines.Describe(StatusRecord.Of(before), language);
        var now = StatusEditLines.Describe(StatusRecord.Of(after), language);
        return Message(StatusEditWords.Changed(name, was, now, language),
        [
            Header(StatusEditWords.Updated(name, language)),
            Fields([(StatusEditWords.Before(language), was), (StatusEditWords.Now(language), now)]),
            Context(StatusEditWords.AfterChange(language)),
            // The buttons send the English commands, whatever the reader's language.
            Actions([
                Button(StatusEditWords.StatusOf(name, language), SlackActions.WithSuffix(SlackActions.Command, "status"), $"status {after.Name}"),
                Button(StatusEditWords.History(language), SlackActions.WithSuffix(SlackActions.Command, "history"), $"history {after.Name}"),
            ]),
        ]);
    }

    /// <summary>The differences an import would make; nothing is changed until Apply.</summary>
    public static JsonObject Preview(long importId, string source, StatusDiff diff, DateOnly? asAt = null, DateOnly? dataCurrentTo = null, Language language = Language.English)
    {
        var blocks = Summary(ImportHeading(importId, ImportStage.Preview, language), source, diff, language);
        var notes = new List<JsonNode>();
        if (asAt is { } date)
            notes.Add(Section(Mrkdwn.Escape(StatusEditWords.AsAt(date, language))));
        if (asAt is { } older && dataCurrentTo is { } current && older < current)
            notes.Add(Section(Mrkdwn.Bold("⚠ " + StatusEditWords.OlderThanData(current, language))));
        blocks.InsertRange(2, notes);
        var text = StatusEditLines.PlainSummary(importId, source, diff, language);
        if (diff.Updates.Count == 0)
        {
            blocks.Add(Section(Mrkdwn.Bold(StatusEditWords.NothingToApply(language))));
            return Message(text, blocks);
        }
        var id = importId.ToString(CultureInfo.InvariantCulture);
        blocks.Add(Section(StatusEditWords.NothingChangedYet(language)));
        blocks.Add(Actions([
            Button(StatusEditWords.Apply(diff.Updates.Count, language), SlackActions.WithSuffix(SlackActions.Command, "apply"), $"apply import {id}", style: "primary"),
            Button(StatusEditWords.Discard(language), SlackActions.WithSuffix(SlackActions.Command, "discard"), $"discard import {id}"),
        ]));
        return Message(text, blocks);
    }

    public static JsonObject Applied(long importId, string source, StatusDiff diff, DateOnly currentTo, Language language = Language.English)
    {
        var blocks = Summary(ImportHeading(importId, ImportStage.Applied, language), source, diff, language);
        blocks.Add(Section(Mrkdwn.Bold("✅ " + StatusEditWords.Updated(diff.Updates.Count, currentTo, language))));
        return Message(StatusEditWords.Applied(importId, diff.Updates.Count, language), blocks);
    }

    public static JsonObject Discarded(long importId, string source, Language language = Language.English) => Message(DiscardedLine(importId, language),
    [
        Header(ImportHeading(importId, ImportStage.Discarded, language)),
        Section(Mrkdwn.Escape(StatusEditWords.Discarded(source, language))),
    ]);

    private static List<JsonNode> Summary(string title, string source, StatusDiff diff, Language language)
    {
        var blocks = new List<JsonNode> { Header(title), Section(Mrkdwn.Escape(StatusEditLines.From(source, diff, language))) };
        foreach (var (heading, lines, more, _) in StatusEditLines.Sections(diff, language))
            blocks.Add(Section(Mrkdwn.Bold(heading) + "\n" + string.Join("\n", lines.Select(l => "• " + Mrkdwn.Escape(l))) + (more is null ? "" : "\n" + Mrkdwn.Escape(more))));
        if (StatusEditLines.NotListed(diff, language) is ({ } notListed, { } states))
            blocks.Add(Context(Mrkdwn.Bold(notListed) + StatusSentences.Colon(language) + " " + Mrkdwn.Escape(states)));
        return blocks;
    }
}
