using System.Globalization;
using System.Text;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// Planned outreach as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import: one all-day
/// event per registration, its UID stable (OR-0042@attbot) so that importing again updates rather than duplicates.
/// </summary>
public static class OutreachCalendar
{
    public static string Write(IEnumerable<OutreachPlan> plans, Func<string, string> countryName, DateTimeOffset now)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//ATT Secretariat//AttBot//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "X-WR-CALNAME:ATT universalization outreach");
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var plan in plans)
        {
            var countries = string.Join(", ", plan.Countries.Select(countryName));
            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:{plan.PublicId}@attbot");
            Line(ics, $"DTSTAMP:{stamp}");
            Line(ics, $"DTSTART;VALUE=DATE:{Date(plan.Window.Start)}");
            // All-day events end on the day after the last one (DTEND is exclusive).
            Line(ics, $"DTEND;VALUE=DATE:{Date(plan.Window.End.AddDays(1))}");
            Line(ics, $"SUMMARY:{Text($"{plan.PublicId} {OutreachWords.Describe(plan.Kind)}: {countries} ({plan.Organization})")}");
            Line(ics, $"DESCRIPTION:{Text(Description(plan, countries))}");
            Line(ics, $"STATUS:{(plan.State == OutreachState.Cancelled ? "CANCELLED" : "CONFIRMED")}");
            if (plan.Visibility == Visibility.Restricted)
                Line(ics, "CLASS:CONFIDENTIAL");
            Line(ics, "END:VEVENT");
        }
        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Description(OutreachPlan plan, string countries)
    {
        var lines = new List<string> { $"Organizer: {plan.Organizer.DisplayName} ({plan.Organization})", $"States: {countries}" };
        if (plan.Topics.Count > 0)
            lines.Add($"Topics: {string.Join(", ", plan.Topics.Select(OutreachWords.Describe))}");
        if (plan.Partners is { } partners)
            lines.Add($"With: {partners}");
        if (plan.Notes is { } notes)
            lines.Add($"Notes: {notes}");
        if (plan.Visibility == Visibility.Restricted)
            lines.Add("Restricted: do not share outside the Secretariat.");
        return string.Join("\n", lines);
    }

    /// <summary>TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).</summary>
    public static string Text(string value) => value
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Lines end in CRLF and fold at 75 octets, continuing with a space, never inside a UTF-8 character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
