using AttBot.Domain.Countries;
using AttBot.Domain.Language;

namespace AttBot.Host.Countries;

/// <summary>
/// A filter's region and state, resolved: the states a registration must reach (null: anywhere), with the region and
/// the state as named. A state outside the region leaves no state at all, rather than widening the filter.
/// </summary>
public sealed record PlaceFilter(IReadOnlyCollection<string>? States, Region? Region, Country? Country)
{
    public static readonly PlaceFilter Anywhere = new(null, null, null);

    /// <summary>
    /// Resolves the region and the state a filter names (an export's, a calendar feed's); null with the one refusal both
    /// say when a name cannot be placed.
    /// </summary>
    public static (PlaceFilter? Place, string? Problem) Resolve(CountryDirectory directory, string? regionText, string? countryText, Domain.Language.Language language = Domain.Language.Language.English)
    {
        Region? region = null;
        if (regionText is not null && (region = directory.Regions.Find(regionText)) is null)
            return (null, RoleWords.UnknownRegion(Shorten(regionText), ListWords.Or(directory.Regions.Suggest(regionText).Select(r => PlaceNames.Region(r, language)), language), language));
        Country? country = null;
        if (countryText is not null)
        {
            var resolution = directory.Resolve(countryText);
            if (resolution is not CountryResolution.Found found)
                return (null, ResolutionWords.Problem(resolution, language));
            country = found.Country;
        }
        return (Of(region, country), null);
    }

    /// <summary>The states of the region, narrowed to the state when one is named.</summary>
    public static PlaceFilter Of(Region? region, Country? country)
    {
        IReadOnlyCollection<string>? states = region?.Countries.Select(c => c.Iso3).ToHashSet();
        if (country is not null)
            states = states is null || states.Contains(country.Iso3) ? [country.Iso3] : [];
        return new PlaceFilter(states, region, country);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
