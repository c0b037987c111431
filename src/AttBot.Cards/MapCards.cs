using System.Text.Json.Nodes;
using AttBot.Domain.Language;
using static AttBot.Cards.CardElements;

namespace AttBot.Cards;

/// <summary>What a map card says beside the picture, in the picture's language: its title, the legend's lines, and what the rings mean.</summary>
public sealed record MapCaption(string Title, IReadOnlyList<string> Legend, string Planned, DateOnly CurrentTo, Language Language = Language.English)
{
    /// <summary>The picture described in words, for screen readers and for clients that show no images.</summary>
    public string AltText => MapWords.AltText(Title, Legend, Planned, Language);

    /// <summary>The legend on one line, as the card shows it under the picture.</summary>
    public string LegendLine => string.Join(" · ", Legend);

    public string Ringed => MapWords.Ringed(Planned, Language);

    public string Source => MapWords.Source(CurrentTo, Language);
}

/// <summary>The map in Teams: a card of its own for "map", and the picture added to the region card and world table.</summary>
public static class MapCards
{
    public static JsonObject Map(MapCaption caption, Uri image, IEnumerable<(string Title, string Command)> buttons) => Card(
        caption.AltText,
        [
            Heading(caption.Title),
            Image(image, caption.AltText),
            Text(caption.LegendLine, spacing: "Small"),
            Text(caption.Ringed, spacing: "Small"),
            Text(caption.Source, size: "Small", subtle: true, separator: true),
        ],
        buttons.Select(b => (JsonNode)CommandButton(b.Title, b.Command)));

    /// <summary>The buttons under a map: the region card behind a region's map and the world map; the world table behind the world's.</summary>
    public static IReadOnlyList<(string Title, string Command)> Buttons(string? regionName, Language language) => regionName is { } name
        ? [(MapWords.FiguresAndStates(PlaceNames.Region(name, language), language), $"region {name}"), (MapWords.WorldMap(language), "map")]
        : [(RegionWords.WorldTable(language), "region")];

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
