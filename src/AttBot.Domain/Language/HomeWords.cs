using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// The sentences of a person's own page (Slack's Home tab) in English, French and Spanish: the headings, the empty
/// texts and the regional picture's labels. Figures, dates and places are written by <see cref="Formats"/>,
/// <see cref="TreatyTerms"/> and <see cref="PlaceNames"/>; commands stay as they are typed (/att register).
/// French puts a no-break space before a colon.
/// </summary>
public static class HomeWords
{
    private const char Nbsp = '\u00A0';

    public static string Registrations(Language language) => language switch
    {
        Language.French => "Vos activités enregistrées",
        Language.Spanish => "Sus actividades registradas",
        _ => "Your registrations",
    };

    /// <summary>Markdown (**bold**), as the other answers write it.</summary>
    public static string NoRegistrations(Language language) => language switch
    {
        Language.French => "Vous n’avez encore enregistré aucune activité de sensibilisation. Tapez **/att register** pour commencer.",
        Language.Spanish => "Todavía no ha registrado ninguna actividad de sensibilización. Escriba **/att register** para empezar.",
        _ => "You have not registered any outreach yet. Type **/att register** to start.",
    };

    public static string MapUnavailable(Language language) => language switch
    {
        Language.French => "La carte n’est pas disponible pour le moment.",
        Language.Spanish => "El mapa no está disponible en este momento.",
        _ => "The map is not available just now.",
    };

    public static string Why(RegionReason reason, Language language) => (reason, language) switch
    {
        (RegionReason.Champion, Language.French) => "La région qui vous a été confiée en tant que champion régional.",
        (RegionReason.Champion, Language.Spanish) => "La región que se le ha confiado como promotor regional.",
        (RegionReason.Champion, _) => "The region you champion.",
        (RegionReason.Registrations, Language.French) => "La région visée par vos activités enregistrées.",
        (RegionReason.Registrations, Language.Spanish) => "La región a la que se dirigen sus actividades registradas.",
        (RegionReason.Registrations, _) => "The region your registrations reach.",
        (_, Language.French) => $"Le monde{Nbsp}: votre région s’affichera ici dès que vous aurez enregistré une activité.",
        (_, Language.Spanish) => "El mundo: su región aparecerá aquí en cuanto registre una actividad.",
        _ => "The world: your region shows here once you register outreach.",
    };

    public static string States(Language language) => language switch
    {
        Language.French => "États",
        Language.Spanish => "Estados",
        _ => "States",
    };

    /// <summary>The plural of the treaty's own term (État partie, Estado parte).</summary>
    public static string Parties(Language language) => language switch
    {
        Language.French => "États parties",
        Language.Spanish => "Estados partes",
        _ => "States Parties",
    };

    public static string Signatories(Language language) => language switch
    {
        Language.French => "Signataires",
        Language.Spanish => "Signatarios",
        _ => "Signatories",
    };

    public static string Neither(Language language) => language switch
    {
        Language.French => "Ni signataires ni parties",
        Language.Spanish => "Ni signatarios ni partes",
        _ => "Neither",
    };

    /// <summary>The region card's count of planned outreach (never who): "3 registrations reaching 2 states (next on 10 March 2027)".</summary>
    public static string PlannedOutreach(int plans, int states, DateOnly? next, int days, Language language)
    {
        if (plans == 0)
            return language switch
            {
                Language.French => $"Aucune activité de sensibilisation prévue dans les {days} prochains jours.",
                Language.Spanish => $"No hay actividades de sensibilización previstas en los próximos {days} días.",
                _ => $"No outreach planned in the next {days} days.",
            };
        var when = next is { } d ? Formats.Date(d, language) : null;
        return language switch
        {
            Language.French => $"Activités de sensibilisation prévues dans les {days} prochains jours{Nbsp}: " +
                $"{Count(plans, "activité", "activités", language)} visant {Count(states, "État", "États", language)}" +
                (when is null ? "." : $" (la prochaine le {when})."),
            Language.Spanish => $"Actividades de sensibilización previstas en los próximos {days} días: " +
                $"{Count(plans, "actividad", "actividades", language)} dirigidas a {Count(states, "Estado", "Estados", language)}" +
                (when is null ? "." : $" (la próxima, el {when})."),
            _ => $"Outreach planned in the next {days} days: {Count(plans, "registration", "registrations", language)} reaching " +
                $"{Count(states, "state", "states", language)}" + (when is null ? "." : $" (next on {when})."),
        };
    }

