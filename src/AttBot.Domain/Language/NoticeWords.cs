using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// What AttBot tells a person unasked, in their language: the heads-up about a registration that may duplicate theirs,
/// the notice that one in a possible duplication was moved or cancelled, the champion's note and the findings reminder.
/// A registration is feminine in French (« démarche », « inscription ») and in Spanish («gestión»), hence « annulée »,
/// «cancelada». Commands quoted in a sentence stay English: that is what the bot reads.
/// </summary>
public static class NoticeWords
{
    private const char Nbsp = '\u00A0';

    /// <summary>"Heads-up: a new registration for Tonga may duplicate your visit OR-0001 (10–12 March 2027)".</summary>
    /// <param name="isNew">The other registration is the new one (else it is the older, and the recipient's the new one).</param>
    public static string HeadsUpLead(bool isNew, string states, string reference, string window, Language language) => (isNew, language) switch
    {
        (true, Language.French) => $"Attention{Nbsp}: une nouvelle inscription concernant {states} pourrait faire double emploi avec {reference} ({window})",
        (false, Language.French) => $"Attention{Nbsp}: une autre inscription concernant {states} pourrait faire double emploi avec {reference} ({window})",
        (true, Language.Spanish) => $"Aviso: un nuevo registro relativo a {states} podría duplicar {reference} ({window})",
        (false, Language.Spanish) => $"Aviso: otro registro relativo a {states} podría duplicar {reference} ({window})",
        (true, _) => $"Heads-up: a new registration for {states} may duplicate {reference} ({window})",
        _ => $"Heads-up: another registration for {states} may duplicate {reference} ({window})",
    };

    /// <summary>What Teams shows of a heads-up in a notification.</summary>
    public static string HeadsUpSummary(Language language) => language switch
    {
        Language.French => "Attention\u00A0: double emploi possible avec votre démarche",
        Language.Spanish => "Aviso: posible duplicación de su gestión",
        _ => "Heads-up: possible duplication of your outreach",
    };

    /// <summary>
    /// The recipient's other plan that the same registration may duplicate: "It may also duplicate your workshop OR-0003
    /// (1–2 April 2027): 8 days before it."
    /// </summary>
    public static string AlsoDuplicates(string reference, string id, string window, Proximity proximity, Language language) => language switch
    {
        Language.French => $"Elle pourrait aussi faire double emploi avec {reference} ({window}){Nbsp}: {ProximityWords.Describe(proximity, id, language)}.",
        Language.Spanish => $"También podría duplicar {reference} ({window}): {ProximityWords.Describe(proximity, id, language)}.",
        _ => $"It may also duplicate {reference} ({window}): {ProximityWords.Describe(proximity, "it", language)}.",
    };

    /// <summary>Someone else's registration the reader may not see: "another stakeholder's engagement on 10–12 March 2027".</summary>
    public static string AnotherStakeholders(string window, Language language) => language switch
    {
        Language.French => $"la démarche d’une autre partie prenante ({window})",
        Language.Spanish => $"la gestión de otra parte interesada ({window})",
        _ => $"another stakeholder's engagement on {window}",
    };

    /// <summary>The cancelled registration as the reader may know it: by id, or only by its states and dates.</summary>
    public static string CancelledSubject(string? id, string states, string window, Language language) => (id, language) switch
    {
        ({ } known, _) => $"{known} ({states}, {window})",
        (null, Language.French) => $"La démarche d’une autre partie prenante auprès de {states} ({window})",
        (null, Language.Spanish) => $"La gestión de otra parte interesada ante {states} ({window})",
        _ => $"Another stakeholder's engagement with {states} on {window}",
    };

    /// <summary>"OR-0002 (Tonga, 11–13 March 2027), which could have duplicated your visit OR-0005, was cancelled."</summary>
    public static string Cancelled(string subject, string duplicated, bool bySecretariat, Language language) => (bySecretariat, language) switch
    {
        (false, Language.French) => $"{subject}, qui aurait pu faire double emploi avec {duplicated}, a été annulée.",
        (true, Language.French) => $"{subject}, qui aurait pu faire double emploi avec {duplicated}, a été annulée par le Secrétariat du TCA.",
        (false, Language.Spanish) => $"{subject}, que podría haber duplicado {duplicated}, fue cancelada.",
        (true, Language.Spanish) => $"{subject}, que podría haber duplicado {duplicated}, fue cancelada por la Secretaría del TCA.",
        (false, _) => $"{subject}, which could have duplicated {duplicated}, was cancelled.",
        _ => $"{subject}, which could have duplicated {duplicated}, was cancelled by the ATT Secretariat.",
    };

