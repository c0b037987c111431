using System.Reflection;

namespace AttBot.Domain.Countries;

/// <summary>
/// The states' names in Arabic, Chinese, French, Russian and Spanish, from the embedded country-names.csv.
/// The UN name comes first in each language, then the common short forms.
/// </summary>
/// <remarks>
/// Curated rather than asked of ICU at run time. On .NET 10 with ICU, <c>RegionInfo.DisplayName</c> does not follow
/// the UI culture (it gave "Việt Nam" under ar, zh, fr, ru and es alike); the localized territory names are only
/// reachable sideways, by parsing a culture's display name ("anglais (Viêt Nam)") under each UI culture. Those are
/// CLDR's everyday names, not the UN's ("Vietnam", not "Viet Nam"; "Bolivie", not "Bolivie (État plurinational
/// de)"), they change with the host's ICU version, and a host in invariant-globalization mode has none. So the
/// CLDR names (ICU 72) were copied into the file next to the UN names once, at development time, and reviewed.
/// </remarks>
internal static class CountryNames
{
    public const string ResourceName = "AttBot.Domain.Countries.country-names.csv";

    /// <summary>A state's names in one of the five languages: the UN short name first.</summary>
    public sealed record Language(string Code, IReadOnlyList<string> Names);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Language>>> Names = new(Load);

    /// <summary>ISO 3166 alpha-3 code → the state's names in ar, zh, fr, ru and es.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Language>> ByIso3 => Names.Value;

    private static IReadOnlyDictionary<string, IReadOnlyList<Language>> Load()
    {
        using Stream stream = typeof(CountryNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);

        var byIso3 = new Dictionary<string, IReadOnlyList<Language>>(StringComparer.OrdinalIgnoreCase);
        string[]? header = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] cells = line.Split(',');   // no name contains a comma; alternatives are separated by '|'
            if (header is null)
            {
                header = cells;
                continue;
            }
            byIso3[cells[0]] = cells.Skip(1)
                .Select((cell, i) => new Language(header[i + 1], cell.Split('|', StringSplitOptions.TrimEntries)))
                .ToArray();
        }
        return byIso3;
    }
}
