using AttBot.Domain.Treaty;

namespace AttBot.Domain.Countries;

/// <summary>
/// A state and its standing under the treaty. One row of the status table: the seed data
/// (att-status.csv) and the store carry exactly these fields.
/// </summary>
public sealed record Country
{
    public required string Iso3 { get; init; }
    public required string Iso2 { get; init; }
    /// <summary>UN M49 numeric code, three digits with leading zeros ("004").</summary>
    public required string M49 { get; init; }
    /// <summary>The UN short name diplomats use ("Türkiye", "Côte d'Ivoire").</summary>
    public required string Name { get; init; }
    /// <summary>The spelling on the UN Treaty Collection status page ("Bahamas (The)").</summary>
    public required string UntcName { get; init; }
    /// <summary>M49 region ("Asia").</summary>
    public required string Region { get; init; }
    /// <summary>M49 sub-region ("South-eastern Asia").</summary>
    public required string SubRegion { get; init; }
    /// <summary>M49 intermediate region ("Eastern Africa"), or null where M49 has none.</summary>
    public string? IntermediateRegion { get; init; }
    /// <summary>UN regional group ("Asia-Pacific States"); null for states outside the groups (Holy See, Niue, State of Palestine).</summary>
    public string? RegionalGroup { get; init; }

    public required TreatyStatus Status { get; init; }
    public DateOnly? SignatureDate { get; init; }
    /// <summary>Date the instrument of ratification, acceptance, approval or accession was deposited.</summary>
    public DateOnly? ConsentDate { get; init; }
    public ConsentKind? ConsentKind { get; init; }
    public DateOnly? EntryIntoForce { get; init; }
    public string? Notes { get; init; }
}
