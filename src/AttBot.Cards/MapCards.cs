using System.Text.Json.Nodes;
using AttBot.Domain.Treaty;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>What a map card says beside the picture: its title, the legend's lines, and what the rings mean.</summary>
public sealed record MapCaption(string Title, IReadOnlyList<string> Legend, string Planned, DateOnly CurrentTo)
{
    /// <summary>The picture described in words, for screen readers and for clients that show no images.</summary>
    public string AltText => $"Map of {Title}: {string.Join("; ", Legend)}. {Planned}.";
}

/// <summary>The map in Teams: a card of its own for "map", and the picture added to the region card and world table.</summary>
public static class MapCards
{
    public static JsonObject Map(MapCaption caption, Uri image, IEnumerable<(string Title, string Command)> buttons) => Card(
        caption.AltText,
        [
            Heading(caption.Title),
            Image(image, caption.AltText),
            Text(string.Join(" · ", caption.Legend), spacing: "Small"),
            Text(caption.Planned + " (ringed on the map).", spacing: "Small"),
            Text($"Data current to {StatusWording.Date(caption.CurrentTo)} · Boundaries: Natural Earth / visionscarto (BSD-3-Clause)",
                size: "Small", subtle: true, separator: true),
        ],
        buttons.Select(b => (JsonNode)CommandButton(b.Title, b.Command)));

    /// <summary>The same card with the map under its heading (the region card, the world table).</summary>
    public static JsonObject WithImage(JsonObject card, Uri? image, string altText)
    {
        if (image is null || card["body"] is not JsonArray body)
            return card;
        body.Insert(Math.Min(1, body.Count), Image(image, altText));
        return card;
    }

    private static JsonObject Image(Uri url, string altText) => new()
    {
        ["type"] = "Image",
        ["url"] = url.AbsoluteUri,
        ["altText"] = altText.Length <= 400 ? altText : altText[..399] + "…",
        ["size"] = "Stretch",
        ["spacing"] = "Small",
    };
}
