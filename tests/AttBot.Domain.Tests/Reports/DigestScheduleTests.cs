using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Reports;

public sealed class DigestScheduleTests
{
    private static readonly DigestSchedule MondayEight = new(DayOfWeek.Monday, new TimeOnly(8, 0));

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-23T08:00:00Z", "2026-11-23T08:00:00Z")] // Monday, exactly on time
    [InlineData("2026-11-23T07:59:59Z", "2026-11-16T08:00:00Z")] // Monday, a second early: last week's
    [InlineData("2026-11-24T10:00:00Z", "2026-11-23T08:00:00Z")] // Tuesday
    [InlineData("2026-11-22T23:00:00Z", "2026-11-16T08:00:00Z")] // Sunday night
    [InlineData("2026-11-23T09:00:00+02:00", "2026-11-16T08:00:00Z")] // 07:00 UTC: times are UTC
    public void The_latest_due_send_is_the_last_scheduled_time_not_after_now(string now, string due)
    {
        Assert.Equal(At(due), MondayEight.LatestDue(At(now)));
        Assert.Equal(At(due).AddDays(7), MondayEight.NextDue(At(now)));
    }

    [Fact]
    public void Every_instant_of_a_week_claims_the_same_period_key()
    {
        var keys = Enumerable.Range(0, 7 * 24).Select(h => DigestSchedule.PeriodKey(MondayEight.LatestDue(At("2026-11-23T08:00:00Z").AddHours(h)))).Distinct();

        Assert.Equal(["digest 2026-11-23"], keys);
    }

    [Theory]
    [InlineData("monday", "08:00", true)]
    [InlineData("Friday", "7:30", true)]
    [InlineData("Funday", "08:00", false)]
    [InlineData("3", "08:00", false)]
    [InlineData("Monday", "25:00", false)]
    public void Settings_are_a_day_of_the_week_and_a_time(string day, string time, bool valid)
    {
        var (schedule, problem) = DigestSchedule.Parse(day, time);

        Assert.Equal(valid, schedule is not null);
        Assert.Equal(valid, problem is null);
    }

    [Theory]
    [InlineData("2027-03-12", "2027-03-14", false)]
    [InlineData("2027-03-12", "2027-03-15", true)]
    public void Findings_are_overdue_three_days_after_the_window_ends(string end, string today, bool overdue)
    {
        var plan = Plan(1, W("2027-03-10", end));

        Assert.Equal(overdue, Reminders.FindingsOverdue(plan, D(today), Reminders.DefaultDaysAfter));
        Assert.False(Reminders.FindingsOverdue(plan with { State = OutreachState.Done }, D(today).AddDays(30), Reminders.DefaultDaysAfter));
    }
}
