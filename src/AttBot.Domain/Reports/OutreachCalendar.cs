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
            var description = DescriptionLines(plan, countries);
            if (plan.Visibility == Visibility.Restricted)
                description.Add("Restricted: do not share outside the Secretariat.");
            Event(ics, plan, now,
                $"{plan.PublicId} {OutreachWords.Describe(plan.Kind)}: {countries} ({plan.Organization})", description,
                plan.State == OutreachState.Cancelled ? "CANCELLED" : "CONFIRMED");
        }
        return ics.Line("END:VCALENDAR").ToString();
    }

    /// <summary>
    /// One registration as an all-day event, as both the export's file and the subscription feed write it: its UID stable
    /// (a calendar updates the event rather than add another), DTEND the day after the last day (RFC 5545: exclusive), and
    /// a restricted registration marked confidential.
    /// </summary>
    /// <param name="transparent">The event never shows the reader busy (a subscription: a registration is not their own time).</param>
    internal static void Event(IcsWriter ics, OutreachPlan plan, DateTimeOffset now, string summary, IEnumerable<string> description, string status,
        bool transparent = false)
    {
        ics.Line("BEGIN:VEVENT")
            .Line($"UID:{plan.PublicId}@attbot")
            .Stamp("DTSTAMP", now)
            .Date("DTSTART", plan.Window.Start)
            .Date("DTEND", plan.Window.End.AddDays(1))
            .Text("SUMMARY", summary)
            .Text("DESCRIPTION", string.Join("\n", description))
            .Line($"STATUS:{status}");
        if (transparent)
            ics.Line("TRANSP:TRANSPARENT");
        if (plan.Visibility == Visibility.Restricted)
            ics.Line("CLASS:CONFIDENTIAL");
        ics.Line("END:VEVENT");
    }

    /// <summary>What a registration says in an event's description: organizer, states, topics, partners, notes.</summary>
    internal static List<string> DescriptionLines(OutreachPlan plan, string countries)
    {
        var lines = new List<string> { $"Organizer: {plan.Organizer.DisplayName} ({plan.Organization})", $"States: {countries}" };
        if (plan.Topics.Count > 0)
            lines.Add($"Topics: {string.Join(", ", plan.Topics.Select(OutreachWords.Describe))}");
        if (plan.Partners is { } partners)
            lines.Add($"With: {partners}");
        if (plan.Notes is { } notes)
            lines.Add($"Notes: {notes}");
        return lines;
    }
}
