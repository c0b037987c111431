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
        var ics = IcsWriter.Calendar("ATT universalization outreach");
        foreach (var plan in plans)
        {
            var countries = string.Join(", ", plan.Countries.Select(countryName));
            ics.Line("BEGIN:VEVENT")
                .Line($"UID:{plan.PublicId}@attbot")
                .Stamp("DTSTAMP", now)
                .Date("DTSTART", plan.Window.Start)
                // All-day events end on the day after the last one (DTEND is exclusive).
                .Date("DTEND", plan.Window.End.AddDays(1))
                .Text("SUMMARY", $"{plan.PublicId} {OutreachWords.Describe(plan.Kind)}: {countries} ({plan.Organization})")
                .Text("DESCRIPTION", Description(plan, countries))
                .Line($"STATUS:{(plan.State == OutreachState.Cancelled ? "CANCELLED" : "CONFIRMED")}");
            if (plan.Visibility == Visibility.Restricted)
                ics.Line("CLASS:CONFIDENTIAL");
            ics.Line("END:VEVENT");
        }
        return ics.Line("END:VCALENDAR").ToString();
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
}
