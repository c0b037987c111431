using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// How close two plans are, in the three languages (<see cref="Proximity"/>): said so that a possible duplication reads
/// "8 days after your visit" rather than "overlaps" for windows weeks apart. French says « le lendemain » and « la
/// veille », Spanish « el día siguiente » and « el día anterior », as a diplomat would write them.
/// </summary>
public static class ProximityWords
{
    public static string Describe(Proximity proximity, string yours, Language language) => (proximity.Kind, proximity.Days, language) switch
    {
        (ProximityKind.SameDates, _, Language.French) => $"aux mêmes dates que {yours}",
        (ProximityKind.During, _, Language.French) => $"pendant {yours}",
        (ProximityKind.Overlapping, 1, Language.French) => $"empiétant d’un jour sur {yours}",
        (ProximityKind.Overlapping, var d, Language.French) => $"empiétant de {Formats.Number(d, language)} jours sur {yours}",
        (ProximityKind.After, 1, Language.French) => $"le lendemain de {yours}",
        (ProximityKind.After, var d, Language.French) => $"{Formats.Number(d, language)} jours après {yours}",
        (ProximityKind.Before, 1, Language.French) => $"la veille de {yours}",
        (ProximityKind.Before, var d, Language.French) => $"{Formats.Number(d, language)} jours avant {yours}",

        (ProximityKind.SameDates, _, Language.Spanish) => $"en las mismas fechas que {yours}",
        (ProximityKind.During, _, Language.Spanish) => $"durante {yours}",
        (ProximityKind.Overlapping, 1, Language.Spanish) => $"coincidiendo un día con {yours}",
        (ProximityKind.Overlapping, var d, Language.Spanish) => $"coincidiendo {Formats.Number(d, language)} días con {yours}",
        (ProximityKind.After, 1, Language.Spanish) => $"el día siguiente a {yours}",
        (ProximityKind.After, var d, Language.Spanish) => $"{Formats.Number(d, language)} días después de {yours}",
        (ProximityKind.Before, 1, Language.Spanish) => $"el día anterior a {yours}",
        (ProximityKind.Before, var d, Language.Spanish) => $"{Formats.Number(d, language)} días antes de {yours}",

        (ProximityKind.SameDates, _, _) => $"the same dates as {yours}",
        (ProximityKind.During, _, _) => $"during {yours}",
        (ProximityKind.Overlapping, 1, _) => $"overlapping {yours} by 1 day",
        (ProximityKind.Overlapping, var d, _) => $"overlapping {yours} by {d} days",
        (ProximityKind.After, 1, _) => $"the day after {yours}",
        (ProximityKind.After, var d, _) => $"{d} days after {yours}",
        (ProximityKind.Before, 1, _) => $"the day before {yours}",
        (ProximityKind.Before, var d, _) => $"{d} days before {yours}",
        _ => throw new InvalidOperationException(proximity.Kind.ToString()),
    };
}
