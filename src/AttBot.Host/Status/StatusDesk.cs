using AttBot.Data.Import;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using Microsoft.Extensions.Options;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Host.Status;

/// <summary>
/// The regional picture and the Secretariat's keeping of the status data, the same for every channel: region figures
/// for everyone; "set status" and imports of the depositary's table for the Secretariat only, each change audited and
/// the in-memory table reloaded at once.
/// </summary>
public sealed class StatusDesk(
    CountryDirectory directory,
    StatusStore statuses,
    OutreachStore plans,
    IOptions<OutreachOptions> options,
    TimeProvider time)
{
    // Only the Secretariat reaches the status keeping: the dispatcher refuses everyone else (Domain/Commands/Permissions.cs).
    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>"region Oceania", or the world table when no name is given.</summary>
    public RegionLookup Region(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("world", StringComparison.OrdinalIgnoreCase))
            return new RegionLookup.World(WorldFigures.Of(directory.Countries), directory.CurrentTo);
        var region = directory.Regions.Find(text);
        if (region is null)
            return new RegionLookup.Unknown(text.Trim(), directory.Regions.Suggest(text));
        return new RegionLookup.Found(RegionFigures.Of(region), Planned(region.Countries), directory.CurrentTo);
    }

    /// <summary>A region's figures and planned outreach as the region card shows them; the world's for null or a name not known.</summary>
    public RegionLookup.Found Picture(string? regionName)
    {
        var region = regionName is null ? null : directory.Regions.Find(regionName);
        var figures = region is null ? RegionFigures.Of("World", RegionFigures.World, directory.Countries) : RegionFigures.Of(region);
        return new RegionLookup.Found(figures, Planned(region?.Countries ?? directory.Countries), directory.CurrentTo);
    }

    private RegionOutreach Planned(IReadOnlyList<Country> countries)
    {
        var days = options.Value.StatusLookaheadDays;
        var (count, states, next) = plans.PlannedSummary(countries.Select(c => c.Iso3).ToList(), Today, Today.AddDays(days));
        return new RegionOutreach(count, states, next, days);
    }

    /// <summary>"set status Tonga party 2026-03-02 accession": checked against the treaty's rules, audited, reloaded.</summary>
    public StatusChangeOutcome SetStatus(Person person, BotCommand.SetStatus command, Lang language = Lang.English)
    {
        var resolution = directory.Resolve(command.CountryText);
        if (resolution is not CountryResolution.Found { Country: var country })
            return new StatusChangeOutcome.Refused(ResolutionWords.Problem(resolution, language));
        DateOnly? date = null;
        if (command.DateText is { } dateText && (date = TreatyDates.Parse(dateText)) is null)
            return new StatusChangeOutcome.Refused(StatusEditWords.UnreadableDate(Shorten(dateText), language));
        ConsentKind? kind = command.KindText is { } k ? Enum.Parse<ConsentKind>(k, ignoreCase: true) : null;

        var (record, problems) = StatusRules.Change(country, command.NewStatus, date, kind, Today, language);
        if (record is null)
            return new StatusChangeOutcome.Refused(string.Join(" ", problems));
        var before = StatusRecord.Of(country);
        if (record == before)
            return new StatusChangeOutcome.Refused(StatusEditWords.NothingToChange(PlaceNames.State(country, language), language));
        if (!statuses.Change(country.Iso3, before, record, person.AsActor))
        {
            directory.Reload();
            return new StatusChangeOutcome.Refused(StatusEditWords.ChangedMeanwhile(PlaceNames.State(country, language), language));
        }
        directory.Reload();
        return new StatusChangeOutcome.Changed(country, directory.FindByIso3(country.Iso3)!);
    }

    /// <summary>Reads the depositary's table (HTML or CSV) and keeps the differences for the Secretariat to confirm.</summary>
    public ImportOutcome PreviewImport(Person person, string source, string text, Lang language = Lang.English)
    {
        var (rows, problems) = DepositaryTable.Read(text);
        if (rows.Count == 0)
            return new ImportOutcome.Refused(problems.Count > 0
                ? StatusEditWords.NothingReadAt(StatusEditWords.Source(source, language), problems[0].Line, problems[0].Say(language), language)
                : StatusEditWords.NothingRead(StatusEditWords.Source(source, language), language));
        var diff = StatusDiff.Compute(rows, problems, directory.Countries, directory.Resolver, Today);
        var id = statuses.SaveImport(source, DepositaryTable.StatusAsAt(text), diff, person.AsActor);
        return new ImportOutcome.Preview(statuses.FindImport(id)!);
    }

    /// <summary>Applies or discards a previewed import, once, by the Secretariat.</summary>
    public ImportOutcome DecideImport(Person person, string idText, bool apply, Lang language = Lang.English)
    {
        var digits = idText.Trim().TrimStart('#');
        if (!long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || statuses.FindImport(id) is null)
            return new ImportOutcome.Refused(StatusEditWords.NoSuchImport(Shorten(idText), language));
        var decision = apply ? statuses.ApplyImport(id, person.AsActor, Today) : statuses.DiscardImport(id, person.AsActor);
        if (apply && decision == ImportDecision.Done)
            directory.Reload();
        var import = statuses.FindImport(id)!;
        return decision switch
        {
            ImportDecision.Done when apply => new ImportOutcome.Applied(import),
            ImportDecision.Done => new ImportOutcome.Discarded(import),
            ImportDecision.AlreadyApplied => new ImportOutcome.Refused(StatusEditWords.AlreadyApplied(id, language)),
            ImportDecision.AlreadyDiscarded => new ImportOutcome.Refused(StatusEditWords.AlreadyDiscarded(id, language)),
            ImportDecision.Stale => new ImportOutcome.Refused(StatusEditWords.Stale(id, language)),
            _ => new ImportOutcome.Refused(StatusEditWords.NoSuchImport(Shorten(idText), language)),
        };
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
