namespace AttBot.Domain.Language;

/// <summary>
/// What <see cref="Outreach.RegistrationRules"/> says of a registration as a whole, in English, French and Spanish:
/// too many states, a window over or too far ahead or too long, a text too long. French puts a no-break space before
/// a colon or a question mark.
/// </summary>
public static class RegistrationRuleSentences
{
    private const char Nbsp = '\u00A0';

    public static string TooManyStates(int count, int max, Language language) => language switch
    {
        Language.French => $"Cela fait {Formats.Number(count, language)} États{Nbsp}; une inscription en nomme au plus {max}. " +
            "Indiquez plutôt une région (région Afrique de l’Ouest), ou inscrivez la liste en plusieurs fois.",
        Language.Spanish => $"Son {Formats.Number(count, language)} Estados; un registro nombra como máximo {max}. " +
            "Indique más bien una región (región África occidental), o registre la lista en varias partes.",
        _ => $"That is {Formats.Number(count, language)} states; one registration names at most {max}. Name a region instead (region Western Africa), or register the list in parts.",
    };

    public static string WindowOver(DateOnly end, Language language) => language switch
    {
        Language.French => $"Cette période est passée{Nbsp}: elle s’est terminée le {Formats.Date(end, language)}. Inscrivez une démarche encore à venir, " +
            "ou consignez ce que vous avez appris avec fait et le numéro de l’inscription (fait OR-0042 …).",
        Language.Spanish => $"Ese período ya terminó: concluyó el {Formats.Date(end, language)}. Registre una gestión que aún esté por venir, " +
            "o deje constancia de lo averiguado con hecho y el número del registro (hecho OR-0042 …).",
        _ => $"That window is over: it ended on {Formats.Date(end, language)}. Register outreach that is still to come, or record what you found with done and the registration's id (done OR-0042 …).",
    };

    public static string TooFarAhead(DateOnly start, int years, Language language) => language switch
    {
        Language.French => $"Le {Formats.Date(start, language)} est dans plus de {years} ans. L’année est-elle la bonne{Nbsp}?",
        Language.Spanish => $"El {Formats.Date(start, language)} está a más de {years} años. ¿Es correcto el año?",
        _ => $"{Formats.Date(start, language)} is more than {years} years ahead. Is the year right?",
    };

    /// <param name="window">The window as <see cref="Outreach.DateWindow"/> writes it.</param>
    public static string WindowTooLong(int days, string window, int max, Language language) => language switch
    {
        Language.French => $"Cette période dure {Formats.Number(days, language)} jours ({window}){Nbsp}; le maximum est de {max}. " +
            "Un programme plus long se compose de plusieurs périodes de démarches{Nbsp}: inscrivez chacune d’elles.",
        Language.Spanish => $"Ese período dura {Formats.Number(days, language)} días ({window}); el máximo es {max}. " +
            "Un programa más largo se compone de varios períodos de gestiones: registre cada uno.",
        _ => $"That window is {days} days long ({window}); the most is {max}. A longer programme is several outreach windows: register each one.",
    };

    public enum Text { Organization, Partners, Note }

    /// <summary>A text over its limit: refused, never cut. A note also says where longer material goes.</summary>
    public static string TooLong(Text text, int length, int max, Language language)
    {
        var (n, m) = (Formats.Number(length, language), Formats.Number(max, language));
        var said = (text, language) switch
        {
            (Text.Organization, Language.French) => $"Le nom de l’organisation compte {n} caractères{Nbsp}; le maximum est de {m}.",
            (Text.Partners, Language.French) => $"La liste des partenaires compte {n} caractères{Nbsp}; le maximum est de {m}.",
            (Text.Note, Language.French) => $"La note compte {n} caractères{Nbsp}; le maximum est de {m}.",
            (Text.Organization, Language.Spanish) => $"El nombre de la organización tiene {n} caracteres; el máximo es {m}.",
            (Text.Partners, Language.Spanish) => $"La lista de asociados tiene {n} caracteres; el máximo es {m}.",
            (Text.Note, Language.Spanish) => $"La nota tiene {n} caracteres; el máximo es {m}.",
            (Text.Organization, _) => $"The organization's name is {n} characters long; the most is {m}.",
            (Text.Partners, _) => $"The list of partners is {n} characters long; the most is {m}.",
            _ => $"The note is {n} characters long; the most is {m}.",
        };
        return text != Text.Note ? said : said + language switch
        {
            Language.French => " Placez les documents plus longs dans un document partagé et donnez-en le lien.",
            Language.Spanish => " Coloque el material más extenso en un documento compartido e indique su enlace.",
            _ => " Put longer material in a shared document and give its link.",
        };
    }

    /// <summary>A region every state of which is already a party: a registration there would reach no one.</summary>
    public static string RegionAllParties(string region, Language language) => language switch
    {
        Language.French => $"Tous les États de la région {region} sont déjà États parties{Nbsp}: il n’y a personne à y approcher.",
        Language.Spanish => $"Todos los Estados de {region} ya son Estados partes: no queda nadie a quien dirigirse allí.",
        _ => $"Every state in {region} is already a State Party: there is no one to reach there.",
    };

    /// <summary>A submitted form with more fields, or longer ones, than the registration form has: nothing of it is read.</summary>
    public static string FormTooLarge(int fields, int characters, Language language) => language switch
    {
        Language.French => $"Ce formulaire contient plus que le formulaire d’inscription ne peut en recevoir (au plus {fields} champs de {Formats.Number(characters, language)} caractères)" +
            $"{Nbsp}; je n’en ai donc rien fait. Veuillez taper **inscrire** pour obtenir un nouveau formulaire.",
        Language.Spanish => $"Ese formulario contiene más de lo que admite el formulario de inscripción (como máximo {fields} campos de {Formats.Number(characters, language)} caracteres), " +
            "así que no hice nada con él. Escriba **inscribir** para obtener un formulario nuevo.",
        _ => $"That form carries more than the registration form holds (at most {fields} fields of {Formats.Number(characters, language)} characters), so I did nothing with it. " +
            "Please type **register** to get a fresh form.",
    };

    public static string FieldTooLong(int length, int max, Language language) => language switch
    {
        Language.French => $"Ce champ compte {Formats.Number(length, language)} caractères{Nbsp}; le maximum est de {Formats.Number(max, language)}.",
        Language.Spanish => $"Ese campo tiene {Formats.Number(length, language)} caracteres; el máximo es {Formats.Number(max, language)}.",
        _ => $"That field is {Formats.Number(length, language)} characters long; the most is {Formats.Number(max, language)}.",
    };
}
