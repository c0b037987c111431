using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// What the bot says about a calendar subscription ("calendar feed", "calendar revoke"), in English, French and
/// Spanish, with the menu names Outlook and Google Calendar give the step in each language.
/// </summary>
public static class CalendarSentences
{
    private const char Nbsp = '\u00A0';

    /// <summary>The answer that carries the link: what it shows, how to add it, that it is personal, how to end it.</summary>
    public static string Ready(Uri link, Role role, string? filter, Language language) => language switch
    {
        Language.French =>
            $"Voici l’adresse de votre abonnement de calendrier personnel :\n\n{link}\n\n" +
            "Abonnez-vous à ce calendrier dans Outlook (Ajouter un calendrier → S’abonner à partir du web) ou dans Google Agenda " +
            $"(Autres agendas → À partir de l’URL). Il présente {Scope(role, language)}{Filtered(filter, language)} et se met à jour " +
            "chaque fois que votre agenda le consulte, en suivant votre rôle du moment. Cette adresse vous est strictement " +
            "personnelle : quiconque la détient peut consulter ce calendrier. Pour y mettre fin, tapez **révoquer calendrier**.",
        Language.Spanish =>
            $"Esta es la dirección de su suscripción personal al calendario:\n\n{link}\n\n" +
            "Suscríbase a este calendario en Outlook (Agregar calendario → Suscribirse desde la web) o en Google Calendar " +
            $"(Otros calendarios → Desde URL). Muestra {Scope(role, language)}{Filtered(filter, language)} y se actualiza cada vez " +
            "que su calendario la consulta, conforme a la función que usted tenga en ese momento. Esta dirección es estrictamente " +
            "personal: cualquier persona que la tenga puede consultar el calendario. Para ponerle fin, escriba **revocar calendario**.",
        _ =>
            $"Here is the address of your personal calendar subscription:\n\n{link}\n\n" +
            "Subscribe to this calendar in Outlook (Add calendar → Subscribe from web) or Google Calendar (Other calendars → " +
            $"From URL). It shows {Scope(role, language)}{Filtered(filter, language)}, and is brought up to date each time your " +
            "calendar checks it, following the role you hold at that moment. The address is for you alone: anyone who has it " +
            "can read the calendar. To end it, type **calendar revoke**.",
    };

    /// <summary>What "calendar revoke" did: how many subscriptions stopped (none: how to get one).</summary>
    public static string Revoked(int count, Language language) => (count, language) switch
    {
        (0, Language.French) => "Vous n’avez aucun abonnement de calendrier en cours. Tapez **abonner calendrier** pour en obtenir un.",
        (0, Language.Spanish) => "No tiene ninguna suscripción de calendario vigente. Escriba **suscribir calendario** para obtener una.",
        (0, _) => "You have no calendar subscription to revoke. Type **calendar feed** to get one.",
        (1, Language.French) => "C’est fait : votre abonnement de calendrier ne fonctionne plus. Votre agenda n’en recevra plus rien ; " +
            "vous pouvez le retirer d’Outlook ou de Google Agenda. Tapez **abonner calendrier** pour obtenir une nouvelle adresse.",
        (_, Language.French) => $"C’est fait : vos {count} abonnements de calendrier ne fonctionnent plus. Votre agenda n’en recevra plus rien ; " +
            "vous pouvez les retirer d’Outlook ou de Google Agenda. Tapez **abonner calendrier** pour obtenir une nouvelle adresse.",
        (1, Language.Spanish) => "Hecho: su suscripción de calendario ha dejado de funcionar. Su calendario ya no recibirá nada de ella; " +
            "puede quitarla de Outlook o de Google Calendar. Escriba **suscribir calendario** para obtener una nueva dirección.",
        (_, Language.Spanish) => $"Hecho: sus {count} suscripciones de calendario han dejado de funcionar. Su calendario ya no recibirá nada de ellas; " +
            "puede quitarlas de Outlook o de Google Calendar. Escriba **suscribir calendario** para obtener una nueva dirección.",
        (1, _) => "Done: your calendar subscription no longer works. Your calendar will receive nothing more from it; you may remove " +
            "it from Outlook or Google Calendar. Type **calendar feed** for a new address.",
        _ => $"Done: your {count} calendar subscriptions no longer work. Your calendar will receive nothing more from them; you may " +
            "remove them from Outlook or Google Calendar. Type **calendar feed** for a new address.",
    };

