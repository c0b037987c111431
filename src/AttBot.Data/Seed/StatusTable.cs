using System.Globalization;
using AttBot.Domain.Countries;
using AttBot.Domain.Treaty;

namespace AttBot.Data.Seed;

/// <summary>
/// Reads the status table (the columns of att-status.csv) into countries. Malformed rows are refused
/// with their line number, so a bad import never half-applies.
/// </summary>
public static class StatusTable
{
    public static readonly string[] Columns =
    [
        "iso3", "iso2", "m49", "name_un", "name_untc", "region", "subregion", "intermediate_region",
        "un_regional_group", "att_status", "signature_date", "consent_date", "consent_type", "entry_into_force_date", "notes",
    ];

    /// <summary>The date the seed table is current to: after Ecuador's accession, deposited before 18 March 2026 (see Seed/att-status.SOURCES.md).</summary>
    public static readonly DateOnly SeedCurrentTo = new(2026, 3, 18);

    public static IReadOnlyList<Country> ReadSeed()
    {
        using var stream = typeof(StatusTable).Assembly.GetManifestResourceStream("AttBot.Data.Seed.att-status.csv")
            ?? throw new InvalidOperationException("The seed table att-status.csv is not embedded in AttBot.Data.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static IReadOnlyList<Country> Read(TextReader reader)
    {
        var rows = CsvReader.Read(reader).GetEnumerator();
        if (!rows.MoveNext() || !rows.Current.Fields.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
            throw new FormatException($"Line 1: expected the header {string.Join(',', Columns)}.");

        var countries = new List<Country>();
        while (rows.MoveNext())
        {
            var (line, f) = rows.Current;
            if (f.Length != Columns.Length)
                throw new FormatException($"Line {line}: expected {Columns.Length} fields, found {f.Length}.");
            countries.Add(new Country
            {
                Iso3 = Required(f[0], "iso3", line).ToUpperInvariant(),
                Iso2 = Required(f[1], "iso2", line).ToUpperInvariant(),
                M49 = Required(f[2], "m49", line),
                Name = Required(f[3], "name_un", line),
                UntcName = Required(f[4], "name_untc", line),
                Region = Required(f[5], "region", line),
                SubRegion = Required(f[6], "subregion", line),
                IntermediateRegion = Optional(f[7]),
                RegionalGroup = Optional(f[8]),
                Status = ParseStatus(f[9], line),
                SignatureDate = ParseDate(f[10], "signature_date", line),
                ConsentDate = ParseDate(f[11], "consent_date", line),
                ConsentKind = ParseConsent(f[12], line),
                EntryIntoForce = ParseDate(f[13], "entry_into_force_date", line),
                Notes = Optional(f[14]),
            });
        }
        return countries;
    }

    public static TreatyStatus ParseStatus(string value, int line) => value.Trim().ToLowerInvariant() switch
    {
        "party" => TreatyStatus.Party,
        "signatory" => TreatyStatus.Signatory,
        "none" => TreatyStatus.None,
        _ => throw new FormatException($"Line {line}: att_status must be party, signatory or none, not '{value}'."),
    };

    public static string StatusCode(TreatyStatus status) => status switch
    {
        TreatyStatus.Party => "party",
        TreatyStatus.Signatory => "signatory",
        _ => "none",
    };

    public static ConsentKind? ParseConsent(string value, int line) => value.Trim().ToLowerInvariant() switch
    {
        "" => null,
        "ratification" => Domain.Treaty.ConsentKind.Ratification,
        "acceptance" => Domain.Treaty.ConsentKind.Acceptance,
        "approval" => Domain.Treaty.ConsentKind.Approval,
        "accession" => Domain.Treaty.ConsentKind.Accession,
        _ => throw new FormatException($"Line {line}: consent_type must be ratification, acceptance, approval or accession, not '{value}'."),
    };

    public static string? ConsentCode(ConsentKind? kind) => kind?.ToString().ToLowerInvariant();

    private static DateOnly? ParseDate(string value, string column, int line)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"Line {line}: {column} '{value}' is not a date (YYYY-MM-DD).");
    }

    private static string Required(string value, string column, int line) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"Line {line}: {column} is empty.") : value.Trim();

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
