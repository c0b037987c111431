using System.Globalization;

namespace AttBot.Domain.Language;

/// <summary>
/// Dates and numbers as each language writes them: "18 March 2026", "18 mars 2026" (and "1er mars"), "18 de marzo
/// de 2026"; "45.7%", "45,7 %", "45,7 %". Month names come from the invariant tables below rather than from ICU,
/// so a host in invariant-globalization mode writes the same words.
/// </summary>
public static class Formats
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    // French and Spanish put a no-break space before the per cent sign, so "45,7 %" never breaks across lines.
    private const char NoBreakSpace = '\u00A0';

    public static string Month(int month, Language language) => Months(language)[month - 1];

    /// <summary>A day as the language writes it in running text.</summary>
    public static string Date(DateOnly date, Language language) => language switch
    {
        Language.French => $"{Day(date.Day, language)} {Month(date.Month, language)} {date.Year}",
        Language.Spanish => $"{date.Day} de {Month(date.Month, language)} de {date.Year}",
        _ => $"{date.Day} {Month(date.Month, language)} {date.Year}",
    };

    /// <summary>A day without its year, for windows inside one year: "10 March", "10 mars", "10 de marzo".</summary>
    public static string DayAndMonth(DateOnly date, Language language) => language switch
    {
        Language.Spanish => $"{date.Day} de {Month(date.Month, language)}",
        _ => $"{Day(date.Day, language)} {Month(date.Month, language)}",
    };

    /// <summary>A whole number with the language's thousands separator: "1,234", "1 234", "1234" (Spanish groups from five digits).</summary>
    public static string Number(long value, Language language) => language switch
    {
        Language.French => Grouped(value, NoBreakSpace),
        Language.Spanish => Math.Abs(value) < 10_000 ? value.ToString(CultureInfo.InvariantCulture) : Grouped(value, '.'),
        _ => value.ToString("#,0", CultureInfo.InvariantCulture),
    };

    /// <summary>A percentage with at most one decimal: "45.7%", "45,7 %"; whole numbers without decimals ("47 %").</summary>
    public static string Percent(decimal value, Language language)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        var text = rounded == decimal.Truncate(rounded)
            ? decimal.Truncate(rounded).ToString(CultureInfo.InvariantCulture)
            : rounded.ToString("0.0", CultureInfo.InvariantCulture);
        return language == Language.English ? text + "%" : text.Replace('.', ',') + NoBreakSpace + "%";
    }

    // French writes the first of the month as an ordinal: "1er mars".
    private static string Day(int day, Language language) => language == Language.French && day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture);

    private static string Grouped(long value, char separator) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', separator);

    private static string[] Months(Language language) => language switch
    {
        Language.French => FrenchMonths,
        Language.Spanish => SpanishMonths,
        _ => EnglishMonths,
    };
}
