using AttBot.Domain.Commands;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Tests.Commands;

/// <summary>What the questions' buttons send is read back as the command they stand for, and journaled when it stores.</summary>
public sealed class AskBeforeCommandTests
{
    private static readonly DateWindow March = new(new DateOnly(2027, 3, 10), new DateOnly(2027, 3, 12));

    [Fact]
    public void Register_anyway_carries_the_question_s_key_and_the_line_as_typed()
    {
        var key = AskBeforeCommands.KeyOf("msteams|activity-1");
        var command = CommandParser.Parse(AskBeforeCommands.RegisterAnyway(key, "bilateral Tonga 2027-03-10 topic accession"));

        Assert.Equal(new BotCommand.RegisterAnyway(key, "bilateral Tonga 2027-03-10 topic accession"), command);
        Assert.True(command.ChangesData());
        Assert.Equal(key, AskBeforeCommands.KeyOf("msteams|activity-1"));
        Assert.NotEqual(key, AskBeforeCommands.KeyOf("msteams|activity-2"));
    }

    [Fact]
    public void Register_anyway_typed_by_hand_has_no_key()
    {
        Assert.Equal(new BotCommand.RegisterAnyway(null, "bilateral Tonga 2027-03-10"), CommandParser.Parse("register anyway bilateral Tonga 2027-03-10"));
    }

    [Fact]
    public void The_other_buttons_read_back_as_their_commands()
    {
        Assert.Equal(new BotCommand.DiscardRegistration(), CommandParser.Parse(AskBeforeCommands.DiscardRegistration));
        Assert.Equal(new BotCommand.ChangeInstead("OR-0042", "2027-03-10..2027-03-12"), CommandParser.Parse(AskBeforeCommands.ChangeInstead("OR-0042", March)));
        Assert.Equal(new BotCommand.Move("OR-0042", "2027-03-10..2027-03-12"), CommandParser.Parse(AskBeforeCommands.Move("OR-0042", March)));
        Assert.Equal(new BotCommand.Cancel("OR-0042", Confirmed: true), CommandParser.Parse(AskBeforeCommands.ConfirmCancel("OR-0042")));
        Assert.Equal(new BotCommand.Done("OR-0042", "met the minister", Confirmed: true), CommandParser.Parse(AskBeforeCommands.ConfirmDone("OR-0042", "met the minister")));
        Assert.Equal(new BotCommand.Keep("OR-0042"), CommandParser.Parse(AskBeforeCommands.Keep("OR-0042")));
        Assert.Equal(new BotCommand.Cancel("OR-0042"), CommandParser.Parse("cancel OR-0042"));
        Assert.Equal(new BotCommand.Cancel("OR-0042"), CommandParser.Parse(AskBeforeCommands.Cancel("OR-0042")));
    }

    [Fact]
    public void Change_instead_carries_the_question_s_key_and_what_it_was_about_as_register_anyway_does()
    {
        var key = AskBeforeCommands.KeyOf("msteams|activity-1");

        Assert.Equal(new BotCommand.ChangeInstead("OR-0042", "", key, "bilateral Tonga 2027-03-10 note #1 priority"),
            CommandParser.Parse(AskBeforeCommands.ChangeInstead("OR-0042", key, "bilateral Tonga 2027-03-10 note #1 priority")));
        Assert.Equal(new BotCommand.ChangeInstead("OR-0042", "", key, "form:q1bKzc8"), CommandParser.Parse(AskBeforeCommands.ChangeInstead("OR-0042", key, "form:q1bKzc8")));
        Assert.True(AskBeforeCommands.IsForm("form:q1bKzc8"));
        Assert.False(AskBeforeCommands.IsForm("bilateral Tonga 2027-03-10"));
    }

    [Fact]
    public void A_gap_s_button_asks_for_the_form_with_its_state()
    {
        Assert.Equal(new BotCommand.RegisterForm("TON"), CommandParser.Parse(BotCommand.RegisterForm.For("TON")));
        Assert.Equal(new BotCommand.RegisterForm(), CommandParser.Parse("register"));
        Assert.False(CommandParser.Parse("register form TON").ChangesData());
    }

    [Fact]
    public void Only_what_stores_is_journaled()
    {
        Assert.False(CommandParser.Parse("discard registration").ChangesData());
        Assert.False(CommandParser.Parse("keep OR-0042").ChangesData());
        Assert.False(CommandParser.Parse("change OR-0042 2027-03-10").ChangesData());
        Assert.True(CommandParser.Parse("confirm cancel OR-0042").ChangesData());
    }
}
