using AttBot.Data.Store;
using AttBot.Domain.Countries;

namespace AttBot.Host.Countries;

/// <summary>
/// The status table in memory: every message resolves a country, so the resolver answers from here,
/// never from a table scan. Loaded at startup from the store, and again after every status change, so that status
/// cards, the resolver and the region figures all show the new data at once.
/// </summary>
public sealed class CountryDirectory
{
    private readonly CountryStore _store;
    private volatile Snapshot _current;

    public CountryDirectory(CountryStore store)
    {
        _store = store;
        _current = Load(store);
    }

    /// <summary>Everything read at one moment: a reader never mixes the old table with the new one.</summary>
    private sealed class Snapshot(IReadOnlyList<Country> countries, DateOnly currentTo)
    {
        public IReadOnlyList<Country> Countries { get; } = countries;
        public Dictionary<string, Country> ByIso3 { get; } = countries.ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        public CountryResolver Resolver { get; } = new(countries);
        public RegionDirectory Regions { get; } = new(countries);
        public DateOnly CurrentTo { get; } = currentTo;
        // The fuzzy step of the resolver costs 0.1-0.5 ms; people ask about the same few hundred spellings over and over.
        public System.Collections.Concurrent.ConcurrentDictionary<string, CountryResolution> Resolved { get; } = new(StringComparer.Ordinal);
    }

    private static Snapshot Load(CountryStore store) => new(store.GetAll(),
        store.GetCurrentTo() ?? throw new InvalidOperationException("The status data has no 'current to' date; the store was not seeded."));

    /// <summary>Reads the table again after a change; the remembered resolutions go with the old table.</summary>
    public void Reload() => _current = Load(_store);

    public IReadOnlyList<Country> Countries => _current.Countries;
    public CountryResolver Resolver => _current.Resolver;
    public RegionDirectory Regions => _current.Regions;
    public DateOnly CurrentTo => _current.CurrentTo;

    private const int MaxRemembered = 10_000;

    /// <summary>Resolves the words to a state, remembering the answer for the next time somebody types the same.</summary>
    public CountryResolution Resolve(string text)
    {
        var snapshot = _current;
        if (snapshot.Resolved.TryGetValue(text, out var known))
            return known;
        var resolution = snapshot.Resolver.Resolve(text);
        if (snapshot.Resolved.Count < MaxRemembered && text.Length <= 100)
            snapshot.Resolved.TryAdd(text, resolution);
        return resolution;
    }

    public Country? FindByIso3(string? iso3) => iso3 is not null && _current.ByIso3.TryGetValue(iso3, out var c) ? c : null;
}
