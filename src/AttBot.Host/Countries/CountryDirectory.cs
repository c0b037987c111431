using AttBot.Data.Store;
using AttBot.Domain.Countries;

namespace AttBot.Host.Countries;

/// <summary>
/// The status table in memory: every message resolves a country, so the resolver answers from here,
/// never from a table scan. Loaded once at startup from the store.
/// </summary>
public sealed class CountryDirectory
{
    private readonly Dictionary<string, Country> _byIso3;

    public CountryDirectory(CountryStore store)
    {
        var countries = store.GetAll();
        Countries = countries;
        _byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        Resolver = new CountryResolver(countries);
        Regions = new RegionDirectory(countries);
        CurrentTo = store.GetCurrentTo() ?? throw new InvalidOperationException("The status data has no 'current to' date; the store was not seeded.");
    }

    public IReadOnlyList<Country> Countries { get; }
    public CountryResolver Resolver { get; }
    public RegionDirectory Regions { get; }
    public DateOnly CurrentTo { get; }

    public Country? FindByIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var c) ? c : null;
}
