using System.Collections.Concurrent;
using AttBot.Maps.Geometry;
using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>Where one country lands on one map: its outline in pixels, whether it is too small to see, its marker point.</summary>
internal sealed record ProjectedShape(Shape Shape, SKPath Path, bool Tiny, SKPoint Label);

/// <summary>
/// Every country projected for one framing, kept for the next map with the same framing (the world, or one region):
/// projecting 50,000 points is most of a map's drawing time, and only the colours change from one map to the next.
/// Shared and never changed once built, which Skia allows for paths read from several threads.
/// </summary>
internal sealed class ProjectedShapes
{
    private const int MaxFramings = 64;
    private const float SmallStatePixels = 6;
    private static readonly ConcurrentDictionary<string, (MapFrame Frame, ProjectedShapes Shapes)> Cache = new(StringComparer.Ordinal);

    private ProjectedShapes(IReadOnlyList<ProjectedShape> shapes) => Shapes = shapes;

    public IReadOnlyList<ProjectedShape> Shapes { get; }

    /// <summary>The frame and projected shapes for a framing, made once per framing key (the states in focus).</summary>
    public static (MapFrame Frame, ProjectedShapes Shapes) For(string framingKey, Func<MapFrame> frame, WorldGeometry geometry)
    {
        if (Cache.TryGetValue(framingKey, out var known))
            return known;
        if (Cache.Count >= MaxFramings)
            Cache.Clear();
        var made = frame();
        return Cache.GetOrAdd(framingKey, (made, new ProjectedShapes(geometry.Shapes.Select(s => Project(s, made)).ToList())));
    }

    private static ProjectedShape Project(Shape shape, MapFrame frame)
    {
        var (lon, lat) = ShapeMeasures.LabelPoint(shape);
        return new ProjectedShape(shape, PathOf(shape, frame), IsTiny(shape, frame), frame.ToPixel(lon, lat));
    }

    /// <summary>A shape as one path: each ring made continuous across the antimeridian, and drawn again 360° away if it
    /// runs past the map's edge, so Fiji and Chukotka appear whole on one side or cut cleanly at the edge.</summary>
    private static SKPath PathOf(Shape shape, MapFrame frame)
    {
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in shape.Rings)
        {
            var lons = MapFrame.Unwrapped(ring, frame.CentreLon);
            double min = lons.Min(), max = lons.Max();
            for (var copy = -360; copy <= 360; copy += 360)
            {
                if (max + copy < -180 || min + copy > 180)
                    continue;
                for (var i = 0; i < ring.Count; i++)
                {
                    var p = frame.ToPixelUnwrapped(lons[i] + copy, ring.Lat[i]);
                    if (i == 0) path.MoveTo(p); else path.LineTo(p);
                }
                path.Close();
            }
        }
        return path.Detach();
    }

    /// <summary>Too small to see: decided by the largest ring, since Tonga or Kiribati spread over hundreds of kilometres
    /// of sea, yet each island is a speck.</summary>
    private static bool IsTiny(Shape shape, MapFrame frame)
    {
        var ring = ShapeMeasures.LargestRing(shape);
        var lons = MapFrame.Unwrapped(ring, frame.CentreLon);
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        for (var i = 0; i < ring.Count; i++)
        {
            var p = frame.ToPixelUnwrapped(lons[i], ring.Lat[i]);
            minX = Math.Min(minX, p.X); maxX = Math.Max(maxX, p.X);
            minY = Math.Min(minY, p.Y); maxY = Math.Max(maxY, p.Y);
        }
        return Math.Max(maxX - minX, maxY - minY) < SmallStatePixels;
    }
}
