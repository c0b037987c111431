using AttBot.Domain.Outreach;
using AttBot.Host.Outreach;

namespace AttBot.Host.Conversations;

/// <summary>What a change to a registration (cancel, done, move) is told as, on every channel.</summary>
public static class ChangeSentences
{
    /// <summary>
    /// "OR-0042 moved: Tonga, 1–3 April 2027." with the overlaps it now has or no longer has, and whether their organizers
    /// are told (only when they are): the same words on every channel. A registration <paramref name="reader"/> may not
    /// see in detail is not named.
    /// </summary>
    public static string Of(ChangeOutcome.Changed changed, string verb, Viewer reader, Func<string, string> countryName)
    {
        var plan = changed.Plan;
        var text = $"{plan.PublicId} {verb}: {string.Join(", ", plan.Countries.Select(countryName))}, {plan.Window}.";
        string Name(OutreachPlan other) => reader.CanSeeDetailsOf(other) ? other.PublicId : "another stakeholder's plan";
        string Names(IEnumerable<OutreachPlan> others) => string.Join(", ", others.Select(Name).Distinct());

        var twice = changed.Conflicts.Where(c => c.Kind == ConflictKind.AlreadyRegistered).Select(c => c.OtherThan(plan)).ToList();
        if (twice.Count > 0)
            text += $" ⚠ It now overlaps {Names(twice)}, by the same organizer.";
        if (plan.State == OutreachState.Cancelled)
        {
            if (changed.Overlaps.Count > 0)
                text += $" It could have duplicated {Names(changed.Overlaps.Select(o => o.Other))}.";
        }
        else
        {
            var now = changed.Overlaps.Where(o => o.Now).Select(o => o.Other).ToList();
            var left = changed.Overlaps.Where(o => o.Left).Select(o => o.Other).ToList();
            if (now.Count > 0)
                text += $" ⚠ It now overlaps {Names(now)}.";
            if (left.Count > 0)
                text += $" It no longer overlaps {Names(left)}.";
        }
        text += changed.OrganizersTold switch
        {
            0 => "",
            1 => " The other organizer is told.",
            var n => $" The {n} other organizers are told.",
        };
        return text;
    }
}
