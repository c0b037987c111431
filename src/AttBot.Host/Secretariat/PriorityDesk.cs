using AttBot.Data.Store;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Priorities;
using AttBot.Domain.Treaty;
using AttBot.Host.Countries;
using AttBot.Host.Outreach;
using Microsoft.Extensions.Options;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Host.Secretariat;

/// <summary>A non-party as the priorities list shows it.</summary>
public sealed record PriorityRow(Country Country, PriorityTier Tier, DeclaredIntention? LatestIntention, int PlannedOutreach);

/// <summary>What became of a priorities command.</summary>
public abstract record PriorityOutcome
{
    public sealed record Refused(string Reason) : PriorityOutcome;

    /// <summary>One state's tier and declared intentions, after a look or a change (<paramref name="Note"/> says what changed).</summary>
    public sealed record ForCountry(Country Country, PriorityTier Tier, IReadOnlyList<DeclaredIntention> Intentions, string? Note) : PriorityOutcome;

    /// <summary>The tier 1-3 states of a scope, with how many non-parties are still unplaced (tier 4).</summary>
    public sealed record Listing(string Scope, IReadOnlyList<PriorityRow> Rows, int Tier4Count, int Days) : PriorityOutcome;

    /// <summary>The gaps, with the picture of each region looked at (states, parties, signatories), so one message tells both.</summary>
    public sealed record GapList(string Scope, IReadOnlyList<Gap> Gaps, int Days, IReadOnlyList<RegionFigures> Pictures) : PriorityOutcome;
}

/// <summary>
/// The step approach's tiers, declared intentions and the gaps where nobody reaches out, the same for every channel.
/// The Secretariat sees and sets everything; a regional champion sees the states of their regions and records
/// intentions there; stakeholders see none of it — their refusal names no state's tier.
/// </summary>
public sealed class PriorityDesk(PriorityStore store, OutreachStore plans, CountryDirectory directory, RoleDirectory roles, IOptions<OutreachOptions> options, TimeProvider time)
{
    public const int MaxGapDays = 730;

    // Read on every status card (does the state have a declared intention?): kept in memory, dropped on any change.
    private volatile IReadOnlyDictionary<string, DeclaredIntention>? _latest;

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private IReadOnlyDictionary<string, DeclaredIntention> Latest => _latest ??= store.LatestIntentions();

    /// <summary>Another instance recorded an intention: read them again when next asked.</summary>
    public void IntentionsChanged() => _latest = null;

    /// <summary>True when the state has declared its intention to join: its status card then points to assistance.</summary>
    public bool HasDeclaredIntention(string iso3) => Latest.ContainsKey(iso3);

    public PriorityOutcome Show(Person person, string countryText, Lang language = Lang.English) =>
        WithState(person, countryText, language, country => Describe(country, null));

    public PriorityOutcome SetTier(Person person, string countryText, string tierText, Lang language = Lang.English)
    {
        if (PriorityWords.Parse(tierText) is not { } tier)
            return new PriorityOutcome.Refused(PrioritySentences.NotATier(tierText, language));
        return WithState(person, countryText, language, country =>
        {
            if (GapFinder.Problem(country, tier, language) is { } problem)
                return new PriorityOutcome.Refused(problem);
            var before = store.SetTier(country.Iso3, tier, person.AsActor);
            return Describe(country, PrioritySentences.InTier(PlaceNames.State(country, language), tier, before == tier, language));
        });
    }

    // Who may record for the state is settled first: someone refused hears that, not a remark on their date.
    public PriorityOutcome AddIntention(Person person, string countryText, string dateText, string where, string statement, Lang language = Lang.English) =>
        WithState(person, countryText, language, country =>
        {
            if (TreatyDates.Parse(dateText) is not { } declaredOn)
                return new PriorityOutcome.Refused(PrioritySentences.UnreadableDate(dateText, language));
            if (declaredOn > Today)
                return new PriorityOutcome.Refused(PrioritySentences.DeclaredInFuture(declaredOn, language));
            if (where.Length > DeclaredIntention.MaxWhereLength || statement.Length > DeclaredIntention.MaxStatementLength)
                return new PriorityOutcome.Refused(PrioritySentences.KeepShort(DeclaredIntention.MaxWhereLength, DeclaredIntention.MaxStatementLength, language));
            if (country.Status == TreatyStatus.Party)
                return new PriorityOutcome.Refused(PrioritySentences.AlreadyParty(PlaceNames.State(country, language), language));
            store.AddIntention(country.Iso3, declaredOn, where, statement, person.AsActor);
            _latest = null;
            return Describe(country, PrioritySentences.Recorded(PlaceNames.State(country, language), declaredOn, where, language));
        });

