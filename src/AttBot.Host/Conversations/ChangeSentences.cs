using AttBot.Domain.Language;
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
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static string Of(ChangeOutcome.Changed changed, ChangeWords.Change change, Viewer reader, Func<string, string> countryName,
        Domain.Language.Language language = Domain.Language.Language.English)
    {
        var plan = changed.Plan;
        var text = ChangeWords.Changed(ChangeWords.Heading(plan.PublicId, change, language), string.Join(", ", plan.Countries.Select(countryName)),
            RegistrationCardWords.Window(plan.Window, language), language);
        string Name(OutreachPlan other) => reader.CanSeeDetailsOf(other) ? other.PublicId : ChangeWords.AnotherStakeholdersPlan(language);
        string Names(IEnumerable<OutreachPlan> others) => string.Join(", ", others.Select(Name).Distinct());

        var twice = changed.Conflicts.Where(c => c.Kind == ConflictKind.AlreadyRegistered).Select(c => c.OtherThan(plan)).ToList();
        if (twice.Count > 0)
            text += ChangeWords.NowOverlapsOwn(Names(twice), language);
        if (plan.State == OutreachState.Cancelled)
        {
            if (changed.Overlaps.Count > 0)
                text += ChangeWords.CouldHaveDuplicated(Names(changed.Overlaps.Select(o => o.Other)), language);
        }
        else
        {
            var now = changed.Overlaps.Where(o => o.Now).Select(o => o.Other).ToList();
            var left = changed.Overlaps.Where(o => o.Left).Select(o => o.Other).ToList();
            if (now.Count > 0)
                text += ChangeWords.NowOverlaps(Names(now), language);
            if (left.Count > 0)
                text += ChangeWords.NoLongerOverlaps(Names(left), language);
        }
        return text + ChangeWords.OrganizersTold(changed.OrganizersTold, language);
    }
}
