using System.Globalization;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;

namespace AttBot.Domain.Language;

/// <summary>
/// What the Secretariat reads of an export, its CSV file and a period summary, in English, French and Spanish, the same
/// on every channel. French counts in « inscriptions » and « démarches » (feminine), Spanish in «registros» and
/// «gestiones»; a possible duplication is a « double emploi possible » (masculine) / «posible duplicación» (feminine).
/// French puts a no-break space before a colon.
/// </summary>
public static class ReportWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>What kind of file: "CSV", "calendar (.ics)".</summary>
    public static string What(ExportFormat format, Language language) => (format, language) switch
    {
        (ExportFormat.Csv, _) => "CSV",
        (_, Language.French) => "calendrier (.ics)",
        (_, Language.Spanish) => "calendario (.ics)",
        _ => "calendar (.ics)",
    };

    public static string ExportHeading(string what, Language language) => language switch
    {
        Language.French => $"Export prêt{Nbsp}: {what}",
        Language.Spanish => $"Exportación lista: {what}",
        _ => $"Export ready: {what}",
    };

    /// <summary>"12 registrations", "12 inscriptions", "12 registros".</summary>
    public static string Registrations(int count, Language language) => (count, language) switch
    {
        (1, Language.French) => "1 inscription",
        (1, Language.Spanish) => "1 registro",
        (1, _) => "1 registration",
        (_, Language.French) => $"{Formats.Number(count, language)} inscriptions",
        (_, Language.Spanish) => $"{Formats.Number(count, language)} registros",
        _ => $"{Formats.Number(count, language)} registrations",
    };

    public static string File(Language language) => language switch
    {
        Language.French => "Fichier",
        Language.Spanish => "Archivo",
        _ => "File",
    };

    public static string LinkValidUntil(Language language) => language switch
    {
        Language.French => "Lien valable jusqu’au",
        Language.Spanish => "Enlace válido hasta el",
        _ => "Link valid until",
    };

    public static string Download(Language language) => language switch
    {
        Language.French => "Télécharger",
        Language.Spanish => "Descargar",
        _ => "Download",
    };

    /// <summary>"2 Dec 2026 14:05 UTC", "2 décembre 2026 à 14:05 UTC", "2 de diciembre de 2026, a las 14:05 UTC": until when a link works.</summary>
    public static string Until(DateTimeOffset expiresAt, Language language)
    {
        var utc = expiresAt.UtcDateTime;
        var time = utc.ToString("HH:mm", CultureInfo.InvariantCulture);
        var day = Formats.Date(DateOnly.FromDateTime(utc), language);
        return language switch
        {
            Language.French => $"{day} à {time} UTC",
            Language.Spanish => $"{day}, a las {time} UTC",
            _ => $"{utc.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} {time} UTC",
        };
    }

    public static string KeepWithinSecretariat(Language language) => language switch
    {
        Language.French => $"Le fichier contient aussi les inscriptions restreintes{Nbsp}: ne le diffusez pas en dehors du Secrétariat.",
        Language.Spanish => "El archivo contiene también los registros restringidos: no lo difunda fuera de la Secretaría.",
        _ => "The file holds restricted registrations too: keep it within the Secretariat.",
    };

    public static string OnlyFirst(int count, Language language) => language switch
    {
        Language.French => $"Seules les {Formats.Number(count, language)} premières inscriptions figurent dans le fichier{Nbsp}: réduisez la période ou ajoutez un filtre pour les autres.",
        Language.Spanish => $"Solo los {Formats.Number(count, language)} primeros registros figuran en el archivo: acote el período o añada un filtro para el resto.",
        _ => $"Only the first {count} are in the file: narrow the period or add a filter for the rest.",
    };

    /// <summary>The notification's one line (Teams' fallback and Slack's text).</summary>
    public static string ExportReadyLine(string fileName, int count, string until, Language language) => language switch
    {
        Language.French => $"Export prêt{Nbsp}: {fileName} ({Registrations(count, language)}), lien valable jusqu’au {until}.",
        Language.Spanish => $"Exportación lista: {fileName} ({Registrations(count, language)}), enlace válido hasta el {until}.",
        _ => $"Export ready: {fileName} ({Registrations(count, language)}), link valid until {until}.",
    };

    /// <summary>What an export without filters covers.</summary>
    public static string AllOutreach(Language language) => language switch
    {
        Language.French => "toutes les démarches",
        Language.Spanish => "todas las gestiones",
        _ => "all outreach",
    };

    /// <summary>The columns of the CSV file, as a spreadsheet user reads them.</summary>
    public enum Column
    {
        Registration, Stage, FirstDay, LastDay, StateCodes, States, Region, Kind, Topics, OnBehalfOf,
        Organizer, OrganizerChannel, Partners, Visibility, Notes, Findings, Registered, LastChanged,
    }

    /// <summary>
    /// "Stage" (planned, done, cancelled) rather than "state", which beside the states visited reads as a country;
    /// "Findings" as the bot calls them. Times are UTC and ISO, so the columns sort.
    /// </summary>
    public static string ColumnName(Column column, Language language) => (column, language) switch
    {
        (Column.Registration, Language.French) => "Inscription",
        (Column.Stage, Language.French) => "Étape",
        (Column.FirstDay, Language.French) => "Premier jour",
        (Column.LastDay, Language.French) => "Dernier jour",
        (Column.StateCodes, Language.French) => "Codes des États",
        (Column.States, Language.French) => "États",
        (Column.Region, Language.French) => "Région",
        (Column.Kind, Language.French) => "Type de démarche",
        (Column.Topics, Language.French) => "Thèmes",
        (Column.OnBehalfOf, Language.French) => "Au nom de",
        (Column.Organizer, Language.French) => "Organisateur",
        (Column.OrganizerChannel, Language.French) => "Canal de l’organisateur",
        (Column.Partners, Language.French) => "Partenaires",
        (Column.Visibility, Language.French) => "Visibilité",
        (Column.Notes, Language.French) => "Notes",
        (Column.Findings, Language.French) => "Conclusions",
        (Column.Registered, Language.French) => "Inscrite le (UTC)",
        (Column.LastChanged, Language.French) => "Dernière modification (UTC)",
        (Column.Registration, Language.Spanish) => "Registro",
        (Column.Stage, Language.Spanish) => "Etapa",
        (Column.FirstDay, Language.Spanish) => "Primer día",
        (Column.LastDay, Language.Spanish) => "Último día",
        (Column.StateCodes, Language.Spanish) => "Códigos de los Estados",
        (Column.States, Language.Spanish) => "Estados",
        (Column.Region, Language.Spanish) => "Región",
        (Column.Kind, Language.Spanish) => "Tipo de gestión",
        (Column.Topics, Language.Spanish) => "Temas",
        (Column.OnBehalfOf, Language.Spanish) => "En nombre de",
        (Column.Organizer, Language.Spanish) => "Organizador",
        (Column.OrganizerChannel, Language.Spanish) => "Canal del organizador",
        (Column.Partners, Language.Spanish) => "Asociados",
        (Column.Visibility, Language.Spanish) => "Visibilidad",
        (Column.Notes, Language.Spanish) => "Notas",
        (Column.Findings, Language.Spanish) => "Conclusiones",
        (Column.Registered, Language.Spanish) => "Registrado el (UTC)",
        (Column.LastChanged, Language.Spanish) => "Última modificación (UTC)",
        (Column.Registration, _) => "Registration",
        (Column.Stage, _) => "Stage",
        (Column.FirstDay, _) => "First day",
        (Column.LastDay, _) => "Last day",
        (Column.StateCodes, _) => "State codes",
        (Column.States, _) => "States",
        (Column.Region, _) => "Region",
        (Column.Kind, _) => "Kind",
        (Column.Topics, _) => "Topics",
        (Column.OnBehalfOf, _) => "On behalf of",
        (Column.Organizer, _) => "Organizer",
        (Column.OrganizerChannel, _) => "Organizer channel",
        (Column.Partners, _) => "Partners",
        (Column.Visibility, _) => "Visibility",
        (Column.Notes, _) => "Notes",
        (Column.Findings, _) => "Findings",
        (Column.Registered, _) => "Registered (UTC)",
        _ => "Last changed (UTC)",
    };

    /// <summary>"Outreach 1 January – 31 March 2027", « Démarches : 1er janvier – 31 mars 2027 », «Gestiones: …».</summary>
    public static string SummaryHeading(string period, Language language) => language switch
    {
        Language.French => $"Démarches{Nbsp}: {period}",
        Language.Spanish => $"Gestiones: {period}",
        _ => $"Outreach {period}",
    };

    public static string SummaryText(string period, int activities, int states, int duplications, Language language) => language switch
    {
        Language.French => $"Démarches, {period}{Nbsp}: {Agreed(activities, "activité", "activités", language)}, {Agreed(states, "État atteint", "États atteints", language)}, {Agreed(duplications, "double emploi possible relevé", "doubles emplois possibles relevés", language)}.",
        Language.Spanish => $"Gestiones, {period}: {Agreed(activities, "actividad", "actividades", language)}, {Agreed(states, "Estado alcanzado", "Estados alcanzados", language)}, {Agreed(duplications, "posible duplicación detectada", "posibles duplicaciones detectadas", language)}.",
        _ => $"Outreach {period}: {activities} activities, {states} states reached, {duplications} possible duplications raised.",
    };

    public enum SummaryFact { Activities, Cancelled, StatesReached, PossibleDuplications, Registered, ByRegion, ByKind, ByTopic }

    public static string SummaryLabel(SummaryFact fact, Language language) => (fact, language) switch
    {
        (SummaryFact.Activities, Language.French) => "Activités de la période",
        (SummaryFact.Cancelled, Language.French) => "Annulées",
        (SummaryFact.StatesReached, Language.French) => "États atteints",
        (SummaryFact.PossibleDuplications, Language.French) => "Doubles emplois possibles entre elles",
        (SummaryFact.Registered, Language.French) => "Inscrites pendant la période",
        (SummaryFact.ByRegion, Language.French) => "Par région",
        (SummaryFact.ByKind, Language.French) => "Par type",
        (SummaryFact.ByTopic, Language.French) => "Par thème",
        (SummaryFact.Activities, Language.Spanish) => "Actividades del período",
        (SummaryFact.Cancelled, Language.Spanish) => "Canceladas",
        (SummaryFact.StatesReached, Language.Spanish) => "Estados alcanzados",
        (SummaryFact.PossibleDuplications, Language.Spanish) => "Posibles duplicaciones entre ellas",
        (SummaryFact.Registered, Language.Spanish) => "Registradas durante el período",
        (SummaryFact.ByRegion, Language.Spanish) => "Por región",
        (SummaryFact.ByKind, Language.Spanish) => "Por tipo",
        (SummaryFact.ByTopic, Language.Spanish) => "Por tema",
        (SummaryFact.Activities, _) => "Activities in the period",
        (SummaryFact.Cancelled, _) => "Cancelled",
        (SummaryFact.StatesReached, _) => "States reached",
        (SummaryFact.PossibleDuplications, _) => "Possible duplications between them",
        (SummaryFact.Registered, _) => "Registered during the period",
        (SummaryFact.ByRegion, _) => "By region",
        (SummaryFact.ByKind, _) => "By kind",
        _ => "By topic",
    };

    /// <summary>"5 (2 done, 3 planned)": activities agree with « démarche » / «gestión».</summary>
    public static string ActivitiesValue(int activities, int done, int planned, Language language) => language switch
    {
        Language.French => $"{Formats.Number(activities, language)} ({Agreed(done, "réalisée", "réalisées", language)}, {Agreed(planned, "prévue", "prévues", language)})",
        Language.Spanish => $"{Formats.Number(activities, language)} ({Agreed(done, "realizada", "realizadas", language)}, {Agreed(planned, "prevista", "previstas", language)})",
        _ => $"{activities} ({done} done, {planned} planned)",
    };

    /// <summary>"3 (1 coordinated, 1 not a duplication, 1 open)", with those that ended unsettled when there are any.</summary>
    public static string DuplicationsValue(int raised, int coordinated, int notDuplications, int open, int ended, Language language)
    {
        var n = Formats.Number(raised, language);
        return language switch
        {
            Language.French => $"{n} ({Agreed(coordinated, "coordonné", "coordonnés", language)}, {Formats.Number(notDuplications, language)} sans double emploi, {Agreed(open, "ouvert", "ouverts", language)}"
                + (ended > 0 ? $", {Agreed(ended, "clos", "clos", language)} par l’annulation, la réalisation ou le déplacement de l’une des démarches)" : ")"),
            Language.Spanish => $"{n} ({Agreed(coordinated, "coordinada", "coordinadas", language)}, {Formats.Number(notDuplications, language)} sin duplicación, {Agreed(open, "abierta", "abiertas", language)}"
                + (ended > 0 ? $", {Agreed(ended, "cerrada", "cerradas", language)} al cancelarse, realizarse o trasladarse una de las gestiones)" : ")"),
            _ => $"{raised} ({coordinated} coordinated, {notDuplications} not a duplication, {open} open"
                + (ended > 0 ? $", {ended} ended when one side was cancelled, done or moved away)" : ")"),
        };
    }

    /// <summary>Registrations made in the period count whatever dates they are for.</summary>
    public static string RegisteredValue(int registered, Language language) => language switch
    {
        Language.French => $"{Formats.Number(registered, language)} (quelles que soient leurs dates)",
        Language.Spanish => $"{Formats.Number(registered, language)} (sean cuales sean sus fechas)",
        _ => $"{registered} (whatever their dates)",
    };

    /// <summary>Said when no activity takes place in the period (registrations made in it may be for later dates).</summary>
    public static string NothingInPeriod(Language language) => language switch
    {
        Language.French => "Aucune démarche n’a lieu pendant cette période.",
        Language.Spanish => "No hay ninguna gestión durante este período.",
        _ => "No outreach takes place in this period.",
    };

    /// <summary>"… and 3 more."</summary>
    public static string AndMore(int count, Language language) => language switch
    {
        Language.French => $"… et {Formats.Number(count, language)} de plus.",
        Language.Spanish => $"… y {Formats.Number(count, language)} más.",
        _ => $"… and {count} more.",
    };

    // French takes the singular for 0 and 1, Spanish and English for 1 only.
    private static string Agreed(int n, string one, string many, Language language) =>
        $"{Formats.Number(n, language)} {(n == 1 || (n == 0 && language == Language.French) ? one : many)}";

    // The filter's problems: the keywords and values quoted stay the English ones the command reads.

    public static string QuartersOnly(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}»{Nbsp}: une année compte les trimestres Q1 à Q4.",
        Language.Spanish => $"«{typed}»: un año tiene los trimestres Q1 a Q4.",
        _ => $"“{typed}”: a year has quarters Q1 to Q4.",
    };

    public static string MonthsOnly(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}»{Nbsp}: les mois vont de 01 à 12.",
        Language.Spanish => $"«{typed}»: los meses van de 01 a 12.",
        _ => $"“{typed}”: months go from 01 to 12.",
    };

    public static string OutsideYears(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» est en dehors des années que je conserve (2000 à 2100).",
        Language.Spanish => $"«{typed}» está fuera de los años que conservo (2000 a 2100).",
        _ => $"“{typed}” is outside the years I keep (2000 to 2100).",
    };

    public static string NotAPeriod(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas une période que je sais lire. Indiquez une année (2027), un trimestre (2027-Q1), un mois (2027-03) ou deux dates (2027-01-15..2027-02-10).",
        Language.Spanish => $"«{typed}» no es un período que sepa leer. Indique un año (2027), un trimestre (2027-Q1), un mes (2027-03) o dos fechas (2027-01-15..2027-02-10).",
        _ => $"“{typed}” is not a period I can read. Write a year (2027), a quarter (2027-Q1), a month (2027-03) or two dates (2027-01-15..2027-02-10).",
    };

    /// <param name="kinds">The kinds as the command reads them.</param>
    public static string NotAKind(string typed, string kinds, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas un type de démarche. Types{Nbsp}: {kinds}.",
        Language.Spanish => $"«{typed}» no es un tipo de gestión. Tipos: {kinds}.",
        _ => $"“{typed}” is not a kind of outreach. Kinds: {kinds}.",
    };

    public static string NotATopic(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas un thème. Thèmes{Nbsp}: accession, implementation, assistance, sponsorship, parliamentary, reporting, other.",
        Language.Spanish => $"«{typed}» no es un tema. Temas: accession, implementation, assistance, sponsorship, parliamentary, reporting, other.",
        _ => $"“{typed}” is not a topic. Topics: accession, implementation, assistance, sponsorship, parliamentary, reporting, other.",
    };

    public static string NotAStage(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas un état d’inscription{Nbsp}: planned, done ou cancelled.",
        Language.Spanish => $"«{typed}» no es un estado de inscripción: planned, done o cancelled.",
        _ => $"“{typed}” is not a state of a registration: planned, done or cancelled.",
    };

    /// <summary>A filter's keyword with nothing after it ("region" alone), or words that are no filter.</summary>
    public static string UnknownFilter(string typed, bool keywordAlone, Language language)
    {
        var what = (keywordAlone, language) switch
        {
            (true, Language.French) => $"{typed} (sans rien après)",
            (true, Language.Spanish) => $"{typed} (sin nada después)",
            (true, _) => $"{typed} (with nothing after it)",
            _ => typed,
        };
        return language switch
        {
            Language.French => $"Je ne sais que faire de «{Nbsp}{what}{Nbsp}». Filtres{Nbsp}: une période (2027-Q1), region <nom>, country <nom>, kind <type>, topic <thème>, state planned|done|cancelled.",
            Language.Spanish => $"No sé qué hacer con «{what}». Filtros: un período (2027-Q1), region <nombre>, country <nombre>, kind <tipo>, topic <tema>, state planned|done|cancelled.",
            _ => $"I don't know what to do with “{what}”. Filters: a period (2027-Q1), region <name>, country <name>, kind <kind>, topic <topic>, state planned|done|cancelled.",
        };
    }
}
