namespace AttBot.Domain.Commands;

/// <summary>The sentences that answer the conversation itself rather than a question about the treaty, for every channel.</summary>
public static class CommandSentences
{
    /// <summary>A command typed without what it needs: how to write it.</summary>
    public static string Usage(BotCommand.Usage usage) => $"To use **{usage.Command}**, type for example: **{usage.Example}**";

    public const string Thanks = "You're welcome. Type **help** whenever you need me.";
}
