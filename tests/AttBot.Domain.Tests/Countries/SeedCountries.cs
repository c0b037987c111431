using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Tests.Countries;

/// <summary>
/// The real 196 states from the seed (src/AttBot.Data/Seed/att-status.csv) and the five-language names
/// (src/AttBot.Domain/Countries/country-names.csv), read from the source tree: the test must see what ships.
/// </summary>
public static class SeedCountries
{
    private static readonly Lazy<IReadOnlyList<Country>> States = new(LoadStates);
    private static readonly Lazy<CountryResolver> SharedResolver = new(() => new CountryResolver(All));

    public static IReadOnlyList<Country> All => States.Value;

    /// <summary>One resolver for all tests, as the bot has one for all conversations.</summary>
    public static CountryResolver Resolver => SharedResolver.Value;

    /// <summary>ISO3 → (language, name) for every name in country-names.csv.</summary>
    public static IEnumerable<(string Iso3, string Language, string Name)> TranslatedNames()
    {
        string[] header = [];
        foreach (string line in File.ReadLines(FromRoot("src", "AttBot.Domain", "Countries", "country-names.csv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] cells = line.Split(',');
            if (header.Length == 0)
            {
                header = cells;
                continue;
            }
            for (int i = 1; i < cells.Length; i++)
            {
                foreach (string name in cells[i].Split('|'))
                    yield return (cells[0], header[i], name);
            }
        }
    }

    private static IReadOnlyList<Country> LoadStates()
    {
        List<string[]> rows = [.. File.ReadLines(FromRoot("src", "AttBot.Data", "Seed", "att-status.csv"))
            .Where(line => line.Length > 0)
            .Select(SplitCsvLine)];
        string[] header = rows[0];
        return [.. rows.Skip(1).Select(cells => ToCountry(name => cells[Array.IndexOf(header, name)]))];
    }

    private static Country ToCountry(Func<string, string> cell) => new()
    {
        Iso3 = cell("iso3"),
        Iso2 = cell("iso2"),
        M49 = cell("m49"),
        Name = cell("name_un"),
        UntcName = cell("name_untc"),
        Region = cell("region"),
        SubRegion = cell("subregion"),
        IntermediateRegion = NullIfEmpty(cell("intermediate_region")),
        RegionalGroup = NullIfEmpty(cell("un_regional_group")),
        Status = Enum.Parse<TreatyStatus>(cell("att_status"), ignoreCase: true),
        SignatureDate = Date(cell("signature_date")),
        ConsentDate = Date(cell("consent_date")),
        ConsentKind = NullIfEmpty(cell("consent_type")) is { } kind ? Enum.Parse<ConsentKind>(kind, ignoreCase: true) : null,
        EntryIntoForce = Date(cell("entry_into_force_date")),
        Notes = NullIfEmpty(cell("notes")),
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static DateOnly? Date(string text) => text.Length == 0 ? null : DateOnly.Parse(text);

    /// <summary>One CSV line: commas separate, double quotes enclose, two double quotes are one.</summary>
    private static string[] SplitCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                cell.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    /// <summary>A path under the repository root: the nearest folder above the test binaries holding AttBot.sln.</summary>
    private static string FromRoot(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AttBot.sln")))
                return Path.Combine([folder.FullName, .. parts]);
        }
        throw new InvalidOperationException($"No AttBot.sln above {AppContext.BaseDirectory}.");
    }
}
