using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Priorities;

/// <summary>A priority state with no outreach planned in the period looked at.</summary>
public sealed record Gap(Country Country, PriorityTier Tier, DeclaredIntention? LatestIntention);

/// <summary>
/// Where nobody is reaching out: the non-parties of tiers 1 to 3 with no planned outreach in the next days, the most
/// promising first. Parties are never gaps; an unplaced non-party is tier 4 and not a gap either.
/// </summary>
public static class GapFinder
{
    public static IReadOnlyList<Gap> Find(
        IEnumerable<Country> countries,
        IReadOnlyDictionary<string, PriorityTier> tiers,
        Func<string, int> plannedOutreach,
        IReadOnlyDictionary<string, DeclaredIntention> latestIntentions) =>
        countries
            .Where(c => c.Status != TreatyStatus.Party)
            .Select(c => (Country: c, Tier: TierOf(c, tiers)))
            .Where(x => x.Tier != PriorityTier.Others && plannedOutreach(x.Country.Iso3) == 0)
            .OrderBy(x => x.Tier).ThenBy(x => x.Country.Name, StringComparer.Ordinal)
            .Select(x => new Gap(x.Country, x.Tier, latestIntentions.GetValueOrDefault(x.Country.Iso3)))
            .ToList();

    /// <summary>The tier the Secretariat gave the state; tier 4 when none was given.</summary>
    public static PriorityTier TierOf(Country country, IReadOnlyDictionary<string, PriorityTier> tiers) =>
        tiers.GetValueOrDefault(country.Iso3, PriorityTier.Others);

    /// <summary>Tiers 1 and 2 are for signatories, by the step approach's own words.</summary>
    public static string? Problem(Country country, PriorityTier tier, Language.Language language = Language.Language.English) => (country.Status, tier) switch
    {
        (TreatyStatus.Party, _) => Language.PrioritySentences.PartyNeedsNoTier(Language.PlaceNames.State(country, language), language),
        (not TreatyStatus.Signatory, PriorityTier.SignatoryJoiningSoon or PriorityTier.SignatoryComingYears) =>
            Language.PrioritySentences.TiersForSignatories(Language.PlaceNames.State(country, language), language),
        _ => null,
    };
}
