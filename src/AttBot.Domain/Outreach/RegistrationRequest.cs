namespace AttBot.Domain.Outreach;

/// <summary>
/// What a user asked to register, before the countries are resolved: from the one-line command or the form card.
/// Kept whole even when it has problems, so the user never has to type it again.
/// </summary>
public sealed record RegistrationRequest
{
    public OutreachKind? Kind { get; init; }
    /// <summary>The user's words for each state, unresolved ("Tonga", "VNM", "越南").</summary>
    public IReadOnlyList<string> CountryNames { get; init; } = [];
    /// <summary>A region or sub-region whose non-party states are the targets ("Oceania", "South-eastern Asia").</summary>
    public string? RegionName { get; init; }
    public DateOnly? Start { get; init; }
    public DateOnly? End { get; init; }
    public IReadOnlyList<OutreachTopic> Topics { get; init; } = [];
    public string? Partners { get; init; }
    public bool Restricted { get; init; }
    public string? Notes { get; init; }
    /// <summary>Who the organizer acts for; remembered per user after first use.</summary>
    public string? Organization { get; init; }
}

/// <summary>Something wrong with a request, said so a diplomat understands what to change.</summary>
public sealed record RegistrationProblem(string Field, string Message);

/// <summary>The fields a problem can point at (also the input ids of the registration form).</summary>
public static class RegistrationFields
{
    public const string Kind = "kind";
    public const string Countries = "countries";
    public const string Region = "region";
    public const string Dates = "dates";
    public const string Start = "start";
    public const string End = "end";
    public const string Topics = "topics";
    public const string Partners = "partners";
    public const string Notes = "notes";
    public const string Organization = "organization";
    public const string Restricted = "restricted";
}
