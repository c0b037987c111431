namespace AttBot.Cards;

/// <summary>
/// The colours AttBot's text may have, by what they mean. Teams' light theme draws "Good" in #92C353 and "Warning" in
/// #F8D22A: 2.1:1 and 1.5:1 against white, unreadable for many (WCAG AA asks 4.5:1). "Accent" (#6264A7, 5.6:1) and
/// "Attention" (#C4314B, 5.3:1) pass, and the meaning is always in the words too ("State Party", "Possible duplication").
/// </summary>
public static class CardColors
{
    /// <summary>Something done or in good order: a status applied, a duplication settled, a party.</summary>
    public const string Positive = "Accent";

    /// <summary>Something to look at: a possible duplication, a problem to fix, rows left out.</summary>
    public const string Caution = "Attention";
}
