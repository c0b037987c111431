using AttBot.Domain.Outreach;

namespace AttBot.Domain.Tests.Outreach;

/// <summary>A conflict tells how close the plans are, in days, instead of "overlaps" for windows weeks apart.</summary>
public sealed class ProximityTests
{
    private static DateWindow W(string start, string? end = null) =>
        new(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-11", "2027-03-13", "the same dates as your visit")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-12", null, "during your visit")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-12", "2027-03-16", "overlapping your visit by 2 days")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-01", "2027-03-11", "overlapping your visit by 1 day")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-10", "2027-03-14", "overlapping your visit by 3 days")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-14", null, "the day after your visit")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-21", "2027-03-22", "8 days after your visit")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-10", null, "the day before your visit")]
    [InlineData("2027-03-11", "2027-03-13", "2027-03-01", "2027-03-08", "3 days before your visit")]
    public void The_other_plan_is_placed_in_days_from_your_own(string start, string? end, string otherStart, string? otherEnd, string said) =>
        Assert.Equal(said, Proximity.Of(W(start, end), W(otherStart, otherEnd)).Describe("your visit"));

    [Fact]
    public void Seen_from_the_other_side_the_days_are_the_same_and_the_direction_turns()
    {
        var mine = W("2027-03-11", "2027-03-13");
        var theirs = W("2027-03-21");
        Assert.Equal(new Proximity(ProximityKind.After, 8), Proximity.Of(mine, theirs));
        Assert.Equal(new Proximity(ProximityKind.Before, 8), Proximity.Of(theirs, mine));
    }
}
