using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// The registration's terms as a card shows them, in English, French and Spanish: kind, topic, state and visibility.
/// French agrees them with « démarche » (bilatérale, prévue), Spanish with «gestión» (prevista). The one-line grammar
/// reads the same words back (<see cref="OutreachWords.ParseKind"/>, <see cref="OutreachWords.ParseTopic"/>).
/// </summary>
public static class OutreachTermWords
{
    public static string Kind(OutreachKind kind, Language language) => (kind, language) switch
    {
        (OutreachKind.Bilateral, Language.French) => "Bilatérale",
        (OutreachKind.Regional, Language.French) => "Régionale",
        (OutreachKind.Multilateral, Language.French) => "Multilatérale",
        (OutreachKind.Workshop, Language.French) => "Atelier",
        (OutreachKind.Visit, Language.French) => "Visite",
        (OutreachKind.Call, Language.French) => "Appel",
        (_, Language.French) => "Autre",
        (OutreachKind.Workshop, Language.Spanish) => "Taller",
        (OutreachKind.Visit, Language.Spanish) => "Visita",
        (OutreachKind.Call, Language.Spanish) => "Llamada",
        (OutreachKind.Other, Language.Spanish) => "Otra",
        _ => OutreachWords.Describe(kind), // Bilateral, Regional, Multilateral: the same in Spanish
    };

    public static string Topic(OutreachTopic topic, Language language) => (topic, language) switch
    {
        (OutreachTopic.Accession, Language.French) => "Ratification / adhésion",
        (OutreachTopic.Implementation, Language.French) => "Mise en œuvre nationale / législation",
        (OutreachTopic.Assistance, Language.French) => "Fonds d’affectation spéciale de contributions volontaires / assistance",
        (OutreachTopic.Sponsorship, Language.French) => "Programme de parrainage",
        (OutreachTopic.Parliamentary, Language.French) => "Mobilisation des parlementaires",
        (OutreachTopic.Reporting, Language.French) => "Établissement de rapports",
        (_, Language.French) => "Autre",
        (OutreachTopic.Accession, Language.Spanish) => "Ratificación / adhesión",
        (OutreachTopic.Implementation, Language.Spanish) => "Aplicación nacional / legislación",
        (OutreachTopic.Assistance, Language.Spanish) => "Fondo Fiduciario de Contribuciones Voluntarias / asistencia",
        (OutreachTopic.Sponsorship, Language.Spanish) => "Programa de Patrocinio",
        (OutreachTopic.Parliamentary, Language.Spanish) => "Participación parlamentaria",
        (OutreachTopic.Reporting, Language.Spanish) => "Presentación de informes",
        (_, Language.Spanish) => "Otro",
        _ => OutreachWords.Describe(topic),
    };

    public static string State(OutreachState state, Language language) => (state, language) switch
    {
        (OutreachState.Planned, Language.French) => "Prévue",
        (OutreachState.Done, Language.French) => "Réalisée",
        (_, Language.French) => "Annulée",
        (OutreachState.Planned, Language.Spanish) => "Prevista",
        (OutreachState.Done, Language.Spanish) => "Realizada",
        (_, Language.Spanish) => "Cancelada",
        _ => OutreachWords.Describe(state),
    };

    public static string Visibility(Visibility visibility, Language language) => (visibility, language) switch
    {
        (Outreach.Visibility.Restricted, Language.French) => "Restreinte",
        (Outreach.Visibility.Restricted, Language.Spanish) => "Restringida",
        (Outreach.Visibility.Restricted, _) => "Restricted",
        (_, Language.French) => "Partagée",
        (_, Language.Spanish) => "Compartida",
        _ => "Shared",
    };
}
