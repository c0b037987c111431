using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>
    /// The Secretariat's alert: both registrations in full, side by side, and while unsettled the two ways to settle it.
    /// Only sent to Secretariat conversations, so it shows restricted records whole.
    /// </summary>
    public static JsonObject ConflictAlert(RecordedConflict conflict, Func<string, string> countryName)
    {
        var c = conflict.Conflict;
        var heading = $"{KindHeading(c.Kind)}: {StateLine(c.SharedCountries, countryName)}";
        var body = new List<JsonNode>
        {
            Heading(heading),
            new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray(PlanColumn("Earlier", c.Earlier, countryName), PlanColumn("Later", c.Later, countryName)),
            },
        };
        body.Add(Text(DuplicationWords.Between(c)));
        var resolution = Resolution(conflict);
        if (resolution is not null)
            body.Add(Text(resolution, weight: "Bolder", color: CardColors.Positive, separator: true));

        // Once settled the buttons go: a second click would have nothing left to decide.
        var data = new JsonObject { [CardData.ConflictId] = conflict.Id };
        JsonNode[] actions = resolution is null
            ? [ExecuteButton("Coordinated", CardData.CoordinatedVerb, data), ExecuteButton("Not a duplication", CardData.NotAConflictVerb, (JsonObject)data.DeepClone())]
            : [];
        var fallback = $"{heading}. Earlier: {PlanSummary(c.Earlier, countryName)}. Later: {PlanSummary(c.Later, countryName)}. {DuplicationWords.Between(c)}"
            + (resolution is null ? "" : $" {resolution}.");
        return Card(fallback, body, actions);
    }

    /// <summary>
    /// The proactive note to an organizer whose registration another one now overlaps, telling about the other side only
    /// what <paramref name="recipient"/> may see.
    /// </summary>
    /// <param name="also">The recipient's other plans the same registration may duplicate: named in this one heads-up.</param>
    public static JsonObject ConflictHeadsUp(Conflict conflict, Viewer recipient, Func<string, string> countryName, IReadOnlyList<Conflict>? also = null)
    {
        var (lead, lines) = HeadsUpWords(conflict, recipient, countryName, also, LinkStyle.Teams);
        var body = new List<JsonNode> { Text(lead, size: "Medium", weight: "Bolder", color: CardColors.Caution) };
        body.AddRange(lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Medium" : "Small")));
        return Card($"{lead} {Sentences(HeadsUpWords(conflict, recipient, countryName, also, LinkStyle.Plain).Lines)}", body);
    }

    /// <summary>
    /// The heads-up's lead ("Heads-up: a new registration for Tonga may duplicate your visit OR-0001 …") and what the
    /// recipient may read of the other side, its other plans the same registration may duplicate, and how to reach its
    /// organizer, written for <paramref name="style"/> (escaped for Slack, links left whole).
    /// </summary>
    internal static (string Lead, List<string> Lines) HeadsUpWords(Conflict conflict, Viewer recipient, Func<string, string> countryName,
        IReadOnlyList<Conflict>? also, LinkStyle style)
    {
        var mine = recipient.IsOrganizerOf(conflict.Later) && !recipient.IsOrganizerOf(conflict.Earlier) ? conflict.Later : conflict.Earlier;
        var other = conflict.OtherThan(mine);
        var lead = DuplicationWords.HeadsUpLead(conflict, mine, recipient, StateLine(conflict.SharedCountries, countryName)) + ".";
        var lines = OtherSide(conflict, other, recipient, countryName, style);
        var more = DuplicationWords.AlsoDuplicates(other, also ?? [], recipient);
        lines.InsertRange(1, style == LinkStyle.Slack ? more.Select(BlockKit.Mrkdwn.Escape) : more);
        return (lead, lines);
    }

    internal static string KindHeading(ConflictKind kind) =>
        kind == ConflictKind.AlreadyRegistered ? "Registered twice?" : "Possible duplication";

    internal static string? Resolution(RecordedConflict conflict)
    {
        if (conflict.Resolution is not { } resolution)
            return null;
        var what = resolution == ConflictResolution.Coordinated ? "Marked coordinated" : "Marked not a duplication";
        var by = string.IsNullOrWhiteSpace(conflict.ResolvedBy) ? "" : $" by {conflict.ResolvedBy}";
        // The date as it was where it was settled: the offset is stored with it.
        var on = conflict.ResolvedAt is { } at ? $" on {StatusWording.Date(DateOnly.FromDateTime(at.DateTime))}" : "";
        return what + by + on;
    }

    /// <summary>One registration in full, for the Secretariat: every field that is set, one short line each.</summary>
    private static JsonObject PlanColumn(string label, OutreachPlan plan, Func<string, string> countryName)
    {
        List<string> lines = [plan.PublicId, plan.Organizer.DisplayName, plan.Organization, .. PlanLines(plan, countryName)];
        if (DuplicationWords.ReachLine(plan.Organizer, LinkStyle.Teams) is { } reach)
            lines.Add(reach);
        JsonNode[] items = [Text(label, weight: "Bolder", subtle: true), .. lines.Select(l => (JsonNode)Text(l, spacing: "None"))];
        return new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(items) };
    }

    /// <summary>A registration's facts under its organizer, one short line each, as every channel's alert shows them.</summary>
    internal static List<string> PlanLines(OutreachPlan plan, Func<string, string> countryName)
    {
        var lines = new List<string>
        {
            $"{OutreachWords.Describe(plan.Kind)} · {plan.Window}",
            $"States: {StateLine(plan.Countries, countryName, plan.Region)}",
        };
        if (plan.Topics.Count > 0) lines.Add($"Topics: {TopicList(plan)}");
        if (!string.IsNullOrWhiteSpace(plan.Partners)) lines.Add($"Partners: {plan.Partners}");
        lines.Add(plan.Visibility == Visibility.Restricted ? "Restricted" : "Shared");
        if (!string.IsNullOrWhiteSpace(plan.Notes)) lines.Add($"Notes: {plan.Notes}");
        return lines;
    }

    internal static string PlanSummary(OutreachPlan plan, Func<string, string> countryName) =>
        $"{plan.PublicId} · {Who(plan)} · {OutreachWords.Describe(plan.Kind)} · {plan.Window} · {StateLine(plan.Countries, countryName, plan.Region)}";
}
