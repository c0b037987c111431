namespace AttBot.Domain.Countries;

/// <summary>A named group of states: an M49 region, sub-region or intermediate region, or a UN regional group.</summary>
public sealed record Region(string Name, IReadOnlyList<Country> Countries);

/// <summary>
/// The regions people name when they plan outreach ("Oceania", "South-eastern Asia", "Caribbean", "African States"),
/// built from the status table itself so the figures never drift from it. Forgiving of case, accents and hyphens,
/// and of the names diplomats use in the corridors ("GRULAC", "the Pacific", "Middle East").
/// </summary>
public sealed class RegionDirectory
{
    // The everyday name → the region it stands for, as the Working Group uses them. Each target must be a region of
    // the table; "Middle East" is no UN region, and Western Asia is the one people mean by it in this setting.
    private static readonly (string Alias, string Region)[] Aliases =
    [
        ("GRULAC", "Latin American and Caribbean States"),
        ("Latin American and Caribbean Group", "Latin American and Caribbean States"),
        ("WEOG", "Western European and other States"),
        ("Western European and Others Group", "Western European and other States"),
        ("EEG", "Eastern European States"),
        ("Eastern European Group", "Eastern European States"),
        ("Asia-Pacific", "Asia-Pacific States"),
        ("Asia-Pacific Group", "Asia-Pacific States"),
        ("Asia Pacific Group", "Asia-Pacific States"),
        ("African Group", "African States"),
        ("Pacific", "Oceania"),
        ("Pacific Islands", "Oceania"),
        ("Latin America", "Latin America and the Caribbean"),
        ("Middle East", "Western Asia"),
    ];

    private readonly Dictionary<string, Region> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> _aliases = new(StringComparer.Ordinal);

    public RegionDirectory(IEnumerable<Country> countries)
    {
        var list = countries.ToList();
        var names = list.SelectMany(c => new[] { c.Region, c.SubRegion, c.IntermediateRegion, c.RegionalGroup })
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var members = list.Where(c => c.Region == name || c.SubRegion == name || c.IntermediateRegion == name || c.RegionalGroup == name)
                .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            _byKey.TryAdd(NameKey.Normalize(name), new Region(name, members));
        }
        Names = _byKey.Values.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        // Regions named in French or Spanish ("Océanie", "Asia sudoriental", "GRULAC" is the same in all three).
        var translated = Language.PlaceNames.RegionTranslations().Select(t => (Alias: t.Translated, Region: t.English));
        foreach (var (alias, target) in Aliases.Concat(translated))
        {
            // A table without the target (a test's few states) simply lacks the alias.
            if (_byKey.TryGetValue(NameKey.Normalize(target), out var region))
                _aliases.TryAdd(NameKey.Normalize(alias), region);
        }
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The region by its name (any case, accents, hyphens or "the"); null when nothing matches.</summary>
    public Region? Find(string text)
    {
        var key = NameKey.Normalize(text);
        if (key.Length == 0)
            return null;
        if (_byKey.TryGetValue(key, out var region) || _aliases.TryGetValue(key, out region))
            return region;
        var prefixed = _byKey.Where(kv => kv.Key.StartsWith(key, StringComparison.Ordinal)).Select(kv => kv.Value).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>Up to three region names closest to what was typed, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string text)
    {
        var key = NameKey.Normalize(text);
        return _byKey.OrderBy(kv => EditDistance.AtMost(key, kv.Key, 64)).ThenBy(kv => kv.Value.Name, StringComparer.Ordinal)
            .Take(3).Select(kv => kv.Value.Name).ToList();
    }
}
