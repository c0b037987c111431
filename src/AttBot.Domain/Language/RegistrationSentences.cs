namespace AttBot.Domain.Language;

/// <summary>
/// The one-line registration's problems in English, French and Spanish (<see cref="Outreach.RegistrationParser"/>
/// and <see cref="Outreach.RegistrationRules"/>): what is missing, and why a date is not one. Each names the reader's
/// own keywords (thème/tema, avec/con, en tant que/como) and echoes what was typed in the language's quotation marks.
/// </summary>
public static class RegistrationSentences
{
    private const char Nbsp = '\u00A0';
    private const string Example = "2027-03-10";

    /// <summary>The kinds as typed in each language.</summary>
    public static string KindList(Language language) => language switch
    {
        Language.French => "bilatérale, régionale, multilatérale, atelier, visite, appel, autre",
        Language.Spanish => "bilateral, regional, multilateral, taller, visita, llamada, otra",
        _ => "bilateral, regional, multilateral, workshop, visit, call, other",
    };

    /// <summary>The topics as typed in each language.</summary>
    public static string TopicList(Language language) => language switch
    {
        Language.French => "adhésion, mise en œuvre, assistance, parrainage, parlementaire, rapports, autre",
        Language.Spanish => "adhesión, aplicación, asistencia, patrocinio, parlamentario, informes, otro",
        _ => "accession, implementation, assistance, sponsorship, parliamentary, reporting, other",
    };

    public static string MissingKind(Language language) => language switch
    {
        Language.French => $"Précisez le type de démarche, parmi{Nbsp}: {KindList(language)}.",
        Language.Spanish => $"Indique el tipo de gestión, entre: {KindList(language)}.",
        _ => $"Say what kind of outreach it is, one of: {KindList(language)}.",
    };

    public static string UnknownKind(string word, Language language) => language switch
    {
        Language.French => $"Je ne connais pas le type {Q(word, language)}. Choisissez parmi{Nbsp}: {KindList(language)}.",
        Language.Spanish => $"No conozco el tipo {Q(word, language)}. Elija entre: {KindList(language)}.",
        _ => $"I don't know the kind {Q(word, language)}. Use one of: {KindList(language)}.",
    };

    public static string MissingCountries(Language language) => language switch
    {
        Language.French => $"Auprès de quels États{Nbsp}? Nommez-les (Tonga, Fidji et Samoa) ou indiquez une région (région Asie du Sud-Est).",
        Language.Spanish => "¿Ante qué Estados? Nómbrelos (Tonga, Fiji y Samoa) o indique una región (región Asia sudoriental).",
        _ => "Which states will you reach? Name them (Tonga, Fiji and Samoa) or a region (region South-eastern Asia).",
    };

    public static string MissingStart(Language language) => language switch
    {
        Language.French => $"Quand{Nbsp}? Donnez la date sous la forme AAAA-MM-JJ, ou le premier et le dernier jour{Nbsp}: 2027-03-10..2027-03-12.",
        Language.Spanish => "¿Cuándo? Indique la fecha como AAAA-MM-DD, o el primer y el último día: 2027-03-10..2027-03-12.",
        _ => "When is it? Give the date as YYYY-MM-DD, or the first and last day: 2027-03-10..2027-03-12.",
    };

    public static string MissingOrganization(Language language) => language switch
    {
        Language.French => $"Au nom de qui agissez-vous{Nbsp}? Ajoutez «{Nbsp}en tant que{Nbsp}» et votre organisation, p. ex. «{Nbsp}en tant que ministère des Affaires étrangères du Ghana{Nbsp}».",
        Language.Spanish => "¿En nombre de quién actúa? Añada «como» y su organización, p. ej. «como Ministerio de Relaciones Exteriores de Ghana».",
        _ => "Who do you act for? Add 'as' and your organization, e.g. 'as Ministry of Foreign Affairs of Ghana'.",
    };

