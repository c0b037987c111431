using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>The two marks drawn over the land: a dot for a state too small to see, a ring where outreach is planned.</summary>
internal static class MapMarks
{
    /// <summary>A dot in the state's colour with a dark edge, so Tuvalu or Saint Kitts and Nevis are seen at all.</summary>
    public static void SmallState(SKCanvas canvas, SKPoint at, float radius, SKColor colour)
    {
        using var fill = new SKPaint { Color = colour, IsAntialias = true };
        using var edge = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f };
        canvas.DrawCircle(at, radius, fill);
        canvas.DrawCircle(at, radius, edge);
    }

    /// <summary>A black ring with a white halo: readable on every status colour and on grey.</summary>
    public static void Planned(SKCanvas canvas, SKPoint at, float radius)
    {
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4.5f };
        using var ring = new SKPaint { Color = MapPalette.Planned, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2f };
        canvas.DrawCircle(at, radius, halo);
        canvas.DrawCircle(at, radius, ring);
    }
}
