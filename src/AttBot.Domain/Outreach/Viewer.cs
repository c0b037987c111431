namespace AttBot.Domain.Outreach;

/// <summary>
/// What a person may do. A regional champion reads restricted detail for the states of their regions; the Secretariat
/// reads and changes everything. Everyone else is a stakeholder.
/// </summary>
public enum Role { Stakeholder, Champion, Secretariat }

/// <summary>The person looking at outreach, and what they may see of it.</summary>
public sealed record Viewer(string ChannelId, string UserId, Role Role)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>ISO3 codes of the states in the regions this person champions; empty for everyone else.</summary>
    public IReadOnlySet<string> ChampionedStates { get; init; } = None;

    public bool IsSecretariat => Role == Role.Secretariat;

    public bool IsOrganizerOf(OutreachPlan plan) => plan.Organizer.ChannelId == ChannelId && plan.Organizer.UserId == UserId;

    /// <summary>True when the plan reaches any state of a region this person champions.</summary>
    public bool ChampionsAnyStateOf(OutreachPlan plan) => ChampionedStates.Count > 0 && plan.Countries.Any(ChampionedStates.Contains);

    /// <summary>
    /// Restricted registrations show their who, what and why only to their organizer, the Secretariat and the champions
    /// of a region they reach. Everyone else learns only that another stakeholder plans engagement with that state in that window.
    /// </summary>
    public bool CanSeeDetailsOf(OutreachPlan plan) =>
        IsSecretariat || plan.Visibility == Visibility.Shared || IsOrganizerOf(plan) || ChampionsAnyStateOf(plan);

    /// <summary>Only the organizer or the Secretariat may change a record; champions read, they do not edit.</summary>
    public bool CanChange(OutreachPlan plan) => IsSecretariat || IsOrganizerOf(plan);
}
