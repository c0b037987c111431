namespace AttBot.Domain.Language;

/// <summary>
/// What AttBot says in English, French and Spanish when someone's words name no one state: the question with
/// suggestions, the choice between several states, and why a name has no status. The input is echoed as typed, in
/// the language's own quotation marks; the states are named by the caller in the reader's language.
/// </summary>
public static class CountryWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>"I don't know “Atlantis” — did you mean A, B or C?"; with nothing close, how to ask instead (Markdown).</summary>
    public static string Unknown(string input, IReadOnlyList<string> suggestions, Language language) => (suggestions.Count, language) switch
    {
        (0, Language.French) => $"Je ne connais pas {Quoted(input, language)}. Essayez le nom ou le code d’un État, par exemple **statut Viet Nam**, ou tapez **aide**.",
        (0, Language.Spanish) => $"No conozco {Quoted(input, language)}. Pruebe con el nombre o el código de un Estado, por ejemplo **estado Viet Nam**, o escriba **ayuda**.",
        (0, _) => $"I don't know {Quoted(input, language)}. Try a state's name or code, for example **status Viet Nam**, or type **help**.",
        (_, Language.French) => $"Je ne connais pas {Quoted(input, language)}{Nbsp}— vouliez-vous dire {ListWords.Or(suggestions, language)}{Nbsp}?",
        (_, Language.Spanish) => $"No conozco {Quoted(input, language)}; ¿quiso decir {ListWords.Or(suggestions, language)}?",
        _ => $"I don't know {Quoted(input, language)} — did you mean {ListWords.Or(suggestions, language)}?",
    };

    /// <summary>The input named several states: the question above their buttons.</summary>
    public static string WhichOne(string input, Language language) => language switch
    {
        Language.French => $"{Quoted(input, language)} peut désigner plusieurs États. Lequel{Nbsp}?",
        Language.Spanish => $"{Quoted(input, language)} puede referirse a varios Estados. ¿A cuál?",
        _ => $"{Quoted(input, language)} could mean several states. Which one?",
    };

    /// <summary>"“Congo” could mean Congo or Democratic Republic of the Congo: please name one."</summary>
    public static string Ambiguous(string input, IReadOnlyList<string> candidates, Language language) => language switch
    {
        Language.French => $"{Quoted(input, language)} peut désigner {ListWords.Or(candidates, language)}{Nbsp}: veuillez en nommer un.",
        Language.Spanish => $"{Quoted(input, language)} puede referirse a {ListWords.Or(candidates, language)}: indique uno.",
        _ => $"{Quoted(input, language)} could mean {ListWords.Or(candidates, language)}: please name one.",
    };

    public static string NotAParticipant(string input, Language language) => language switch
    {
        Language.French => $"{Quoted(input, language)} ne figure pas parmi les participants au Traité sur le commerce des armes que recense la " +
            $"Collection des traités des Nations Unies{Nbsp}; AttBot ne dispose donc d’aucun statut à son sujet.",
        Language.Spanish => $"{Quoted(input, language)} no figura entre los participantes en el Tratado sobre el Comercio de Armas que enumera la " +
            "Colección de Tratados de las Naciones Unidas, por lo que AttBot no tiene datos sobre su situación.",
        _ => $"{Quoted(input, language)} is not among the participants the UN Treaty Collection lists for the Arms Trade Treaty, so AttBot has no status for it.",
    };

    /// <summary>"I don't know the state “X” — did you mean …?", or without suggestions "I don't know the state “X”."</summary>
    public static string UnknownState(string input, IReadOnlyList<string> suggestions, Language language) => (suggestions.Count, language) switch
    {
        (0, Language.French) => $"Je ne connais pas l’État {Quoted(input, language)}.",
        (0, Language.Spanish) => $"No conozco el Estado {Quoted(input, language)}.",
        (0, _) => $"I don't know the state {Quoted(input, language)}.",
        (_, Language.French) => $"Je ne connais pas l’État {Quoted(input, language)}{Nbsp}— vouliez-vous dire {ListWords.Or(suggestions, language)}{Nbsp}?",
        (_, Language.Spanish) => $"No conozco el Estado {Quoted(input, language)}; ¿quiso decir {ListWords.Or(suggestions, language)}?",
        _ => $"I don't know the state {Quoted(input, language)} — did you mean {ListWords.Or(suggestions, language)}?",
    };

    /// <summary>Echoed words in the language's quotation marks: “X”, « X », «X».</summary>
    public static string Quoted(string text, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{text}{Nbsp}»",
        Language.Spanish => $"«{text}»",
        _ => $"“{text}”",
    };
}
