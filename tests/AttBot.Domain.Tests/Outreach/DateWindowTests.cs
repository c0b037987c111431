using AttBot.Domain.Outreach;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Outreach;

public sealed class DateWindowTests
{
    [Theory]
    [InlineData("2027-03-10", null, 1)]
    [InlineData("2027-03-10", "2027-03-10", 1)]
    [InlineData("2027-03-10", "2027-03-12", 3)]
    [InlineData("2028-02-28", "2028-03-01", 3)] // leap year
    [InlineData("2027-02-28", "2027-03-01", 2)]
    [InlineData("2026-12-31", "2027-01-02", 3)]
    public void Days_counts_both_ends(string start, string? end, int days) => Assert.Equal(days, W(start, end).Days);

    [Fact]
    public void A_single_date_is_a_one_day_window()
    {
        var window = W("2027-05-05");

        Assert.Equal(window.Start, window.End);
        Assert.Equal(W("2027-05-05", "2027-05-05"), window);
    }

    [Theory]
    [InlineData("2027-03-10", "2027-03-12", "2027-03-11", "2027-03-20", 0)] // overlap
    [InlineData("2027-03-10", "2027-03-12", "2027-03-01", "2027-03-31", 0)] // inside
    [InlineData("2027-03-10", "2027-03-12", "2027-03-13", "2027-03-13", 0)] // touching
    [InlineData("2027-03-10", "2027-03-12", "2027-03-14", "2027-03-14", 1)]
    [InlineData("2027-03-10", "2027-03-10", "2027-04-10", "2027-04-12", 30)]
    [InlineData("2026-12-31", "2026-12-31", "2027-01-02", "2027-01-02", 1)]
    public void Gap_counts_the_free_days_between_and_is_symmetric(string s1, string e1, string s2, string e2, int gap)
    {
        var a = W(s1, e1);
        var b = W(s2, e2);

        Assert.Equal(gap, a.GapInDaysTo(b));
        Assert.Equal(gap, b.GapInDaysTo(a));
    }

    [Theory]
    [InlineData("2027-03-10", "2027-03-12", "2027-03-12", "2027-03-14", true)]
    [InlineData("2027-03-10", "2027-03-12", "2027-03-13", "2027-03-14", false)]
    [InlineData("2027-03-10", "2027-03-31", "2027-03-15", "2027-03-15", true)]
    public void Overlaps_needs_a_shared_day(string s1, string e1, string s2, string e2, bool overlaps)
    {
        Assert.Equal(overlaps, W(s1, e1).Overlaps(W(s2, e2)));
        Assert.Equal(overlaps, W(s2, e2).Overlaps(W(s1, e1)));
    }

    [Theory]
    [InlineData("2027-05-05", null, "5 May 2027")]
    [InlineData("2027-03-10", "2027-03-12", "10–12 March 2027")]
    [InlineData("2027-03-30", "2027-04-02", "30 March – 2 April 2027")]
    [InlineData("2026-12-31", "2027-01-02", "31 December 2026 – 2 January 2027")]
    [InlineData("2027-01-01", "2027-12-31", "1 January – 31 December 2027")]
    public void ToString_says_the_window_the_UN_way(string start, string? end, string text) => Assert.Equal(text, W(start, end).ToString());

    [Fact]
    public void A_window_that_ends_before_it_starts_cannot_be_made()
    {
        var error = Assert.Throws<ArgumentException>(() => W("2027-03-10", "2027-03-01"));

        Assert.Contains("2027-03-01", error.Message, StringComparison.Ordinal);
    }
}
