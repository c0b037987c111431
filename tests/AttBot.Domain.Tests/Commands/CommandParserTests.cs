using AttBot.Domain.Commands;

namespace AttBot.Domain.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("status Malaysia", "Malaysia")]
    [InlineData("Status   Malaysia", "Malaysia")]
    [InlineData("what is the status of Viet Nam?", "Viet Nam")]
    [InlineData("What's the ATT status of Viet Nam", "Viet Nam")]
    [InlineData("status of the Bahamas", "the Bahamas")]
    [InlineData("att status for Côte d'Ivoire", "Côte d'Ivoire")]
    [InlineData("Malaysia?", "Malaysia")]
    [InlineData("马来西亚", "马来西亚")]
    [InlineData("越南？", "越南")]
    [InlineData("Ecuador status", "Ecuador")]
    [InlineData("is Ecuador a party?", "Ecuador")]
    [InlineData("has Malaysia ratified the treaty?", "Malaysia")]
    [InlineData("where does Tonga stand?", "Tonga")]
    [InlineData("VNM", "VNM")]
    public void Status_phrasings_yield_the_country_words(string text, string country)
    {
        var command = Assert.IsType<BotCommand.Status>(CommandParser.Parse(text));
        Assert.Equal(country, command.CountryText);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("?")]
    [InlineData("hello!")]
    [InlineData("what can you do?")]
    public void Help_words_ask_for_help(string text) => Assert.IsType<BotCommand.Help>(CommandParser.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Nothing_typed_is_empty(string? text) => Assert.IsType<BotCommand.Empty>(CommandParser.Parse(text));

    [Fact]
    public void Very_long_input_is_cut_before_it_reaches_the_resolver()
    {
        var command = Assert.IsType<BotCommand.Status>(CommandParser.Parse("status " + new string('x', 10_000)));
        Assert.True(command.CountryText.Length <= CommandParser.MaxCommandLength);
    }
}
