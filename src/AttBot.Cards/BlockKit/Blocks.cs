using System.Text.Json.Nodes;

namespace AttBot.Cards.BlockKit;

/// <summary>The Block Kit pieces AttBot uses, each cut to Slack's limits so that no text from a record can break a message.</summary>
public static class Blocks
{
    /// <summary>
    /// A message: the blocks, and the plain text Slack shows in notifications and where blocks cannot be shown.
    /// Slack parses that text too, so it is escaped like the blocks: echoed input never pings a channel.
    /// </summary>
    public static JsonObject Message(string fallbackText, IEnumerable<JsonNode> blocks) => new()
    {
        ["text"] = Cut(Mrkdwn.Escape(fallbackText), BlockKitLimits.MessageText),
        ["blocks"] = new JsonArray(blocks.Take(BlockKitLimits.BlocksPerMessage).ToArray()),
    };

    /// <summary>A message of one section: a short answer in words.</summary>
    public static JsonObject TextMessage(string markdown) => Message(Plain(markdown), [Section(Mrkdwn.From(markdown))]);

    public static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = PlainText(Cut(text, BlockKitLimits.HeaderText)),
    };

    public static JsonObject Section(string mrkdwn, JsonObject? accessory = null)
    {
        var section = new JsonObject
        {
            ["type"] = "section",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = Cut(mrkdwn, BlockKitLimits.SectionText) },
        };
        if (accessory is not null)
            section["accessory"] = accessory;
        return section;
    }

    /// <summary>A section of label/value pairs, shown in two columns; at most ten.</summary>
    public static JsonObject Fields(IEnumerable<(string Label, string Value)> fields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray(fields.Take(BlockKitLimits.FieldsPerSection).Select(f => (JsonNode)new JsonObject
        {
            ["type"] = "mrkdwn",
            ["text"] = Cut($"{Mrkdwn.Bold(f.Label)}\n{Mrkdwn.Escape(f.Value)}", BlockKitLimits.FieldText),
        }).ToArray()),
    };

    /// <summary>A heads-up or a change notice: the lead in bold, then its lines, already escaped (their links and mentions whole).</summary>
    public static JsonObject[] Warning(string lead, IEnumerable<string> escapedLines) =>
        [Section("⚠ " + Mrkdwn.Bold(lead)), Section(string.Join("\n", escapedLines))];

    public static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Cut(mrkdwn, BlockKitLimits.SectionText) }),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(IEnumerable<JsonObject> elements) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray(elements.Take(BlockKitLimits.ElementsPerActions).Select(e => (JsonNode)e).ToArray()),
    };

    /// <summary>A button; <paramref name="actionId"/> names its listener, <paramref name="value"/> what it acts on.</summary>
    public static JsonObject Button(string text, string actionId, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(Cut(text, BlockKitLimits.ButtonText)),
            ["action_id"] = Cut(actionId, BlockKitLimits.ActionId),
            ["value"] = Cut(value, BlockKitLimits.ButtonValue),
        };
        if (style is not null)
            button["style"] = style;
        return button;
    }

    /// <summary>
    /// A button that opens <paramref name="url"/> in the browser. Slack still tells the app of the click; nothing
    /// listens to <paramref name="actionId"/>, so the click is acknowledged and nothing else happens.
    /// A link too long for Slack is left out rather than cut: a cut link would lead nowhere.
    /// </summary>
    public static JsonObject LinkButton(string text, string actionId, Uri url, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(Cut(text, BlockKitLimits.ButtonText)),
            ["action_id"] = Cut(actionId, BlockKitLimits.ActionId),
        };
        if (url.AbsoluteUri.Length <= BlockKitLimits.ButtonUrl)
            button["url"] = url.AbsoluteUri;
        if (style is not null)
            button["style"] = style;
        return button;
    }

    public static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    public static JsonObject Option(string text, string value) => new()
    {
        ["text"] = PlainText(Cut(text, BlockKitLimits.OptionText)),
        ["value"] = Cut(value, BlockKitLimits.OptionValue),
    };

    /// <summary>Markdown (**bold**) as plain text, for the notification text.</summary>
    public static string Plain(string markdown) => markdown.Replace("**", "");

    /// <summary>Text cut to a limit with an ellipsis: a long note must shorten the message, never make Slack refuse it.</summary>
    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
