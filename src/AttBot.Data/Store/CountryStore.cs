using System.Globalization;
using AttBot.Data.Schema;
using AttBot.Data.Seed;
using AttBot.Domain.Countries;
using Dapper;

namespace AttBot.Data.Store;

/// <summary>The treaty status of every state, as stored.</summary>
public sealed class CountryStore(StoreConnections connections)
{
    private const string CurrentToKey = "current_to";

    /// <summary>Fills an empty table from the given status table; leaves a seeded one alone. Returns the rows added.</summary>
    public int SeedIfEmpty(IReadOnlyList<Country> countries, DateOnly currentTo)
    {
        using var connection = connections.Open();
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM countries", transaction: transaction) > 0)
            return 0;

        var added = connection.Execute("""
            INSERT INTO countries (iso3, iso2, m49, name, untc_name, region, sub_region, intermediate_region, regional_group,
                                   status, signature_date, consent_date, consent_kind, entry_into_force, notes)
            VALUES (@Iso3, @Iso2, @M49, @Name, @UntcName, @Region, @SubRegion, @IntermediateRegion, @RegionalGroup,
                    @Status, @SignatureDate, @ConsentDate, @ConsentKind, @EntryIntoForce, @Notes)
            """, countries.Select(CountryRow.From), transaction);
        connection.Execute("""
            INSERT INTO status_data_info (key, value) VALUES (@Key, @Value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, new { Key = CurrentToKey, Value = currentTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, transaction);
        transaction.Commit();
        return added;
    }

    public IReadOnlyList<Country> GetAll()
    {
        using var connection = connections.Open();
        return connection.Query<CountryRow>("""
            SELECT iso3 AS Iso3, iso2 AS Iso2, m49 AS M49, name AS Name, untc_name AS UntcName, region AS Region,
                   sub_region AS SubRegion, intermediate_region AS IntermediateRegion, regional_group AS RegionalGroup,
                   status AS Status, signature_date AS SignatureDate, consent_date AS ConsentDate,
                   consent_kind AS ConsentKind, entry_into_force AS EntryIntoForce, notes AS Notes
            FROM countries
            ORDER BY name
            """).Select(row => row.ToCountry()).ToList();
    }

    /// <summary>The date the status data is current to, or null before the first seed.</summary>
    public DateOnly? GetCurrentTo()
    {
        using var connection = connections.Open();
        var value = connection.ExecuteScalar<string?>("SELECT value FROM status_data_info WHERE key = @Key", new { Key = CurrentToKey });
        return value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The table's shape: dates and codes as the text SQLite stores.</summary>
    private sealed class CountryRow
    {
        public string Iso3 { get; set; } = "";
        public string Iso2 { get; set; } = "";
        public string M49 { get; set; } = "";
        public string Name { get; set; } = "";
        public string UntcName { get; set; } = "";
        public string Region { get; set; } = "";
        public string SubRegion { get; set; } = "";
        public string? IntermediateRegion { get; set; }
        public string? RegionalGroup { get; set; }
        public string Status { get; set; } = "";
        public string? SignatureDate { get; set; }
        public string? ConsentDate { get; set; }
        public string? ConsentKind { get; set; }
        public string? EntryIntoForce { get; set; }
        public string? Notes { get; set; }

        public static CountryRow From(Country c) => new()
        {
            Iso3 = c.Iso3, Iso2 = c.Iso2, M49 = c.M49, Name = c.Name, UntcName = c.UntcName, Region = c.Region,
            SubRegion = c.SubRegion, IntermediateRegion = c.IntermediateRegion, RegionalGroup = c.RegionalGroup,
            Status = StatusTable.StatusCode(c.Status), SignatureDate = Text(c.SignatureDate), ConsentDate = Text(c.ConsentDate),
            ConsentKind = StatusTable.ConsentCode(c.ConsentKind), EntryIntoForce = Text(c.EntryIntoForce), Notes = c.Notes,
        };

        public Country ToCountry() => new()
        {
            Iso3 = Iso3, Iso2 = Iso2, M49 = M49, Name = Name, UntcName = UntcName, Region = Region, SubRegion = SubRegion,
            IntermediateRegion = IntermediateRegion, RegionalGroup = RegionalGroup,
            Status = StatusTable.ParseStatus(Status, 0), SignatureDate = Date(SignatureDate), ConsentDate = Date(ConsentDate),
            ConsentKind = StatusTable.ParseConsent(ConsentKind ?? "", 0), EntryIntoForce = Date(EntryIntoForce), Notes = Notes,
        };

        private static string? Text(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        private static DateOnly? Date(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
