namespace AttBot.Domain.Language;

/// <summary>
/// The registration form in English, French and Spanish, the Teams card and the Slack modal alike: its heading, the
/// fields' labels, their examples and the buttons. The choices (kinds, topics, states, regions) are written by
/// <see cref="OutreachTermWords"/> and <see cref="PlaceNames"/>; their values stay English, as the bot reads them back.
/// What to fix in a submission is said by <see cref="RegistrationSentences"/> and <see cref="RegistrationRuleSentences"/>.
/// French puts a no-break space before a colon.
/// </summary>
public static class RegistrationFormWords
{
    private const char Nbsp = '\u00A0';

    public enum Field { ActingFor, Kind, State, MoreStates, Region, From, To, Topics, Partners, Visibility, Notes }

    public static string Heading(Language language) => language switch
    {
        Language.French => "Inscrire une démarche",
        Language.Spanish => "Registrar una gestión",
        _ => "Register outreach",
    };

    /// <summary>Above the Slack modal's fields, which has room for a word on what the form is for.</summary>
    public static string Purpose(Language language) => language switch
    {
        Language.French => $"Indiquez au Secrétariat ce que vous prévoyez{Nbsp}; je vous préviens, vous et les autres, lorsque des démarches se chevauchent.",
        Language.Spanish => "Indique a la Secretaría lo que tiene previsto; le aviso a usted y a los demás cuando las gestiones se superponen.",
        _ => "Tell the Secretariat what you plan; I warn you and the others when plans overlap.",
    };

    public static string Label(Field field, Language language) => (field, language) switch
    {
        (Field.ActingFor, Language.French) => "Vous agissez au nom de",
        (Field.Kind, Language.French) => "Type de démarche",
        (Field.State, Language.French) => "État",
        (Field.MoreStates, Language.French) => "Autres États, par leur nom (séparés par des virgules)",
        (Field.Region, Language.French) => "…ou toute une région (ses États non parties)",
        (Field.From, Language.French) => "Du",
        (Field.To, Language.French) => "Au",
        (Field.Topics, Language.French) => "Thèmes",
        (Field.Partners, Language.French) => "Partenaires",
        (Field.Visibility, Language.French) => "Visibilité",
        (Field.Notes, Language.French) => "Notes",
        (Field.ActingFor, Language.Spanish) => "Actúa en nombre de",
        (Field.Kind, Language.Spanish) => "Tipo de gestión",
        (Field.State, Language.Spanish) => "Estado",
        (Field.MoreStates, Language.Spanish) => "Otros Estados, por su nombre (separados por comas)",
        (Field.Region, Language.Spanish) => "…o toda una región (sus Estados no partes)",
        (Field.From, Language.Spanish) => "Desde",
        (Field.To, Language.Spanish) => "Hasta",
        (Field.Topics, Language.Spanish) => "Temas",
        (Field.Partners, Language.Spanish) => "Asociados",
        (Field.Visibility, Language.Spanish) => "Visibilidad",
        (Field.Notes, Language.Spanish) => "Notas",
        (Field.ActingFor, _) => "You act for",
        (Field.Kind, _) => "Kind of outreach",
        (Field.State, _) => "State",
        (Field.MoreStates, _) => "More states, by name (comma-separated)",
        (Field.Region, _) => "…or a whole region (its non-party states)",
        (Field.From, _) => "From",
        (Field.To, _) => "To",
        (Field.Topics, _) => "Topics",
        (Field.Partners, _) => "Partners",
        (Field.Visibility, _) => "Visibility",
        _ => "Notes",
    };

    /// <summary>A label of a field that may stay empty, where the form does not say so by itself (Teams).</summary>
    public static string Optional(string label, Language language) => language switch
    {
        Language.French => $"{label} (facultatif)",
        Language.Spanish => $"{label} (opcional)",
        _ => $"{label} (optional)",
    };

    /// <summary>The Slack modal's list of one region's states: "States in Oceania".</summary>
    public static string StatesIn(string region, Language language) => language switch
    {
        Language.French => $"États{Nbsp}: {region}",
        Language.Spanish => $"Estados: {region}",
        _ => $"States in {region}",
    };

    public static string OrganizationExample(Language language) => language switch
    {
        Language.French => "p. ex. Mexique, l’UE, Control Arms, le Secrétariat du TCA",
        Language.Spanish => "p. ej. México, la UE, Control Arms, la Secretaría del TCA",
        _ => "e.g. Mexico, the EU, Control Arms, the ATT Secretariat",
    };

    public static string StatesExample(Language language) => language switch
    {
        Language.French => "p. ex. Fidji, Tonga",
        Language.Spanish => "p. ej. Fiji, Tonga",
        _ => "e.g. Fiji, Tonga",
    };

    public static string PartnersExample(Language language) => language switch
    {
        Language.French => "p. ex. l’UNODA, l’UNRCPD",
        Language.Spanish => "p. ej. la UNODA, el UNRCPD",
        _ => "e.g. UNODA, UNRCPD",
    };

    public static string ChooseKind(Language language) => language switch
    {
        Language.French => "Choisir",
        Language.Spanish => "Elegir",
        _ => "Choose",
    };