    public static string NoRegionName(Language language) => language switch
    {
        Language.French => $"Nommez la région après «{Nbsp}région{Nbsp}», p. ex. «{Nbsp}région Asie du Sud-Est{Nbsp}».",
        Language.Spanish => "Nombre la región después de «región», p. ej. «región Asia sudoriental».",
        _ => "Name the region after 'region', e.g. 'region South-eastern Asia'.",
    };

    public static string NoPartners(Language language) => language switch
    {
        Language.French => $"Nommez les partenaires après «{Nbsp}avec{Nbsp}», p. ex. «{Nbsp}avec l’UNODA et l’UE{Nbsp}».",
        Language.Spanish => "Nombre a los asociados después de «con», p. ej. «con la UNODA y la UE».",
        _ => "Name the partners after 'with', e.g. 'with UNODA and the EU'.",
    };

    public static string NoOrganization(Language language) => language switch
    {
        Language.French => $"Indiquez au nom de qui vous agissez après «{Nbsp}en tant que{Nbsp}», p. ex. «{Nbsp}en tant que ministère des Affaires étrangères du Ghana{Nbsp}».",
        Language.Spanish => "Indique en nombre de quién actúa después de «como», p. ej. «como Ministerio de Relaciones Exteriores de Ghana».",
        _ => "Name who you act for after 'as', e.g. 'as Ministry of Foreign Affairs of Ghana'.",
    };

    public static string DatesInWords(string typed, Language language) => language switch
    {
        Language.French => $"Je ne peux pas lire {Q(typed, language)} comme des dates{Nbsp}; écrivez-les sous la forme AAAA-MM-JJ, p. ex. {Example}, " +
            $"ou {Example}..2027-03-12 pour plusieurs jours.",
        Language.Spanish => $"No puedo leer {Q(typed, language)} como fechas; escríbalas como AAAA-MM-DD, p. ej. {Example}, o {Example}..2027-03-12 para varios días.",
        _ => $"I can't read {Q(typed, language)} as dates; write dates as YYYY-MM-DD, e.g. {Example}, or {Example}..2027-03-12 for several days.",
    };

    public static string OneEndOnly(string typed, Language language) => language switch
    {
        Language.French => $"{Q(typed, language)} ouvre une période mais n’en donne qu’une borne{Nbsp}; donnez les deux, p. ex. {Example}..2027-03-12, " +
            "ou une seule date pour un seul jour.",
        Language.Spanish => $"{Q(typed, language)} abre un período pero solo indica un extremo; indique ambos, p. ej. {Example}..2027-03-12, " +
            "o una sola fecha para un solo día.",
        _ => $"{Q(typed, language)} starts a range but gives only one end; give both, e.g. {Example}..2027-03-12, or one date alone for a single day.",
    };

    public static string TooManyDates(IReadOnlyList<string> dates, Language language) => language switch
    {
        Language.French => $"J’ai trouvé {dates.Count} dates ({string.Join(", ", dates)}){Nbsp}; donnez une date, ou le premier et le dernier jour{Nbsp}: {Example}..2027-03-12.",
        Language.Spanish => $"He encontrado {dates.Count} fechas ({string.Join(", ", dates)}); indique una fecha, o el primer y el último día: {Example}..2027-03-12.",
        _ => $"I found {dates.Count} dates ({string.Join(", ", dates)}); give one date, or the first and last day: {Example}..2027-03-12.",
    };

    /// <param name="why">Why it is no date (<see cref="NoYearZero"/> and the like), or null when it does not look like one at all.</param>
    public static string NotADate(string word, string? why, Language language)
    {
        var because = why is null ? "" : $" ({why})";
        return language switch
        {
            Language.French => $"{Q(word, language)} n’est pas une date{because}{Nbsp}; écrivez les dates sous la forme AAAA-MM-JJ, p. ex. {Example}.",
            Language.Spanish => $"{Q(word, language)} no es una fecha{because}; escriba las fechas como AAAA-MM-DD, p. ej. {Example}.",
            _ => $"{Q(word, language)} is not a date{because}; write dates as YYYY-MM-DD, e.g. {Example}.",
        };
    }

    public static string NoYearZero(Language language) => language switch
    {
        Language.French => "l’année 0 n’existe pas",
        Language.Spanish => "el año 0 no existe",
        _ => "there is no year 0",
    };

