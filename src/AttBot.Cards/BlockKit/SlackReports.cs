using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Reports;
using static AttBot.Cards.BlockKit.Blocks;
using static AttBot.Domain.Language.ReportWords;

namespace AttBot.Cards.BlockKit;

/// <summary>The Secretariat's export and period summary on Slack, worded as ReportCards.</summary>
public static class SlackReports
{
    /// <summary>The file is ready: a Download button that opens the bot's short-lived link in the browser.</summary>
    public static JsonObject ExportReady(ExportFormat format, string description, int count, bool truncated, string fileName, Uri link, DateTimeOffset expiresAt,
        Language language = Language.English)
    {
        var until = ReportWords.Until(expiresAt, language);
        var blocks = new List<JsonNode>
        {
            Header(ReportWords.ExportHeading(ReportWords.What(format, language), language)),
            Section(Mrkdwn.Escape($"{ReportWords.Registrations(count, language)} — {description}."),
                accessory: LinkButton(ReportWords.Download(language), SlackActions.Download, link, style: "primary")),
            Fields([(ReportWords.File(language), fileName), (ReportWords.LinkValidUntil(language), until)]),
        };
        if (truncated)
            blocks.Add(Section(Mrkdwn.Bold("⚠ " + ReportWords.OnlyFirst(count, language))));
        blocks.Add(Context(ReportWords.KeepWithinSecretariat(language)));
        // The notification text leaves the link out: the button is the way to it, and a preview shows no more than it must.
        return Message(ReportWords.ExportReadyLine(fileName, count, until, language), blocks);
    }

    public static JsonObject Summary(PeriodSummary summary, Func<string, string> countryName, Language language = Language.English)
    {
        var period = ReportLines.Period(summary, language);
        var blocks = new List<JsonNode>
        {
            Header(ReportWords.SummaryHeading(period, language)),
            Fields(ReportLines.SummaryFacts(summary, language)),
        };
        foreach (var (title, tallies) in ReportLines.Tallies(summary, language))
            Tallies(blocks, title, tallies, language);
        if (summary.StatesReached.Count > 0)
            blocks.Add(Section(Mrkdwn.Bold(ReportWords.SummaryLabel(SummaryFact.StatesReached, language)) + "\n"
                + Mrkdwn.Escape(string.Join(", ", summary.StatesReached.Select(countryName).Order(StringComparer.Ordinal)))));
        if (summary.Activities == 0 && summary.Cancelled == 0)
            blocks.Add(Context(ReportWords.NothingInPeriod(language)));
        return Message(ReportWords.SummaryText(period, summary.Activities, summary.StatesReached.Count, summary.ConflictsRaised, language), blocks);
    }

    /// <summary>A tally as lines in one section: Block Kit's fields stop at ten, a topic list may not.</summary>
    private static void Tallies(List<JsonNode> blocks, string title, IReadOnlyList<Tally> tallies, Language language)
    {
        if (tallies.Count > 0)
            blocks.Add(Section(Mrkdwn.Bold(title) + "\n" + string.Join("\n", tallies.Select(t => $"{Mrkdwn.Escape(t.Name)}: {Formats.Number(t.Count, language)}"))));
    }
}
