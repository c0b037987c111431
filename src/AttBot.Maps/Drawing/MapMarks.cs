using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>The two marks drawn over the land: a dot for a state too small to see, a ring where outreach is planned.</summary>
public static class MapMarks
{
    private const float EdgeWidth = 1.2f, HaloWidth = 4.5f;

    /// <summary>The dot's radius: smaller on the world map, where the Caribbean's dots crowd together.</summary>
    public static float DotRadius(bool world) => world ? 4f : 6f;

    /// <summary>The planned ring's radius, around the dot or the state's marker point.</summary>
    public static float RingRadius(bool world) => world ? 6.5f : 9f;

    /// <summary>How far from its point a state's marks reach at most (the ring's white halo): what the frame must leave room for.</summary>
    public static float Extent(bool world) => RingRadius(world) + HaloWidth / 2;

    /// <summary>A dot in the state's colour with a dark edge, so Tuvalu or Saint Kitts and Nevis are seen at all.</summary>
    internal static void SmallState(SKCanvas canvas, SKPoint at, float radius, SKColor colour)
    {
        using var fill = new SKPaint { Color = colour, IsAntialias = true };
        using var edge = new SKPaint { Color = new SKColor(0x33, 0x33, 0x33), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = EdgeWidth };
        canvas.DrawCircle(at, radius, fill);
        canvas.DrawCircle(at, radius, edge);
    }

    /// <summary>A black ring with a white halo: readable on every status colour and on grey.</summary>
    internal static void Planned(SKCanvas canvas, SKPoint at, float radius)
    {
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = HaloWidth };
        using var ring = new SKPaint { Color = MapPalette.Planned, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2f };
        canvas.DrawCircle(at, radius, halo);
        canvas.DrawCircle(at, radius, ring);
    }
}
