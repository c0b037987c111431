using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>A registration as one entry of a list or a note, for a reader who may see it whole or only that it exists.</summary>
public static class PlanWords
{
    /// <summary>"Another stakeholder · 10–12 March 2027 · planned engagement (restricted)": never who, what or where.</summary>
    public static string Anonymous(string window, OutreachState state, Language language) => (state, language) switch
    {
        (OutreachState.Planned, Language.French) => $"Une autre partie prenante · {window} · démarche prévue (restreinte)",
        (OutreachState.Done, Language.French) => $"Une autre partie prenante · {window} · démarche réalisée (restreinte)",
        (_, Language.French) => $"Une autre partie prenante · {window} · démarche annulée (restreinte)",
        (OutreachState.Planned, Language.Spanish) => $"Otra parte interesada · {window} · gestión prevista (restringida)",
        (OutreachState.Done, Language.Spanish) => $"Otra parte interesada · {window} · gestión realizada (restringida)",
        (_, Language.Spanish) => $"Otra parte interesada · {window} · gestión cancelada (restringida)",
        (OutreachState.Planned, _) => $"Another stakeholder · {window} · planned engagement (restricted)",
        (OutreachState.Done, _) => $"Another stakeholder · {window} · past engagement (restricted)",
        _ => $"Another stakeholder · {window} · cancelled engagement (restricted)",
    };

    /// <summary>Who a registration the reader may not see in detail is by: "another stakeholder".</summary>
    public static string Unnamed(Language language) => language switch
    {
        Language.French => "une autre partie prenante",
        Language.Spanish => "otra parte interesada",
        _ => "another stakeholder",
    };

    /// <summary>"Outcome: the Attorney General will table the bill", for those who may read the findings.</summary>
    public static string Outcome(string findings, Language language) => language switch
    {
        Language.French => $"Conclusions\u00A0: {findings}",
        Language.Spanish => $"Conclusiones: {findings}",
        _ => $"Outcome: {findings}",
    };
}
