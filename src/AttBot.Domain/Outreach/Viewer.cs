namespace AttBot.Domain.Outreach;

/// <summary>
/// What a person may do. A regional champion reads restricted detail for the states of their regions; the Secretariat
/// reads and changes everything. Everyone else is a stakeholder.
/// </summary>
public enum Role { Stakeholder, Champion, Secretariat }

/// <summary>
/// The person looking at outreach, and what they may see of it; or, built by <see cref="Room"/>, everyone who reads a
/// shared conversation at once, who may see only what every one of them may see.
/// </summary>
public sealed record Viewer(string ChannelId, string UserId, Role Role)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>ISO3 codes of the states in the regions this person champions; empty for everyone else.</summary>
    public IReadOnlySet<string> ChampionedStates { get; init; } = None;

    /// <summary>Set for a room: the people who read it. Empty when they are not known, and then nobody in it sees restricted detail.</summary>
    public IReadOnlyList<Viewer>? Members { get; private init; }

    /// <summary>Everyone who reads a shared conversation: a room is shown a record only when every member may see it.</summary>
    public static Viewer Room(string channelId, IReadOnlyList<Viewer> members) => new(channelId, "", Role.Stakeholder)
    {
        // A room of one person is that person; nested rooms are flattened so that each rule reads the people.
        Members = members.SelectMany(m => m.Members ?? [m]).DistinctBy(m => (m.ChannelId, m.UserId)).ToList(),
    };

    private bool Every(Func<Viewer, bool> rule) => Members is { } members ? members.Count > 0 && members.All(rule) : rule(this);

    public bool IsSecretariat => Every(v => v.Role == Role.Secretariat);

    public bool IsOrganizerOf(OutreachPlan plan) => Every(v => plan.Organizer.ChannelId == v.ChannelId && plan.Organizer.UserId == v.UserId);

    /// <summary>True when the plan reaches any state of a region this person champions.</summary>
    public bool ChampionsAnyStateOf(OutreachPlan plan) => Every(v => v.ChampionedStates.Count > 0 && plan.Countries.Any(v.ChampionedStates.Contains));

    /// <summary>
    /// Restricted registrations show their who, what and why only to their organizer, the Secretariat and the champions
    /// of a region they reach. Everyone else learns only that another stakeholder plans engagement with that state in that window.
    /// </summary>
    public bool CanSeeDetailsOf(OutreachPlan plan) => plan.Visibility == Visibility.Shared
        || Every(v => v.Role == Role.Secretariat || (plan.Organizer.ChannelId == v.ChannelId && plan.Organizer.UserId == v.UserId)
            || (v.ChampionedStates.Count > 0 && plan.Countries.Any(v.ChampionedStates.Contains)));

    /// <summary>A done visit's findings, for the Secretariat and the organizer only, even on a shared record; null for anyone else.</summary>
    public string? FindingsOf(OutreachPlan plan) =>
        plan is { State: OutreachState.Done, Outcome: { Length: > 0 } outcome } && (IsSecretariat || IsOrganizerOf(plan)) ? outcome : null;

    /// <summary>Only the organizer or the Secretariat may change a record; champions read, they do not edit.</summary>
    public bool CanChange(OutreachPlan plan) => Members is null && (IsSecretariat || IsOrganizerOf(plan));
}