    public static string TypeAState(Language language) => language switch
    {
        Language.French => "Tapez le nom d’un État",
        Language.Spanish => "Escriba el nombre de un Estado",
        _ => "Type a state's name",
    };

    public static string NoRegion(Language language) => language switch
    {
        Language.French => "Aucune région",
        Language.Spanish => "Ninguna región",
        _ => "No region",
    };

    public static string ChooseTopics(Language language) => language switch
    {
        Language.French => "Choisir les thèmes",
        Language.Spanish => "Elegir los temas",
        _ => "Choose topics",
    };

    /// <summary>The visibility's one choice, agreed with « démarche » and «gestión».</summary>
    public static string RestrictedChoice(Language language) => language switch
    {
        Language.French => $"Restreinte{Nbsp}: seul le Secrétariat sait qui fait quoi",
        Language.Spanish => "Restringida: solo la Secretaría sabe quién hace qué",
        _ => "Restricted: only the Secretariat sees who and what",
    };

    public static string Register(Language language) => language switch
    {
        Language.French => "Inscrire",
        Language.Spanish => "Registrar",
        _ => "Register",
    };

    public static string Cancel(Language language) => language switch
    {
        Language.French => "Annuler",
        Language.Spanish => "Cancelar",
        _ => "Cancel",
    };

    /// <summary>The title of the Slack modal that confirms a registration: Slack allows 24 characters.</summary>
    public static string RegisteredTitle(string id, Language language) => language switch
    {
        Language.French => $"{id} inscrite",
        Language.Spanish => $"{id} registrada",
        _ => $"Registered {id}",
    };

    /// <summary>Closes the Slack modal that confirms a registration.</summary>
    public static string Close(Language language) => language switch
    {
        Language.French => "Fermer",
        Language.Spanish => "Cerrar",
        _ => "Done",
    };

    /// <summary>The one-line registration, in the reader's own keywords, which the bot reads as it reads the English.</summary>
    public static string OneLineExample(Language language) => language switch
    {
        Language.French => "inscrire bilatérale Tonga 2027-03-10..2027-03-12 thème adhésion",
        Language.Spanish => "registrar bilateral Tonga 2027-03-10..2027-03-12 tema adhesión",
        _ => "register bilateral Tonga 2027-03-10..2027-03-12 topic accession",
    };

    /// <summary>Where a card cannot show the form: the one-line way instead.</summary>
    public static string InOneLine(string example, Language language) => language switch
    {
        Language.French => $"Inscrivez une démarche en une ligne, par exemple{Nbsp}: {example}",
        Language.Spanish => $"Registre una gestión en una línea, por ejemplo: {example}",
        _ => $"Register outreach in one line, for example: {example}",
    };

    /// <summary>Slack, where a mention or a direct message cannot open the modal by itself: a button does. Markdown (*italic*).</summary>
    public static string OpenOrType(string example, Language language) => language switch
    {
        Language.French => $"Ouvrez le formulaire, ou écrivez la démarche en une ligne, par exemple *{example}*.",
        Language.Spanish => $"Abra el formulario, o escriba la gestión en una línea, por ejemplo *{example}*.",
        _ => $"Open the form, or write it in one line, for example *{example}*.",
    };

    public static string OpenOrTypeShort(Language language) => language switch
    {
        Language.French => $"Inscrire une démarche{Nbsp}: ouvrez le formulaire, ou écrivez-la en une ligne.",
        Language.Spanish => "Registrar una gestión: abra el formulario, o escríbala en una línea.",
        _ => "Register outreach: open the form, or write it in one line.",
    };

    /// <summary>Above a form sent back with problems: each is marked under its field (or here, when it is about the whole form).</summary>
    public static string FixBelow(int count, Language language) => (count, language) switch
    {
        (1, Language.French) => "Un point à corriger, signalé ci-dessous.",
        (_, Language.French) => $"{Formats.Number(count, language)} points à corriger, signalés ci-dessous.",
        (1, Language.Spanish) => "Hay un punto por corregir, señalado más abajo.",
        (_, Language.Spanish) => $"Hay {Formats.Number(count, language)} puntos por corregir, señalados más abajo.",
        (1, _) => "One thing to fix, marked below.",
        _ => $"{count} things to fix, marked below.",
    };

    /// <summary>A state in the form's picker, with its status: "Tonga — neither signatory nor party".</summary>
    public static string StateChoice(string state, Treaty.TreatyStatus status, Language language) => (status, language) switch
    {
        (Treaty.TreatyStatus.Party, Language.French) => $"{state} — État partie",
        (Treaty.TreatyStatus.Signatory, Language.French) => $"{state} — signataire",
        (_, Language.French) => $"{state} — ni signataire ni partie",
        (Treaty.TreatyStatus.Party, Language.Spanish) => $"{state} — Estado parte",
        (Treaty.TreatyStatus.Signatory, Language.Spanish) => $"{state} — signatario",
        (_, Language.Spanish) => $"{state} — ni signatario ni parte",
        (Treaty.TreatyStatus.Party, _) => $"{state} — State Party",
        (Treaty.TreatyStatus.Signatory, _) => $"{state} — signatory",
        _ => $"{state} — neither signatory nor party",
    };
}
