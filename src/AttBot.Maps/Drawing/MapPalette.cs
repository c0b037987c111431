using AttBot.Domain.Treaty;
using SkiaSharp;

namespace AttBot.Maps.Drawing;

/// <summary>
/// Colours from the Okabe-Ito palette, which readers with any common colour-vision deficiency tell apart: an ordered
/// scale from party (blue) to signatory (sky blue) to neither (orange), and greys for what is not in focus.
/// </summary>
public static class MapPalette
{
    public static readonly SKColor Party = new(0x00, 0x72, 0xB2);
    public static readonly SKColor Signatory = new(0x56, 0xB4, 0xE9);
    public static readonly SKColor Neither = new(0xE6, 0x9F, 0x00);
    /// <summary>States of the table outside the region shown.</summary>
    public static readonly SKColor OtherState = new(0xD4, 0xD4, 0xD4);
    /// <summary>Territories that are not states of the table (Greenland, Western Sahara…).</summary>
    public static readonly SKColor Territory = new(0xE6, 0xE6, 0xE6);
    public static readonly SKColor Water = new(0xF2, 0xF7, 0xFB);
    public static readonly SKColor Border = SKColors.White;
    public static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    public static readonly SKColor Muted = new(0x5A, 0x5A, 0x5A);
    public static readonly SKColor Planned = new(0x11, 0x11, 0x11);

    public static SKColor Of(TreatyStatus status) => status switch
    {
        TreatyStatus.Party => Party,
        TreatyStatus.Signatory => Signatory,
        _ => Neither,
    };
}
