using System.Buffers;
using System.Globalization;
using System.Text;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// Outreach as CSV (RFC 4180: comma separated, CRLF, quoted fields) for the Secretariat's spreadsheets. Every field is
/// guarded against spreadsheet formulas, whichever separator the spreadsheet splits on: see <see cref="Field"/>.
/// </summary>
public static class OutreachCsv
{
    /// <summary>The column names in English (<see cref="ReportWords.ColumnName"/> says why each is called so).</summary>
    public static IReadOnlyList<string> Header => HeaderIn(Language.Language.English);

    public static IReadOnlyList<string> HeaderIn(Language.Language language) =>
        [.. Enum.GetValues<ReportWords.Column>().Select(c => ReportWords.ColumnName(c, language))];

    /// <summary>
    /// The file in the asker's language: column names, stage, kind, topics, region, visibility and state names as the
    /// cards write them. Dates and times stay ISO (UTC), so the columns sort; ids and codes stay as they are.
    /// </summary>
    /// <param name="countryName">A state's name from its ISO3 code, in <paramref name="language"/>.</param>
    public static string Write(IEnumerable<OutreachPlan> plans, Func<string, string> countryName, Language.Language language = Language.Language.English)
    {
        var csv = new StringBuilder();
        AppendRow(csv, HeaderIn(language));
        foreach (var plan in plans)
        {
            AppendRow(csv,
            [
                plan.PublicId,
                OutreachTermWords.State(plan.State, language).ToLowerInvariant(),
                Date(plan.Window.Start),
                Date(plan.Window.End),
                string.Join(' ', plan.Countries),
                string.Join("; ", plan.Countries.Select(countryName)),
                plan.Region is { } region ? PlaceNames.Region(region, language) : "",
                OutreachTermWords.Kind(plan.Kind, language).ToLowerInvariant(),
                string.Join("; ", plan.Topics.Select(t => OutreachTermWords.Topic(t, language))),
                plan.Organization,
                plan.Organizer.DisplayName,
                plan.Organizer.ChannelId,
                plan.Partners ?? "",
                OutreachTermWords.Visibility(plan.Visibility, language).ToLowerInvariant(),
                plan.Notes ?? "",
                plan.Outcome ?? "",
                Time(plan.CreatedAt),
                Time(plan.UpdatedAt),
            ]);
        }
        return csv.ToString();
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                csv.Append(',');
            csv.Append(Field(fields[i]));
        }
        csv.Append("\r\n");
    }

    /// <summary>
    /// One field, defused and quoted. A spreadsheet that splits on semicolons (as many European locales do) sees
    /// "x;=1+1" as two cells, the second a formula: so a trigger is defused after every separator as well as at the
    /// start, and any field holding a separator, a quote, a line break or a trigger anywhere is quoted.
    /// </summary>
    public static string Field(string value)
    {
        var defused = Defuse(value);
        return defused.AsSpan().IndexOfAny(QuoteWhenPresent) >= 0 ? $"\"{defused.Replace("\"", "\"\"")}\"" : defused;
    }

    private static readonly SearchValues<char> QuoteWhenPresent = SearchValues.Create(",;\"\r\n\t=+-@");

    private static string Defuse(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        var cellStart = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (cellStart && (c is '=' or '+' or '-' or '@' || (text.Length == 0 && c is '\t' or '\r' or '\n')))
                text.Append('\'');
            text.Append(c);
            // A cell starts after a separator; spaces before a formula do not stop it from running.
            cellStart = c is ',' or ';' || (cellStart && c == ' ');
        }
        return text.ToString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time == default ? "" : time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
