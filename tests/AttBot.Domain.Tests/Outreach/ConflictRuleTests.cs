using AttBot.Domain.Outreach;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Outreach;

public sealed class ConflictRuleTests
{
    private const int Days = ConflictRule.DefaultWindowDays;

    [Fact]
    public void Overlapping_windows_on_the_same_state_conflict()
    {
        var conflict = ConflictRule.Between(
            Plan(1, W("2027-03-10", "2027-03-12")),
            Plan(2, W("2027-03-11", "2027-03-20"), Bob),
            Days);

        Assert.NotNull(conflict);
        Assert.Equal(["TON"], conflict.SharedCountries);
        Assert.Equal(1, conflict.Earlier.Id);
        Assert.Equal(2, conflict.Later.Id);
    }

    [Fact]
    public void Touching_windows_conflict_even_with_no_window_days()
    {
        // One ends on the 12th, the other starts on the 13th: no free day between them.
        var earlier = Plan(1, W("2027-03-10", "2027-03-12"));
        var later = Plan(2, W("2027-03-13", "2027-03-14"), Bob);

        Assert.Equal(0, earlier.Window.GapInDaysTo(later.Window));
        Assert.NotNull(ConflictRule.Between(earlier, later, 0));
    }

    [Fact]
    public void A_gap_of_exactly_window_days_still_conflicts()
    {
        // Free days 13 March .. 11 April = 30; the later window starts on 12 April.
        var earlier = Plan(1, W("2027-03-10", "2027-03-12"));
        var later = Plan(2, W("2027-04-12"), Bob);

        Assert.Equal(Days, earlier.Window.GapInDaysTo(later.Window));
        Assert.NotNull(ConflictRule.Between(earlier, later, Days));
    }

    [Fact]
    public void A_gap_of_window_days_plus_one_does_not_conflict()
    {
        var earlier = Plan(1, W("2027-03-10", "2027-03-12"));
        var later = Plan(2, W("2027-04-13"), Bob);

        Assert.Equal(Days + 1, earlier.Window.GapInDaysTo(later.Window));
        Assert.Null(ConflictRule.Between(earlier, later, Days));
        Assert.Null(ConflictRule.Between(later, earlier, Days));
    }

    [Fact]
    public void The_same_one_day_window_conflicts()
    {
        Assert.NotNull(ConflictRule.Between(Plan(1, W("2027-05-05")), Plan(2, W("2027-05-05"), Bob), 0));
    }

    [Fact]
    public void With_no_window_days_only_a_free_day_between_the_windows_separates_them()
    {
        Assert.NotNull(ConflictRule.Between(Plan(1, W("2027-05-05")), Plan(2, W("2027-05-06"), Bob), 0));
        Assert.Null(ConflictRule.Between(Plan(1, W("2027-05-05")), Plan(2, W("2027-05-07"), Bob), 0));
    }

    [Fact]
    public void No_shared_state_no_conflict()
    {
        Assert.Null(ConflictRule.Between(
            Plan(1, W("2027-03-10"), countries: ["TON", "FJI"]),
            Plan(2, W("2027-03-10"), Bob, countries: ["WSM"]),
            Days));
    }

    [Fact]
    public void Several_shared_states_are_listed_sorted()
    {
        var conflict = ConflictRule.Between(
            Plan(1, W("2027-03-10"), countries: ["WSM", "TON", "FJI", "KIR"]),
            Plan(2, W("2027-03-10"), Bob, countries: ["VUT", "WSM", "FJI", "TON"]),
            Days);

        Assert.NotNull(conflict);
        Assert.Equal(["FJI", "TON", "WSM"], conflict.SharedCountries);
    }

    [Fact]
    public void States_are_shared_whatever_the_case_of_their_codes()
    {
        var conflict = ConflictRule.Between(Plan(1, W("2027-03-10"), countries: ["ton"]), Plan(2, W("2027-03-10"), Bob, countries: ["TON"]), Days);

        Assert.NotNull(conflict);
        Assert.Single(conflict.SharedCountries);
    }

