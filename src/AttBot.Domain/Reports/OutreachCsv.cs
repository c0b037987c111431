using System.Globalization;
using System.Text;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// Outreach as CSV (RFC 4180: comma separated, CRLF, fields quoted when they hold a comma, quote or line break) for the
/// Secretariat's spreadsheets. Every field a registrant typed is guarded against spreadsheet formulas: a cell that
/// starts with = + - @ or a control character gets a leading apostrophe, so opening the file never runs anything.
/// </summary>
public static class OutreachCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "id", "state", "start", "end", "countries", "country_names", "region", "kind", "topics", "organization",
        "organizer", "organizer_channel", "partners", "visibility", "notes", "outcome", "created_at", "updated_at",
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

    /// <summary>One field, defused and quoted as needed.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n'))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset time) => time == default ? "" : time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
