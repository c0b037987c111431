using AttBot.Domain.Outreach;
using AttBot.Domain.Places;

namespace AttBot.Domain.Reports;

/// <summary>
/// A person's calendar subscription (Outlook and Google Calendar poll it): the outreach that concerns them, written for
/// them alone, as they read it in their 1:1 chat with the bot. Computed at every poll from the role they hold then, so
/// a revoked role shrinks the feed at the next poll.
/// </summary>
public static class CalendarFeed
{
    /// <summary>
    /// Whether the feed carries the plan: a stakeholder's own registrations, also those reaching a champion's region, and
    /// everything for the Secretariat (the roles of <see cref="Viewer"/>). Cancelled registrations are left out, so a
    /// calendar drops them at its next poll. Done ones stay, as past events: recording the findings of a visit should
    /// not erase from the person's calendar that it took place.
    /// </summary>
    public static bool Covers(Viewer person, OutreachPlan plan) => plan.State != OutreachState.Cancelled
        && (person.IsSecretariat || person.IsOrganizerOf(plan) || person.ChampionsAnyStateOf(plan));

    /// <summary>How often calendars are asked to poll again (Outlook reads X-PUBLISHED-TTL, others REFRESH-INTERVAL).</summary>
    public const string RefreshInterval = "PT1H";

    /// <summary>The feed: one all-day event per registration covered, each as <paramref name="person"/> may read it.</summary>
    public static string Write(IEnumerable<OutreachPlan> plans, Viewer person, string calendarName, Func<string, string> countryName, DateTimeOffset now)
    {
        var ics = IcsWriter.Calendar(calendarName)
            .Line($"X-PUBLISHED-TTL:{RefreshInterval}")
            .Line($"REFRESH-INTERVAL;VALUE=DURATION:{RefreshInterval}");
        foreach (var plan in plans.Where(p => Covers(person, p)).Select(p => Audience.Redacted(p, person)))
        {
            // Findings as the outreach cards show them: to the organizer and the Secretariat.
            var findings = plan is { State: OutreachState.Done, Outcome: { Length: > 0 } outcome } && (person.IsSecretariat || person.IsOrganizerOf(plan)) ? outcome : null;
            var countries = string.Join(", ", plan.Countries.Select(countryName));
            ics.Line("BEGIN:VEVENT")
                .Line($"UID:{plan.PublicId}@attbot") // stable: a calendar updates the event rather than add another
                .Stamp("DTSTAMP", now)
                .Date("DTSTART", plan.Window.Start)
                .Date("DTEND", plan.Window.End.AddDays(1)) // exclusive: the day after the last day
                .Text("SUMMARY", $"{OutreachWords.Describe(plan.Kind)} ({OutreachWords.Describe(plan.State).ToLowerInvariant()}): {countries}")
                .Text("DESCRIPTION", Description(plan, countries, findings))
                .Line("STATUS:CONFIRMED")
                .Line("TRANSP:TRANSPARENT"); // a registration is not the person's own time: it never shows them busy
            if (plan.Visibility == Visibility.Restricted)
                ics.Line("CLASS:CONFIDENTIAL");
            ics.Line("END:VEVENT");
        }
        return ics.Line("END:VCALENDAR").ToString();
    }

    /// <summary>What the registration says, once redacted for the reader: a hidden organizer reads "another stakeholder".</summary>
    private static string Description(OutreachPlan plan, string countries, string? findings)
    {
        var lines = new List<string>
        {
            $"{plan.PublicId}: {OutreachWords.Describe(plan.Kind)}, {OutreachWords.Describe(plan.State).ToLowerInvariant()}",
            $"Organizer: {plan.Organizer.DisplayName} ({plan.Organization})",
            $"States: {countries}",
        };
        if (plan.Topics.Count > 0)
            lines.Add($"Topics: {string.Join(", ", plan.Topics.Select(OutreachWords.Describe))}");
        if (plan.Partners is { } partners)
            lines.Add($"With: {partners}");
        if (plan.Notes is { } notes)
            lines.Add($"Notes: {notes}");
        if (findings is not null)
            lines.Add($"Findings: {findings}");
        if (plan.Visibility == Visibility.Restricted)
            lines.Add("Restricted: do not share it beyond those who may see it.");
        return string.Join("\n", lines);
    }
}