    /// <summary>A subscription keeps up with time by itself: a period or a registration's state makes no sense in it.</summary>
    public static string NoPeriodOrState(Language language) => language switch
    {
        Language.French => "Un abonnement de calendrier se tient à jour de lui-même : il peut se limiter à une région, à un État ou à un type de " +
            "démarche (p. ex. **abonner calendrier Océanie**), mais pas à une période ni à un état d’avancement.",
        Language.Spanish => "Una suscripción de calendario se mantiene al día por sí sola: puede limitarse a una región, a un Estado o a un tipo " +
            "de gestión (p. ej. **suscribir calendario Oceanía**), pero no a un período ni a la situación de los registros.",
        _ => "A calendar subscription keeps itself up to date: it can be narrowed to a region, a state or a kind of outreach " +
            "(for example **calendar feed Oceania** or **calendar feed kind workshop**), but not to a period or to the state of registrations (planned, done).",
    };

    /// <param name="suggestions">The regions it may have meant, joined by <see cref="ListWords"/>.</param>
    public static string UnknownPlace(string typed, string suggestions, Language language) => language switch
    {
        Language.French => $"Je ne connais aucune région ni aucun État nommé «\u00A0{typed}\u00A0». Vouliez-vous dire {suggestions}\u00A0? " +
            "Tapez **abonner calendrier** pour toutes les démarches que vous pouvez voir.",
        Language.Spanish => $"No conozco ninguna región ni ningún Estado llamado «{typed}». ¿Quiso decir {suggestions}? " +
            "Escriba **suscribir calendario** para todas las gestiones que puede ver.",
        _ => $"I know no region or state called “{typed}” — did you mean {suggestions}? Type **calendar feed** for all the outreach you may see.",
    };

    /// <summary>The calendar's name as Outlook and Google Calendar list it.</summary>
    public static string CalendarName(string? filter, Language language)
    {
        var name = language switch
        {
            Language.French => "Démarches TCA (AttBot)",
            Language.Spanish => "Gestiones TCA (AttBot)",
            _ => "ATT outreach (AttBot)",
        };
        return filter is null ? name : $"{name} · {filter}";
    }

    /// <summary>The Secretariat's exported calendar, as Outlook and Google Calendar list it.</summary>
    public static string ExportName(Language language) => language switch
    {
        Language.French => "Démarches d’universalisation du TCA",
        Language.Spanish => "Gestiones de universalización del TCA",
        _ => "ATT universalization outreach",
    };

    /// <summary>An exported event's title: "OR-0042 Bilateral: Tonga (Mexico)".</summary>
    public static string ExportSummary(string publicId, OutreachKind kind, string states, string organization, Language language) =>
        $"{publicId} {OutreachTermWords.Kind(kind, language)}{StatusSentences.Colon(language)} {states} ({organization})";

    /// <summary>A subscription event's title: "Bilateral (planned): Tonga".</summary>
    public static string FeedSummary(OutreachKind kind, OutreachState state, string states, Language language) =>
        $"{OutreachTermWords.Kind(kind, language)} ({OutreachTermWords.State(state, language).ToLowerInvariant()}){StatusSentences.Colon(language)} {states}";

    /// <summary>A subscription event's first line: "OR-0042: Bilateral, planned".</summary>
    public static string FeedHeadline(string publicId, OutreachKind kind, OutreachState state, Language language) =>
        $"{publicId}{StatusSentences.Colon(language)} {OutreachTermWords.Kind(kind, language)}, {OutreachTermWords.State(state, language).ToLowerInvariant()}";

    /// <summary>What an event's description lines name, each read as the history's fields are.</summary>
    public enum EventField { States, Topics, Partners, Notes, Findings }

