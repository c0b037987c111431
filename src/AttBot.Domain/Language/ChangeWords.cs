using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>What a change to a registration (move, cancel, done) is answered with, and why one is refused.</summary>
public static class ChangeWords
{
    private const char Nbsp = '\u00A0';

    public enum Change { Moved, Cancelled, Done }

    /// <summary>"OR-0042 cancelled": the heading, and the start of the sentence that says what the record now is.</summary>
    public static string Heading(string id, Change change, Language language) => (change, language) switch
    {
        (Change.Moved, Language.French) => $"Démarche {id} déplacée",
        (Change.Cancelled, Language.French) => $"Démarche {id} annulée",
        (Change.Done, Language.French) => $"Démarche {id} marquée comme réalisée",
        (Change.Moved, Language.Spanish) => $"Gestión {id} trasladada",
        (Change.Cancelled, Language.Spanish) => $"Gestión {id} cancelada",
        (Change.Done, Language.Spanish) => $"Gestión {id} marcada como realizada",
        (Change.Moved, _) => $"{id} moved",
        (Change.Cancelled, _) => $"{id} cancelled",
        _ => $"{id} recorded as done",
    };

    /// <summary>"OR-0042 moved: Tonga, 1–3 April 2027."</summary>
    public static string Changed(string heading, string states, string window, Language language) =>
        language == Language.French ? $"{heading}{Nbsp}: {states}, {window}." : $"{heading}: {states}, {window}.";

    /// <summary>A registration the reader may not see in detail, named without its id.</summary>
    public static string AnotherStakeholdersPlan(Language language) => language switch
    {
        Language.French => "la démarche d’une autre partie prenante",
        Language.Spanish => "la gestión de otra parte interesada",
        _ => "another stakeholder's plan",
    };

    public static string NowOverlapsOwn(string names, Language language) => language switch
    {
        Language.French => $" ⚠ Elle chevauche désormais {names}, du même organisateur.",
        Language.Spanish => $" ⚠ Ahora se superpone con {names}, del mismo organizador.",
        _ => $" ⚠ It now overlaps {names}, by the same organizer.",
    };

    public static string CouldHaveDuplicated(string names, Language language) => language switch
    {
        Language.French => $" Elle aurait pu faire double emploi avec {names}.",
        Language.Spanish => $" Podría haber supuesto una duplicación con {names}.",
        _ => $" It could have duplicated {names}.",
    };

    public static string NowOverlaps(string names, Language language) => language switch
    {
        Language.French => $" ⚠ Elle chevauche désormais {names}.",
        Language.Spanish => $" ⚠ Ahora se superpone con {names}.",
        _ => $" ⚠ It now overlaps {names}.",
    };

    public static string NoLongerOverlaps(string names, Language language) => language switch
    {
        Language.French => $" Elle ne chevauche plus {names}.",
        Language.Spanish => $" Ya no se superpone con {names}.",
        _ => $" It no longer overlaps {names}.",
    };

    /// <summary>Only the organizers the bot could write to are told, and the answer says how many.</summary>
    public static string OrganizersTold(int count, Language language) => (count, language) switch
    {
        (0, _) => "",
        (1, Language.French) => " L’autre organisateur en est informé.",
        (1, Language.Spanish) => " Se informa al otro organizador.",
        (1, _) => " The other organizer is told.",
        (_, Language.French) => $" Les {Formats.Number(count, language)} autres organisateurs en sont informés.",
        (_, Language.Spanish) => $" Se informa a los otros {Formats.Number(count, language)} organizadores.",
        _ => $" The {count} other organizers are told.",
    };

    public static string NotAnId(string typed, Language language) => language switch
    {
        Language.French => $"«{Nbsp}{typed}{Nbsp}» n’est pas un identifiant d’inscription{Nbsp}; ils s’écrivent comme OR-0042 (tapez **mes inscriptions** pour voir les vôtres).",
        Language.Spanish => $"«{typed}» no es un identificador de registro; tienen la forma OR-0042 (escriba **mis registros** para ver los suyos).",
        _ => $"“{typed}” is not a registration id; ids look like OR-0042 (type **mine** to see yours).",
    };

    public static string NoSuchRegistration(string id, Language language) => language switch
    {
        Language.French => $"Il n’existe pas d’inscription {id}.",
        Language.Spanish => $"No existe el registro {id}.",
        _ => $"There is no registration {id}.",
    };

    public static string OnlyOrganizerOrSecretariat(string id, Language language) => language switch
    {
        Language.French => $"Seul l’organisateur de {id} ou le Secrétariat du TCA peut la modifier.",
        Language.Spanish => $"Solo el organizador de {id} o la Secretaría del TCA pueden modificarla.",
        _ => $"Only the organizer of {id} or the ATT Secretariat can change it.",
    };

    public static string Already(string id, OutreachState state, Language language) => language switch
    {
        Language.French => $"{id} est déjà {OutreachTermWords.State(state, language).ToLowerInvariant()}.",
        Language.Spanish => $"{id} ya está {OutreachTermWords.State(state, language).ToLowerInvariant()}.",
        _ => $"{id} is already {OutreachWords.Describe(state).ToLowerInvariant()}.",
    };

    public static string WasCancelled(string id, Language language) => language switch
    {
        Language.French => $"{id} a été annulée{Nbsp}; inscrivez plutôt ce qui a eu lieu.",
        Language.Spanish => $"{id} fue cancelada; registre en su lugar lo que tuvo lugar.",
        _ => $"{id} was cancelled; register what took place instead.",
    };

    public static string FindingsTooLong(int length, int limit, Language language) => language switch
    {
        Language.French => $"Vos conclusions comptent {Formats.Number(length, language)} caractères{Nbsp}; le maximum est de {Formats.Number(limit, language)}. " +
            $"Rien n’a été consigné{Nbsp}; placez les éléments plus longs dans un document partagé et donnez-en le lien.",
        Language.Spanish => $"Sus conclusiones tienen {Formats.Number(length, language)} caracteres; el máximo es {Formats.Number(limit, language)}. " +
            "No se ha consignado nada; ponga el material más extenso en un documento compartido y facilite el enlace.",
        _ => Commands.InputLimits.TooLong("What you found", length, limit) + " Nothing was recorded; put longer material in a shared document and give its link.",
    };
}
