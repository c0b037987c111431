using System.Globalization;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Language;

/// <summary>
/// The status card's line on planned outreach, in English, French and Spanish: what is planned in the coming days
/// and what after them, with the command that lists them in the reader's own words ("démarches Tonga", "gestiones Tonga").
/// </summary>
public static class PlannedSentences
{
    private const char Nbsp = '\u00A0';

    /// <summary>"Outreach planned in the next 90 days: 2 (next on 10 March 2027) · 3 later, from 2 April 2027: type “outreach Tonga” to see them."</summary>
    public static string Planned(PlannedOutreach planned, string? countryName, Language language)
    {
        var soon = Soon(planned, language);
        if (planned.Later == 0)
            return soon + ".";
        var later = Later(planned.Later, planned.FirstLater, language);
        return countryName is null ? $"{soon} · {later}." : language switch
        {
            Language.French => $"{soon} · {later}{Nbsp}: tapez «{Nbsp}démarches {countryName}{Nbsp}» pour les voir.",
            Language.Spanish => $"{soon} · {later}: escriba «gestiones {countryName}» para verlas.",
            _ => $"{soon} · {later}: type “outreach {countryName}” to see them.",
        };
    }

    private static string Soon(PlannedOutreach planned, Language language)
    {
        var count = Count(planned.Count, language);
        var next = planned.NextStart is { } d ? Formats.Date(d, language) : null;
        return (planned, language) switch
        {
            ({ Count: 0, Later: 0 }, Language.French) => "Aucune démarche prévue",
            ({ Count: 0, Later: 0 }, Language.Spanish) => "No hay gestiones previstas",
            ({ Count: 0, Later: 0 }, _) => "No outreach planned",
            ({ Count: 0 }, Language.French) => $"Rien de prévu dans les {planned.Days} prochains jours",
            ({ Count: 0 }, Language.Spanish) => $"Nada previsto en los próximos {planned.Days} días",
            ({ Count: 0 }, _) => $"Nothing planned in the next {planned.Days} days",
            (_, Language.French) => $"Démarches prévues dans les {planned.Days} prochains jours{Nbsp}: {count}" +
                (next is null ? "" : $" (la prochaine le {next})"),
            (_, Language.Spanish) => $"Gestiones previstas en los próximos {planned.Days} días: {count}" +
                (next is null ? "" : $" (la próxima, el {next})"),
            _ => $"Outreach planned in the next {planned.Days} days: {count}" + (next is null ? "" : $" (next on {next})"),
        };
    }

    private static string Later(int later, DateOnly? first, Language language)
    {
        var count = Count(later, language);
        var from = first is { } d ? Formats.Date(d, language) : null;
        return language switch
        {
            Language.French => from is null ? $"{count} plus tard" : $"{count} plus tard, à partir du {from}",
            Language.Spanish => from is null ? $"{count} más adelante" : $"{count} más adelante, a partir del {from}",
            _ => from is null ? $"{count} later" : $"{count} later, from {from}",
        };
    }

    // English keeps the plain figure it always wrote; French and Spanish group thousands their own way.
    private static string Count(int n, Language language) =>
        language == Language.English ? n.ToString(CultureInfo.InvariantCulture) : Formats.Number(n, language);
}
