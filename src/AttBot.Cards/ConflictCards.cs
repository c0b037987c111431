using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using AttBot.Domain.Language;
using static AttBot.Cards.CardElements;
using static AttBot.Domain.Language.AlertLines;
using static AttBot.Domain.Language.OutreachLines;

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
        return Card(AlertText(conflict, heading, resolution, countryName, language), body, actions);
    }

    /// <summary>
    /// The proactive note to an organizer whose registration another one now overlaps, telling about the other side only
    /// what <paramref name="recipient"/> may see.
    /// </summary>
    /// <param name="also">The recipient's other plans the same registration may duplicate: named in this one heads-up.</param>
    public static JsonObject ConflictHeadsUp(Conflict conflict, Viewer recipient, Func<string, string> countryName, IReadOnlyList<Conflict>? also = null,
        Language language = Language.English)
    {
        var (lead, lines) = HeadsUp(conflict, recipient, countryName, also, LinkStyle.Teams, language);
        return Card($"{lead} {Sentences(HeadsUp(conflict, recipient, countryName, also, LinkStyle.Plain, language).Lines)}", LeadAndLines(lead, lines));
    }

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
}
