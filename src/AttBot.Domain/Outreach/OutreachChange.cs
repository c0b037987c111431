namespace AttBot.Domain.Outreach;

/// <summary>What was done to a registration that those concerned by its possible duplications are told about.</summary>
public enum ChangeKind { Moved, Cancelled }

/// <summary>
/// A registration moved or cancelled while it was, or became, part of a possible duplication: the plan as it was before
/// the change, where it went (a move), whether its organizer made the change (or the Secretariat did), and each other
/// registration it overlapped before or overlaps now. "Overlaps" is the conflict rule's: sharing a state, within the
/// conflict window.
/// </summary>
public sealed record OutreachChange(ChangeKind Kind, OutreachPlan Before, DateWindow? MovedTo, bool ByOrganizer, IReadOnlyList<ChangedOverlap> Overlaps)
{
    /// <summary>The overlaps that concern <paramref name="reader"/> as an organizer: those of their own registrations; empty for everyone else.</summary>
    public IReadOnlyList<ChangedOverlap> OverlapsOf(Viewer reader) => Overlaps.Where(o => reader.IsOrganizerOf(o.Other)).ToList();
}

/// <summary>Another registration, the states it shares with the changed one, and whether they overlapped before and overlap now.</summary>
public sealed record ChangedOverlap(OutreachPlan Other, IReadOnlyList<string> SharedCountries, bool Before, bool Now)
{
    public bool Entered => Now && !Before;
    public bool Left => Before && !Now;
}
