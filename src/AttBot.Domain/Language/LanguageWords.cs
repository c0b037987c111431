namespace AttBot.Domain.Language;

/// <summary>
/// The answers of "language fr|es|en|auto" in English, French and Spanish: each told in the language the person now
/// reads. The command words (language fr…) are typed as they are in every language; the bot also reads langue and idioma.
/// French puts a no-break space before a colon.
/// </summary>
public static class LanguageWords
{
    private const char Nbsp = '\u00A0';

    public static string Unknown(string typed, Language language) => language switch
    {
        Language.French => $"AttBot écrit en anglais, en français et en espagnol, pas en «{Nbsp}{typed}{Nbsp}»{Nbsp}: tapez langue en, langue fr ou langue es " +
            "(ou langue auto pour suivre la langue de votre application).",
        Language.Spanish => $"AttBot escribe en inglés, francés y español, no en «{typed}»: escriba idioma en, idioma fr o idioma es " +
            "(o idioma auto para seguir el idioma de su aplicación).",
        _ => $"AttBot writes English, French and Spanish, not “{typed}”: type language en, language fr or language es (or language auto to follow your app's language).",
    };

    public static string FollowsApp(Language language) => language switch
    {
        Language.French => $"C’est noté{Nbsp}: AttBot suit de nouveau la langue de votre application.",
        Language.Spanish => "Entendido: AttBot vuelve a seguir el idioma de su aplicación.",
        _ => "Noted: AttBot follows your app's language again.",
    };

    /// <param name="chosen">The language's own name ("Español").</param>
    public static string YouChose(string chosen, Language language) => language switch
    {
        Language.French => $"Vous avez choisi {chosen}.",
        Language.Spanish => $"Ha elegido {chosen}.",
        _ => $"You chose {chosen}.",
    };

    public static string NoChoice(Language language) => language switch
    {
        Language.French => $"Vous n’avez pas choisi de langue{Nbsp}: AttBot suit celle de votre application.",
        Language.Spanish => "No ha elegido ningún idioma: AttBot sigue el de su aplicación.",
        _ => "You have not chosen a language: AttBot follows your app's.",
    };

    public static string HowToChoose(Language language) => language switch
    {
        Language.French => "Choisissez avec langue en, langue fr ou langue es, ou langue auto.",
        Language.Spanish => "Elija con idioma en, idioma fr o idioma es, o idioma auto.",
        _ => "Choose with language en, language fr or language es, or language auto.",
    };

    public static string Noted(Language language) => language switch
    {
        Language.French => $"C’est noté{Nbsp}: AttBot vous répond désormais en français.",
        Language.Spanish => "Entendido: AttBot le responde ahora en español.",
        _ => "Noted: AttBot answers you in English.",
    };
}
