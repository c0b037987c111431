using AttBot.Domain.Language;
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
    /// <param name="countryName">A state's name from its ISO3 code, in <paramref name="language"/>.</param>
    /// <param name="language">The language of the person the address was made for, kept with it.</param>
    public static string Write(IEnumerable<OutreachPlan> plans, Viewer person, string calendarName, Func<string, string> countryName, DateTimeOffset now,
        Language.Language language = Language.Language.English)
    {
        var ics = IcsWriter.Calendar(calendarName)
            .Line($"X-PUBLISHED-TTL:{RefreshInterval}")
            .Line($"REFRESH-INTERVAL;VALUE=DURATION:{RefreshInterval}");
        foreach (var plan in plans.Where(p => Covers(person, p)).Select(p => Audience.Redacted(p, person)))
        {
            var countries = string.Join(", ", plan.Countries.Select(countryName));
            // A hidden organizer reads "another stakeholder": the plan is already redacted for the reader.
            List<string> description = [CalendarSentences.FeedHeadline(plan.PublicId, plan.Kind, plan.State, language),
                .. OutreachCalendar.DescriptionLines(plan, countries, language)];
            if (person.FindingsOf(plan) is { } findings)
                description.Add(CalendarSentences.EventLine(CalendarSentences.EventField.Findings, findings, language));
            if (plan.Visibility == Visibility.Restricted)
                description.Add(CalendarSentences.RestrictedToReaders(language));
            OutreachCalendar.Event(ics, plan, now, CalendarSentences.FeedSummary(plan.Kind, plan.State, countries, language), description,
                "CONFIRMED", transparent: true);
        }
        return ics.Line("END:VCALENDAR").ToString();
    }
}
