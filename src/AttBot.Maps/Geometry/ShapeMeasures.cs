namespace AttBot.Maps.Geometry;

/// <summary>Where a shape's label or marker goes, and which of its rings count when a regional map is framed.</summary>
public static class ShapeMeasures
{
    /// <summary>
    /// A point inside the shape's largest ring, near its centre: the middle of the widest stretch of land along the
    /// centroid's parallel. The centroid itself can fall outside a curved country (Viet Nam's lies in Laos).
    /// </summary>
    public static (double Lon, double Lat) LabelPoint(Shape shape)
    {
        var ring = Largest(shape);
        var (lon0, lat) = Centroid(ring);
        var crossings = new List<double>();
        double prevX = 0;
        for (var i = 1; i < ring.Count; i++)
        {
            var x = prevX + Step(ring.Lon[i] - ring.Lon[i - 1]);
            double y0 = ring.Lat[i - 1], y1 = ring.Lat[i];
            if ((y0 <= lat) != (y1 <= lat))
                crossings.Add(prevX + (lat - y0) / (y1 - y0) * (x - prevX));
            prevX = x;
        }
        crossings.Sort();
        double best = -1, middle = 0;
        for (var i = 0; i + 1 < crossings.Count; i += 2)
            if (crossings[i + 1] - crossings[i] > best)
            {
                best = crossings[i + 1] - crossings[i];
                middle = (crossings[i] + crossings[i + 1]) / 2;
            }
        return best < 0 ? (lon0, lat) : (EqualEarth.Wrap(ring.Lon[0] + middle, 0), lat);
    }

    /// <summary>
    /// The rings near the main one. Overseas parts far away (French Guiana for France, Hawaii and Alaska for the
    /// United States) would otherwise stretch a regional map across an ocean. Small island states keep every ring.
    /// </summary>
    public static IEnumerable<Ring> MainRings(Shape shape)
    {
        var main = Largest(shape);
        if (Math.Abs(Area(main)) < 2)
            return shape.Rings;
        var (lon0, lat0) = Centroid(main);
        var cos = Math.Cos(lat0 * Math.PI / 180);
        return shape.Rings.Where(r =>
        {
            var (lon, lat) = Centroid(r);
            var dLon = Math.Abs(lon - lon0) % 360;
            dLon = Math.Min(dLon, 360 - dLon) * cos;
            return Math.Sqrt(dLon * dLon + (lat - lat0) * (lat - lat0)) <= 30;
        });
    }

    /// <summary>The mainland, or the main island.</summary>
    public static Ring LargestRing(Shape shape) => Largest(shape);

    private static Ring Largest(Shape shape) => shape.Rings.MaxBy(r => Math.Abs(Area(r)))!;

    /// <summary>Area in square degrees (signed), the longitudes taken continuously across the antimeridian.</summary>
    internal static double Area(Ring ring)
    {
        double sum = 0, prevX = 0, prevY = ring.Lat[0];
        for (var i = 1; i < ring.Count; i++)
        {
            var x = prevX + Step(ring.Lon[i] - ring.Lon[i - 1]);
            sum += prevX * ring.Lat[i] - x * prevY;
            prevX = x;
            prevY = ring.Lat[i];
        }
        return sum / 2;
    }

    internal static (double Lon, double Lat) Centroid(Ring ring)
    {
        double area = 0, cx = 0, cy = 0, prevX = 0, prevY = ring.Lat[0];
        for (var i = 1; i < ring.Count; i++)
        {
            var x = prevX + Step(ring.Lon[i] - ring.Lon[i - 1]);
            var cross = prevX * ring.Lat[i] - x * prevY;
            area += cross;
            cx += (prevX + x) * cross;
            cy += (prevY + ring.Lat[i]) * cross;
            prevX = x;
            prevY = ring.Lat[i];
        }
        if (Math.Abs(area) < 1e-9)
            return (ring.Lon[0], ring.Lat[0]);
        var lon = ring.Lon[0] + cx / (3 * area);
        return (EqualEarth.Wrap(lon, 0), cy / (3 * area));
    }

    private static double Step(double delta) => delta > 180 ? delta - 360 : delta < -180 ? delta + 360 : delta;
}
