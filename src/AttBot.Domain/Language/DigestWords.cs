namespace AttBot.Domain.Language;

/// <summary>The Secretariat's weekly digest, in the language of the conversation it is posted in, Teams and Slack alike.</summary>
public static class DigestWords
{
    private const char Nbsp = '\u00A0';

    public static string Title(Language language) => language switch
    {
        Language.French => "Synthèse hebdomadaire des démarches",
        Language.Spanish => "Resumen semanal de gestiones",
        _ => "Weekly outreach digest",
    };

    /// <summary>"Week of 16–22 March 2026" (<paramref name="week"/> written by RegistrationCardWords.Window).</summary>
    public static string WeekOf(string week, Language language) => language switch
    {
        Language.French => $"Semaine du {week}",
        Language.Spanish => $"Semana del {week}",
        _ => $"Week of {week}",
    };

    public enum Part { NewRegistrations, OpenDuplications, Upcoming, FindingsOverdue }

    /// <summary>The figures' labels: "New registrations", "Next 14 days"…</summary>
    public static string Figure(Part part, int upcomingDays, Language language) => (part, language) switch
    {
        (Part.NewRegistrations, Language.French) => "Nouvelles inscriptions",
        (Part.OpenDuplications, Language.French) => "Doubles emplois possibles non réglés",
        (Part.Upcoming, Language.French) => $"{Formats.Number(upcomingDays, language)} prochains jours",
        (Part.FindingsOverdue, Language.French) => "Conclusions en retard",
        (Part.NewRegistrations, Language.Spanish) => "Nuevos registros",
        (Part.OpenDuplications, Language.Spanish) => "Posibles duplicaciones pendientes",
        (Part.Upcoming, Language.Spanish) => $"Próximos {Formats.Number(upcomingDays, language)} días",
        (Part.FindingsOverdue, Language.Spanish) => "Conclusiones atrasadas",
        (Part.NewRegistrations, _) => "New registrations",
        (Part.OpenDuplications, _) => "Open possible duplications",
        (Part.Upcoming, _) => $"Next {upcomingDays} days",
        _ => "Findings overdue",
    };

    /// <summary>The sections' titles: "Starting in the next 14 days", "Findings not yet recorded"…</summary>
    public static string Section(Part part, int upcomingDays, Language language) => (part, language) switch
    {
        (Part.Upcoming, Language.French) => $"Débutant dans les {Formats.Number(upcomingDays, language)} prochains jours",
        (Part.FindingsOverdue, Language.French) => "Conclusions non encore consignées",
        (Part.Upcoming, Language.Spanish) => $"Comienzan en los próximos {Formats.Number(upcomingDays, language)} días",
        (Part.FindingsOverdue, Language.Spanish) => "Conclusiones aún no registradas",
        (Part.Upcoming, _) => $"Starting in the next {upcomingDays} days",
        (Part.FindingsOverdue, _) => "Findings not yet recorded",
        _ => Figure(part, upcomingDays, language),
    };

    /// <summary>"OR-0001 (Ana Ruiz (Mexico)) and OR-0002 (Pita Taufa (Control Arms))".</summary>
    public static string Pair(string first, string second, Language language) => language switch
    {
        Language.French => $"{first} et {second}",
        Language.Spanish => $"{first} y {second}",
        _ => $"{first} and {second}",
    };

    /// <summary>A restricted registration in a list: " · restricted".</summary>
    public static string Restricted(Language language) => language switch
    {
        Language.French => " · restreinte",
        Language.Spanish => " · restringida",
        _ => " · restricted",
    };

    /// <summary>After a few states of a registration: " and 3 more".</summary>
    public static string AndMoreStates(int count, Language language) => RegistrationCardWords.AndMore(count, language);

    /// <summary>Below a section cut short: "… and 12 more."</summary>
    public static string More(int count, Language language) => language switch
    {
        Language.French => $"… et {Formats.Number(count, language)} de plus.",
        Language.Spanish => $"… y {Formats.Number(count, language)} más.",
        _ => $"… and {count} more.",
    };

    public static string QuietWeek(Language language) => language switch
    {
        Language.French => $"Une semaine calme{Nbsp}: rien de nouveau, rien en suspens.",
        Language.Spanish => "Una semana tranquila: nada nuevo, nada pendiente.",
        _ => "A quiet week: nothing new, nothing open.",
    };

    /// <summary>The button that exports the week (its command stays English).</summary>
    public static string ExportTheWeek(Language language) => language switch
    {
        Language.French => "Exporter la semaine en CSV",
        Language.Spanish => "Exportar la semana en CSV",
        _ => "Export the week as CSV",
    };

    /// <summary>"Weekly outreach digest, week of 16–22 March 2026: 3 new registrations, 1 open possible duplications."</summary>
    public static string Fallback(string week, int newRegistrations, int openDuplications, Language language)
    {
        var (n, d) = (Formats.Number(newRegistrations, language), Formats.Number(openDuplications, language));
        return language switch
        {
            Language.French => $"{Title(language)}, semaine du {week}{Nbsp}: "
                + (newRegistrations <= 1 ? $"{n} nouvelle inscription, " : $"{n} nouvelles inscriptions, ")
                + (openDuplications <= 1 ? $"{d} double emploi possible non réglé." : $"{d} doubles emplois possibles non réglés."),
            Language.Spanish => $"{Title(language)}, semana del {week}: "
                + (newRegistrations == 1 ? "1 nuevo registro, " : $"{n} nuevos registros, ")
                + (openDuplications == 1 ? "1 posible duplicación pendiente." : $"{d} posibles duplicaciones pendientes."),
            _ => $"{Title(language)}, week of {week}: {newRegistrations} new registrations, {openDuplications} open possible duplications.",
        };
    }
}
