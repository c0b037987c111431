using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Domain.Reports;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;

namespace AttBot.Host.Bots;

/// <summary>The Secretariat's exports and summaries on Teams: hands each to the ExportDesk and renders what comes back.</summary>
public sealed class ReportReplies(ExportDesk exports, CountryDirectory directory)
{
    public Activity Export(Person person, BotCommand.Export command) => exports.Export(person, command.Format, command.FilterText) switch
    {
        ExportOutcome.Ready ready => OutreachReplies.Message(
            ReportCards.ExportReady(ready.Format == ExportFormat.Csv ? "CSV" : "calendar (.ics)", ready.Description, ready.Count, ready.Truncated, ready.FileName, ready.Link, ready.ExpiresAt),
            $"Export ready: {ready.FileName}"),
        ExportOutcome.Refused refused => OutreachReplies.Text(refused.Reason),
        _ => throw new InvalidOperationException("Unknown export outcome."),
    };

    public Activity Summary(Person person, BotCommand.Summary command)
    {
        var (summary, refusal) = exports.Summary(person, command.PeriodText);
        return summary is null
            ? OutreachReplies.Text(refusal!)
            : OutreachReplies.Message(ReportCards.Summary(summary, iso3 => directory.FindByIso3(iso3)?.Name ?? iso3), $"Outreach {summary.Period}");
    }
}