    /// <summary>The notice's heading: "OR-0002 cancelled", "OR-0002 moved", or without the id for a reader who may not see it.</summary>
    public static string ChangeHeading(string? id, bool cancelled, Language language) => (id, cancelled, language) switch
    {
        ({ } known, true, Language.French) => $"{known} annulée",
        ({ } known, false, Language.French) => $"{known} déplacée",
        (null, true, Language.French) => "Une démarche en chevauchement a été annulée",
        (null, false, Language.French) => "Une démarche en chevauchement a été déplacée",
        ({ } known, true, Language.Spanish) => $"{known} cancelada",
        ({ } known, false, Language.Spanish) => $"{known} trasladada",
        (null, true, Language.Spanish) => "Se canceló una gestión coincidente",
        (null, false, Language.Spanish) => "Se trasladó una gestión coincidente",
        ({ } known, true, _) => $"{known} cancelled",
        ({ } known, false, _) => $"{known} moved",
        (null, true, _) => "Overlapping outreach cancelled",
        _ => "Overlapping outreach moved",
    };

    /// <summary>
    /// Who moved what, from when to when: "Mexico moved OR-0002 from 11–13 March 2027 to 3 April 2027". With no
    /// <paramref name="id"/> the reader may not see the registration: told by its states. With no
    /// <paramref name="organization"/> the ATT Secretariat moved it.
    /// </summary>
    public static string MovedHead(string? organization, string? id, string states, string from, string to, Language language)
    {
        return language switch
        {
            Language.French => $"{Who()} a déplacé {What()} (initialement {from}, à présent {to})",
            Language.Spanish => $"{Who()} trasladó {What()} (inicialmente {from}, ahora {to})",
            _ => $"{Who()} moved {What()} from {from} to {to}",
        };

        string Who() => (organization, language) switch
        {
            ({ } org, _) => org,
            (null, Language.French) => "Le Secrétariat du TCA",
            (null, Language.Spanish) => "La Secretaría del TCA",
            _ => "The ATT Secretariat",
        };

        string What() => (id, organization, language) switch
        {
            ({ } known, _, _) => known,
            (null, { }, Language.French) => $"sa démarche auprès de {states}",
            (null, null, Language.French) => $"la démarche d’une autre partie prenante auprès de {states}",
            (null, { }, Language.Spanish) => $"su gestión ante {states}",
            (null, null, Language.Spanish) => $"la gestión de otra parte interesada ante {states}",
            (null, { }, _) => $"their engagement with {states}",
            _ => $"another stakeholder's engagement with {states}",
        };
    }

    /// <summary>A registration moved by someone who does not want to be named to this reader: "Another stakeholder".</summary>
    public static string AnotherStakeholder(Language language) => language switch
    {
        Language.French => "Une autre partie prenante",
        Language.Spanish => "Otra parte interesada",
        _ => "Another stakeholder",
    };

    public enum Overlap { Left, Kept, Entered }

    /// <summary>
    /// Where the moved registration now stands to another: "the day after your visit OR-0005 (Tonga)", "no longer
    /// overlapping …", "…, which it could duplicate" (<paramref name="where"/> from ProximityWords).
    /// </summary>
    public static string Stands(Overlap overlap, string other, string where, Language language) => (overlap, language) switch
    {
        (Overlap.Left, Language.French) => $"elle ne chevauche plus {other}",
        (Overlap.Kept, Language.French) => $"elle se situe désormais {where}",
        (Overlap.Entered, Language.French) => $"elle se situe désormais {where}, avec un risque de double emploi",
        (Overlap.Left, Language.Spanish) => $"ya no coincide con {other}",
        (Overlap.Kept, Language.Spanish) => $"ahora queda {where}",
        (Overlap.Entered, Language.Spanish) => $"ahora queda {where}, con riesgo de duplicación",
        (Overlap.Left, _) => $"no longer overlapping {other}",
        (Overlap.Kept, _) => where,
        _ => $"{where}, which it could duplicate",
    };

    /// <summary>The move and where it now stands, in one sentence.</summary>
    public static string MovedWithOne(string head, string stands, Language language) => language switch
    {
        Language.French => $"{head}{Nbsp}; {stands}.",
        Language.Spanish => $"{head}; {stands}.",
        _ => $"{head}, {stands}.",
    };

    /// <summary>"It is now the day after your visit OR-0005 (Tonga)." after the Secretariat moved the reader's own.</summary>
    public static string NowStands(string stands, Language language) => language switch
    {
        Language.English => $"It is now {stands}.",
        _ => $"{char.ToUpperInvariant(stands[0])}{stands[1..]}.",
    };

