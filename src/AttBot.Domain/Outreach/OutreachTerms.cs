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

    public static OutreachKind? ParseKind(string word) => word.Trim().ToLowerInvariant() switch
    {
        "bilateral" => OutreachKind.Bilateral,
        "regional" => OutreachKind.Regional,
        "multilateral" => OutreachKind.Multilateral,
        "workshop" or "seminar" => OutreachKind.Workshop,
        "visit" or "mission" => OutreachKind.Visit,
        "call" or "meeting" => OutreachKind.Call,
        "other" => OutreachKind.Other,
        _ => null,
    };

    public static OutreachTopic? ParseTopic(string word) => word.Trim().ToLowerInvariant() switch
    {
        "accession" or "ratification" or "joining" => OutreachTopic.Accession,
        "implementation" or "legislation" or "national implementation" => OutreachTopic.Implementation,
        "assistance" or "vtf" or "voluntary trust fund" or "trust fund" => OutreachTopic.Assistance,
        "sponsorship" or "sponsorship programme" or "sponsorship program" => OutreachTopic.Sponsorship,
        "parliamentary" or "parliament" or "parliamentarians" => OutreachTopic.Parliamentary,
        "reporting" or "reports" or "report" => OutreachTopic.Reporting,
        "other" => OutreachTopic.Other,
        _ => null,
    };

    public static readonly IReadOnlyList<OutreachKind> Kinds = Enum.GetValues<OutreachKind>();
    public static readonly IReadOnlyList<OutreachTopic> Topics = Enum.GetValues<OutreachTopic>();
}
