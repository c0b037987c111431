using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using AttBot.Domain.Reports;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The outbox's other messages on Slack: a champion's note, a change notice, the weekly digest, a findings reminder.</summary>
public static class SlackNotices
{
    public static JsonObject ChampionNote(OutreachPlan plan, Viewer recipient, Func<string, string> countryName, Language language = Language.English)
    {
        var lead = NoticeWords.InYourRegion(OutreachLines.StateLine(plan.Countries, countryName, plan.Region, language), language);
        var lines = OutreachLines.ListLines(plan, recipient, countryName, language);
        return Message($"{lead}. {OutreachLines.Sentences(lines)}",
            [Section(Mrkdwn.Bold(lead)), Section(string.Join("\n", lines.Select(Mrkdwn.Escape))), Context(Mrkdwn.Escape(NoticeWords.AsChampion(language)))]);
    }

    /// <summary>A change notice: the heading and the sentences of <see cref="ChangeNoticeLines.For"/>, laid out for Slack.</summary>
    public static JsonObject ChangeNotice(OutreachChange change, Viewer reader, Func<string, string> countryName, Language language = Language.English)
    {
        var (heading, lines) = ChangeNoticeLines.For(change, reader, countryName, LinkStyle.Slack, language);
        return Message($"{heading}. {OutreachLines.Sentences(ChangeNoticeLines.For(change, reader, countryName, language: language).Lines)}",
            Warning(heading, lines));
    }

    public static JsonObject FindingsReminder(OutreachPlan plan, Func<string, string> countryName, Language language = Language.English)
    {
        var lead = NoticeWords.HowDidItGo(plan.PublicId, language);
        var plain = OutreachCards.ReminderText(plan, countryName, $"/att done {plan.PublicId} <{NoticeWords.WhatYouFound(language)}>", $"/att cancel {plan.PublicId}", language);
        return Message($"{lead} {plain}", [Section(Mrkdwn.Bold(lead)), Section(Mrkdwn.Escape(plain))]);
    }

    public static JsonObject Digest(Digest digest, Func<string, string> countryName, Language language = Language.English)
    {
        var days = Domain.Reports.Digest.UpcomingDays;
        var blocks = new List<JsonNode>
        {
            Header(DigestWords.Title(language)),
            Context(Mrkdwn.Escape(DigestWords.WeekOf(RegistrationCardWords.Window(digest.Week, language), language))),
            Fields(DigestLines.Figures(digest, language)),
        };
        AddPlans(blocks, DigestWords.Section(DigestWords.Part.NewRegistrations, days, language), digest.NewRegistrations, digest.NewRegistrationCount, countryName, language);
        if (digest.OpenConflicts.Count > 0)
            blocks.Add(Section(Cut(Mrkdwn.Bold(DigestWords.Section(DigestWords.Part.OpenDuplications, days, language)) + "\n"
                + string.Join("\n", digest.OpenConflicts.Select(c => Mrkdwn.Escape(DigestLines.Pair(c.Conflict, countryName, language))))
                + More(digest.OpenConflicts.Count, digest.OpenConflictCount, language), 3000)));
        AddPlans(blocks, DigestWords.Section(DigestWords.Part.Upcoming, days, language), digest.Upcoming, digest.UpcomingCount, countryName, language);
        AddPlans(blocks, DigestWords.Section(DigestWords.Part.FindingsOverdue, days, language), digest.OverdueOutcomes, digest.OverdueOutcomeCount, countryName, language);
        return Message(DigestLines.Text(digest, language), blocks);
    }

    private static void AddPlans(List<JsonNode> blocks, string title, IReadOnlyList<OutreachPlan> plans, int total, Func<string, string> countryName, Language language)
    {
        if (plans.Count == 0)
            return;
        var lines = plans.Select(p => Mrkdwn.Escape(DigestLines.Line(p, countryName, language)));
        blocks.Add(Section(Cut(Mrkdwn.Bold(title) + "\n" + string.Join("\n", lines) + More(plans.Count, total, language), 3000)));
    }

    private static string More(int shown, int total, Language language) => total > shown ? "\n" + DigestWords.More(total - shown, language) : "";
}
