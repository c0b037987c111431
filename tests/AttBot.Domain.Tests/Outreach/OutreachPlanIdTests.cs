using AttBot.Domain.Outreach;

namespace AttBot.Domain.Tests.Outreach;

public sealed class OutreachPlanIdTests
{
    [Theory]
    [InlineData(1, "OR-0001")]
    [InlineData(42, "OR-0042")]
    [InlineData(9999, "OR-9999")]
    [InlineData(12345, "OR-12345")]
    public void Ids_are_written_with_four_digits_at_least(long id, string text) => Assert.Equal(text, OutreachPlan.FormatId(id));

    [Theory]
    [InlineData("OR-0042", 42)]
    [InlineData("or-42", 42)]
    [InlineData("Or-0042", 42)]
    [InlineData("OR42", 42)]
    [InlineData("42", 42)]
    [InlineData("  OR-0042  ", 42)]
    [InlineData("OR-12345", 12345)]
    public void Ids_are_read_as_people_quote_them(string text, long id) => Assert.Equal(id, OutreachPlan.ParseId(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OR-")]
    [InlineData("OR")]
    [InlineData("0")]
    [InlineData("OR-0000")]
    [InlineData("-42")]
    [InlineData("+42")]
    [InlineData("OR--42")]
    [InlineData("4 2")]
    [InlineData("42x")]
    [InlineData("OR-42.5")]
    [InlineData("ORANGE")]
    [InlineData("XX-42")]
    [InlineData("99999999999999999999")]
    public void Anything_else_is_no_id(string text) => Assert.Null(OutreachPlan.ParseId(text));

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(12345)]
    [InlineData(long.MaxValue)]
    public void A_written_id_reads_back(long id) => Assert.Equal(id, OutreachPlan.ParseId(OutreachPlan.FormatId(id)));

    [Fact]
    public void Public_id_is_the_formatted_id()
    {
        var plan = Plans.Plan(42, Plans.W("2027-03-10"));

        Assert.Equal("OR-0042", plan.PublicId);
    }
}
