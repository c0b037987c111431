using System.Globalization;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;

namespace AttBot.Domain.Language;

/// <summary>
/// The audit trail as the Secretariat reads it, one plain sentence per change in English, French and Spanish: when,
/// who through which channel, what they did to which record, and each field from what to what. Fields and their
/// values are the store's codes ("kind", "bilateral"), named here as the cards name them.
/// </summary>
public static class AuditWords
{
    private const char Nbsp = '\u00A0';

    public static string Title(string subject, Language language) => language switch
    {
        Language.French => $"Historique{Nbsp}: {subject}",
        Language.Spanish => $"Historial de {subject}",
        _ => $"History of {subject}",
    };

    public static string CardSummary(string title, int count, Language language) => language switch
    {
        Language.French => $"{title} — modifications enregistrées{Nbsp}: {count}.",
        Language.Spanish => $"{title} — cambios registrados: {count}.",
        _ => $"{title}: {count} recorded changes.",
    };

    public static string NothingRecorded(Language language) => language switch
    {
        Language.French => "Rien n’a encore été enregistré.",
        Language.Spanish => "Todavía no se ha registrado nada.",
        _ => "Nothing has been recorded yet.",
    };

    public static string Latest(int shown, int total, Language language) => language switch
    {
        Language.French => $"Les {shown} dernières modifications sur {total}{Nbsp}:",
        Language.Spanish => $"Los últimos {shown} cambios de {total}:",
        _ => $"The latest {shown} of {total} changes:",
    };

    /// <summary>"On 18 March 2026 at 14:05 UTC, Ana Lopez (Teams) registered OR-0042."</summary>
    public static string Entry(DateTimeOffset at, string who, string channel, string did, Language language)
    {
        var utc = at.UtcDateTime;
        var day = Formats.Date(DateOnly.FromDateTime(utc), language);
        var time = utc.ToString("HH:mm", CultureInfo.InvariantCulture);
        return language switch
        {
            Language.French => $"Le {day} à {time} UTC, {who} ({channel}) {did}.",
            Language.Spanish => $"El {day} a las {time} UTC, {who} ({channel}) {did}.",
            _ => $"On {day} at {time} UTC, {who} ({channel}) {did}.",
        };
    }

    /// <summary>What was done to the record, as a verb and its object: "registered OR-0042", « a inscrit OR-0042 ».</summary>
    public static string Did(string action, string subject, Language language) => (action, language) switch
    {
        ("outreach.registered", Language.French) => $"a inscrit {subject}",
        ("outreach.moved", Language.French) => $"a déplacé {subject}",
        ("outreach.cancelled", Language.French) => $"a annulé {subject}",
        ("outreach.done", Language.French) => $"a enregistré {subject} comme réalisée",
        ("conflict.settled", Language.French) => $"a statué sur le double emploi possible {subject}",
        ("alerts.subscribed", Language.French) => $"a abonné la conversation {subject} aux alertes",
        ("alerts.unsubscribed", Language.French) => $"a désabonné la conversation {subject} des alertes",
        ("profile.organization", Language.French) => $"a changé l’organisation de {subject}",
        ("status.changed", Language.French) => $"a modifié le statut au regard du Traité de {subject}",
        ("status.imported", Language.French) => $"a importé le statut au regard du Traité de {subject}",
        ("outreach.registered", Language.Spanish) => $"registró {subject}",
        ("outreach.moved", Language.Spanish) => $"trasladó {subject}",
        ("outreach.cancelled", Language.Spanish) => $"canceló {subject}",
        ("outreach.done", Language.Spanish) => $"registró {subject} como realizada",
        ("conflict.settled", Language.Spanish) => $"resolvió la posible duplicación {subject}",
        ("alerts.subscribed", Language.Spanish) => $"suscribió la conversación {subject} a las alertas",
        ("alerts.unsubscribed", Language.Spanish) => $"dio de baja la conversación {subject} de las alertas",
        ("profile.organization", Language.Spanish) => $"cambió la organización de {subject}",
        ("status.changed", Language.Spanish) => $"modificó la situación respecto del Tratado de {subject}",
        ("status.imported", Language.Spanish) => $"importó la situación respecto del Tratado de {subject}",
        ("outreach.registered", _) => $"registered {subject}",
        ("outreach.moved", _) => $"moved {subject}",
        ("outreach.cancelled", _) => $"cancelled {subject}",
        ("outreach.done", _) => $"recorded {subject} as done",
        ("conflict.settled", _) => $"settled possible duplication {subject}",
        ("alerts.subscribed", _) => $"subscribed conversation {subject} to alerts",
        ("alerts.unsubscribed", _) => $"unsubscribed conversation {subject} from alerts",
        ("profile.organization", _) => $"changed the organization of {subject}",
        ("status.changed", _) => $"set the treaty status of {subject}",
        ("status.imported", _) => $"imported the treaty status of {subject}",
        _ => $"{action} {subject}", // an action this trail does not know yet: its code, rather than nothing
    };

