using AttBot.Domain.Language;
using AttBot.Domain.Outreach;

namespace AttBot.Domain.Reports;

/// <summary>
/// Planned outreach as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import: one all-day
/// event per registration, its UID stable (OR-0042@attbot) so that importing again updates rather than duplicates.
/// </summary>
public static class OutreachCalendar
{
    /// <param name="countryName">A state's name from its ISO3 code, in <paramref name="language"/>.</param>
    /// <param name="language">The asker's: the calendar's name and each event's title and description.</param>
    public static string Write(IEnumerable<OutreachPlan> plans, Func<string, string> countryName, DateTimeOffset now, Language.Language language = Language.Language.English)
    {
        var ics = IcsWriter.Calendar(CalendarSentences.ExportName(language));
        foreach (var plan in plans)
        {
            var countries = string.Join(", ", plan.Countries.Select(countryName));
            var description = DescriptionLines(plan, countries, language);
            if (plan.Visibility == Visibility.Restricted)
                description.Add(CalendarSentences.RestrictedToSecretariat(language));
            Event(ics, plan, now, CalendarSentences.ExportSummary(plan.PublicId, plan.Kind, countries, plan.Organization, language), description,
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
    internal static List<string> DescriptionLines(OutreachPlan plan, string countries, Language.Language language)
    {
        var lines = new List<string>
        {
            CalendarSentences.Organizer(plan.Organizer.DisplayName, plan.Organization, language),
            CalendarSentences.EventLine(CalendarSentences.EventField.States, countries, language),
        };
        if (plan.Topics.Count > 0)
            lines.Add(CalendarSentences.EventLine(CalendarSentences.EventField.Topics,
                string.Join(", ", plan.Topics.Select(t => OutreachTermWords.Topic(t, language))), language));
        if (plan.Partners is { } partners)
            lines.Add(CalendarSentences.EventLine(CalendarSentences.EventField.Partners, partners, language));
        if (plan.Notes is { } notes)
            lines.Add(CalendarSentences.EventLine(CalendarSentences.EventField.Notes, notes, language));
        return lines;
    }
}
