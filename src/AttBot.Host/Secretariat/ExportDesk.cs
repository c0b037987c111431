using System.Text;
using AttBot.Data.Store;
using AttBot.Domain.Countries;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using AttBot.Host.Countries;
using AttBot.Host.Operations;
using AttBot.Host.Outreach;
using Microsoft.Extensions.Options;

namespace AttBot.Host.Secretariat;

/// <summary>What became of an export request.</summary>
public abstract record ExportOutcome
{
    public sealed record Ready(ExportFormat Format, string FileName, Uri Link, int Count, bool Truncated, string Description, DateTimeOffset ExpiresAt) : ExportOutcome;

    public sealed record Refused(string Reason) : ExportOutcome;
}

/// <summary>
/// The Secretariat's exports and period summaries, the same for every channel. A file is prepared at once, kept behind
/// a link with a random secret for a short time, and the chat shows the link: Teams and Slack both open it in the
/// browser, which downloads the file.
/// </summary>
public sealed class ExportDesk(ReportStore reports, CountryDirectory directory, IOptions<ExportOptions> options, TimeProvider time)
{
    // Only the Secretariat reaches it: the dispatcher refuses everyone else (Domain/Commands/Permissions.cs).
    public const string DownloadPath = "/api/exports/";

    /// <param name="language">The asker's: the CSV's column names and values, the calendar's titles and descriptions, and the description of the filters.</param>
    public ExportOutcome Export(Person person, ExportFormat format, string filterText, Domain.Language.Language language = Domain.Language.Language.English)
    {
        var (filter, problems) = OutreachFilterParser.Parse(filterText, language);
        var (place, placeProblem) = PlaceFilter.Resolve(directory, filter.RegionText, filter.CountryText, language);
        if (placeProblem is not null)
            problems = [.. problems, placeProblem];
        if (problems.Count > 0)
            return new ExportOutcome.Refused(string.Join(" ", problems));
        if (format == ExportFormat.Calendar && filter.State is null)
            filter = filter with { State = OutreachState.Planned }; // a calendar is for what is coming

        var max = options.Value.MaxRows;
        // Read one more than the cap to know whether the file had to be cut.
        var plans = reports.Plans(filter.Period?.Start, filter.Period?.End, max + 1, filter.Kind, filter.State, filter.Topic, place!.States).ToList();
        var truncated = plans.Count > max;
        if (truncated)
            plans.RemoveAt(plans.Count - 1);

        var now = time.GetUtcNow();
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var file = format == ExportFormat.Csv
            ? new ExportFile($"att-outreach-{stamp}.csv", "text/csv; charset=utf-8", Utf8(OutreachCsv.Write(plans, CountryNameIn(language), language)))
            : new ExportFile($"att-outreach-{stamp}.ics", "text/calendar; charset=utf-8", Utf8(OutreachCalendar.Write(plans, CountryNameIn(language), now, language)));
        // The audit trail keeps the English description, the same whoever asked; the asker reads it in their language.
        var description = filter.Describe(place.Region?.Name, place.Country?.Name);
        var described = filter.Describe(place.Region?.Name is { } region ? Domain.Language.PlaceNames.Region(region, language) : null,
            place.Country is { } country ? Domain.Language.PlaceNames.State(country, language) : null, language);
        var (token, hash) = SecretTokens.New();
        var expires = now + options.Value.LinkLifetime;
        reports.SaveExport(hash, file, person.AsActor, expires, new { format = format.ToString().ToLowerInvariant(), filter = description, rows = plans.Count });
        return new ExportOutcome.Ready(format, file.FileName, new Uri(options.Value.PublicBaseUrl, DownloadPath + token), plans.Count, truncated, described, expires);
    }

    /// <summary>The Working Group's figures for a period; null with the reason when refused or unreadable.</summary>
    public (PeriodSummary? Summary, string? Refusal) Summary(Person person, string periodText, Domain.Language.Language language)
    {
        var (period, problem) = ReportPeriod.Parse(periodText, language);
        if (period is null)
            return (null, problem);
        var plans = reports.Plans(period.Start, period.End, int.MaxValue);
        var conflicts = reports.ConflictsMeeting(period.Start, period.End);
        var registered = reports.RegisteredBetween(period.Start, period.End);
        return (PeriodSummary.Build(period, plans, conflicts, iso3 => directory.FindByIso3(iso3)?.Region ?? "Other", registered), null);
    }

    /// <summary>The file behind a download link, or null (unknown, expired or malformed).</summary>
    public ExportFile? Download(string token) =>
        SecretTokens.HashOf(token) is { } hash ? reports.FindExport(hash) : null;

    private Func<string, string> CountryNameIn(Domain.Language.Language language) =>
        iso3 => directory.FindByIso3(iso3) is { } country ? Domain.Language.PlaceNames.State(country, language) : iso3;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

}
