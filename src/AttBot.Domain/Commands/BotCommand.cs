namespace AttBot.Domain.Commands;

/// <summary>What a user asked for, whatever channel the words came from.</summary>
public abstract record BotCommand
{
    /// <summary>"help", "?", "hello": what can the bot do.</summary>
    public sealed record Help : BotCommand;

    /// <summary>The ATT status of one state; <paramref name="CountryText"/> is the user's words for it, unresolved.</summary>
    public sealed record Status(string CountryText) : BotCommand;

    /// <summary>Nothing to act on (an empty message, only a mention).</summary>
    public sealed record Empty : BotCommand;
}
