using AttBot.Maps.Drawing;
using AttBot.Maps.Geometry;
using SkiaSharp;

namespace AttBot.Maps;

/// <summary>A drawn map: the PNG, and the frame that says where each place landed (tests look at known pixels).</summary>
public sealed record RenderedMap(byte[] Png, int Width, int Height, MapFrame Frame, IReadOnlyDictionary<string, SKPoint> Markers);

/// <summary>
/// Draws a <see cref="MapPicture"/> as a PNG, in-process with SkiaSharp: the states coloured by status, a dot for each
/// state too small to see, a ring where outreach is planned, and the legend with the counts, date and sources.
/// </summary>
public static class MapRenderer
{
    public const int Width = 1200, Height = 760;
    /// <summary>The pixels the map itself occupies; the legend is below.</summary>
    public static readonly SKRect MapArea = new(12, 12, Width - 12, 630);
    // Sub filtering and a light deflate: maps are large areas of flat colour, which this packs nearly as well as the
    // slowest settings (233 KB against 213 KB for the world) in a third of the time.
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 3);

    public static RenderedMap Render(MapPicture picture, WorldGeometry? geometry = null)
    {
        geometry ??= WorldGeometry.Instance;
        var focus = picture.Focus.ToDictionary(s => s.M49, StringComparer.Ordinal);
        var context = picture.Context.ToDictionary(s => s.M49, StringComparer.Ordinal);
        var framingKey = picture.World ? "world" : string.Join(',', picture.Focus.Select(s => s.M49));
        var (frame, projected) = ProjectedShapes.For(framingKey, () => picture.World
            ? MapFrame.World(MapArea, MapMarks.Extent(world: true))
            : MapFrame.Region(picture.Focus.Select(s => geometry.ByM49.GetValueOrDefault(s.M49)).OfType<Shape>().ToList(), MapArea), geometry);

        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        using var outline = Outline(frame);
        canvas.Save();
        canvas.ClipRect(MapArea);
        using (var water = new SKPaint { Color = MapPalette.Water, IsAntialias = true })
            canvas.DrawPath(outline, water);

        var markers = new Dictionary<string, SKPoint>(StringComparer.Ordinal);
        var dots = new List<(SKPoint At, SKColor Colour)>();
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var border = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = MapPalette.Border, StrokeWidth = 0 };
        foreach (var shape in projected.Shapes)
        {
            var inFocus = focus.TryGetValue(shape.Shape.M49, out var state);
            fill.Color = inFocus ? MapPalette.Of(state!.Status) : context.ContainsKey(shape.Shape.M49) ? MapPalette.OtherState : MapPalette.Territory;
            canvas.DrawPath(shape.Path, fill);
            canvas.DrawPath(shape.Path, border);
            if (inFocus)
            {
                markers[shape.Shape.M49] = shape.Label;
                if (shape.Tiny)
                    dots.Add((shape.Label, fill.Color));
            }
        }

        // Whatever ran past the world's edge (the far copy of Fiji or Chukotka) is painted over here, once: a clip by
        // the outline would instead slow down every one of the few hundred shapes.
        using (var outside = new SKPathBuilder { FillType = SKPathFillType.EvenOdd })
        using (var blank = new SKPaint { Color = SKColors.White, IsAntialias = true })
        {
            outside.AddRect(MapArea);
            outside.AddPath(outline);
            using var mask = outside.Detach();
            canvas.DrawPath(mask, blank);
        }
        canvas.Restore();

        using (var edge = new SKPaint { Color = new SKColor(0xC8, 0xC8, 0xC8), Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true })
        {
            if (picture.World) canvas.DrawPath(outline, edge);
            else canvas.DrawRect(MapArea, edge);
        }

        // Dots and rings go over all the land, so no neighbour is drawn on top of them, and over the world's edge, so a
        // state on the antimeridian (Tuvalu, Fiji) keeps its whole dot where the edge curves in: the frame leaves room.
        canvas.Save();
        canvas.ClipRect(MapArea);
        foreach (var (at, colour) in dots)
            MapMarks.SmallState(canvas, at, MapMarks.DotRadius(picture.World), colour);
        foreach (var state in picture.Focus)
            if (state.OutreachPlanned && markers.TryGetValue(state.M49, out var at))
                MapMarks.Planned(canvas, at, MapMarks.RingRadius(picture.World));
        canvas.Restore();
        MapLegend.Draw(canvas, picture, MapArea.Bottom + 8, Width);

        using var image = surface.Snapshot();
        using var pixmap = image.PeekPixels() ?? throw new InvalidOperationException("The map surface has no pixels to encode.");
        using var png = pixmap.Encode(PngOptions) ?? throw new InvalidOperationException("The map could not be encoded as PNG.");
        return new RenderedMap(png.ToArray(), Width, Height, frame, markers);
    }

    /// <summary>The edge of the projected world (meridians ±180° from the centre), beyond which nothing is drawn.</summary>
    private static SKPath Outline(MapFrame frame)
    {
        using var path = new SKPathBuilder();
        for (var lat = -90; lat <= 90; lat++)
        {
            var p = frame.ToPixelUnwrapped(-180, lat);
            if (lat == -90) path.MoveTo(p); else path.LineTo(p);
        }
        for (var lat = 90; lat >= -90; lat--)
            path.LineTo(frame.ToPixelUnwrapped(180, lat));
        path.Close();
        return path.Detach();
    }
}
