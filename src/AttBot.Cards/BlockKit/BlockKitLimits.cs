using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttBot.Cards.BlockKit;

/// <summary>
/// Slack's Block Kit limits (docs.slack.dev, Block Kit reference: blocks, block elements, composition objects, views),
/// and a checker that lists every place a message or a modal breaks them. Tests run it on every rendering; the
/// fake Slack Web API runs it on every payload the bot sends.
/// </summary>
public static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int BlocksPerModal = 100;
    public const int BlocksPerHome = 100;
    public const int MessageText = 4000;          // "text" above 4,000 characters is truncated in practice
    public const int SectionText = 3000;
    public const int FieldsPerSection = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ElementsPerActions = 25;
    public const int ElementsPerContext = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ButtonUrl = 3000;
    public const int ActionId = 255;
    public const int BlockId = 255;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int OptionsPerSelect = 100;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int ModalTitle = 24;
    public const int ModalButton = 24;
    public const int CallbackId = 255;
    public const int PrivateMetadata = 3000;
    public const int PlainTextInitialValue = 3000;

    /// <summary>Every violation in a message payload (text, blocks), as "path: what" lines; empty when it fits.</summary>
    public static IReadOnlyList<string> CheckMessage(JsonObject message)
    {
        var problems = new List<string>();
        if (message["text"] is JsonNode text && Length(text) > 40_000)
            problems.Add("text: longer than 40000 characters");
        CheckBlocks(message["blocks"] as JsonArray, BlocksPerMessage, "blocks", problems);
        return problems;
    }

    /// <summary>Every violation in a modal view; empty when it fits.</summary>
    public static IReadOnlyList<string> CheckModal(JsonObject view)
    {
        var problems = new List<string>();
        Max(problems, "title", Length(view["title"]?["text"]), ModalTitle);
        Max(problems, "submit", Length(view["submit"]?["text"]), ModalButton);
        Max(problems, "close", Length(view["close"]?["text"]), ModalButton);
        Max(problems, "callback_id", Length(view["callback_id"]), CallbackId);
        Max(problems, "private_metadata", Length(view["private_metadata"]), PrivateMetadata);
        if (view["title"] is null)
            problems.Add("title: missing");
        CheckBlocks(view["blocks"] as JsonArray, BlocksPerModal, "blocks", problems);
        return problems;
    }

    /// <summary>Every violation in a Home tab view (type home, at most 100 blocks); empty when it fits.</summary>
    public static IReadOnlyList<string> CheckHome(JsonObject view)
    {
        var problems = new List<string>();
        if (Str(view["type"]) != "home")
            problems.Add("type: must be home");
        Max(problems, "private_metadata", Length(view["private_metadata"]), PrivateMetadata);
        Max(problems, "callback_id", Length(view["callback_id"]), CallbackId);
        if (view["blocks"] is not JsonArray)
            problems.Add("blocks: missing");
        CheckBlocks(view["blocks"] as JsonArray, BlocksPerHome, "blocks", problems);
        return problems;
    }

    private static void CheckBlocks(JsonArray? blocks, int maxBlocks, string path, List<string> problems)
    {
        if (blocks is null)
            return;
        if (blocks.Count > maxBlocks)
            problems.Add($"{path}: {blocks.Count} blocks, at most {maxBlocks}");
        var blockIds = new HashSet<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i] as JsonObject;
            var at = $"{path}[{i}]";
            if (block is null)
            {
                problems.Add($"{at}: not an object");
                continue;
            }
            if (block["block_id"] is JsonNode id)
            {
                Max(problems, $"{at}.block_id", Length(id), BlockId);
                if (!blockIds.Add(id.ToString()))
                    problems.Add($"{at}.block_id: '{id}' used twice");
            }
            switch (Str(block["type"]))
            {
                case "section":
                    if (block["text"] is null && block["fields"] is null)
                        problems.Add($"{at}: a section needs text or fields");
                    NonEmptyMax(problems, $"{at}.text", block["text"]?["text"], SectionText, optional: block["fields"] is not null);
                    if (block["fields"] is JsonArray fields)
                    {
                        Max(problems, $"{at}.fields", fields.Count, FieldsPerSection);
                        for (var f = 0; f < fields.Count; f++)
                            NonEmptyMax(problems, $"{at}.fields[{f}]", fields[f]?["text"], FieldText);
                    }
                    if (block["accessory"] is JsonObject accessory)
                        CheckElement(accessory, $"{at}.accessory", problems);
                    break;
                case "header":
                    NonEmptyMax(problems, $"{at}.text", block["text"]?["text"], HeaderText);
                    if (Str(block["text"]?["type"]) != "plain_text")
                        problems.Add($"{at}.text: a header takes plain_text");
                    break;
                case "context":
                    if (Elements(block, at, ElementsPerContext, problems) is { } elements)
                        for (var e = 0; e < elements.Count; e++)
                            NonEmptyMax(problems, $"{at}.elements[{e}]", elements[e]?["text"], SectionText);
                    break;
                case "actions":
                    if (Elements(block, at, ElementsPerActions, problems) is { } actions)
                    {
                        var actionIds = new HashSet<string>();
                        for (var e = 0; e < actions.Count; e++)
                        {
                            CheckElement(actions[e] as JsonObject, $"{at}.elements[{e}]", problems);
                            if (Str(actions[e]?["action_id"]) is { } actionId && !actionIds.Add(actionId))
                                problems.Add($"{at}.elements[{e}].action_id: '{actionId}' used twice in the block");
                        }
                    }
                    break;
                case "input":
                    NonEmptyMax(problems, $"{at}.label", block["label"]?["text"], InputLabel);
                    CheckElement(block["element"] as JsonObject, $"{at}.element", problems);
                    break;
                case "divider":
                    break;
                case "image":
                    SlackMaps.Check(block, at, problems);
                    break;
                default:
                    problems.Add($"{at}: unknown block type '{Str(block["type"])}'");
                    break;
            }
        }
    }

    /// <summary>A context's or an actions block's elements: at least one, at most <paramref name="max"/>; null when there are none.</summary>
    private static JsonArray? Elements(JsonObject block, string at, int max, List<string> problems)
    {
        if (block["elements"] is not JsonArray { Count: > 0 } elements)
        {
            problems.Add($"{at}.elements: empty");
            return null;
        }
        Max(problems, $"{at}.elements", elements.Count, max);
        return elements;
    }

    private static void CheckElement(JsonObject? element, string at, List<string> problems)
    {
        if (element is null)
        {
            problems.Add($"{at}: missing");
            return;
        }
        Max(problems, $"{at}.action_id", Length(element["action_id"]), ActionId);
        Max(problems, $"{at}.placeholder", Length(element["placeholder"]?["text"]), Placeholder);
        switch (Str(element["type"]))
        {
            case "button":
                NonEmptyMax(problems, $"{at}.text", element["text"]?["text"], ButtonText);
                Max(problems, $"{at}.value", Length(element["value"]), ButtonValue);
                Max(problems, $"{at}.url", Length(element["url"]), ButtonUrl);
                break;
            case "static_select" or "multi_static_select" or "checkboxes" or "radio_buttons":
                var options = (element["options"] as JsonArray)?.ToList() ?? [];
                if (element["option_groups"] is JsonArray groups)
                    options.AddRange(groups.SelectMany(g => (g?["options"] as JsonArray)?.ToList() ?? []));
                if (options.Count == 0)
                    problems.Add($"{at}: no options");
                Max(problems, $"{at}.options", options.Count, Str(element["type"]) is "checkboxes" or "radio_buttons" ? 10 : OptionsPerSelect);
                for (var o = 0; o < options.Count; o++)
                {
                    NonEmptyMax(problems, $"{at}.options[{o}].text", options[o]?["text"]?["text"], OptionText);
                    NonEmptyMax(problems, $"{at}.options[{o}].value", options[o]?["value"], OptionValue);
                }
                break;
            case "plain_text_input":
                Max(problems, $"{at}.initial_value", Length(element["initial_value"]), PlainTextInitialValue);
                break;
            case "datepicker":
                break;
            default:
                problems.Add($"{at}: unknown element type '{Str(element["type"])}'");
                break;
        }
    }

    private static void NonEmptyMax(List<string> problems, string at, JsonNode? text, int max, bool optional = false)
    {
        var length = Length(text);
        if (length == 0 && !optional)
            problems.Add($"{at}: empty");
        Max(problems, at, length, max);
    }

    private static void Max(List<string> problems, string at, int length, int max)
    {
        if (length > max)
            problems.Add($"{at}: {length} characters or items, at most {max}");
    }

    private static int Length(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>().Length : 0;

    private static string? Str(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
}
