namespace AttBot.Domain.Outreach;

/// <summary>What form the outreach takes.</summary>
public enum OutreachKind { Bilateral, Regional, Multilateral, Workshop, Visit, Call, Other }

/// <summary>What the outreach is about, in the Working Group's terms.</summary>
public enum OutreachTopic
{
    /// <summary>Ratification or accession.</summary>
    Accession,
    /// <summary>National implementation and legislation.</summary>
    Implementation,
    /// <summary>Voluntary Trust Fund or other assistance.</summary>
    Assistance,
    /// <summary>The ATT Sponsorship Programme.</summary>
    Sponsorship,
    /// <summary>Parliamentary engagement.</summary>
    Parliamentary,
    Reporting,
    Other,
}

/// <summary>Shared: every stakeholder may see who plans what. Restricted: only the organizer and the Secretariat.</summary>
public enum Visibility { Shared, Restricted }

public enum OutreachState { Planned, Done, Cancelled }

/// <summary>Words for the terms, and the words users may type for them.</summary>
public static class OutreachWords
{
    public static string Describe(OutreachKind kind) => kind switch
    {
        OutreachKind.Bilateral => "Bilateral",
        OutreachKind.Regional => "Regional",
        OutreachKind.Multilateral => "Multilateral",
        OutreachKind.Workshop => "Workshop",
        OutreachKind.Visit => "Visit",
        OutreachKind.Call => "Call",
        _ => "Other",
    };

    public static string Describe(OutreachTopic topic) => topic switch
    {
        OutreachTopic.Accession => "Ratification / accession",
        OutreachTopic.Implementation => "National implementation / legislation",
        OutreachTopic.Assistance => "Voluntary Trust Fund / assistance",
        OutreachTopic.Sponsorship => "Sponsorship programme",
        OutreachTopic.Parliamentary => "Parliamentary engagement",
        OutreachTopic.Reporting => "Reporting",
        _ => "Other",
    };

    public static string Describe(OutreachState state) => state switch
    {
        OutreachState.Planned => "Planned",
        OutreachState.Done => "Done",
        _ => "Cancelled",
    };

    /// <summary>A kind as typed in English, French or Spanish; case and accents do not matter ("Bilatérale", "reunión").</summary>
    public static OutreachKind? ParseKind(string word) => Plain(word) switch
    {
        "bilateral" or "bilaterale" => OutreachKind.Bilateral,
        "regional" or "regionale" => OutreachKind.Regional,
        "multilateral" or "multilaterale" => OutreachKind.Multilateral,
        "workshop" or "seminar" or "atelier" or "seminaire" or "taller" or "seminario" => OutreachKind.Workshop,
        "visit" or "mission" or "visite" or "visita" or "mision" => OutreachKind.Visit,
        "call" or "meeting" or "appel" or "reunion" or "entretien" or "llamada" => OutreachKind.Call,
        "other" or "autre" or "otra" or "otro" => OutreachKind.Other,
        _ => null,
    };

    /// <summary>A topic as typed in English, French or Spanish; case and accents do not matter ("mise en œuvre", "adhesión").</summary>
    public static OutreachTopic? ParseTopic(string word) => Plain(word) switch
    {
        "accession" or "ratification" or "joining" or "adhesion" or "ratificacion" => OutreachTopic.Accession,
        "implementation" or "legislation" or "national implementation" or "mise en oeuvre" or "mise en œuvre"
            or "aplicacion" or "implementacion" or "legislacion" or "aplicacion nacional" => OutreachTopic.Implementation,
        "assistance" or "vtf" or "voluntary trust fund" or "trust fund" or "asistencia" or "fonds d'affectation speciale"
            or "fonds d’affectation speciale" or "fondo fiduciario" => OutreachTopic.Assistance,
        "sponsorship" or "sponsorship programme" or "sponsorship program" or "parrainage" or "programme de parrainage"
            or "patrocinio" or "programa de patrocinio" => OutreachTopic.Sponsorship,
        "parliamentary" or "parliament" or "parliamentarians" or "parlementaire" or "parlementaires" or "parlement"
            or "parlamentario" or "parlamentarios" or "parlamento" => OutreachTopic.Parliamentary,
        "reporting" or "reports" or "report" or "rapports" or "rapport" or "etablissement de rapports"
            or "informes" or "informe" or "presentacion de informes" => OutreachTopic.Reporting,
        "other" or "autre" or "otro" or "otra" => OutreachTopic.Other,
        _ => null,
    };

    // Lower case without accents, so "Bilatérale" and "bilaterale", "reunión" and "reunion" are one word.
    private static string Plain(string word)
    {
        var decomposed = word.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
            != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
    }

    public static readonly IReadOnlyList<OutreachKind> Kinds = Enum.GetValues<OutreachKind>();
    public static readonly IReadOnlyList<OutreachTopic> Topics = Enum.GetValues<OutreachTopic>();
}
