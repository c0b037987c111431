namespace AttBot.Domain.Language;

/// <summary>What the bot says about a button it cannot act on, the same on every channel.</summary>
public static class ButtonWords
{
    public const string UnknownState = "That button names no state I know. Please type the state's name instead.";
}
