using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// The Secretariat's alert of a possible duplication, in the language of the conversation it is posted in: its heading,
/// the two registrations' lines, how close they are and how it was settled. The buttons' values stay English.
/// </summary>
public static class AlertWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>"Possible duplication: Tonga", or "Registered twice?: Tonga" when the same organizer registered it again.</summary>
    public static string Heading(ConflictKind kind, string states, Language language) => (kind, language) switch
    {
        (ConflictKind.AlreadyRegistered, Language.French) => $"Inscrite deux fois{Nbsp}? {states}",
        (_, Language.French) => $"Double emploi possible{Nbsp}: {states}",
        (ConflictKind.AlreadyRegistered, Language.Spanish) => $"¿Registrada dos veces? {states}",
        (_, Language.Spanish) => $"Posible duplicación: {states}",
        (ConflictKind.AlreadyRegistered, _) => $"Registered twice?: {states}",
        _ => $"Possible duplication: {states}",
    };

    /// <summary>What Teams shows of an alert in a notification.</summary>
    public static string Summary(Language language) => language switch
    {
        Language.French => "Double emploi possible entre démarches",
        Language.Spanish => "Posible duplicación de gestiones",
        _ => "Possible duplication of outreach",
    };

    /// <summary>Above each registration: the one registered first, and the one that came after.</summary>
    public static string Side(bool earlier, Language language) => (earlier, language) switch
    {
        (true, Language.French) => "Inscrite en premier",
        (false, Language.French) => "Inscrite ensuite",
        (true, Language.Spanish) => "Registrada primero",
        (false, Language.Spanish) => "Registrada después",
        (true, _) => "Earlier",
        _ => "Later",
    };

    /// <summary>One labelled line of a registration: "States: Tonga", "États : Tonga".</summary>
    public static string Labelled(string label, string value, Language language) =>
        language == Language.French ? $"{label}{Nbsp}: {value}" : $"{label}: {value}";

    /// <summary>For the Secretariat, who organizes neither: "OR-0002 is 8 days after OR-0001."</summary>
    public static string Between(string laterId, string closeness, Language language) => language switch
    {
        Language.French => $"{laterId}{Nbsp}: {closeness}.",
        Language.Spanish => $"{laterId}: {closeness}.",
        _ => $"{laterId} is {closeness}.",
    };

    /// <summary>Under an organizer: "Reach them: [chat with Ana Ruiz in Teams](…)".</summary>
    public static string ReachThem(string reach, Language language) => language switch
    {
        Language.French => $"Contact{Nbsp}: {reach}",
        Language.Spanish => $"Contacto: {reach}",
        _ => $"Reach them: {reach}",
    };

    /// <summary>The buttons that settle it (their values stay English).</summary>
    public static string Button(ConflictResolution resolution, Language language) => (resolution, language) switch
    {
        (ConflictResolution.Coordinated, Language.French) => "Coordination assurée",
        (_, Language.French) => "Pas de double emploi",
        (ConflictResolution.Coordinated, Language.Spanish) => "Coordinación asegurada",
        (_, Language.Spanish) => "No hay duplicación",
        (ConflictResolution.Coordinated, _) => "Coordinated",
        _ => "Not a duplication",
    };

    /// <summary>"Marked coordinated by Sam Lee on 18 March 2026"; who and when when known.</summary>
    public static string Settled(ConflictResolution resolution, string? by, DateOnly? on, Language language)
    {
        var what = Button(resolution, language);
        var date = on is { } day ? Formats.Date(day, language) : null;
        return language switch
        {
            Language.French => $"Marquée «{Nbsp}{what.ToLowerInvariant()}{Nbsp}»" + (by is null ? "" : $" par {by}") + (date is null ? "" : $" le {date}"),
            Language.Spanish => $"Marcada como «{what.ToLowerInvariant()}»" + (by is null ? "" : $" por {by}") + (date is null ? "" : $" el {date}"),
            _ => (resolution == ConflictResolution.Coordinated ? "Marked coordinated" : "Marked not a duplication")
                + (by is null ? "" : $" by {by}") + (date is null ? "" : $" on {date}"),
        };
    }

    /// <summary>
    /// Said after "language fr" in a subscribed conversation: its alerts and digest follow the choice too. With no
    /// <paramref name="chosen"/> ("language auto") they follow the language of whoever subscribed it again.
    /// </summary>
    public static string ConversationReads(string? chosen, Language language) => (chosen, language) switch
    {
        (null, Language.French) => "Les alertes et la synthèse hebdomadaire de cette conversation suivent de nouveau la langue de la personne qui l’a abonnée.",
        (null, Language.Spanish) => "Las alertas y el resumen semanal de esta conversación siguen de nuevo el idioma de quien la suscribió.",
        (null, _) => "This conversation's alerts and weekly digest follow the language of whoever subscribed it again.",
        (_, Language.French) => $"Les alertes et la synthèse hebdomadaire de cette conversation seront rédigées en {chosen}.",
        (_, Language.Spanish) => $"Las alertas y el resumen semanal de esta conversación se redactarán en {chosen}.",
        _ => $"This conversation's alerts and weekly digest will be written in {chosen}.",
    };

    public static string NoLongerExists(Language language) => language switch
    {
        Language.French => "Ce double emploi possible n’existe plus.",
        Language.Spanish => "Esa posible duplicación ya no existe.",
        _ => "That possible duplication no longer exists.",
    };
}
