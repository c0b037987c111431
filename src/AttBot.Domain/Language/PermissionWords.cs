using AttBot.Domain.Commands;

namespace AttBot.Domain.Language;

/// <summary>
/// The refusal of whatever <see cref="Permissions"/> keeps from a person, in English, French and Spanish: one sentence
/// ("Only members of the ATT Secretariat can …") naming what was asked, so that every refusal reads alike.
/// </summary>
public static class PermissionWords
{
    public static string Refusal(Guarded what, Language language) => what switch
    {
        Guarded.Priorities => language switch
        {
            Language.French => "Les priorités et les intentions déclarées sont réservées au Secrétariat du TCA et aux champions régionaux.",
            Language.Spanish => "Las prioridades y las intenciones declaradas están reservadas a la Secretaría del TCA y a los promotores regionales.",
            _ => "Priorities and declared intentions are for the ATT Secretariat and regional champions only.",
        },
        // What anyone may map instead is said with it.
        Guarded.FilteredMap => OnlySecretariat(what, language) + " " + language switch
        {
            Language.French => "Tapez **map** pour le monde ou **map Oceania** pour une région.",
            Language.Spanish => "Escriba **map** para el mundo o **map Oceania** para una región.",
            _ => "Type **map** for the world or **map Oceania** for a region.",
        },
        _ => OnlySecretariat(what, language),
    };

    private static string OnlySecretariat(Guarded what, Language language) => language switch
    {
        Language.French => $"Seuls les membres du Secrétariat du TCA peuvent {Action(what, language)}.",
        Language.Spanish => $"Solo los miembros de la Secretaría del TCA pueden {Action(what, language)}.",
        _ => $"Only members of the ATT Secretariat can {Action(what, language)}.",
    };

    private static string Action(Guarded what, Language language) => (what, language) switch
    {
        (Guarded.RoleChanges, Language.French) => "attribuer ou retirer des rôles",
        (Guarded.RoleChanges, Language.Spanish) => "asignar o retirar funciones",
        (Guarded.RoleChanges, _) => "grant or revoke roles",
        (Guarded.RoleList, Language.French) => "voir qui exerce quel rôle",
        (Guarded.RoleList, Language.Spanish) => "ver quién ejerce cada función",
        (Guarded.RoleList, _) => "see who holds which role",
        (Guarded.Alerts, Language.French) => "abonner une conversation aux alertes de double emploi possible",
        (Guarded.Alerts, Language.Spanish) => "suscribir una conversación a las alertas de posible duplicación",
        (Guarded.Alerts, _) => "subscribe a conversation to alerts of possible duplications",
        (Guarded.Settling, Language.French) => "régler un double emploi possible",
        (Guarded.Settling, Language.Spanish) => "resolver una posible duplicación",
        (Guarded.Settling, _) => "settle a possible duplication",
        (Guarded.History, Language.French) => "consulter l’historique des fiches",
        (Guarded.History, Language.Spanish) => "consultar el historial de las fichas",
        (Guarded.History, _) => "see the history of records",
        (Guarded.Export, Language.French) => "exporter les démarches",
        (Guarded.Export, Language.Spanish) => "exportar las gestiones",
        (Guarded.Export, _) => "export outreach",
        (Guarded.Summary, Language.French) => "consulter le bilan de la période",
        (Guarded.Summary, Language.Spanish) => "consultar el resumen del período",
        (Guarded.Summary, _) => "see the period summary",
        (Guarded.StatusData, Language.French) => "modifier les données de situation",
        (Guarded.StatusData, Language.Spanish) => "modificar los datos de situación",
        (Guarded.StatusData, _) => "change the status data",
        (Guarded.Tier, Language.French) => "attribuer un niveau à un État",
        (Guarded.Tier, Language.Spanish) => "asignar un nivel a un Estado",
        (Guarded.Tier, _) => "set a state's tier",
        (Guarded.FilteredMap, Language.French) => "cartographier les démarches par période, type ou thème",
        (Guarded.FilteredMap, Language.Spanish) => "representar las gestiones por período, tipo o tema",
        (Guarded.FilteredMap, _) => "map outreach by period, kind or topic",
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, "A guarded action with no words."),
    };
}