    [Theory]
    [InlineData(OutreachState.Done, OutreachState.Planned)]
    [InlineData(OutreachState.Cancelled, OutreachState.Planned)]
    [InlineData(OutreachState.Planned, OutreachState.Done)]
    [InlineData(OutreachState.Planned, OutreachState.Cancelled)]
    [InlineData(OutreachState.Done, OutreachState.Cancelled)]
    public void Done_or_cancelled_on_either_side_never_conflicts(OutreachState earlier, OutreachState later)
    {
        Assert.Null(ConflictRule.Between(Plan(1, W("2027-03-10"), state: earlier), Plan(2, W("2027-03-10"), Bob, state: later), Days));
    }

    [Fact]
    public void A_plan_does_not_conflict_with_itself()
    {
        var plan = Plan(7, W("2027-03-10"));

        Assert.Null(ConflictRule.Between(plan, plan with { Organizer = Bob }, Days));
    }

    [Fact]
    public void The_same_organizer_twice_is_already_registered()
    {
        var conflict = ConflictRule.Between(Plan(1, W("2027-03-10"), Alice), Plan(2, W("2027-03-11"), Alice with { DisplayName = "Alice A." }), Days);

        Assert.Equal(ConflictKind.AlreadyRegistered, conflict?.Kind);
    }

    [Fact]
    public void A_different_user_of_the_same_organization_and_name_is_possible_duplication()
    {
        var colleague = Alice with { UserId = "29:alice-colleague" };

        var conflict = ConflictRule.Between(
            Plan(1, W("2027-03-10"), Alice, organization: "Ghana"),
            Plan(2, W("2027-03-10"), colleague, organization: "Ghana"),
            Days);

        Assert.Equal(ConflictKind.PossibleDuplication, conflict?.Kind);
    }

    [Fact]
    public void The_same_user_id_on_another_channel_is_possible_duplication()
    {
        var onSlack = Alice with { ChannelId = "slack" };

        var conflict = ConflictRule.Between(Plan(1, W("2027-03-10"), Alice), Plan(2, W("2027-03-10"), onSlack), Days);

        Assert.Equal(ConflictKind.PossibleDuplication, conflict?.Kind);
    }

    [Fact]
    public void Search_range_reaches_exactly_as_far_as_the_rule()
    {
        var window = W("2027-03-10", "2027-03-12");

        var (endsOnOrAfter, startsOnOrBefore) = ConflictRule.SearchRange(window, Days);

        Assert.Equal(D("2027-02-07"), endsOnOrAfter); // 30 free days (8 Feb .. 9 Mar) before the 10th
        Assert.Equal(D("2027-04-12"), startsOnOrBefore); // 30 free days (13 Mar .. 11 Apr) after the 12th
        Assert.NotNull(ConflictRule.Between(Plan(1, window), Plan(2, W("2027-01-01", "2027-02-07"), Bob), Days));
        Assert.Null(ConflictRule.Between(Plan(1, window), Plan(2, W("2027-01-01", "2027-02-06"), Bob), Days));
    }

    [Fact]
    public void Search_range_holds_every_conflicting_window_and_only_those()
    {
        var random = new Random(20270310);
        var origin = D("2027-01-01");
        for (int run = 0; run < 5000; run++)
        {
            int windowDays = random.Next(0, 45);
            var first = RandomWindow(random, origin);
            var second = RandomWindow(random, origin);

            bool conflicts = ConflictRule.Between(Plan(1, first), Plan(2, second, Bob), windowDays) is not null;
            var (endsOnOrAfter, startsOnOrBefore) = ConflictRule.SearchRange(first, windowDays);
            bool inRange = second.End >= endsOnOrAfter && second.Start <= startsOnOrBefore;

            Assert.True(conflicts == inRange, $"{first} and {second} with {windowDays} days: conflict {conflicts}, in search range {inRange}");
        }
    }

    private static DateWindow RandomWindow(Random random, DateOnly origin)
    {
        var start = origin.AddDays(random.Next(0, 200));
        return new DateWindow(start, random.Next(3) == 0 ? null : start.AddDays(random.Next(0, 20)));
    }
}
