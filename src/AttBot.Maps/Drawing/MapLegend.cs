using AttBot.Domain.Language;
using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>The band under the map: title, the three statuses with their counts, planned outreach, date and sources, in the picture's language.</summary>
public static class MapLegend
{
    /// <summary>The legend's lines as a reader sees them, the counts included (tests compare them with the region figures).</summary>
    public static IReadOnlyList<(SKColor Colour, string Text)> Entries(MapPicture picture) =>
    [
        (MapPalette.Party, MapWords.LegendEntry(RegionWords.Figure.Parties, picture.Parties, picture.Percent(picture.Parties), picture.Language)),
        (MapPalette.Signatory, MapWords.LegendEntry(RegionWords.Figure.Signatories, picture.Signatories, picture.Percent(picture.Signatories), picture.Language)),
        (MapPalette.Neither, MapWords.LegendEntry(RegionWords.Figure.Neither, picture.Neither, picture.Percent(picture.Neither), picture.Language)),
    ];

    public static string PlannedText(MapPicture picture) => MapWords.Planned(picture.PlannedLabel, picture.PlannedStates, picture.Language);

    public static string SourceText(MapPicture picture) => MapWords.Source(picture.CurrentTo, picture.Language);

    internal static void Draw(SKCanvas canvas, MapPicture picture, float top, float width)
    {
        using var ink = new SKPaint { Color = MapPalette.Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = MapPalette.Muted, IsAntialias = true };
        var heading = MapWords.Title(picture.Title, picture.States, picture.Language);
        var entries = Entries(picture);
        var planned = PlannedText(picture);
        // French and Spanish run longer than English: a line that would leave the picture is drawn smaller instead.
        using var title = new SKFont(MapFonts.Bold, 22);
        title.Size = Fitted(title, [heading], 0, width - 32);
        using var body = new SKFont(MapFonts.Regular, 16);
        body.Size = Fitted(body, [.. entries.Select(e => e.Text), planned], entries.Count * (26 + 30) + 24, width - 32);
        using var small = new SKFont(MapFonts.Regular, 12.5f);

        canvas.DrawText(heading, 16, top + 26, SKTextAlign.Left, title, ink);

        var x = 16f;
        var y = top + 60;
        foreach (var (colour, text) in entries)
        {
            using var swatch = new SKPaint { Color = colour, IsAntialias = true };
            canvas.DrawRect(x, y - 14, 18, 18, swatch);
            canvas.DrawText(text, x + 26, y, SKTextAlign.Left, body, ink);
            x += 26 + body.MeasureText(text) + 30;
        }
        MapMarks.Planned(canvas, new SKPoint(x + 9, y - 5), 7);
        canvas.DrawText(planned, x + 24, y, SKTextAlign.Left, body, ink);

        if (!picture.World)
        {
            using var other = new SKPaint { Color = MapPalette.OtherState };
            canvas.DrawRect(16, y + 16, 18, 12, other);
            canvas.DrawText(MapWords.OtherStates(picture.Language), 42, y + 27, SKTextAlign.Left, small, muted);
        }
        canvas.DrawText(SourceText(picture), width - 16, y + 27, SKTextAlign.Right, small, muted);
        canvas.DrawText(MapWords.Disclaimer(picture.Language), width - 16, y + 45, SKTextAlign.Right, small, muted);
    }

    /// <summary>The font's size, or a smaller one at which the texts and the room between them fit the width.</summary>
    private static float Fitted(SKFont font, IReadOnlyList<string> texts, float between, float width)
    {
        var needed = texts.Sum(t => font.MeasureText(t)) + between;
        return needed <= width ? font.Size : font.Size * (width - between) / (needed - between);
    }
}