    public static string NoMonth(int month, Language language) => language switch
    {
        Language.French => $"il n’y a pas de mois {month}",
        Language.Spanish => $"no existe el mes {month}",
        _ => $"there is no month {month}",
    };

    public static string DaysStartAtOne(Language language) => language switch
    {
        Language.French => "les jours commencent à 1",
        Language.Spanish => "los días empiezan en 1",
        _ => "days start at 1",
    };

    public static string NoMonthHas(int day, Language language) => language switch
    {
        Language.French => $"aucun mois ne compte {day} jours",
        Language.Spanish => $"ningún mes tiene {day} días",
        _ => $"no month has {day} days",
    };

    /// <summary>"There is no 30 February 2027: February has 28 days in 2027."</summary>
    public static string NoSuchDay(int day, int month, int year, int length, Language language)
    {
        var name = Formats.Month(month, language);
        return (month, day, language) switch
        {
            (2, 29, Language.French) => $"Le 29 février {year} n’existe pas{Nbsp}: {year} n’est pas une année bissextile.",
            (2, _, Language.French) => $"Le {day} février {year} n’existe pas{Nbsp}: février compte {length} jours en {year}.",
            (_, _, Language.French) => $"Le {day} {name} {year} n’existe pas{Nbsp}: {name} compte {length} jours.",
            (2, 29, Language.Spanish) => $"El 29 de febrero de {year} no existe: {year} no es un año bisiesto.",
            (2, _, Language.Spanish) => $"El {day} de febrero de {year} no existe: febrero tiene {length} días en {year}.",
            (_, _, Language.Spanish) => $"El {day} de {name} de {year} no existe: {name} tiene {length} días.",
            (2, 29, _) => $"There is no 29 February {year}: {year} is not a leap year.",
            (2, _, _) => $"There is no {day} February {year}: February has {length} days in {year}.",
            _ => $"There is no {day} {name} {year}: {name} has {length} days.",
        };
    }

    public static string EndsBeforeStart(DateOnly start, DateOnly end, Language language) => language switch
    {
        Language.French => $"La période se termine ({Formats.Date(end, language)}) avant de commencer ({Formats.Date(start, language)}).",
        Language.Spanish => $"El período termina ({Formats.Date(end, language)}) antes de empezar ({Formats.Date(start, language)}).",
        _ => $"The window ends ({Formats.Date(end, language)}) before it starts ({Formats.Date(start, language)}).",
    };

    public static string NoTopic(Language language) => language switch
    {
        Language.French => $"Nommez le thème après «{Nbsp}thème{Nbsp}»{Nbsp}: {TopicList(language)}.",
        Language.Spanish => $"Nombre el tema después de «tema»: {TopicList(language)}.",
        _ => $"Name the topic after 'topic': one of {TopicList(language)}.",
    };

    public static string UnknownTopics(IReadOnlyList<string> words, Language language)
    {
        var quoted = words.Select(w => Q(w, language)).ToList();
        return (words.Count, language) switch
        {
            (1, Language.French) => $"Je ne connais pas le thème {quoted[0]}. Choisissez parmi{Nbsp}: {TopicList(language)}.",
            (_, Language.French) => $"Je ne connais pas les thèmes {ListWords.And(quoted, language)}. Choisissez parmi{Nbsp}: {TopicList(language)}.",
            (1, Language.Spanish) => $"No conozco el tema {quoted[0]}. Elija entre: {TopicList(language)}.",
            (_, Language.Spanish) => $"No conozco los temas {ListWords.And(quoted, language)}. Elija entre: {TopicList(language)}.",
            (1, _) => $"I don't know the topic {quoted[0]}. Use one of: {TopicList(language)}.",
            _ => $"I don't know the topics {ListWords.And(quoted, language)}. Use one of: {TopicList(language)}.",
        };
    }

    // What was typed, quoted back: 'x' as the English messages always did, « x » and «x» in French and Spanish.
    private static string Q(string typed, Language language) => language == Language.English ? $"'{typed}'" : CountryWords.Quoted(typed, language);
}
