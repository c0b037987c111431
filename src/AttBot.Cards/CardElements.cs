using System.Text.Json.Nodes;

namespace AttBot.Cards;

/// <summary>The few Adaptive Card elements AttBot uses, as JSON. Version 1.5: the highest Teams renders.</summary>
internal static class CardElements
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    public static JsonObject Card(string fallbackText, IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = new JsonArray(body.ToArray()),
        };
        var actionArray = actions?.ToArray();
        if (actionArray is { Length: > 0 })
            card["actions"] = new JsonArray(actionArray);
        return card;
    }

    public static JsonObject Heading(string text) => Text(text, size: "Large", weight: "Bolder", style: "heading");

    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null,
        bool subtle = false, bool separator = false, string? spacing = null, string? style = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (separator) block["separator"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        if (style is not null) block["style"] = style;
        return block;
    }

    /// <summary>What the bot sends unasked (a heads-up, a change notice, a champion's note): a lead, then its lines close under it.</summary>
    public static List<JsonNode> LeadAndLines(string lead, IEnumerable<string> lines, string? color = CardColors.Caution) =>
        [Text(lead, size: "Medium", weight: "Bolder", color: color), .. lines.Select((line, i) => Text(line, spacing: i == 0 ? "Medium" : "Small"))];

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject ActionSet(IEnumerable<JsonNode> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.ToArray()),
    };

    /// <summary>A button that sends a command as if the user had typed it (arrives as a message whose value carries it).</summary>
    public static JsonObject CommandButton(string title, string command) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { [CardData.Command] = command },
    };

    /// <summary>A Universal Action button: arrives as an adaptiveCard/action invoke, whose answer replaces the card.</summary>
    public static JsonObject ExecuteButton(string title, string verb, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = data,
    };
}
