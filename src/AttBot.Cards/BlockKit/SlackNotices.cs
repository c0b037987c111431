using System.Globalization;
using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The outbox's other messages on Slack: a champion's note, a change notice, the weekly digest, a findings reminder.</summary>
public static class SlackNotices
{
    public static JsonObject ChampionNote(OutreachPlan plan, Viewer recipient, Func<string, string> countryName)
    {
        var lead = $"New outreach in your region: {OutreachCards.StateLine(plan.Countries, countryName, plan.Region)}";
        var lines = OutreachCards.ListLines(plan, recipient, countryName);
        return Message($"{lead}. {OutreachCards.Sentences(lines)}",
            [Section(Mrkdwn.Bold(lead)), Section(string.Join("\n", lines.Select(Mrkdwn.Escape))), Context("You get this note as a regional champion.")]);
    }

    /// <summary>A change notice: the heading and the sentences of <see cref="OutreachCards.ChangeWords"/>, laid out for Slack.</summary>
    public static JsonObject ChangeNotice(OutreachChange change, Viewer reader, Func<string, string> countryName)
    {
        var (heading, lines) = OutreachCards.ChangeWords(change, reader, countryName, LinkStyle.Slack);
        return Message($"{heading}. {OutreachCards.Sentences(OutreachCards.ChangeWords(change, reader, countryName).Lines)}",
            [Section("⚠ " + Mrkdwn.Bold(heading)), Section(string.Join("\n", lines))]);
    }

    public static JsonObject FindingsReminder(OutreachPlan plan, Func<string, string> countryName)
    {
        var text = $"Your {OutreachWords.Describe(plan.Kind).ToLowerInvariant()} outreach to {OutreachCards.StateLine(plan.Countries, countryName, plan.Region)} ended on {plan.Window.End.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}. " +
                   $"Please share what you found with `/att done {plan.PublicId} <findings>`, or `/att cancel {plan.PublicId}` if it did not take place.";
        return Message($"How did {plan.PublicId} go? {text}", [Section(Mrkdwn.Bold($"How did {plan.PublicId} go?")), Section(Mrkdwn.Escape(text))]);
    }

    public static JsonObject Digest(Digest digest, Func<string, string> countryName)
    {
        var blocks = new List<JsonNode>
        {
            Header("Weekly outreach digest"),
            Context(Mrkdwn.Escape($"Week of {digest.Week}")),
            Fields([
                ("New registrations", Count(digest.NewRegistrationCount)), ("Open possible duplications", Count(digest.OpenConflictCount)),
                ($"Next {Domain.Reports.Digest.UpcomingDays} days", Count(digest.UpcomingCount)), ("Findings overdue", Count(digest.OverdueOutcomeCount)),
            ]),
        };
        AddPlans(blocks, "New registrations", digest.NewRegistrations, digest.NewRegistrationCount, countryName);
        if (digest.OpenConflicts.Count > 0)
            blocks.Add(Section(Mrkdwn.Bold("Open possible duplications") + "\n" + string.Join("\n", digest.OpenConflicts.Select(c => Mrkdwn.Escape(
                $"{c.Conflict.Earlier.PublicId} ({OutreachCards.Who(c.Conflict.Earlier)}) and {c.Conflict.Later.PublicId} ({OutreachCards.Who(c.Conflict.Later)}) · {string.Join(", ", c.Conflict.SharedCountries.Select(countryName))}. {DuplicationWords.Between(c.Conflict)}")))
                + More(digest.OpenConflicts.Count, digest.OpenConflictCount)));
        AddPlans(blocks, $"Starting in the next {Domain.Reports.Digest.UpcomingDays} days", digest.Upcoming, digest.UpcomingCount, countryName);
        AddPlans(blocks, "Findings not yet recorded", digest.OverdueOutcomes, digest.OverdueOutcomeCount, countryName);
        return Message($"Weekly outreach digest, week of {digest.Week}: {digest.NewRegistrationCount} new registrations, {digest.OpenConflictCount} open possible duplications.", blocks);
    }

    private static void AddPlans(List<JsonNode> blocks, string title, IReadOnlyList<OutreachPlan> plans, int total, Func<string, string> countryName)
    {
        if (plans.Count == 0)
            return;
        var lines = plans.Select(p => Mrkdwn.Escape(
            $"{p.PublicId} · {string.Join(", ", p.Countries.Take(5).Select(countryName))} · {p.Window} · {OutreachWords.Describe(p.Kind)} · {OutreachCards.Who(p)}{(p.Visibility == Visibility.Restricted ? " · restricted" : "")}"));
        blocks.Add(Section(Cut(Mrkdwn.Bold(title) + "\n" + string.Join("\n", lines) + More(plans.Count, total), 3000)));
    }

    private static string More(int shown, int total) => total > shown ? $"\n… and {total - shown} more." : "";

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
