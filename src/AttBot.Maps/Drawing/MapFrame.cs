using AttBot.Maps.Geometry;
using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>
/// Where the map looks: the central meridian, and the scale and offset from projected coordinates to pixels. A world
/// map is centred on Greenwich; a regional map on its own states (the Pacific for Oceania), framed on their main land.
/// </summary>
public sealed class MapFrame
{
    private readonly double _scale, _offsetX, _offsetY;

    private MapFrame(double centreLon, double scale, double offsetX, double offsetY, SKRect area)
    {
        CentreLon = centreLon;
        _scale = scale;
        _offsetX = offsetX;
        _offsetY = offsetY;
        Area = area;
    }

    public double CentreLon { get; }

    /// <summary>The pixels the map occupies (the legend is below it).</summary>
    public SKRect Area { get; }

    /// <summary>The pixel where a point on Earth appears (on its copy nearest the centre).</summary>
    public SKPoint ToPixel(double lon, double lat) => ToPixelUnwrapped(EqualEarth.Wrap(lon, CentreLon), lat);

    /// <summary>The pixel of a longitude already taken from the central meridian, which may lie past ±180.</summary>
    public SKPoint ToPixelUnwrapped(double lonFromCentre, double lat)
    {
        var (x, y) = EqualEarth.Project(lonFromCentre, lat);
        return new SKPoint((float)(x * _scale + _offsetX), (float)(y * _scale + _offsetY));
    }

    /// <summary>
    /// The whole world between 58° S and 84° N: Antarctica left out, every state's land in. The antimeridian is kept
    /// <paramref name="margin"/> pixels from the sides, so a marker drawn on it (Tuvalu, Fiji, Kiribati) is whole.
    /// </summary>
    public static MapFrame World(SKRect area, float margin = 0)
    {
        var (right, _) = EqualEarth.Project(180, 0);
        var (_, top) = EqualEarth.Project(0, 84);
        var (_, bottom) = EqualEarth.Project(0, -58);
        return Fit(0, -right, top, right, bottom, area, new SKRect(area.Left + margin, area.Top, area.Right - margin, area.Bottom));
    }

    /// <summary>Frames the given states: centred where they are, their main land filling the picture with a margin.</summary>
    public static MapFrame Region(IReadOnlyList<Shape> shapes, SKRect area)
    {
        var centre = CentreOf(shapes.Select(ShapeMeasures.LabelPoint).ToList());
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var shape in shapes)
            foreach (var ring in ShapeMeasures.MainRings(shape))
            {
                var lons = Unwrapped(ring, centre);
                for (var i = 0; i < ring.Count; i++)
                {
                    var (x, y) = EqualEarth.Project(lons[i], ring.Lat[i]);
                    minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
                    minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
                }
            }
        if (minX > maxX)
            return World(area);
        // A margin, and never closer than about ten degrees across, so a single island state still shows its sea.
        var minimum = 10 * Math.PI / 180;
        var padX = Math.Max((maxX - minX) * 0.06, (minimum - (maxX - minX)) / 2);
        var padY = Math.Max((maxY - minY) * 0.06, (minimum - (maxY - minY)) / 2);
        return Fit(centre, minX - padX, minY - padY, maxX + padX, maxY + padY, area);
    }

    /// <summary>
    /// A ring's longitudes from the centre, made continuous and shifted by 360° if need be to lie beside it, so that an
    /// island across the antimeridian (Fiji, Chukotka) is one shape, not a streak across the map.
    /// </summary>
    internal static double[] Unwrapped(Ring ring, double centre)
    {
        var lons = new double[ring.Count];
        lons[0] = EqualEarth.Wrap(ring.Lon[0], centre);
        double sum = lons[0];
        for (var i = 1; i < ring.Count; i++)
        {
            lons[i] = lons[i - 1] + Step(ring.Lon[i] - ring.Lon[i - 1]);
            sum += lons[i];
        }
        var mean = sum / ring.Count;
        var shift = mean >= 180 ? -360 : mean < -180 ? 360 : 0;
        if (shift != 0)
            for (var i = 0; i < lons.Length; i++)
                lons[i] += shift;
        return lons;
    }

    /// <summary>A step along a ring, taken the short way round (what the data means by 179.9° → -179.9°).</summary>
    internal static double Step(double delta) => delta > 180 ? delta - 360 : delta < -180 ? delta + 360 : delta;

    /// <summary>The middle of the arc that holds every point: opposite the widest empty stretch of longitude.</summary>
    private static double CentreOf(IReadOnlyList<(double Lon, double Lat)> points)
    {
        if (points.Count == 0) return 0;
        var lons = points.Select(p => (p.Lon % 360 + 360) % 360).Order().ToList();
        double widestGap = -1, gapEnd = 0;
        for (var i = 0; i < lons.Count; i++)
        {
            var next = i + 1 < lons.Count ? lons[i + 1] : lons[0] + 360;
            if (next - lons[i] > widestGap) { widestGap = next - lons[i]; gapEnd = next; }
        }
        var centre = gapEnd + (360 - widestGap) / 2;
        return EqualEarth.Wrap(centre, 0);
    }

    private static MapFrame Fit(double centre, double minX, double minY, double maxX, double maxY, SKRect area, SKRect? fitInto = null)
    {
        var fit = fitInto ?? area;
        var scale = Math.Min(fit.Width / (maxX - minX), fit.Height / (maxY - minY));
        var middleY = (minY + maxY) / 2;
        // A wide region (Europe with Russia) leaves height to spare: keep it on the Earth, not above the pole.
        var halfHeight = area.Height / scale / 2;
        var (_, top) = EqualEarth.Project(0, 86);
        var (_, bottom) = EqualEarth.Project(0, -62);
        if (2 * halfHeight < bottom - top)
            middleY = Math.Clamp(middleY, top + halfHeight, bottom - halfHeight);
        var offsetX = area.MidX - (minX + maxX) / 2 * scale;
        var offsetY = area.MidY - middleY * scale;
        return new MapFrame(centre, scale, offsetX, offsetY, area);
    }
}
