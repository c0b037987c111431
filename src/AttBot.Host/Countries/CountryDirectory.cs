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

    // The fuzzy step of the resolver costs 0.1-0.5 ms; people ask about the same few hundred spellings over and over.
    private const int MaxRemembered = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CountryResolution> _resolved = new(StringComparer.Ordinal);

    /// <summary>Resolves the words to a state, remembering the answer for the next time somebody types the same.</summary>
    public CountryResolution Resolve(string text)
    {
        if (_resolved.TryGetValue(text, out var known))
            return known;
        var resolution = Resolver.Resolve(text);
        if (_resolved.Count < MaxRemembered && text.Length <= 100)
            _resolved.TryAdd(text, resolution);
        return resolution;
    }

    public Country? FindByIso3(string? iso3) => iso3 is not null && _byIso3.TryGetValue(iso3, out var c) ? c : null;
}
