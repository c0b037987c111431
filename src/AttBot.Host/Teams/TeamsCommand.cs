using System.Runtime.CompilerServices;
using AttBot.BotFramework.Schema;
using AttBot.Cards;
using AttBot.Domain.Commands;
using AttBot.Host.Status;

namespace AttBot.Host.Teams;

/// <summary>
/// The command in a Teams message, read once per turn: the inbox that decides whether to journal it and the bot that
/// answers it get the same command from the same activity (SlackTypedCommand is Slack's twin).
/// </summary>
public static class TeamsCommand
{
    /// <summary>The command, and the text it was read from (a card's personal views ask it again).</summary>
    public sealed record Read(BotCommand Command, string Text);

    // Kept with the activity for as long as it lives: the adapter hands the same activity from its inbox check to the bot.
    private static readonly ConditionalWeakTable<Activity, Read> Parsed = new();

    public static Read Of(Activity activity) => Parsed.GetValue(activity, Parse);

    private static Read Parse(Activity activity)
    {
        // A card button (Action.Submit) sends its command in the value; typed text may carry the bot's @mention.
        var text = activity.ValueString(CardData.Command) ?? activity.TextWithoutRecipientMention();
        var command = CommandParser.Parse(text);
        // Who a grant or revoke names: their @mention, read as "<@id|name>" as on Slack. Other text keeps its mentions as typed.
        if (command is BotCommand.Grant or BotCommand.Revoke)
            command = CommandParser.Parse(text.WithMentionsAsUserIds(activity));
        // A file sent on its own (Teams sends no text with it) is the Secretariat's status import.
        if (command is BotCommand.Empty && StatusFiles.FindFile(activity) is not null)
            command = new BotCommand.ImportStatus(null);
        return new Read(command, text);
    }
}
