using AttBot.Domain.Commands;

namespace AttBot.Domain.Tests.Commands;

/// <summary>What the durable inbox journals: every command that changes data, and no read-only one.</summary>
public sealed class CommandEffectsTests
{
    [Theory]
    [InlineData("register bilateral Tonga 2027-03-10 as Mexico")]
    [InlineData("organization Mexico")]
    [InlineData("move OR-0042 2027-04-01..2027-04-03")]
    [InlineData("done OR-0042 met the legal adviser")]
    [InlineData("cancel OR-0042")]
    [InlineData("subscribe alerts")]
    [InlineData("unsubscribe alerts")]
    [InlineData("set status Tonga party 2026-03-02")]
    [InlineData("import status")]
    [InlineData("apply import 3")]
    [InlineData("discard import 3")]
    [InlineData("grant champion Oceania @Maria")]
    [InlineData("revoke secretariat @Sam")]
    [InlineData("priority Angola 1")]
    [InlineData("intention Angola 2025-08-25 at CSP11: accession bill in 2026")]
    public void A_command_that_changes_data_is_journaled(string text) =>
        Assert.True(CommandParser.Parse(text).ChangesData(), $"{text} -> {CommandParser.Parse(text)}");

    [Theory]
    [InlineData("status Tonga")]
    [InlineData("Viet Nam?")]
    [InlineData("register")]
    [InlineData("organization")]
    [InlineData("outreach Tonga")]
    [InlineData("mine")]
    [InlineData("history OR-0042")]
    [InlineData("export csv 2027-Q1")]
    [InlineData("summary 2027")]
    [InlineData("region Oceania")]
    [InlineData("priority Angola")]
    [InlineData("priorities Asia")]
    [InlineData("gaps")]
    [InlineData("roles")]
    [InlineData("champions")]
    [InlineData("help")]
    [InlineData("")]
    public void A_read_only_command_stays_in_memory(string text) =>
        Assert.False(CommandParser.Parse(text).ChangesData(), $"{text} -> {CommandParser.Parse(text)}");
}
