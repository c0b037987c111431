using AttBot.Domain.Countries;

namespace AttBot.Domain.Language;

/// <summary>
/// States and regions by the names each language gives them: the UN short names in French and Spanish (UNTERM, as
/// the M49 list writes them: "Viet Nam", "Bolivie (État plurinational de)", "Bolivia (Estado Plurinacional de)") and
/// the M49 regions and UN regional groups in the UN's own French and Spanish.
/// </summary>
public static class PlaceNames
{
    // English name (as the status table writes it) → (French, Spanish).
    private static readonly Dictionary<string, (string French, string Spanish)> Regions = new(StringComparer.Ordinal)
    {
        ["Africa"] = ("Afrique", "África"),
        ["Americas"] = ("Amériques", "Américas"),
        ["Asia"] = ("Asie", "Asia"),
        ["Europe"] = ("Europe", "Europa"),
        ["Oceania"] = ("Océanie", "Oceanía"),
        ["Australia and New Zealand"] = ("Australie et Nouvelle-Zélande", "Australia y Nueva Zelandia"),
        ["Caribbean"] = ("Caraïbes", "Caribe"),
        ["Central America"] = ("Amérique centrale", "Centroamérica"),
        ["Central Asia"] = ("Asie centrale", "Asia central"),
        ["Eastern Africa"] = ("Afrique orientale", "África oriental"),
        ["Eastern Asia"] = ("Asie orientale", "Asia oriental"),
        ["Eastern Europe"] = ("Europe orientale", "Europa oriental"),
        ["Latin America and the Caribbean"] = ("Amérique latine et Caraïbes", "América Latina y el Caribe"),
        ["Melanesia"] = ("Mélanésie", "Melanesia"),
        ["Micronesia"] = ("Micronésie", "Micronesia"),
        ["Middle Africa"] = ("Afrique centrale", "África central"),
        ["Northern Africa"] = ("Afrique septentrionale", "África septentrional"),
        ["Northern America"] = ("Amérique septentrionale", "América septentrional"),
        ["Northern Europe"] = ("Europe septentrionale", "Europa septentrional"),
        ["Polynesia"] = ("Polynésie", "Polinesia"),
        ["South America"] = ("Amérique du Sud", "América del Sur"),
        ["South-eastern Asia"] = ("Asie du Sud-Est", "Asia sudoriental"),
        ["Southern Africa"] = ("Afrique australe", "África meridional"),
        ["Southern Asia"] = ("Asie du Sud", "Asia meridional"),
        ["Southern Europe"] = ("Europe méridionale", "Europa meridional"),
        ["Sub-Saharan Africa"] = ("Afrique subsaharienne", "África subsahariana"),
        ["Western Africa"] = ("Afrique de l’Ouest", "África occidental"),
        ["Western Asia"] = ("Asie occidentale", "Asia occidental"),
        ["Western Europe"] = ("Europe occidentale", "Europa occidental"),
        ["African States"] = ("États d’Afrique", "Estados de África"),
        ["Asia-Pacific States"] = ("États d’Asie et du Pacifique", "Estados de Asia y el Pacífico"),
        ["Eastern European States"] = ("États d’Europe orientale", "Estados de Europa Oriental"),
        ["Latin American and Caribbean States"] = ("États d’Amérique latine et des Caraïbes", "Estados de América Latina y el Caribe"),
        ["Western European and other States"] = ("États d’Europe occidentale et autres États", "Estados de Europa Occidental y otros Estados"),
        ["World"] = ("Monde", "Mundo"),
    };

    /// <summary>The region's name in the language; the English name where none is known (never an empty string).</summary>
    public static string Region(string englishName, Language language) =>
        language == Language.English || !Regions.TryGetValue(englishName, out var names) ? englishName
        : language == Language.French ? names.French : names.Spanish;

    /// <summary>
    /// A UN regional group by its full name, as headings write it: "Groupe des États d’Afrique", "Grupo de Estados de
    /// África"; English keeps the short name the status table and the commands use ("African States").
    /// </summary>
    public static string RegionalGroup(string englishName, Language language) => (language, Region(englishName, language)) switch
    {
        (Language.French, var name) when name.StartsWith("États", StringComparison.Ordinal) => "Groupe des " + name,
        (Language.Spanish, var name) when name.StartsWith("Estados", StringComparison.Ordinal) => "Grupo de " + name,
        (_, var name) => name,
    };

    /// <summary>Every region's French and Spanish names, for reading what people type.</summary>
    public static IEnumerable<(string Translated, string English)> RegionTranslations() =>
        Regions.SelectMany(r => new[] { (r.Value.French, r.Key), (r.Value.Spanish, r.Key) });

    /// <summary>The state's UN short name in the language ("Viet Nam", "Mexique", "México").</summary>
    public static string State(Country country, Language language) => State(country.Iso3, country.Name, language);

    /// <summary>The state's UN short name in the language, from its ISO3 code; <paramref name="englishName"/> where none is known.</summary>
    public static string State(string iso3, string englishName, Language language)
    {
        if (language == Language.English)
            return englishName;
        var code = language == Language.French ? "fr" : "es";
        return CountryNames.ByIso3.TryGetValue(iso3, out var languages)
            && languages.FirstOrDefault(l => l.Code == code) is { Names.Count: > 0 } named
            ? named.Names[0]
            : englishName;
    }
}
