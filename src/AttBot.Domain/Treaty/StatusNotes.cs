using System.Globalization;
using System.Text.RegularExpressions;
using AttBot.Domain.Countries;
using AttBot.Domain.Language;
using Lang = AttBot.Domain.Language.Language;

namespace AttBot.Domain.Treaty;

/// <summary>
/// The remarks of the status table ("provisional application (art. 23) from 2013-08-12", "notified intent not to
/// become party 2019-07-18 …") read as facts, and said as sentences a diplomat would write. The table keeps its terse
/// form because the depositary's notes are copied into it; the reader never sees that form.
/// </summary>
public static partial class StatusNotes
{
    /// <summary>The day a signatory notified the depositary that it does not intend to become a party (the United States, 18 July 2019), or null.</summary>
    public static DateOnly? NoIntentionNotified(Country country) =>
        country.Notes is { } notes && NoIntention().Match(notes) is { Success: true } m ? Iso(m.Groups["date"].Value) : null;

    /// <summary>Each remark as a sentence, in the table's order; remarks that only concern the electoral groups are left out.</summary>
    public static IReadOnlyList<string> Sentences(Country country, Lang language = Lang.English) =>
        country.Notes is not { } notes
            ? []
            : [.. notes.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(r => Sentence(r, language)).OfType<string>()];

    private static string? Sentence(string remark, Lang language)
    {
        if (NoIntention().Match(remark) is { Success: true } no)
            return NoteSentences.NoIntention(Iso(no.Groups["date"].Value), language);
        if (Provisional().Match(remark) is { Success: true } p)
            return NoteSentences.Provisional(Iso(p.Groups["date"].Value), language);
        if (Between().Match(remark) is { Success: true } b)
            return NoteSentences.DepositedBetween(Iso(b.Groups["from"].Value), Iso(b.Groups["to"].Value), language);
        if (remark.Equals("unverified date", StringComparison.OrdinalIgnoreCase)
            || remark.Contains("group", StringComparison.OrdinalIgnoreCase) || remark.Contains("WEOG", StringComparison.Ordinal))
            return null; // said by the line above, or about UN electoral groups rather than the treaty
        if (remark.Equals("interpretative declarations", StringComparison.OrdinalIgnoreCase))
            return NoteSentences.InterpretativeDeclarations(language);
        if (remark.StartsWith("UNTC participant", StringComparison.OrdinalIgnoreCase))
            return null;
        // A one-off remark: in French or Spanish when it is one the table is known to hold, else the depositary's English.
        var date = AnyDate().Match(remark) is { Success: true } d ? Formats.Date(Iso(d.Value), language) : null;
        if (language != Lang.English && NoteSentences.Remark(AnyDate().Replace(remark, "date"), date, language) is { } translated)
            return translated;
        var words = AnyDate().Replace(remark, m => Said(m.Value));
        return char.ToUpperInvariant(words[0]) + words[1..] + (words.EndsWith('.') ? "" : ".");
    }

    private static DateOnly Iso(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Said(string iso) => StatusWording.Date(Iso(iso));

    [GeneratedRegex(@"notified intent not to become party (?<date>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex NoIntention();

    [GeneratedRegex(@"^provisional application \(art\. 23\) from (?<date>\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Provisional();

    [GeneratedRegex(@"deposited after (?<from>\d{4}-\d{2}-\d{2}) and before (?<to>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex AnyDate();
}
