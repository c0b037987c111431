namespace AttBot.Domain.Language;

/// <summary>
/// Short answers in English, French and Spanish: who a person acts for ("organization"), and the Secretariat's alerts
/// of possible duplications switched on or off in a conversation. Markdown (**bold**, *italic*); commands in the
/// reader's own words where the bot reads them (organisation, organización). French puts a no-break space before a colon.
/// </summary>
public static class AnswerWords
{
    private const char Nbsp = '\u00A0';

    public static string ActingFor(string organization, Language language) => language switch
    {
        Language.French => $"Vous agissez au nom de **{organization}**. Pour le changer{Nbsp}: **organisation <nom>**.",
        Language.Spanish => $"Actúa en nombre de **{organization}**. Para cambiarlo: **organización <nombre>**.",
        _ => $"You act for **{organization}**. To change it: **organization <name>**.",
    };

    public static string ActingForUnknown(Language language) => language switch
    {
        Language.French => "Je ne sais pas encore au nom de qui vous agissez. Indiquez-le avec **organisation <nom>**, p. ex. *organisation Mexique*.",
        Language.Spanish => "Todavía no sé en nombre de quién actúa. Indíquelo con **organización <nombre>**, p. ej. *organización México*.",
        _ => "I don't know who you act for yet. Tell me with **organization <name>**, e.g. *organization Mexico*.",
    };

    public static string ActingForNoted(string organization, Language language) => language switch
    {
        Language.French => $"C’est noté{Nbsp}: vous agissez au nom de **{organization}**. Vos prochaines inscriptions l’indiqueront.",
        Language.Spanish => $"Entendido: actúa en nombre de **{organization}**. Sus próximos registros lo indicarán.",
        _ => $"Noted: you act for **{organization}**. Your next registrations will say so.",
    };

    public enum Alerts { On, AlreadyOn, Off, AlreadyOff }

    public static string AlertsNow(Alerts alerts, Language language) => (alerts, language) switch
    {
        (Alerts.On, Language.French) => $"Alertes activées{Nbsp}: cette conversation recevra une alerte chaque fois que deux inscriptions pourraient faire double emploi.",
        (Alerts.AlreadyOn, Language.French) => "Cette conversation reçoit déjà les alertes de double emploi possible.",
        (Alerts.Off, Language.French) => $"Alertes désactivées{Nbsp}: cette conversation ne recevra plus d’alertes de double emploi possible.",
        (_, Language.French) => "Cette conversation ne recevait pas d’alertes de double emploi possible.",
        (Alerts.On, Language.Spanish) => "Alertas activadas: esta conversación recibirá una alerta cada vez que dos registros puedan duplicarse.",
        (Alerts.AlreadyOn, Language.Spanish) => "Esta conversación ya recibe las alertas de posible duplicación.",
        (Alerts.Off, Language.Spanish) => "Alertas desactivadas: esta conversación dejará de recibir alertas de posible duplicación.",
        (_, Language.Spanish) => "Esta conversación no recibía alertas de posible duplicación.",
        (Alerts.On, _) => "Alerts on: this conversation will get an alert whenever two registrations may duplicate each other.",
        (Alerts.AlreadyOn, _) => "This conversation already gets alerts of possible duplications.",
        (Alerts.Off, _) => "Alerts off: this conversation will no longer get alerts of possible duplications.",
        _ => "This conversation was not getting alerts of possible duplications.",
    };

    /// <summary>After "alerts on" in a shared place: how much its alerts will show (<paramref name="full"/>: everyone in it is in the Secretariat).</summary>
    public static string AlertDetail(bool full, Language language) => (full, language) switch
    {
        (true, Language.French) => $"Tous les participants font partie du Secrétariat du TCA{Nbsp}: les alertes montrent donc les deux inscriptions en entier.",
        (false, Language.French) => $"Les participants ne font pas tous partie du Secrétariat du TCA{Nbsp}: les alertes omettent donc ici l’organisateur, l’organisation, " +
            $"les partenaires et les notes des inscriptions restreintes{Nbsp}; abonnez une conversation réservée aux membres du Secrétariat pour recevoir les alertes complètes. " +
            "Si quelqu’un d’autre rejoint la conversation, les alertes deviennent anonymes à partir de ce moment.",
        (true, Language.Spanish) => "Todos los participantes forman parte de la Secretaría del TCA, así que las alertas muestran ambos registros completos.",
        (false, Language.Spanish) => "No todos los participantes forman parte de la Secretaría del TCA, así que aquí las alertas omiten el organizador, la organización, " +
            "los asociados y las notas de los registros restringidos; suscriba una conversación solo de miembros de la Secretaría para recibir las alertas completas. " +
            "Si alguien más se une después, las alertas pasan a ser anónimas desde ese momento.",
        (true, _) => "Everyone here is in the ATT Secretariat, so alerts show both registrations in full.",
        _ => "Not everyone here is in the ATT Secretariat, so alerts here leave out the organizer, organization, partners and notes of restricted registrations; " +
            "subscribe a chat of Secretariat members only for full alerts. If someone joins later, alerts become anonymous from then on.",
    };
}