    public PriorityOutcome Priorities(Person person, string? regionText, Lang language = Lang.English)
    {
        var (scope, states, refusal) = Scope(person, regionText, language);
        if (refusal is not null)
            return new PriorityOutcome.Refused(refusal);
        var tiers = store.Tiers();
        var days = options.Value.StatusLookaheadDays;
        var nonParties = states!.Where(c => c.Status != TreatyStatus.Party).ToList();
        var rows = nonParties
            .Select(c => (Country: c, Tier: GapFinder.TierOf(c, tiers)))
            .Where(x => x.Tier != PriorityTier.Others)
            .OrderBy(x => x.Tier).ThenBy(x => x.Country.Name, StringComparer.Ordinal)
            .Select(x => new PriorityRow(x.Country, x.Tier, Latest.GetValueOrDefault(x.Country.Iso3), Planned(x.Country.Iso3, days)))
            .ToList();
        return new PriorityOutcome.Listing(scope!, rows, nonParties.Count - rows.Count, days);
    }

    public PriorityOutcome Gaps(Person person, string? regionText, int? daysAsked, Lang language = Lang.English)
    {
        var (scope, states, refusal) = Scope(person, regionText, language);
        if (refusal is not null)
            return new PriorityOutcome.Refused(refusal);
        var days = daysAsked ?? options.Value.StatusLookaheadDays;
        if (days is < 1 or > MaxGapDays)
            return new PriorityOutcome.Refused(PrioritySentences.LookBetween(MaxGapDays, language));
        var gaps = GapFinder.Find(states!, store.Tiers(), iso3 => Planned(iso3, days), Latest);
        return new PriorityOutcome.GapList(scope!, gaps, days, Pictures(person, regionText));
    }

    /// <summary>The region named, or else the regions the person champions (none for the Secretariat's "all states").</summary>
    private IReadOnlyList<RegionFigures> Pictures(Person person, string? regionText)
    {
        var regions = !string.IsNullOrWhiteSpace(regionText)
            ? [directory.Regions.Find(regionText)]
            : roles.Grants.Where(g => g.Role == Role.Champion && g.ChannelId == person.ChannelId && g.UserId == person.UserId && g.Region is not null)
                .Select(g => directory.Regions.Find(g.Region!)).ToList();
        return regions.OfType<Region>().DistinctBy(r => r.Name).Select(RegionFigures.Of).ToList();
    }

    private int Planned(string iso3, int days) => plans.PlannedSummary(iso3, Today, Today.AddDays(days)).Count;

    private PriorityOutcome.ForCountry Describe(Country country, string? note) =>
        new(country, GapFinder.TierOf(country, store.Tiers()), store.Intentions(country.Iso3), note);

    /// <summary>
    /// Resolves the state and narrows a champion to their regions' states before doing anything with it. Whether the
    /// person may ask at all was decided by the dispatcher (Domain/Commands/Permissions.cs).
    /// </summary>
    private PriorityOutcome WithState(Person person, string countryText, Lang language, Func<Country, PriorityOutcome> act)
    {
        var viewer = roles.ViewerOf(person);
        return directory.Resolve(countryText) switch
        {
            CountryResolution.Found { Country: var country } when viewer.IsSecretariat || viewer.ChampionedStates.Contains(country.Iso3) => act(country),
            CountryResolution.Found { Country: var country } => new PriorityOutcome.Refused(PrioritySentences.OutsideYourRegions(PlaceNames.State(country, language), language)),
            var other => new PriorityOutcome.Refused(ResolutionWords.Problem(other, language)),
        };
    }

    /// <summary>The states a person may look at, narrowed to the region named: everything for the Secretariat, the championed states for a champion.</summary>
    private (string? Scope, IReadOnlyList<Country>? States, string? Refusal) Scope(Person person, string? regionText, Lang language)
    {
        var viewer = roles.ViewerOf(person);
        IReadOnlyList<Country> visible = viewer.IsSecretariat ? directory.Countries : directory.Countries.Where(c => viewer.ChampionedStates.Contains(c.Iso3)).ToList();
        if (string.IsNullOrWhiteSpace(regionText))
            return (viewer.IsSecretariat ? PrioritySentences.AllStates : PrioritySentences.YourRegions, visible, null);
        if (directory.Regions.Find(regionText) is not { } region)
            return (null, null, RoleWords.UnknownRegion(regionText.Trim(), ListWords.Or([.. directory.Regions.Suggest(regionText).Select(r => PlaceNames.Region(r, language))], language), language));
        var inRegion = visible.Where(c => region.Countries.Any(r => r.Iso3 == c.Iso3)).ToList();
        return inRegion.Count == 0
            ? (null, null, PrioritySentences.OutsideYourRegions(PlaceNames.Region(region.Name, language), language))
            : (region.Name, inRegion, null);
    }
}
