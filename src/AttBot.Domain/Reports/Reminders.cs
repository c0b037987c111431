using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>When to ask an organizer for their findings: a few days after the window ends, while the plan is still open.</summary>
public static class Reminders
{
    public const int DefaultDaysAfter = 3;

    public static bool FindingsOverdue(OutreachPlan plan, DateOnly today, int daysAfter) =>
        plan.State == OutreachState.Planned && plan.Window.End.AddDays(daysAfter) <= today;
}
