using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Reports;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The Secretariat's export and period summary on Slack, worded as ReportCards.</summary>
public static class SlackReports
{
    /// <summary>The file is ready: a Download button that opens the bot's short-lived link in the browser.</summary>
    /// <param name="what">"CSV" or "calendar (.ics)".</param>
    public static JsonObject ExportReady(string what, string description, int count, bool truncated, string fileName, Uri link, DateTimeOffset expiresAt)
    {
        var until = ReportWords.Until(expiresAt);
        var blocks = new List<JsonNode>
        {
            Header($"Export ready: {what}"),
            Section(Mrkdwn.Escape($"{ReportCards.Plural(count, "registration")} — {description}."),
                accessory: LinkButton("Download", SlackActions.Download, link, style: "primary")),
            Fields([("File", fileName), ("Link valid until", until)]),
        };
        if (truncated)
            blocks.Add(Section(Mrkdwn.Bold("⚠ " + ReportWords.OnlyFirst(count))));
        blocks.Add(Context(ReportWords.KeepWithinSecretariat));
        // The notification text leaves the link out: the button is the way to it, and a preview shows no more than it must.
        return Message($"Export ready: {fileName} ({count} registrations), link valid until {until}.", blocks);
    }

    public static JsonObject Summary(PeriodSummary summary, Func<string, string> countryName)
    {
        var blocks = new List<JsonNode>
        {
            Header($"Outreach {summary.Period}"),
            Fields(ReportCards.SummaryFacts(summary)),
        };
        Tallies(blocks, "By region", summary.ByRegion);
        Tallies(blocks, "By kind", summary.ByKind);
        Tallies(blocks, "By topic", summary.ByTopic);
        if (summary.StatesReached.Count > 0)
            blocks.Add(Section("*States reached*\n" + Mrkdwn.Escape(string.Join(", ", summary.StatesReached.Select(countryName).Order(StringComparer.Ordinal)))));
        if (summary.Activities == 0 && summary.Cancelled == 0)
            blocks.Add(Context(ReportCards.NothingInPeriod));
        return Message(ReportWords.SummaryText(summary), blocks);
    }

    /// <summary>A tally as lines in one section: Block Kit's fields stop at ten, a topic list may not.</summary>
    private static void Tallies(List<JsonNode> blocks, string title, IReadOnlyList<Tally> tallies)
    {
        if (tallies.Count > 0)
            blocks.Add(Section(Mrkdwn.Bold(title) + "\n" + string.Join("\n", tallies.Select(t => $"{Mrkdwn.Escape(t.Name)}: {t.Count.ToString(CultureInfo.InvariantCulture)}"))));
    }
}