    /// <summary>One line of an event's description: "States: Fiji, Tonga", "Conclusions : …".</summary>
    public static string EventLine(EventField field, string value, Language language) => AuditWords.Recorded(AuditWords.Field(field switch
    {
        EventField.States => "countries",
        EventField.Topics => "topics",
        EventField.Partners => "partners",
        EventField.Notes => "notes",
        _ => "outcome",
    }, language), value, language);

    /// <summary>Who organizes an event, for whom: "Organizer: Ana Ruiz (Mexico)".</summary>
    public static string Organizer(string name, string organization, Language language) => language switch
    {
        Language.French => $"Organisateur{Nbsp}: {name} ({organization})",
        Language.Spanish => $"Organizador: {name} ({organization})",
        _ => $"Organizer: {name} ({organization})",
    };

    /// <summary>A restricted registration in the Secretariat's exported calendar.</summary>
    public static string RestrictedToSecretariat(Language language) => language switch
    {
        Language.French => $"Restreinte{Nbsp}: ne pas diffuser en dehors du Secrétariat.",
        Language.Spanish => "Restringida: no difundir fuera de la Secretaría.",
        _ => "Restricted: do not share outside the Secretariat.",
    };

    /// <summary>A restricted registration in a person's subscription: they may read it, others may not.</summary>
    public static string RestrictedToReaders(Language language) => language switch
    {
        Language.French => $"Restreinte{Nbsp}: ne la diffusez pas au-delà des personnes autorisées à la voir.",
        Language.Spanish => "Restringida: no la difunda más allá de quienes pueden verla.",
        _ => "Restricted: do not share it beyond those who may see it.",
    };

    /// <summary>A kind of outreach in running text: "workshops", "ateliers", "talleres".</summary>
    public static string Kinds(OutreachKind kind, Language language) => (kind, language) switch
    {
        (OutreachKind.Bilateral, Language.French) => "démarches bilatérales",
        (OutreachKind.Regional, Language.French) => "démarches régionales",
        (OutreachKind.Multilateral, Language.French) => "démarches multilatérales",
        (OutreachKind.Workshop, Language.French) => "ateliers",
        (OutreachKind.Visit, Language.French) => "visites",
        (OutreachKind.Call, Language.French) => "appels",
        (_, Language.French) => "autres démarches",
        (OutreachKind.Bilateral, Language.Spanish) => "gestiones bilaterales",
        (OutreachKind.Regional, Language.Spanish) => "gestiones regionales",
        (OutreachKind.Multilateral, Language.Spanish) => "gestiones multilaterales",
        (OutreachKind.Workshop, Language.Spanish) => "talleres",
        (OutreachKind.Visit, Language.Spanish) => "visitas",
        (OutreachKind.Call, Language.Spanish) => "llamadas",
        (_, Language.Spanish) => "otras gestiones",
        (OutreachKind.Bilateral, _) => "bilateral outreach",
        (OutreachKind.Regional, _) => "regional outreach",
        (OutreachKind.Multilateral, _) => "multilateral outreach",
        (OutreachKind.Workshop, _) => "workshops",
        (OutreachKind.Visit, _) => "visits",
        (OutreachKind.Call, _) => "calls",
        _ => "other outreach",
    };

    private static string Scope(Role role, Language language) => (role, language) switch
    {
        (Role.Secretariat, Language.French) => "toutes les démarches inscrites",
        (Role.Secretariat, Language.Spanish) => "todas las gestiones registradas",
        (Role.Secretariat, _) => "all registered outreach",
        (Role.Champion, Language.French) => "vos propres inscriptions et les démarches visant les régions dont vous êtes champion régional",
        (Role.Champion, Language.Spanish) => "sus propios registros y las gestiones dirigidas a las regiones de las que usted es promotor regional",
        (Role.Champion, _) => "your own registrations and the outreach reaching the regions you champion",
        (_, Language.French) => "les démarches que vous avez vous-même inscrites",
        (_, Language.Spanish) => "las gestiones que usted mismo ha registrado",
        _ => "the outreach you have registered yourself",
    };

    private static string Filtered(string? filter, Language language) => filter is null ? "" : language switch
    {
        Language.French => $" (filtre : {filter})",
        Language.Spanish => $" (filtro: {filter})",
        _ => $" (filter: {filter})",
    };
}
