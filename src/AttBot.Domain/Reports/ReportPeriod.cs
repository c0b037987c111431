using System.Globalization;
using System.Text.RegularExpressions;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// The period a report or export covers, as the Secretariat names it: "2027", "2027-Q1", "2027-03" or
/// "2027-01-15..2027-02-10". Both ends included.
/// </summary>
public static partial class ReportPeriod
{
    /// <summary>The period, or the reason the words are not one.</summary>
    public static (DateWindow? Period, string? Problem) Parse(string text, Language.Language language = Language.Language.English)
    {
        var t = text.Trim();
        if (Year().Match(t) is { Success: true } y)
        {
            var year = Number(y.Groups["y"].Value);
            return InRange(year) ? (new DateWindow(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), null) : OutOfRange(t, language);
        }
        if (Quarter().Match(t) is { Success: true } q)
        {
            var (year, quarter) = (Number(q.Groups["y"].Value), Number(q.Groups["q"].Value));
            if (!InRange(year))
                return OutOfRange(t, language);
            if (quarter is < 1 or > 4)
                return (null, Language.ReportWords.QuartersOnly(t, language));
            var start = new DateOnly(year, quarter * 3 - 2, 1);
            return (new DateWindow(start, start.AddMonths(3).AddDays(-1)), null);
        }
        if (Month().Match(t) is { Success: true } m)
        {
            var (year, month) = (Number(m.Groups["y"].Value), Number(m.Groups["m"].Value));
            if (!InRange(year))
                return OutOfRange(t, language);
            if (month is < 1 or > 12)
                return (null, Language.ReportWords.MonthsOnly(t, language));
            var start = new DateOnly(year, month, 1);
            return (new DateWindow(start, start.AddMonths(1).AddDays(-1)), null);
        }
        var (window, problems) = RegistrationParser.ParseWindow(t, language);
        if (window is not null)
            return (window, null);
        return (null, problems.Count > 0 && t.Any(char.IsDigit)
            ? string.Join(" ", problems.Select(p => p.Message))
            : Language.ReportWords.NotAPeriod(Shorten(t), language));
    }

    private static bool InRange(int year) => year is >= 2000 and <= 2100;

    private static (DateWindow?, string?) OutOfRange(string t, Language.Language language) => (null, Language.ReportWords.OutsideYears(t, language));

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"^(?<y>[0-9]{4})$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<y>[0-9]{4})[- ]?[Qq](?<q>[0-9])$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})$")]
    private static partial Regex Month();
}
