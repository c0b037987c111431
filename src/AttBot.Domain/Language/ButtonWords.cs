namespace AttBot.Domain.Language;

/// <summary>What the bot says about a button it cannot act on, the same on every channel.</summary>
public static class ButtonWords
{
    public static string UnknownState(Language language) => language switch
    {
        Language.French => "Ce bouton ne désigne aucun État que je connaisse. Veuillez plutôt taper le nom de l’État.",
        Language.Spanish => "Ese botón no designa ningún Estado que yo conozca. Escriba el nombre del Estado.",
        _ => "That button names no state I know. Please type the state's name instead.",
    };
}