    /// <summary>"First day: 10 March 2027 → 1 April 2027".</summary>
    public static string Changed(string field, string before, string after, Language language) =>
        $"{field}{(language == Language.French ? Nbsp + ":" : ":")} {before} → {after}";

    /// <summary>"Kind of outreach: Bilateral": a value recorded with no value before it.</summary>
    public static string Recorded(string field, string value, Language language) =>
        $"{field}{(language == Language.French ? Nbsp + ":" : ":")} {value}";

    /// <summary>What the stored field is called for a reader: never the store's own name for it.</summary>
    public static string Field(string field, Language language) => (Label(field), language) switch
    {
        (FieldLabel.FirstDay, Language.French) => "Premier jour",
        (FieldLabel.LastDay, Language.French) => "Dernier jour",
        (FieldLabel.States, Language.French) => "États",
        (FieldLabel.Kind, Language.French) => "Type de démarche",
        (FieldLabel.OnBehalfOf, Language.French) => "Au nom de",
        (FieldLabel.Visibility, Language.French) => "Visibilité",
        (FieldLabel.Partners, Language.French) => "Avec",
        (FieldLabel.Stage, Language.French) => "Étape",
        (FieldLabel.State, Language.French) => "État",
        (FieldLabel.Topics, Language.French) => "Thèmes",
        (FieldLabel.Notes, Language.French) => "Notes",
        (FieldLabel.Findings, Language.French) => "Conclusions",
        (FieldLabel.Region, Language.French) => "Région",
        (FieldLabel.Resolution, Language.French) => "Décision",
        (FieldLabel.Status, Language.French) => "Statut",
        (FieldLabel.Signed, Language.French) => "Signature",
        (FieldLabel.Deposited, Language.French) => "Dépôt de l’instrument",
        (FieldLabel.Instrument, Language.French) => "Instrument",
        (FieldLabel.EntryIntoForce, Language.French) => "Entrée en vigueur",
        (FieldLabel.FirstDay, Language.Spanish) => "Primer día",
        (FieldLabel.LastDay, Language.Spanish) => "Último día",
        (FieldLabel.States, Language.Spanish) => "Estados",
        (FieldLabel.Kind, Language.Spanish) => "Tipo de gestión",
        (FieldLabel.OnBehalfOf, Language.Spanish) => "En nombre de",
        (FieldLabel.Visibility, Language.Spanish) => "Visibilidad",
        (FieldLabel.Partners, Language.Spanish) => "Con",
        (FieldLabel.Stage, Language.Spanish) => "Etapa",
        (FieldLabel.State, Language.Spanish) => "Estado",
        (FieldLabel.Topics, Language.Spanish) => "Temas",
        (FieldLabel.Notes, Language.Spanish) => "Notas",
        (FieldLabel.Findings, Language.Spanish) => "Conclusiones",
        (FieldLabel.Region, Language.Spanish) => "Región",
        (FieldLabel.Resolution, Language.Spanish) => "Decisión",
        (FieldLabel.Status, Language.Spanish) => "Situación",
        (FieldLabel.Signed, Language.Spanish) => "Firma",
        (FieldLabel.Deposited, Language.Spanish) => "Depósito del instrumento",
        (FieldLabel.Instrument, Language.Spanish) => "Instrumento",
        (FieldLabel.EntryIntoForce, Language.Spanish) => "Entrada en vigor",
        (FieldLabel.FirstDay, _) => "First day",
        (FieldLabel.LastDay, _) => "Last day",
        (FieldLabel.States, _) => "States",
        (FieldLabel.Kind, _) => "Kind of outreach",
        (FieldLabel.OnBehalfOf, _) => "On behalf of",
        (FieldLabel.Visibility, _) => "Visibility",
        (FieldLabel.Partners, _) => "With",
        (FieldLabel.Stage, _) => "Stage",
        (FieldLabel.State, _) => "State",
        (FieldLabel.Topics, _) => "Topics",
        (FieldLabel.Notes, _) => "Notes",
        (FieldLabel.Findings, _) => "Findings",
        (FieldLabel.Region, _) => "Region",
        (FieldLabel.Resolution, _) => "Decision",
        (FieldLabel.Status, _) => "Status",
        (FieldLabel.Signed, _) => "Signed",
        (FieldLabel.Deposited, _) => "Instrument deposited",
        (FieldLabel.Instrument, _) => "Instrument",
        (FieldLabel.EntryIntoForce, _) => "Entry into force",
        // A field this trail does not know yet: its code, made readable.
        _ => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..].Replace('_', ' '),
    };

    /// <summary>A stored value as the reader's cards write it; dates and names are the caller's, anything else as stored.</summary>
    public static string Value(string field, string value, Language language) => (field, value) switch
    {
        ("restricted", "true") or ("visibility", "restricted") => OutreachTermWords.Visibility(Outreach.Visibility.Restricted, language),
        ("restricted", "false") => language switch
        {
            Language.French => "Partagée avec tous les utilisateurs d’AttBot",
            Language.Spanish => "Compartida con todos los usuarios de AttBot",
            _ => "Shared with all AttBot users",
        },
        ("visibility", "shared") => OutreachTermWords.Visibility(Outreach.Visibility.Shared, language),
        ("resolution", "coordinated") => language switch
        {
            Language.French => "Coordonné",
            Language.Spanish => "Coordinada",
            _ => "Coordinated",
        },
        ("resolution", "not_a_conflict") => language switch
        {
            Language.French => "Pas de double emploi",
            Language.Spanish => "No es una duplicación",
            _ => "Not a duplication",
        },
        ("region", _) => PlaceNames.Region(value, language),
        ("kind", _) when Enum.TryParse<OutreachKind>(value, true, out var kind) => OutreachTermWords.Kind(kind, language),
        ("state", _) when Enum.TryParse<OutreachState>(value, true, out var state) => OutreachTermWords.State(state, language),
        ("topics", _) => string.Join(", ", value.Split(", ").Select(t => Enum.TryParse<OutreachTopic>(t, true, out var topic) ? OutreachTermWords.Topic(topic, language) : t)),
        ("status", _) when Enum.TryParse<TreatyStatus>(value, true, out var status) => TreatyTerms.Status(status, language),
        ("instrument", _) when Enum.TryParse<ConsentKind>(value, true, out var consent) => TreatyTerms.Instrument(consent, language),
        _ => value,
    };

    private enum FieldLabel
    {
        Unknown, FirstDay, LastDay, States, Kind, OnBehalfOf, Visibility, Partners, Stage, State, Topics, Notes, Findings, Region,
        Resolution, Status, Signed, Deposited, Instrument, EntryIntoForce,
    }

    private static FieldLabel Label(string field) => field switch
    {
        "start" or "starts_on" => FieldLabel.FirstDay,
        "end" or "ends_on" => FieldLabel.LastDay,
        "countries" or "states" => FieldLabel.States,
        "kind" => FieldLabel.Kind,
        "organization" => FieldLabel.OnBehalfOf,
        "restricted" or "visibility" => FieldLabel.Visibility,
        "partners" => FieldLabel.Partners,
        "state" => FieldLabel.Stage,
        "iso3" => FieldLabel.State,
        "topics" => FieldLabel.Topics,
        "notes" => FieldLabel.Notes,
        "outcome" => FieldLabel.Findings,
        "region" => FieldLabel.Region,
        "resolution" => FieldLabel.Resolution,
        "status" => FieldLabel.Status,
        "signed" => FieldLabel.Signed,
        "deposited" => FieldLabel.Deposited,
        "instrument" => FieldLabel.Instrument,
        "entryIntoForce" => FieldLabel.EntryIntoForce,
        _ => FieldLabel.Unknown,
    };

    public static string NeitherIdNorState(string typed, Language language) => language switch
    {
        Language.French => $"«\u00A0{typed}\u00A0» n’est ni un identifiant d’inscription (OR-0042) ni un État que je connais.",
        Language.Spanish => $"«{typed}» no es un identificador de inscripción (OR-0042) ni un Estado que yo conozca.",
        _ => $"“{typed}” is neither a registration id (OR-0042) nor a state I know.",
    };
}
