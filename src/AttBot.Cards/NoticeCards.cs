using System.Text.Json.Nodes;
using AttBot.Domain.Outreach;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

public static partial class OutreachCards
{
    /// <summary>
    /// A regional champion's note about a new registration in their region. A champion may read restricted records of
    /// their region's states; should the roles have changed since, the recipient is told only what they may see.
    /// </summary>
    public static JsonObject ChampionNote(OutreachPlan plan, Viewer recipient, Func<string, string> countryName)
    {
        var lead = $"New outreach in your region: {StateLine(plan.Countries, countryName, plan.Region)}";
        var lines = ListLines(plan, recipient, countryName);
        var body = new List<JsonNode> { Text(lead, size: "Medium", weight: "Bolder") };
        body.AddRange(lines.Select((line, i) => (JsonNode)Text(line, spacing: i == 0 ? "Medium" : "Small")));
        body.Add(Text("You get this note as a regional champion.", size: "Small", subtle: true));
        return Card($"{lead}. {Sentences(lines)}", body);
    }

    /// <summary>The organizer's outreach is over: a reminder to share what they found, with the command to do it.</summary>
    public static JsonObject FindingsReminder(OutreachPlan plan, Func<string, string> countryName)
    {
        var lead = $"How did {plan.PublicId} go?";
        var text = $"Your {OutreachWords.Describe(plan.Kind).ToLowerInvariant()} outreach to {StateLine(plan.Countries, countryName, plan.Region)} ended on {plan.Window.End:d MMMM yyyy}. " +
                   $"Please share what you found with **done {plan.PublicId} *what you found***, or **cancel {plan.PublicId}** if it did not take place.";
        return Card($"{lead} {text}", [Heading(lead), Text(text)]);
    }
}
