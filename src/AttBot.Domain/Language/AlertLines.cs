using AttBot.Domain.Outreach;
using Fact = AttBot.Domain.Language.RegistrationCardWords.Fact;
using Words = AttBot.Domain.Language.RegistrationCardWords;
using static AttBot.Domain.Language.OutreachLines;

namespace AttBot.Domain.Language;

/// <summary>
/// A possible duplication told in lines, the same on Teams and Slack: the Secretariat's alert (both sides in full, how
/// close, how settled) and the heads-up to an organizer (only what they may see of the other side).
/// </summary>
public static class AlertLines
{
    /// <summary>The alert as plain text: the heading, both sides, how close, how settled.</summary>
    public static string AlertText(RecordedConflict conflict, string heading, string? resolution, Func<string, string> countryName, Language language)
    {
        var c = conflict.Conflict;
        return $"{heading}. {AlertWords.Labelled(AlertWords.Side(true, language), PlanSummary(c.Earlier, countryName, language), language)}. "
            + $"{AlertWords.Labelled(AlertWords.Side(false, language), PlanSummary(c.Later, countryName, language), language)}. {Between(c, language)}"
            + (resolution is null ? "" : $" {resolution}.");
    }

    /// <summary>For the Secretariat, who organizes neither: "OR-0002 is 8 days after OR-0001."</summary>
    public static string Between(Conflict c, Language language) =>
        AlertWords.Between(c.Later.PublicId, Proximity.Of(c.Earlier.Window, c.Later.Window).Describe(c.Earlier.PublicId, language), language);

    /// <summary>How and by whom the alert was settled, or null while it is open.</summary>
    public static string? Resolution(RecordedConflict conflict, Language language) =>
        conflict.Resolution is { } resolution
            // The date as it was where it was settled: the offset is stored with it.
            ? AlertWords.Settled(resolution, string.IsNullOrWhiteSpace(conflict.ResolvedBy) ? null : conflict.ResolvedBy,
                conflict.ResolvedAt is { } at ? DateOnly.FromDateTime(at.DateTime) : null, language)
            : null;

    /// <summary>
    /// The heads-up's lead ("Heads-up: a new registration for Tonga may duplicate your visit OR-0001 …") and what the
    /// recipient may read of the other side, its other plans the same registration may duplicate, and how to reach its
    /// organizer, written for <paramref name="style"/> (escaped for Slack, links left whole).
    /// </summary>
    /// <param name="also">The recipient's other plans the same registration may duplicate: named in this one heads-up.</param>
    public static (string Lead, List<string> Lines) HeadsUp(Conflict conflict, Viewer recipient, Func<string, string> countryName,
        IReadOnlyList<Conflict>? also, LinkStyle style, Language language)
    {
        var mine = recipient.IsOrganizerOf(conflict.Later) && !recipient.IsOrganizerOf(conflict.Earlier) ? conflict.Later : conflict.Earlier;
        var other = conflict.OtherThan(mine);
        var lead = DuplicationWords.HeadsUpLead(conflict, mine, recipient, StateLine(conflict.SharedCountries, countryName, language: language), language) + ".";
        var lines = OtherSide(conflict, other, recipient, countryName, style, language);
        lines.InsertRange(1, EscapedFor(style, DuplicationWords.AlsoDuplicates(other, also ?? [], recipient, language)));
        return (lead, lines);
    }

    /// <summary>A registration's facts under its organizer, one short line each, as every channel's alert shows them.</summary>
    public static List<string> PlanLines(OutreachPlan plan, Func<string, string> countryName, Language language)
    {
        string Line(Fact fact, string value) => AlertWords.Labelled(Words.Label(fact, language), value, language);
        var lines = new List<string>
        {
            $"{OutreachTermWords.Kind(plan.Kind, language)} · {Words.Window(plan.Window, language)}",
            Line(Fact.States, StateLine(plan.Countries, countryName, plan.Region, language)),
        };
        if (plan.Topics.Count > 0) lines.Add(Line(Fact.Topics, TopicList(plan, language)));
        if (!string.IsNullOrWhiteSpace(plan.Partners)) lines.Add(Line(Fact.Partners, plan.Partners));
        lines.Add(OutreachTermWords.Visibility(plan.Visibility, language));
        if (!string.IsNullOrWhiteSpace(plan.Notes)) lines.Add(Line(Fact.Notes, plan.Notes));
        return lines;
    }

    public static string PlanSummary(OutreachPlan plan, Func<string, string> countryName, Language language) =>
        $"{plan.PublicId} · {Who(plan, language)} · {OutreachTermWords.Kind(plan.Kind, language)} · {Words.Window(plan.Window, language)} · {StateLine(plan.Countries, countryName, plan.Region, language)}";
}
