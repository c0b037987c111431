namespace AttBot.Domain.Outreach;

public enum Role { Stakeholder, Secretariat }

/// <summary>The person looking at outreach, and what they may see of it.</summary>
public sealed record Viewer(string ChannelId, string UserId, Role Role)
{
    public bool IsSecretariat => Role == Role.Secretariat;

    public bool IsOrganizerOf(OutreachPlan plan) => plan.Organizer.ChannelId == ChannelId && plan.Organizer.UserId == UserId;

    /// <summary>
    /// Restricted registrations show their who, what and why only to their organizer and the Secretariat. Everyone else
    /// learns only that another stakeholder plans engagement with that state in that window.
    /// </summary>
    public bool CanSeeDetailsOf(OutreachPlan plan) => IsSecretariat || plan.Visibility == Visibility.Shared || IsOrganizerOf(plan);

    /// <summary>Only the organizer or the Secretariat may change a record.</summary>
    public bool CanChange(OutreachPlan plan) => IsSecretariat || IsOrganizerOf(plan);
}
