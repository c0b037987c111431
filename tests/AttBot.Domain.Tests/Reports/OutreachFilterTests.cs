using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Domain.Tests.Outreach.Plans;

namespace AttBot.Domain.Tests.Reports;

public sealed class OutreachFilterTests
{
    [Fact]
    public void Every_filter_is_read_from_one_line()
    {
        var (filter, problems) = OutreachFilterParser.Parse("2027-Q1 region South-eastern Asia kind workshop topic accession state planned");

        Assert.Empty(problems);
        Assert.Equal(W("2027-01-01", "2027-03-31"), filter.Period);
        Assert.Equal("South-eastern Asia", filter.RegionText);
        Assert.Equal((OutreachKind.Workshop, OutreachTopic.Accession, OutreachState.Planned), (filter.Kind, filter.Topic, filter.State));
    }

    [Fact]
    public void Nothing_filters_nothing()
    {
        var (filter, problems) = OutreachFilterParser.Parse("");

        Assert.Empty(problems);
        Assert.Equal(new OutreachFilter(), filter);
        Assert.Equal("all outreach", filter.Describe(null, null));
    }

    [Theory]
    [InlineData("kind picnic", "not a kind of outreach")]
    [InlineData("topic weather", "not a topic")]
    [InlineData("state archived", "planned, done or cancelled")]
    [InlineData("country", "country (with nothing after it)")]
    [InlineData("2027-Q9", "Q1 to Q4")]
    public void A_filter_that_cannot_be_read_is_named_in_the_problems(string text, string expected)
    {
        var (_, problems) = OutreachFilterParser.Parse(text);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }
}
