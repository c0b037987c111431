using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2027", "2027-01-01", "2027-12-31")]
    [InlineData("2027-Q1", "2027-01-01", "2027-03-31")]
    [InlineData("2027 q4", "2027-10-01", "2027-12-31")]
    [InlineData("2027-02", "2027-02-01", "2027-02-28")]
    [InlineData("2028-2", "2028-02-01", "2028-02-29")]
    [InlineData("2027-01-15..2027-02-10", "2027-01-15", "2027-02-10")]
    public void Years_quarters_months_and_date_ranges_are_periods(string text, string start, string end)
    {
        var (period, problem) = ReportPeriod.Parse(text);

        Assert.Null(problem);
        Assert.Equal(W(start, end), period);
    }

    [Theory]
    [InlineData("2027-Q5", "Q1 to Q4")]
    [InlineData("2027-13", "01 to 12")]
    [InlineData("1890", "2000 to 2100")]
    [InlineData("next week", "a year (2027)")]
    [InlineData("2027-02-10..2027-01-15", "before")]
    public void What_is_not_a_period_is_told_why(string text, string expected)
    {
        var (period, problem) = ReportPeriod.Parse(text);

        Assert.Null(period);
        Assert.Contains(expected, problem);
    }
}
