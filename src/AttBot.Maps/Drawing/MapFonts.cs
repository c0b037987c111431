using AttBot.Maps.Geometry;
using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>
/// Inter (SIL Open Font License 1.1, Fonts/LICENSE), embedded: the server may have no fonts at all, and the map must
/// read the same everywhere.
/// </summary>
internal static class MapFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("AttBot.Maps.font-regular.woff"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("AttBot.Maps.font-bold.woff"));

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    private static SKTypeface Load(string resource)
    {
        using var stream = WorldGeometry.OpenResource(resource);
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {resource} could not be read.");
    }
}
