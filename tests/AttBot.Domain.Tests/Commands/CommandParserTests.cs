using AttBot.Domain.Commands;
using AttBot.Domain.Treaty;

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
    [InlineData("what is planned for Fiji?", "Fiji")]
    [InlineData("What's planned in Tonga", "Tonga")]
    [InlineData("what outreach is planned for the Solomon Islands?", "the Solomon Islands")]
    [InlineData("who is going to Samoa?", "Samoa")]
    [InlineData("Who's visiting Palau", "Palau")]
    [InlineData("is anyone going to Nauru?", "Nauru")]
    [InlineData("any outreach planned for Kiribati?", "Kiribati")]
    public void Everyday_outreach_questions_ask_for_the_states_outreach(string text, string country)
    {
        var command = Assert.IsType<BotCommand.OutreachFor>(CommandParser.Parse(text));
        Assert.Equal(country, command.CountryText);
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("Thank you!")]
    [InlineData("thanks a lot")]
    [InlineData("merci beaucoup")]
    [InlineData("Muchas gracias.")]
    public void Thanks_get_a_friendly_word_not_a_country_search(string text) =>
        Assert.IsType<BotCommand.Thanks>(CommandParser.Parse(text));

    [Theory]
    [InlineData("Thanksgiving Island")]
    [InlineData("what is the status of Fiji")]
    public void Names_and_status_questions_are_not_mistaken_for_thanks_or_outreach_questions(string text) =>
        Assert.IsType<BotCommand.Status>(CommandParser.Parse(text));

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
    public void Very_long_input_is_refused_whole_never_cut()
    {
        var command = Assert.IsType<BotCommand.TooLong>(CommandParser.Parse("status " + new string('x', 10_000)));
        Assert.Equal(10_007, command.Length);
        Assert.Contains("I read at most 4,000", command.Message);
    }

    [Fact]
    public void A_long_command_within_the_limit_is_read_to_its_last_word()
    {
        var partners = string.Join(", ", Enumerable.Range(1, 60).Select(i => $"Partner {i}"));
        var command = Assert.IsType<BotCommand.RegisterText>(CommandParser.Parse($"register bilateral Samoa 2027-07-03 with {partners} restricted"));
        Assert.EndsWith("restricted", command.Text);
    }

    [Theory]
    [InlineData("region Oceania", "Oceania")]
    [InlineData("region South-eastern Asia?", "South-eastern Asia")]
    [InlineData("region", null)]
    [InlineData("regions", null)]
    public void Region_names_the_region_or_asks_for_the_world(string text, string? name) =>
        Assert.Equal(name, Assert.IsType<BotCommand.Region>(CommandParser.Parse(text)).Name);

    [Theory]
    [InlineData("set status Tonga party 2026-03-02", "Tonga", TreatyStatus.Party, "2026-03-02", null)]
    [InlineData("set status Papua New Guinea party 2 March 2026 accession", "Papua New Guinea", TreatyStatus.Party, "2 March 2026", "accession")]
    [InlineData("Set Status Viet Nam signatory 3 Jun 2013", "Viet Nam", TreatyStatus.Signatory, "3 Jun 2013", null)]
    [InlineData("set status Malaysia none", "Malaysia", TreatyStatus.None, null, null)]
    public void Set_status_reads_the_state_the_status_the_date_and_the_instrument(string text, string country, TreatyStatus status, string? date, string? kind)
    {
        var command = Assert.IsType<BotCommand.SetStatus>(CommandParser.Parse(text));
        Assert.Equal((country, status, date, kind), (command.CountryText, command.NewStatus, command.DateText, command.KindText));
    }

    [Fact]
    public void Set_without_a_status_explains_itself() =>
        Assert.Equal("set status", Assert.IsType<BotCommand.Usage>(CommandParser.Parse("set status Tonga")).Command);

    [Fact]
    public void Import_status_keeps_pasted_lines_whole()
    {
        var pasted = "Participant,Signature,Ratification\nTonga,,2 Mar 2026 a\n" + new string('x', 600);
        var command = Assert.IsType<BotCommand.ImportStatus>(CommandParser.Parse("import status\n" + pasted));
        Assert.Equal(pasted, command.PastedText);
        Assert.Null(Assert.IsType<BotCommand.ImportStatus>(CommandParser.Parse("Import Status")).PastedText);
    }

    [Theory]
    [InlineData("apply import 3", "3", true)]
    [InlineData("discard import #12", "#12", false)]
    public void Imports_are_applied_or_discarded_by_id(string text, string id, bool apply) =>
        Assert.Equal(new BotCommand.DecideImport(id, apply), CommandParser.Parse(text));
}
