using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Domain.Tests.Commands;

/// <summary>Text that reads differently from what it holds, half-open date ranges and digits of other scripts.</summary>
public sealed class InputEdgeTests
{
    [Theory]
    [InlineData("status \u202EMalaysia", "Malaysia")]
    [InlineData("status Mal\u2066aysia\u2069", "Malaysia")]
    [InlineData("status \u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069Fiji", "Fiji")]
    public void Bidirectional_controls_are_removed_before_anything_is_read(string typed, string country) =>
        Assert.Equal(country, Assert.IsType<BotCommand.Status>(CommandParser.Parse(typed)).CountryText);

    [Fact]
    public void A_registration_note_keeps_its_words_without_the_controls()
    {
        var command = Assert.IsType<BotCommand.RegisterText>(CommandParser.Parse("register bilateral Tonga 2027-03-10 note see \u202Egnp.exe"));
        Assert.DoesNotContain('\u202E', command.Text);
        Assert.EndsWith("see gnp.exe", command.Text);
    }

    [Fact]
    public void Text_with_no_controls_is_returned_as_it_is()
    {
        const string text = "Ministère des Affaires étrangères — مرحبا";
        Assert.Same(text, FreeText.Clean(text));
    }

    [Theory]
    [InlineData("2027-03-01..")]
    [InlineData("2027-03-01 ..")]
    [InlineData("2027-03-01 to")]
    [InlineData("2027-03-01 until")]
    [InlineData("2027-03-01-")]
    [InlineData("2027-03-01 –")]
    public void A_range_with_one_end_is_refused_not_read_as_one_day(string typed)
    {
        var (window, problems) = RegistrationParser.ParseWindow(typed);

        Assert.Null(window);
        Assert.Contains(problems, p => p.Message.Contains("only one end", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2027-03-01", 1)]
    [InlineData("2027-03-01..2027-03-03", 3)]
    [InlineData("2027-03-01..03", 3)]
    public void Whole_ranges_and_single_days_still_read(string typed, int days) =>
        Assert.Equal(days, RegistrationParser.ParseWindow(typed).Window!.Days);

    [Fact]
    public void A_period_with_one_end_is_refused()
    {
        var (period, problem) = ReportPeriod.Parse("2027-03-01..");
        Assert.Null(period);
        Assert.Contains("only one end", problem);
    }

    [Theory]
    [InlineData("٢٠٢٧")]          // Arabic-Indic digits
    [InlineData("٢٠٢٧-Q1")]
    [InlineData("२०२७-०३")]        // Devanagari digits
    [InlineData("٢٠٢٧-٠٣-٠١..٢٠٢٧-٠٣-٠٥")]
    public void Periods_take_ascii_digits_only_and_say_so_in_words(string typed)
    {
        var (period, problem) = ReportPeriod.Parse(typed);
        Assert.Null(period);
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData("gaps ١٢")]
    [InlineData("priority Angola ٣")]
    [InlineData("intention Angola ٢٠٢٥-٠٨-٢٥ at CSP11: accession bill")]
    public void Digits_of_other_scripts_never_crash_the_parser(string typed) => Assert.NotNull(CommandParser.Parse(typed));
}
