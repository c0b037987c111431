using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Host.Outreach;
using AttBot.Host.Secretariat;

namespace AttBot.Host.Bots;

/// <summary>Priorities, intentions and gaps on Teams: hands each to the PriorityDesk and renders what comes back.</summary>
public sealed class PriorityReplies(PriorityDesk priorities)
{
    public Activity Priority(Person person, BotCommand.Priority command) => Render(command.TierText is null
        ? priorities.Show(person, command.CountryText)
        : priorities.SetTier(person, command.CountryText, command.TierText));

    public Activity Intention(Person person, BotCommand.Intention command) =>
        Render(priorities.AddIntention(person, command.CountryText, command.DateText, command.Where, command.Statement));

    public Activity Priorities(Person person, BotCommand.Priorities command) => Render(priorities.Priorities(person, command.RegionText));

    public Activity Gaps(Person person, BotCommand.Gaps command) => Render(priorities.Gaps(person, command.RegionText, command.Days));

    private static Activity Render(PriorityOutcome outcome) => outcome switch
    {
        PriorityOutcome.Refused refused => OutreachReplies.Text(refused.Reason),
        PriorityOutcome.ForCountry c => OutreachReplies.Message(PriorityCards.ForCountry(c.Country, c.Tier, c.Intentions, c.Note), $"{c.Country.Name}: priorities"),
        PriorityOutcome.Listing l => OutreachReplies.Message(
            PriorityCards.Listing(l.Scope, l.Rows.Select(r => (r.Country, r.Tier, r.LatestIntention, r.PlannedOutreach)).ToList(), l.Tier4Count, l.Days),
            $"Priorities: {l.Scope}"),
        PriorityOutcome.GapList g => OutreachReplies.Message(PriorityCards.Gaps(g.Scope, g.Gaps, g.Days, g.Pictures), $"Gaps: {g.Scope}"),
        _ => throw new InvalidOperationException("Unknown priority outcome."),
    };
}
