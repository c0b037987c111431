using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;
using static AttBot.Domain.Language.OutreachLines;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>
    /// A regional champion's note about a new registration in their region. A champion may read restricted records of
    /// their region's states; should the roles have changed since, the recipient is told only what they may see.
    /// </summary>
    public static JsonObject ChampionNote(OutreachPlan plan, Viewer recipient, Func<string, string> countryName, Language language = Language.English)
    {
        var lead = NoticeWords.InYourRegion(StateLine(plan.Countries, countryName, plan.Region, language), language);
        var lines = ListLines(plan, recipient, countryName, language);
        return Card($"{lead}. {Sentences(lines)}",
            [.. LeadAndLines(lead, lines, color: null), Text(NoticeWords.AsChampion(language), size: "Small", subtle: true)]);
    }

    /// <summary>The organizer's outreach is over: a reminder to share what they found, with the command to do it.</summary>
    public static JsonObject FindingsReminder(OutreachPlan plan, Func<string, string> countryName, Language language = Language.English)
    {
        var lead = NoticeWords.HowDidItGo(plan.PublicId, language);
        var text = ReminderText(plan, countryName, $"**done {plan.PublicId} *{NoticeWords.WhatYouFound(language)}***", $"**cancel {plan.PublicId}**", language);
        return Card($"{lead} {text}", [Heading(lead), Text(text)]);
    }

    /// <summary>The reminder's sentences, with the two commands written as the channel shows them.</summary>
    internal static string ReminderText(OutreachPlan plan, Func<string, string> countryName, string done, string cancel, Language language) =>
        NoticeWords.Reminder(DuplicationWords.Yours(plan.Kind, language), StateLine(plan.Countries, countryName, plan.Region, language), plan.Window.End,
            done, cancel, language);
}
