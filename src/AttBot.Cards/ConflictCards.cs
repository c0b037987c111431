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
        var resolution = Resolution(conflict);
        if (resolution is not null)
            body.Add(Text(resolution, weight: "Bolder", color: CardColors.Positive, separator: true));

        // Once settled the buttons go: a second click would have nothing left to decide.
        var data = new JsonObject { [CardData.ConflictId] = conflict.Id };
        JsonNode[] actions = resolution is null
            ? [ExecuteButton("Coordinated", CardData.CoordinatedVerb, data), ExecuteButton("Not a conflict", CardData.NotAConflictVerb, (JsonObject)data.DeepClone())]
            : [];
        var fallback = $"{heading}. Earlier: {PlanSummary(c.Earlier, countryName)}. Later: {PlanSummary(c.Later, countryName)}."
            + (resolution is null ? "" : $" {resolution}.");
        return Card(fallback, body, actions);
    }

    /// <summary>
    /// The proactive note to an organizer whose registration another one now overlaps, telling about the other side only
    /// what <paramref name="recipient"/> may see.
    /// </summary>
    public static JsonObject ConflictHeadsUp(Conflict conflict, Viewer recipient, Func<string, string> countryName)
    {
        var (lead, lines) = HeadsUpWords(conflict, recipient, countryName);
        var body = new List<JsonNode> { Text(lead, size: "Medium", weight: "Bolder", color: CardColors.Caution) };
        body.AddRange(lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Medium" : "Small")));
        return Card($"{lead} {Sentences(lines)}", body);
    }

    /// <summary>The heads-up's lead ("Heads-up: a new registration overlaps your OR-0042 …") and what the recipient may read of the other side.</summary>
    internal static (string Lead, List<string> Lines) HeadsUpWords(Conflict conflict, Viewer recipient, Func<string, string> countryName)
    {
        var mine = recipient.IsOrganizerOf(conflict.Later) && !recipient.IsOrganizerOf(conflict.Earlier) ? conflict.Later : conflict.Earlier;
        var other = conflict.OtherThan(mine);
        var newness = other.Id == conflict.Later.Id ? "a new registration" : "another registration";
        var whose = recipient.IsOrganizerOf(mine) ? "your " : "";
        var lead = $"Heads-up: {newness} overlaps {whose}{mine.PublicId} ({StateLine(conflict.SharedCountries, countryName)}, {mine.Window}).";
        return (lead, OtherSide(conflict, other, recipient, countryName));
    }

    internal static string KindHeading(ConflictKind kind) =>
        kind == ConflictKind.AlreadyRegistered ? "Registered twice?" : "Possible duplication";

    internal static string? Resolution(RecordedConflict conflict)
    {
        if (conflict.Resolution is not { } resolution)
            return null;
        var what = resolution == ConflictResolution.Coordinated ? "Marked coordinated" : "Marked not a conflict";
        var by = string.IsNullOrWhiteSpace(conflict.ResolvedBy) ? "" : $" by {conflict.ResolvedBy}";
        // The date as it was where it was settled: the offset is stored with it.
        var on = conflict.ResolvedAt is { } at ? $" on {StatusWording.Date(DateOnly.FromDateTime(at.DateTime))}" : "";
        return what + by + on;
    }

    /// <summary>One registration in full, for the Secretariat: every field that is set, one short line each.</summary>
    private static JsonObject PlanColumn(string label, OutreachPlan plan, Func<string, string> countryName)
    {
        List<string> lines = [plan.PublicId, plan.Organizer.DisplayName, plan.Organization, .. PlanLines(plan, countryName)];
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
