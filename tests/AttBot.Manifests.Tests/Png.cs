using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AttBot.Manifests.Tests;

/// <summary>
/// Just enough of a PNG decoder for the icon checks: IHDR, and the pixels of 8-bit, non-interlaced
/// RGB (colour type 2) or RGBA (colour type 6) images, with all five row filters.
/// </summary>
internal sealed record Png(int Width, int Height, byte BitDepth, byte ColorType, byte Interlace, byte[] Idat)
{
    public const byte ColorTypeRgb = 2;
    public const byte ColorTypeRgba = 6;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public bool HasAlpha => ColorType == ColorTypeRgba;

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(Signature), $"{path} does not start with the PNG signature.");

        int pos = Signature.Length;
        Png? header = null;
        using var idat = new MemoryStream();
        while (pos + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(pos));
            var type = Encoding.ASCII.GetString(bytes, pos + 4, 4);
            var data = bytes.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                header = new Png(
                    BinaryPrimitives.ReadInt32BigEndian(data),
                    BinaryPrimitives.ReadInt32BigEndian(data[4..]),
                    data[8], data[9], data[12], []);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }

            pos += 12 + length;
        }

        Assert.NotNull(header);
        return header with { Idat = idat.ToArray() };
    }

    /// <summary>Pixels as RGBA, row by row; an RGB image reads as opaque.</summary>
    public byte[] DecodeRgba()
    {
        Assert.True(BitDepth == 8, $"Only 8-bit PNGs are decoded here, this one has bit depth {BitDepth}.");
        Assert.True(Interlace == 0, "Only non-interlaced PNGs are decoded here.");
        Assert.True(ColorType is ColorTypeRgb or ColorTypeRgba, $"Only RGB/RGBA PNGs are decoded here, colour type {ColorType}.");

        int bpp = HasAlpha ? 4 : 3;
        int stride = Width * bpp;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(Idat), CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        Assert.Equal(Height * (stride + 1), raw.Length);

        var current = new byte[stride];
        var previous = new byte[stride];
        var rgba = new byte[Width * Height * 4];
        for (int y = 0; y < Height; y++)
        {
            int rowStart = y * (stride + 1);
            byte filter = raw[rowStart];
            for (int i = 0; i < stride; i++)
            {
                int a = i >= bpp ? current[i - bpp] : 0;
                int b = previous[i];
                int c = i >= bpp ? previous[i - bpp] : 0;
                int x = raw[rowStart + 1 + i];
                current[i] = (byte)(filter switch
                {
                    0 => x,
                    1 => x + a,
                    2 => x + b,
                    3 => x + ((a + b) >> 1),
                    4 => x + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG row {y} has unknown filter {filter}."),
                });
            }

            for (int px = 0; px < Width; px++)
            {
                int o = (y * Width + px) * 4;
                rgba[o] = current[px * bpp];
                rgba[o + 1] = current[px * bpp + 1];
                rgba[o + 2] = current[px * bpp + 2];
                rgba[o + 3] = HasAlpha ? current[px * bpp + 3] : (byte)255;
            }

            (previous, current) = (current, previous);
        }

        return rgba;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
