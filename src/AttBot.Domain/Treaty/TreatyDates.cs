using System.Globalization;
using System.Text.RegularExpressions;

namespace AttBot.Domain.Treaty;

/// <summary>The treaty's own dates (Articles 20 to 22) and the dates people write.</summary>
public static partial class TreatyDates
{
    /// <summary>Article 20: open for signature from 3 June 2013 …</summary>
    public static readonly DateOnly OpenedForSignature = new(2013, 6, 3);

    /// <summary>… until its entry into force, on 24 December 2014 (90 days after the fiftieth instrument, Article 22(1)).</summary>
    public static readonly DateOnly TreatyEntryIntoForce = new(2014, 12, 24);

    /// <summary>The last day a state could sign: the day before the treaty entered into force.</summary>
    public static DateOnly LastDayOfSignature => TreatyEntryIntoForce.AddDays(-1);

    /// <summary>
    /// Article 22: a state that deposited before the treaty entered into force is bound from 24 December 2014;
    /// one that deposits afterwards, ninety days after its deposit. (Not "the later of deposit + 90 and 24 December
    /// 2014": Guinea deposited on 21 October 2014 and is bound from 24 December 2014, not 19 January 2015.)
    /// </summary>
    public static DateOnly EntryIntoForceFor(DateOnly deposit) =>
        deposit < TreatyEntryIntoForce ? TreatyEntryIntoForce : deposit.AddDays(90);

    /// <summary>
    /// Reads "2014-06-03", "3 June 2014", "3 Jun 2014" or "03/06/2014" (day first, as the UN writes it), with any
    /// run of spaces, tabs or non-breaking spaces between the parts, as on the UN Treaty Collection page.
    /// </summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var t = SeptFix().Replace(AbbreviationDot().Replace(Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim(), ""), "Sep");
        string[] formats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "d-MMM-yyyy"];
        return DateOnly.TryParseExact(t, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "3 Jun. 2013": the dot of an abbreviated month.
    [GeneratedRegex(@"(?<=[A-Za-z])\.")]
    private static partial Regex AbbreviationDot();

    // "Sept" is common in UN documents; .NET knows only "Sep".
    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeptFix();
}
