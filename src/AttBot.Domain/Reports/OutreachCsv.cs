using System.Buffers;
using System.Globalization;
using System.Text;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// Outreach as CSV (RFC 4180: comma separated, CRLF, quoted fields) for the Secretariat's spreadsheets. Every field is
/// guarded against spreadsheet formulas, whichever separator the spreadsheet splits on: see <see cref="Field"/>.
/// </summary>
public static class OutreachCsv
{
    /// <summary>
    /// Column names as a spreadsheet user reads them: "Stage" (planned, done, cancelled) rather than "state", which beside
    /// the states visited read as a country; "Findings" as the bot calls them.
    /// </summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "Registration", "Stage", "First day", "Last day", "State codes", "States", "Region", "Kind", "Topics", "On behalf of",
        "Organizer", "Organizer channel", "Partners", "Visibility", "Notes", "Findings", "Registered (UTC)", "Last changed (UTC)",
    ];

    public static string Write(IEnumerable<OutreachPlan> plans, Func<string, string> countryName)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var plan in plans)
        {
            AppendRow(csv,
            [
                plan.PublicId,
                OutreachWords.Describe(plan.State).ToLowerInvariant(),
                Date(plan.Window.Start),
                Date(plan.Window.End),
                string.Join(' ', plan.Countries),
                string.Join("; ", plan.Countries.Select(countryName)),
                plan.Region ?? "",
                OutreachWords.Describe(plan.Kind).ToLowerInvariant(),
                string.Join("; ", plan.Topics.Select(OutreachWords.Describe)),
                plan.Organization,
                plan.Organizer.DisplayName,
                plan.Organizer.ChannelId,
                plan.Partners ?? "",
                plan.Visibility == Visibility.Restricted ? "restricted" : "shared",
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
