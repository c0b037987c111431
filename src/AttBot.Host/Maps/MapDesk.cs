using AttBot.Cards;
using AttBot.Data.Store;
using AttBot.Domain.Commands;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;
using AttBot.Maps;
using AttBot.Maps.Drawing;
using Microsoft.Extensions.Options;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Host.Maps;

/// <summary>What became of "map …".</summary>
public abstract record MapOutcome
{
    /// <summary>A map to show: its address and its legend in words; <paramref name="RegionName"/> is null for the world.</summary>
    public sealed record Ready(MapCaption Caption, Uri Image, string? RegionName) : MapOutcome;

    public sealed record Refused(string Reason) : MapOutcome;
}

/// <summary>
/// The universalization map, the same for every channel. Anyone gets the world or a region with the outreach planned in
/// the next 90 days (which states, as a count: the status card's public figure). The Secretariat may add export's
/// filters (a period, a kind, a topic), drawn from every registration as exports are, under a private address.
/// </summary>
public sealed class MapDesk(
    CountryDirectory directory,
    MapStore maps,
    ReportStore reports,
    RoleDirectory roles,
    MapGallery gallery,
    IOptions<OutreachOptions> outreach,
    IOptions<ExportOptions> exports,
    TimeProvider time)
{
    public const string ImagePath = "/api/maps/";
    private const int MaxPlans = 100_000;

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>"map", "map Oceania", or (Secretariat) "map 2027-Q1 region Asia kind workshop".</summary>
    public MapOutcome Map(Person person, string? text, Lang language = Lang.English)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("world", StringComparison.OrdinalIgnoreCase))
            return Public(null, language);
        if (directory.Regions.Find(text) is { } region)
            return Public(region, language);

        var (filter, problems) = OutreachFilterParser.Parse(text, language);
        if (problems.Count > 0)
            return LooksLikeFilter(text)
                ? new MapOutcome.Refused(string.Join(" ", problems))
                : new MapOutcome.Refused(MapWords.UnknownRegion(Shorten(text.Trim()), [.. directory.Regions.Suggest(text).Select(r => PlaceNames.Region(r, language))], language));
        // Only now is it known to be filtered: the dispatcher lets every map through, and this asks the same rule.
        if (Permissions.Refusal(Guarded.FilteredMap, roles.ViewerOf(person), language) is { } refusal)
            return new MapOutcome.Refused(refusal);
        if (filter.CountryText is not null)
            return new MapOutcome.Refused(MapWords.RegionNotCountry(language));
        Region? filtered = null;
        if (filter.RegionText is { } regionText && (filtered = directory.Regions.Find(regionText)) is null)
            return new MapOutcome.Refused(MapWords.UnknownRegion(Shorten(regionText), [.. directory.Regions.Suggest(regionText).Select(r => PlaceNames.Region(r, language))], language));
        return Filtered(filter, filtered, language);
    }

    /// <summary>The public map of a region (or the world, for null) for the region card and world table.</summary>
    public MapOutcome.Ready RegionMap(string? regionName, Lang language = Lang.English) =>
        Public(regionName is null ? null : directory.Regions.Find(regionName), language);

    private MapOutcome.Ready Public(Region? region, Lang language)
    {
        var days = outreach.Value.StatusLookaheadDays;
        var planned = maps.PlannedStates(Today, Today.AddDays(days));
        var picture = Picture(region, planned, MapWords.PlannedLabel(days, language), language);
        return Ready(picture, gallery.Publish(picture), region?.Name);
    }

    private MapOutcome.Ready Filtered(OutreachFilter filter, Region? region, Lang language)
    {
        var from = filter.Period?.Start ?? Today;
        var to = filter.Period?.End ?? Today.AddDays(outreach.Value.StatusLookaheadDays);
        var states = region?.Countries.Select(c => c.Iso3).ToList();
        var planned = reports.Plans(from, to, MaxPlans, filter.Kind, filter.State ?? OutreachState.Planned, filter.Topic, states)
            .SelectMany(p => p.Countries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var when = filter.Period is { } period ? MapWords.OutreachIn(period.ToString(), language) : MapWords.OutreachWithin(outreach.Value.StatusLookaheadDays, language);
        // The kind, topic and stage in the export's words; the period and region are said already.
        var what = filter with { Period = null, RegionText = null };
        var label = what == new OutreachFilter() ? when : $"{when} ({what.Describe(null, null, language)})";
        var picture = Picture(region, planned, label, language);
        return Ready(picture, gallery.PublishPrivate(picture), region?.Name);
    }

    private MapPicture Picture(Region? region, IReadOnlySet<string> planned, string label, Lang language)
    {
        var all = directory.Countries;
        return region is null
            ? MapPicture.Of(PlaceNames.Region("World", language), world: true, all, all, planned, label, directory.CurrentTo, language)
            : MapPicture.Of(RegionWords.Name(RegionFigures.Of(region), language), world: false, region.Countries, all, planned, label, directory.CurrentTo, language);
    }

    private MapOutcome.Ready Ready(MapPicture picture, string key, string? regionName) => new(
        new MapCaption(picture.Title, MapLegend.Entries(picture).Select(e => e.Text).ToList(), MapLegend.PlannedText(picture), picture.CurrentTo, picture.Language),
        new Uri(exports.Value.PublicBaseUrl, ImagePath + key + ".png"),
        regionName);

    private static bool LooksLikeFilter(string text) => text.Any(char.IsDigit) || OutreachFilterParser.NamesAClause(text);

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