    public static string Footer(DateOnly currentTo, Language language) => language switch
    {
        Language.French => $"Données à jour au {Formats.Date(currentTo, language)} · Source{Nbsp}: Collection des traités des Nations Unies (XXVI-8), " +
            $"régions{Nbsp}: Division de statistique de l’ONU · Frontières{Nbsp}: Natural Earth / visionscarto (BSD-3-Clause)",
        Language.Spanish => $"Datos actualizados al {Formats.Date(currentTo, language)} · Fuente: Colección de Tratados de las Naciones Unidas (XXVI-8), " +
            "regiones: División de Estadística de las Naciones Unidas · Fronteras: Natural Earth / visionscarto (BSD-3-Clause)",
        _ => $"Data current to {Formats.Date(currentTo, language)} · Source: UN Treaty Collection (XXVI-8), regions: UN Statistics Division · " +
            "Boundaries: Natural Earth / visionscarto (BSD-3-Clause)",
    };

    public static string OpenConflicts(int total, Language language) => language switch
    {
        Language.French => $"Conflits non réglés ({Formats.Number(total, language)})",
        Language.Spanish => $"Posibles duplicaciones sin resolver ({Formats.Number(total, language)})",
        _ => $"Open possible duplications ({Formats.Number(total, language)})",
    };

    public static string NoOpenConflicts(Language language) => language switch
    {
        Language.French => $"Aucun conflit en suspens{Nbsp}: chaque double emploi possible a été réglé.",
        Language.Spanish => "No hay posibles duplicaciones pendientes: se han resuelto todas.",
        _ => "No open possible duplications: every one has been settled.",
    };

    /// <summary>Below the conflicts shown, those left out; there is no command that lists them all, so they come up here in turn.</summary>
    public static string MoreConflicts(int more, Language language) => (more == 1, language) switch
    {
        (true, Language.French) => "…et un autre conflit non réglé, qui apparaîtra ici dès que l’un de ceux-ci sera réglé.",
        (false, Language.French) => $"…et {Formats.Number(more, language)} autres conflits non réglés, qui apparaîtront ici à mesure que ceux-ci seront réglés.",
        (true, Language.Spanish) => "…y otra posible duplicación sin resolver, que aparecerá aquí en cuanto se resuelva una de estas.",
        (false, Language.Spanish) => $"…y otros {Formats.Number(more, language)} posibles duplicaciones sin resolver, que aparecerán aquí a medida que se resuelvan estas.",
        (true, _) => "…and 1 more open possible duplication, which appears here once one of these is settled.",
        _ => $"…and {Formats.Number(more, language)} more open possible duplications, which appear here as these are settled.",
    };

    /// <summary>Markdown (**bold**). The region is named as the person reads it (the bot reads region names in all three languages); null for the world.</summary>
    public static string Help(string? regionName, Language language)
    {
        var region = regionName is null ? "**/att region**" : $"**/att region {regionName}**";
        return language switch
        {
            Language.French => $"Tapez **/att help** pour découvrir tout ce que fait AttBot{Nbsp}: **/att register**, **/att mine**, {region}.",
            Language.Spanish => $"Escriba **/att help** para ver todo lo que hace AttBot: **/att register**, **/att mine**, {region}.",
            _ => $"Type **/att help** for everything AttBot does: **/att register**, **/att mine**, {region}.",
        };
    }

    /// <summary>The map's alternative text: the figures in words.</summary>
    public static string MapAltText(string regionName, string parties, string signatories, string neither, Language language) =>
        $"{regionName}{(language == Language.French ? Nbsp + ":" : ":")} {Parties(language)} {parties} · {Signatories(language)} {signatories} · {Neither(language)} {neither}";

    private static string Count(int n, string one, string many, Language language) => $"{Formats.Number(n, language)} {(n == 1 ? one : many)}";
}
