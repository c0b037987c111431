using System.Globalization;
using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>The band under the map: title, the three statuses with their counts, planned outreach, date and sources.</summary>
public static class MapLegend
{
    public const string Attribution = "Boundaries: Natural Earth / visionscarto (BSD-3-Clause)";
    public const string Disclaimer = "Boundaries shown do not imply endorsement or acceptance by the United Nations.";

    /// <summary>The legend's lines as a reader sees them, the counts included (tests compare them with the region figures).</summary>
    public static IReadOnlyList<(SKColor Colour, string Text)> Entries(MapPicture picture) =>
    [
        (MapPalette.Party, $"States Parties: {picture.Parties} ({picture.Percent(picture.Parties)} %)"),
        (MapPalette.Signatory, $"Signatories: {picture.Signatories} ({picture.Percent(picture.Signatories)} %)"),
        (MapPalette.Neither, $"Neither: {picture.Neither} ({picture.Percent(picture.Neither)} %)"),
    ];

    public static string PlannedText(MapPicture picture) =>
        $"{picture.PlannedLabel}: {picture.PlannedStates} {(picture.PlannedStates == 1 ? "state" : "states")}";

    public static string SourceText(MapPicture picture) =>
        $"Data current to {picture.CurrentTo.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} · {Attribution}";

    internal static void Draw(SKCanvas canvas, MapPicture picture, float top, float width)
    {
        using var ink = new SKPaint { Color = MapPalette.Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = MapPalette.Muted, IsAntialias = true };
        using var title = new SKFont(MapFonts.Bold, 22);
        using var body = new SKFont(MapFonts.Regular, 16);
        using var small = new SKFont(MapFonts.Regular, 12.5f);

        canvas.DrawText($"{picture.Title} — Arms Trade Treaty status ({picture.States} {(picture.States == 1 ? "state" : "states")})",
            16, top + 26, SKTextAlign.Left, title, ink);

        var x = 16f;
        var y = top + 60;
        foreach (var (colour, text) in Entries(picture))
        {
            using var swatch = new SKPaint { Color = colour, IsAntialias = true };
            canvas.DrawRect(x, y - 14, 18, 18, swatch);
            canvas.DrawText(text, x + 26, y, SKTextAlign.Left, body, ink);
            x += 26 + body.MeasureText(text) + 30;
        }
        MapMarks.Planned(canvas, new SKPoint(x + 9, y - 5), 7);
        canvas.DrawText(PlannedText(picture), x + 24, y, SKTextAlign.Left, body, ink);

        if (!picture.World)
        {
            using var other = new SKPaint { Color = MapPalette.OtherState };
            canvas.DrawRect(16, y + 16, 18, 12, other);
            canvas.DrawText("Other states", 42, y + 27, SKTextAlign.Left, small, muted);
        }
        canvas.DrawText(SourceText(picture), width - 16, y + 27, SKTextAlign.Right, small, muted);
        canvas.DrawText(Disclaimer, width - 16, y + 45, SKTextAlign.Right, small, muted);
    }
}