    /// <summary>The reader's own registration, moved or cancelled by the Secretariat: the heading.</summary>
    public static string ChangedBySecretariatHeading(string id, bool cancelled, Language language) => (cancelled, language) switch
    {
        (true, Language.French) => $"{id} annulée par le Secrétariat du TCA",
        (false, Language.French) => $"{id} déplacée par le Secrétariat du TCA",
        (true, Language.Spanish) => $"{id} cancelada por la Secretaría del TCA",
        (false, Language.Spanish) => $"{id} trasladada por la Secretaría del TCA",
        (true, _) => $"{id} cancelled by the ATT Secretariat",
        _ => $"{id} moved by the ATT Secretariat",
    };

    /// <summary>"The ATT Secretariat cancelled your visit OR-0002 (Tonga), planned for 11–13 March 2027."</summary>
    public static string SecretariatCancelledYours(string yours, string window, Language language) => language switch
    {
        Language.French => $"Le Secrétariat du TCA a annulé {yours}, prévue le {window}.",
        Language.Spanish => $"La Secretaría del TCA canceló {yours}, prevista para el {window}.",
        _ => $"The ATT Secretariat cancelled {yours}, planned for {window}.",
    };

    /// <summary>"It could have duplicated OR-0005 (Ben Okafor (Control Arms))."</summary>
    public static string CouldHaveDuplicated(string others, Language language) => language switch
    {
        Language.French => $"Elle aurait pu faire double emploi avec {others}.",
        Language.Spanish => $"Podría haber duplicado {others}.",
        _ => $"It could have duplicated {others}.",
    };

    /// <summary>"The ATT Secretariat moved your visit OR-0002 (Tonga) from 11–13 March 2027 to 3 April 2027."</summary>
    public static string SecretariatMovedYours(string yours, string from, string to, Language language) => language switch
    {
        Language.French => $"Le Secrétariat du TCA a déplacé {yours} (initialement {from}, à présent {to}).",
        Language.Spanish => $"La Secretaría del TCA trasladó {yours} (inicialmente {from}, ahora {to}).",
        _ => $"The ATT Secretariat moved {yours} from {from} to {to}.",
    };

    /// <summary>The champion's note: "New outreach in your region: Tonga".</summary>
    public static string InYourRegion(string states, Language language) => language switch
    {
        Language.French => $"Nouvelle démarche dans votre région{Nbsp}: {states}",
        Language.Spanish => $"Nueva gestión en su región: {states}",
        _ => $"New outreach in your region: {states}",
    };

    public static string AsChampion(Language language) => language switch
    {
        Language.French => "Vous recevez cette note en tant que champion régional.",
        Language.Spanish => "Recibe esta nota como promotor regional.",
        _ => "You get this note as a regional champion.",
    };

    /// <summary>The reminder's heading: "How did OR-0042 go?".</summary>
    public static string HowDidItGo(string id, Language language) => language switch
    {
        Language.French => $"Comment s’est déroulée la démarche {id}{Nbsp}?",
        Language.Spanish => $"¿Cómo fue la gestión {id}?",
        _ => $"How did {id} go?",
    };

    /// <summary>What Teams shows of a reminder in a notification.</summary>
    public static string ReminderSummary(string id, Language language) => language switch
    {
        Language.French => $"Quelles conclusions pour {id}{Nbsp}?",
        Language.Spanish => $"¿Qué conclusiones dejó {id}?",
        _ => $"What did {id} find?",
    };

    /// <summary>
    /// "Your bilateral outreach to Tonga ended on 12 March 2027. Please share what you found with done OR-0042 …, or
    /// cancel OR-0042 if it did not take place." The commands come written for the channel.
    /// </summary>
    public static string Reminder(string yours, string states, DateOnly ended, string done, string cancel, Language language) => language switch
    {
        Language.French => $"{Capital(yours)} auprès de {states} a pris fin le {Formats.Date(ended, language)}. "
            + $"Veuillez communiquer vos conclusions avec {done}, ou {cancel} si la démarche n’a pas eu lieu.",
        Language.Spanish => $"{Capital(yours)} ante {states} terminó el {Formats.Date(ended, language)}. "
            + $"Comparta sus conclusiones con {done}, o {cancel} si no se llevó a cabo.",
        _ => $"{Capital(yours)} to {states} ended on {Formats.Date(ended, language)}. "
            + $"Please share what you found with {done}, or {cancel} if it did not take place.",
    };

    /// <summary>What to type after "done OR-0042" in the reminder's example.</summary>
    public static string WhatYouFound(Language language) => language switch
    {
        Language.French => "vos conclusions",
        Language.Spanish => "sus conclusiones",
        _ => "what you found",
    };

    private static string Capital(string text) => text.Length == 0 ? text : $"{char.ToUpperInvariant(text[0])}{text[1..]}";
}
