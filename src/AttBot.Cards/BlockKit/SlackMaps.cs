using System.Text.Json.Nodes;
using static AttBot.Cards.BlockKit.Blocks;

namespace AttBot.Cards.BlockKit;

/// <summary>The map on Slack: an image block (Slack fetches the public URL), with the legend in words.</summary>
public static class SlackMaps
{
    public static JsonObject Map(MapCaption caption, Uri image) => Message(caption.AltText,
    [
        Header(caption.Title),
        Image(image, caption.AltText, caption.Title),
        Section(Mrkdwn.Escape(caption.LegendLine)),
        Context(Mrkdwn.Escape($"{caption.Ringed} {caption.Source}")),
    ]);

    /// <summary>The same message with the map after its header (the region and world answers).</summary>
    public static JsonObject WithImage(JsonObject message, Uri? image, string altText, string title)
    {
        if (image is null || message["blocks"] is not JsonArray blocks || blocks.Count >= BlockKitLimits.BlocksPerMessage)
            return message;
        blocks.Insert(Math.Min(1, blocks.Count), Image(image, altText, title));
        return message;
    }

    /// <summary>An image block: Slack needs a public http(s) URL of at most 3,000 characters and alt text of at most 2,000.</summary>
    public static JsonObject Image(Uri url, string altText, string title) => new()
    {
        ["type"] = "image",
        ["image_url"] = Cut(url.AbsoluteUri, ImageUrlMax),
        ["alt_text"] = Cut(altText, AltTextMax),
        ["title"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(title, TitleMax) },
    };

    public const int ImageUrlMax = 3000, AltTextMax = 2000, TitleMax = 2000;

    /// <summary>Slack's rules for an image block, for BlockKitLimits.Problems: an http(s) URL, alt text, both within limits.</summary>
    internal static void Check(JsonObject block, string at, List<string> problems)
    {
        var url = block["image_url"]?.GetValue<string>();
        if (url is null || url.Length > ImageUrlMax || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            problems.Add($"{at}.image_url: an http(s) URL of at most {ImageUrlMax} characters is required");
        var alt = block["alt_text"]?.GetValue<string>();
        if (string.IsNullOrEmpty(alt) || alt.Length > AltTextMax)
            problems.Add($"{at}.alt_text: required, at most {AltTextMax} characters");
        if (block["title"]?["text"]?.GetValue<string>() is { Length: > TitleMax })
            problems.Add($"{at}.title: more than {TitleMax} characters");
    }
}
