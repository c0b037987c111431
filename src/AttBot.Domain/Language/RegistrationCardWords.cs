using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// The registration's confirmation and its overlap warnings in English, French and Spanish, Teams and Slack alike:
/// the heading, the facts' labels, the window's dates and what is said of the other side of an overlap. Who may see
/// what is decided by the cards (<see cref="Viewer"/>); these only say it. French puts a no-break space before a colon.
/// </summary>
public static class RegistrationCardWords
{
    private const char Nbsp = '\u00A0';

    public enum Fact { ActingFor, Organizer, States, Kind, When, Topics, Partners, Visibility, Notes }

    public static string Label(Fact fact, Language language) => (fact, language) switch
    {
        (Fact.ActingFor, Language.French) => "Au nom de",
        (Fact.Organizer, Language.French) => "Organisateur",
        (Fact.States, Language.French) => "États",
        (Fact.Kind, Language.French) => "Type",
        (Fact.When, Language.French) => "Dates",
        (Fact.Topics, Language.French) => "Thèmes",
        (Fact.Partners, Language.French) => "Partenaires",
        (Fact.Visibility, Language.French) => "Visibilité",
        (Fact.Notes, Language.French) => "Notes",
        (Fact.ActingFor, Language.Spanish) => "En nombre de",
        (Fact.Organizer, Language.Spanish) => "Organizador",
        (Fact.States, Language.Spanish) => "Estados",
        (Fact.Kind, Language.Spanish) => "Tipo",
        (Fact.When, Language.Spanish) => "Fechas",
        (Fact.Topics, Language.Spanish) => "Temas",
        (Fact.Partners, Language.Spanish) => "Asociados",
        (Fact.Visibility, Language.Spanish) => "Visibilidad",
        (Fact.Notes, Language.Spanish) => "Notas",
        (Fact.ActingFor, _) => "Acting for",
        (Fact.Organizer, _) => "Organizer",
        (Fact.States, _) => "States",
        (Fact.Kind, _) => "Kind",
        (Fact.When, _) => "When",
        (Fact.Topics, _) => "Topics",
        (Fact.Partners, _) => "Partners",
        (Fact.Visibility, _) => "Visibility",
        _ => "Notes",
    };

    /// <summary>"10–12 March 2027", "30 March – 2 April 2027", "5 May 2027", as each language writes them.</summary>
    public static string Window(DateWindow window, Language language)
    {
        if (language == Language.English)
            return window.ToString();
        var (start, end) = (window.Start, window.End);
        if (start == end)
            return Formats.Date(end, language);
        if (start.Year == end.Year && start.Month == end.Month)
            return $"{Formats.DayAndMonth(start, language).Split(' ')[0]}–{Formats.Date(end, language)}";
        if (start.Year == end.Year)
            return $"{Formats.DayAndMonth(start, language)} – {Formats.Date(end, language)}";
        return $"{Formats.Date(start, language)} – {Formats.Date(end, language)}";
    }

    /// <summary>What Teams shows of the confirmation in a notification.</summary>
    public static string CardSummary(Language language) => language switch
    {
        Language.French => "Inscription d’une démarche",
        Language.Spanish => "Registro de una gestión",
        _ => "Outreach registration",
    };

    /// <summary>Before what to fix in a one-line registration (Slack, where no form opens by itself).</summary>
    public static string PleaseFix(Language language) => language switch
    {
        Language.French => $"Veuillez corriger{Nbsp}: ",
        Language.Spanish => "Corrija lo siguiente: ",
        _ => "Please fix: ",
    };

    /// <summary>The button that opens the form with what was typed.</summary>
    public static string OpenTheForm(Language language) => language switch
    {
        Language.French => "Ouvrir le formulaire avec ces indications",
        Language.Spanish => "Abrir el formulario con estos datos",
        _ => "Open the form with this",
    };

    public static string Registered(string id, Language language) => language switch
    {
        Language.French => $"Démarche {id} inscrite",
        Language.Spanish => $"Gestión {id} registrada",
        _ => $"Registered {id}",
    };

