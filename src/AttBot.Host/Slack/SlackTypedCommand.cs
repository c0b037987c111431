using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AttBot.Domain.Commands;
using AttBot.Slack.Payloads;

namespace AttBot.Host.Slack;

/// <summary>
/// A command typed to AttBot on Slack, read once per request: the listener that answers a message and the inbox that
/// decides whether to journal it (<see cref="SlackInbox"/>) get the same command, read from the same request.
/// </summary>
public static partial class SlackTypedCommand
{
    // Kept with the request for as long as it lives: the endpoint hands the same request to the inbox and the listener.
    private static readonly ConditionalWeakTable<SlashCommand, BotCommand> Commands = new();
    private static readonly ConditionalWeakTable<SlackEventEnvelope, BotCommand?> Events = new();
    private static readonly ConditionalWeakTable<SlackAction, BotCommand> Buttons = new();

    /// <summary>The command after a slash command ("/att status Tonga").</summary>
    public static BotCommand Of(SlashCommand command) => Commands.GetValue(command, c => Parse(c.Text, botUserId: null));

    /// <summary>The command a command button carries in its value.</summary>
    public static BotCommand Of(SlackAction action) => Buttons.GetValue(action, a => CommandParser.Parse(a.Value ?? ""));

    /// <summary>
    /// The command in a person's direct message to the bot or in a mention of it in a channel; null for anything else:
    /// a bot's message (ourselves included: that is how loops start), edits, joins and other subtypes, channel chatter.
    /// </summary>
    public static BotCommand? Of(SlackEventEnvelope envelope) => Events.GetValue(envelope, Read);

    private static BotCommand? Read(SlackEventEnvelope envelope)
    {
        if (envelope.Event is not { } e || e.BotId is not null || e.Subtype is not null || e.User is null || e.User == envelope.BotUserId || e.Channel is null)
            return null;
        if (!(e.Type == "app_mention" || e.Type == "message" && e.ChannelType == "im"))
            return null;
        // The mention that addressed the bot is not part of the command; when Slack does not say which id is ours, it is the leading one.
        var text = envelope.BotUserId is null && e.Type == "app_mention" ? LeadingMention().Replace(e.Text ?? "", " ") : e.Text ?? "";
        return Parse(text, envelope.BotUserId);
    }

    /// <summary>
    /// A command read from the text as typed (Slack's escapes undone, "@maria" for a mention); a grant or revoke is read
    /// again with its mentions as "&lt;@U0123|maria&gt;", which name the person exactly, as Teams does with its @mentions.
    /// </summary>
    public static BotCommand Parse(string text, string? botUserId)
    {
        var parsed = CommandParser.Parse(SlackText.Readable(text, botUserId));
        return parsed is BotCommand.Grant or BotCommand.Revoke ? CommandParser.Parse(SlackText.WithUserMentions(text, botUserId)) : parsed;
    }

    // "<@U0BOT>" or "<@U0BOT|attbot>" at the start of a mention event.
    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>")]
    private static partial Regex LeadingMention();
}
