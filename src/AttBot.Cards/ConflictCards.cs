using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using AttBot.Domain.Language;
using Fact = AttBot.Domain.Language.RegistrationCardWords.Fact;
using Words = AttBot.Domain.Language.RegistrationCardWords;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>
    /// The Secretariat's alert: both registrations in full, side by side, and while unsettled the two ways to settle it.
    /// Only sent to Secretariat conversations, so it shows restricted records whole; written in the conversation's language.
    /// </summary>
    /// <param name="countryName">The states' names in <paramref name="language"/>.</param>
    public static JsonObject ConflictAlert(RecordedConflict conflict, Func<string, string> countryName, Language language = Language.English)
    {
        var c = conflict.Conflict;
        var heading = AlertWords.Heading(c.Kind, StateLine(c.SharedCountries, countryName, language: language), language);
        var body = new List<JsonNode>
        {
            Heading(heading),
            new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray(PlanColumn(AlertWords.Side(true, language), c.Earlier, countryName, language),
                    PlanColumn(AlertWords.Side(false, language), c.Later, countryName, language)),
            },
        };
        body.Add(Text(Between(c, language)));
        var resolution = Resolution(conflict, language);
        if (resolution is not null)
            body.Add(Text(resolution, weight: "Bolder", color: CardColors.Positive, separator: true));

        // Once settled the buttons go: a second click would have nothing left to decide.
        var data = new JsonObject { [CardData.ConflictId] = conflict.Id };
        JsonNode[] actions = resolution is null
            ? [ExecuteButton(AlertWords.Button(ConflictResolution.Coordinated, language), CardData.CoordinatedVerb, data),
               ExecuteButton(AlertWords.Button(ConflictResolution.NotAConflict, language), CardData.NotAConflictVerb, (JsonObject)data.DeepClone())]
            : [];
        return Card(AlertFallback(conflict, heading, resolution, countryName, language), body, actions);
    }

    /// <summary>The alert as plain text, Teams and Slack alike: the heading, both sides, how close, how settled.</summary>
    internal static string AlertFallback(RecordedConflict conflict, string heading, string? resolution, Func<string, string> countryName, Language language)
    {
        var c = conflict.Conflict;
        return $"{heading}. {AlertWords.Labelled(AlertWords.Side(true, language), PlanSummary(c.Earlier, countryName, language), language)}. "
            + $"{AlertWords.Labelled(AlertWords.Side(false, language), PlanSummary(c.Later, countryName, language), language)}. {Between(c, language)}"
            + (resolution is null ? "" : $" {resolution}.");
    }

    /// <summary>For the Secretariat, who organizes neither: "OR-0002 is 8 days after OR-0001."</summary>
    internal static string Between(Conflict c, Language language) =>
        AlertWords.Between(c.Later.PublicId, Proximity.Of(c.Earlier.Window, c.Later.Window).Describe(c.Earlier.PublicId, language), language);

    /// <summary>
    /// The proactive note to an organizer whose registration another one now overlaps, telling about the other side only
    /// what <paramref name="recipient"/> may see.
    /// </summary>
    /// <param name="also">The recipient's other plans the same registration may duplicate: named in this one heads-up.</param>
    public static JsonObject ConflictHeadsUp(Conflict conflict, Viewer recipient, Func<string, string> countryName, IReadOnlyList<Conflict>? also = null,
        Language language = Language.English)
    {
        var (lead, lines) = HeadsUpWords(conflict, recipient, countryName, also, LinkStyle.Teams, language);
        var body = new List<JsonNode> { Text(lead, size: "Medium", weight: "Bolder", color: CardColors.Caution) };
        body.AddRange(lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Medium" : "Small")));
        return Card($"{lead} {Sentences(HeadsUpWords(conflict, recipient, countryName, also, LinkStyle.Plain, language).Lines)}", body);
    }

    /// <summary>
    /// The heads-up's lead ("Heads-up: a new registration for Tonga may duplicate your visit OR-0001 …") and what the
    /// recipient may read of the other side, its other plans the same registration may duplicate, and how to reach its
    /// organizer, written for <paramref name="style"/> (escaped for Slack, links left whole).
    /// </summary>
    internal static (string Lead, List<string> Lines) HeadsUpWords(Conflict conflict, Viewer recipient, Func<string, string> countryName,
        IReadOnlyList<Conflict>? also, LinkStyle style, Language language = Language.English)
    {
        var mine = recipient.IsOrganizerOf(conflict.Later) && !recipient.IsOrganizerOf(conflict.Earlier) ? conflict.Later : conflict.Earlier;
        var other = conflict.OtherThan(mine);
        var lead = DuplicationWords.HeadsUpLead(conflict, mine, recipient, StateLine(conflict.SharedCountries, countryName, language: language), language) + ".";
        var lines = OtherSide(conflict, other, recipient, countryName, style, language);
        var more = DuplicationWords.AlsoDuplicates(other, also ?? [], recipient, language);
        lines.InsertRange(1, style == LinkStyle.Slack ? more.Select(BlockKit.Mrkdwn.Escape) : more);
        return (lead, lines);
    }

    internal static string? Resolution(RecordedConflict conflict, Language language = Language.English) =>
        conflict.Resolution is { } resolution
            // The date as it was where it was settled: the offset is stored with it.
            ? AlertWords.Settled(resolution, string.IsNullOrWhiteSpace(conflict.ResolvedBy) ? null : conflict.ResolvedBy,
                conflict.ResolvedAt is { } at ? DateOnly.FromDateTime(at.DateTime) : null, language)
            : null;

    /// <summary>One registration in full, for the Secretariat: every field that is set, one short line each.</summary>
    private static JsonObject PlanColumn(string label, OutreachPlan plan, Func<string, string> countryName, Language language)
    {
        var (name, organization) = Named(plan, language);
        List<string> lines = [plan.PublicId, name, organization, .. PlanLines(plan, countryName, language)];
        if (DuplicationWords.ReachLine(plan.Organizer, LinkStyle.Teams, language) is { } reach)
            lines.Add(reach);
        JsonNode[] items = [Text(label, weight: "Bolder", subtle: true), .. lines.Select(l => (JsonNode)Text(l, spacing: "None"))];
        return new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(items) };
    }

    /// <summary>A registration's facts under its organizer, one short line each, as every channel's alert shows them.</summary>
    internal static List<string> PlanLines(OutreachPlan plan, Func<string, string> countryName, Language language = Language.English)
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

    internal static string PlanSummary(OutreachPlan plan, Func<string, string> countryName, Language language = Language.English) =>
        $"{plan.PublicId} · {Who(plan, language)} · {OutreachTermWords.Kind(plan.Kind, language)} · {Words.Window(plan.Window, language)} · {StateLine(plan.Countries, countryName, plan.Region, language)}";
}