    /// <summary>The warning above a registration's overlaps: "⚠ Possible duplication of 2 other registrations".</summary>
    public static string PossibleDuplications(int count, Language language) => (count, language) switch
    {
        (1, Language.French) => "⚠ Double emploi possible avec une autre inscription",
        (_, Language.French) => $"⚠ Double emploi possible avec {Formats.Number(count, language)} autres inscriptions",
        (1, Language.Spanish) => "⚠ Posible duplicación con otro registro",
        (_, Language.Spanish) => $"⚠ Posible duplicación con otros {Formats.Number(count, language)} registros",
        (1, _) => "⚠ Possible duplication of another registration",
        _ => $"⚠ Possible duplication of {count} other registrations",
    };

    /// <summary>Below the overlaps shown, how many are left out.</summary>
    public static string More(int count, Language language) => language switch
    {
        Language.French => $"…et {Formats.Number(count, language)} de plus.",
        Language.Spanish => $"…y {Formats.Number(count, language)} más.",
        _ => $"…and {count} more.",
    };

    /// <summary>The plain text: "Registered OR-0042: Tonga, 10–12 March 2027 (Bilateral)."</summary>
    public static string Summary(string heading, string states, string window, string kind, Language language) =>
        language == Language.French ? $"{heading}{Nbsp}: {states}, {window} ({kind})." : $"{heading}: {states}, {window} ({kind}).";

    /// <summary>What comes before the possible duplications in the plain text.</summary>
    public static string PossibleDuplicationLead(Language language) => language switch
    {
        Language.French => $" Double emploi possible{Nbsp}: ",
        Language.Spanish => " Posible duplicación: ",
        _ => " Possible duplication: ",
    };

    /// <summary>
    /// The other side, for a reader who may not see who it is: only the shared states, the window and how close it is
    /// (<paramref name="closeness"/>: "8 days after your visit").
    /// </summary>
    public static string Anonymous(string shared, string window, string closeness, Language language) => language switch
    {
        Language.French => $"Une autre partie prenante a prévu une démarche auprès de {shared} ({window}), {closeness}.",
        Language.Spanish => $"Otra parte interesada ha previsto una gestión ante {shared} ({window}), {closeness}.",
        _ => $"Another stakeholder has planned engagement with {shared} on {window}, {closeness}.",
    };

    /// <summary>"OR-0042 · Ana Ruiz (Mexico) · Bilateral · 10–12 March 2027 (8 days after your visit) · states: Tonga".</summary>
    public static string OtherSummary(string id, string who, string kind, string window, string closeness, string shared, Language language) => language switch
    {
        Language.French => $"{id} · {who} · {kind} · {window} ({closeness}) · États{Nbsp}: {shared}",
        Language.Spanish => $"{id} · {who} · {kind} · {window} ({closeness}) · Estados: {shared}",
        _ => $"{id} · {who} · {kind} · {window} ({closeness}) · states: {shared}",
    };

    public static string AlreadyRegistered(string id, string shared, string window, Language language) => language switch
    {
        Language.French => $"L’avez-vous déjà inscrite{Nbsp}? {id} couvre {shared} ({window}).",
        Language.Spanish => $"¿Ya la había registrado? {id} abarca {shared} ({window}).",
        _ => $"Did you already register this? {id} covers {shared} on {window}.",
    };

    /// <summary>A region's states: "Oceania (non-parties): Fiji, Tonga".</summary>
    public static string RegionStates(string region, string names, Language language) => language switch
    {
        Language.French => $"{region} (États non parties){Nbsp}: {names}",
        Language.Spanish => $"{region} (Estados no partes): {names}",
        _ => $"{region} (non-parties): {names}",
    };

    /// <summary>After the first states of a long line: " and 22 more".</summary>
    public static string AndMore(int count, Language language) => language switch
    {
        Language.French => $" et {Formats.Number(count, language)} autres",
        Language.Spanish => $" y {Formats.Number(count, language)} más",
        _ => $" and {count} more",
    };
}
