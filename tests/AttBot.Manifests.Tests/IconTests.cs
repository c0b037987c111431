namespace AttBot.Manifests.Tests;

public class IconTests
{
    private static string ColorIcon => Path.Combine(TestPaths.TeamsManifestFolder, "color.png");

    private static string OutlineIcon => Path.Combine(TestPaths.TeamsManifestFolder, "outline.png");

    [Fact]
    public void Color_icon_is_a_192_by_192_png()
    {
        var png = Png.Read(ColorIcon);

        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public void Color_icon_is_in_full_colour_not_a_blank_square()
    {
        var pixels = Png.Read(ColorIcon).DecodeRgba();
        var colours = Enumerable.Range(0, pixels.Length / 4)
            .Select(i => (pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2]))
            .Distinct()
            .Count();

        Assert.True(colours >= 3, $"color.png has only {colours} colours.");
    }

    [Fact]
    public void Outline_icon_is_a_32_by_32_png()
    {
        var png = Png.Read(OutlineIcon);

        Assert.Equal((32, 32), (png.Width, png.Height));
    }

    [Fact]
    public void Outline_icon_has_an_alpha_channel()
    {
        var png = Png.Read(OutlineIcon);

        Assert.Equal(Png.ColorTypeRgba, png.ColorType);
        Assert.Equal(8, png.BitDepth);
    }

    [Fact]
    public void Outline_icon_is_only_white_on_a_transparent_background()
    {
        var png = Png.Read(OutlineIcon);
        var pixels = png.DecodeRgba();
        int transparent = 0, opaque = 0;
        for (int i = 0; i < pixels.Length; i += 4)
        {
            byte r = pixels[i], g = pixels[i + 1], b = pixels[i + 2], a = pixels[i + 3];
            Assert.True(a == 0 || (r, g, b) == (255, 255, 255),
                $"outline.png pixel ({i / 4 % png.Width}, {i / 4 / png.Width}) is ({r}, {g}, {b}, alpha {a}), neither white nor transparent.");
            transparent += a == 0 ? 1 : 0;
            opaque += a == 255 ? 1 : 0;
        }

        Assert.Equal(0, pixels[3]); // the corner is background
        Assert.True(transparent >= pixels.Length / 4 / 4, $"only {transparent} transparent pixels: the background must be transparent.");
        Assert.True(opaque >= 32, $"only {opaque} fully white pixels: the emblem would hardly show.");
    }
}
