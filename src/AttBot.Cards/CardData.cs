namespace AttBot.Cards;

/// <summary>The verbs and data keys that card buttons carry back to the bot: one vocabulary for cards and handlers.</summary>
public static class CardData
{
    /// <summary>Action.Submit data key holding a text command ("status Viet Nam").</summary>
    public const string Command = "command";
    /// <summary>Action.Execute data key holding a state's ISO 3166 alpha-3 code.</summary>
    public const string Iso3 = "iso3";
    /// <summary>Action.Execute verb: show the status of the state in <see cref="Iso3"/>.</summary>
    public const string StatusVerb = "status";
}
