using AttBot.Domain.Commands;
using AttBot.Domain.Reports;

namespace AttBot.Domain.Tests.Commands;

public sealed class ReportCommandTests
{
    [Theory]
    [InlineData("export", ExportFormat.Csv, "")]
    [InlineData("export csv", ExportFormat.Csv, "")]
    [InlineData("Export CSV 2027-Q1 region Asia", ExportFormat.Csv, "2027-Q1 region Asia")]
    [InlineData("export 2027 kind workshop", ExportFormat.Csv, "2027 kind workshop")]
    [InlineData("export ics region Oceania", ExportFormat.Calendar, "region Oceania")]
    [InlineData("export calendar", ExportFormat.Calendar, "")]
    [InlineData("calendar 2027-03", ExportFormat.Calendar, "2027-03")]
    public void Export_names_its_format_and_keeps_the_filter_words(string text, ExportFormat format, string filter)
    {
        var command = Assert.IsType<BotCommand.Export>(CommandParser.Parse(text));

        Assert.Equal((format, filter), (command.Format, command.FilterText));
    }

    [Theory]
    [InlineData("summary 2027-Q1", "2027-Q1")]
    [InlineData("report 2026", "2026")]
    public void Summary_takes_a_period(string text, string period) =>
        Assert.Equal(period, Assert.IsType<BotCommand.Summary>(CommandParser.Parse(text)).PeriodText);

    [Fact]
    public void Summary_without_a_period_says_how_to_use_it() =>
        Assert.Contains("2027-Q1", Assert.IsType<BotCommand.Usage>(CommandParser.Parse("summary")).Example);
}
