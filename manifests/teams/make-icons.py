#!/usr/bin/env python3
"""Draws the Teams icons of AttBot with the standard library only (no Pillow, no ImageMagick).

    python3 manifests/teams/make-icons.py

writes, next to this script:
  color.png    192x192, opaque RGB: a white globe on the accent blue (#1B4F8A) with "ATT" across it
  outline.png  32x32, RGBA: the same globe in white on a transparent background

Shapes are sampled SS x SS times per pixel and averaged, so edges are anti-aliased. Every pixel of
outline.png is white (255, 255, 255); only its alpha varies, as Teams asks of an outline icon.
The output is deterministic: running the script again gives the same bytes.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SS = 4  # subsamples per pixel along each axis

ACCENT = (0x1B, 0x4F, 0x8A)
WHITE = (255, 255, 255)
GRID = (0x8F, 0xB8, 0xE3)  # meridians and parallels on the colour icon


# ---- shapes: predicates on (x, y) in pixel units, origin top left ------------------------------

def ring(cx, cy, r, width):
    inner, outer = (r - width / 2) ** 2, (r + width / 2) ** 2
    return lambda x, y: inner <= (x - cx) ** 2 + (y - cy) ** 2 <= outer


def disc(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def ellipse_ring(cx, cy, rx, ry, width):
    """Outline of an ellipse, `width` thick measured (approximately) along the normal."""
    def inside(x, y):
        dx, dy = x - cx, y - cy
        d = math.hypot(dx / rx, dy / ry)
        if d == 0:
            return False
        # distance to the ellipse along the ray, scaled back to pixels
        scale = math.hypot(dx, dy) / d
        return abs(d - 1) * scale <= width / 2
    return inside


def rect(x0, y0, x1, y1):
    return lambda x, y: x0 <= x <= x1 and y0 <= y <= y1


def polygon(points):
    """Even-odd point in polygon."""
    def inside(x, y):
        hit = False
        n = len(points)
        for i in range(n):
            (ax, ay), (bx, by) = points[i], points[(i + 1) % n]
            if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                hit = not hit
        return hit
    return inside


def both(a, b):
    return lambda x, y: a(x, y) and b(x, y)


def letter_a(x0, top, width, height, stroke):
    cx, bottom = x0 + width / 2, top + height
    left_leg = polygon([(cx - stroke / 2, top), (cx + stroke / 2, top), (x0 + stroke, bottom), (x0, bottom)])
    right_leg = polygon([(cx - stroke / 2, top), (cx + stroke / 2, top), (x0 + width, bottom), (x0 + width - stroke, bottom)])
    bar_top = top + height * 0.58
    bar = rect(x0 + stroke * 0.5, bar_top, x0 + width - stroke * 0.5, bar_top + stroke * 0.8)
    outer = polygon([(cx - stroke / 2, top), (cx + stroke / 2, top), (x0 + width, bottom), (x0, bottom)])
    return lambda x, y: left_leg(x, y) or right_leg(x, y) or (bar(x, y) and outer(x, y))


def letter_t(x0, top, width, height, stroke):
    cx = x0 + width / 2
    bar = rect(x0, top, x0 + width, top + stroke)
    stem = rect(cx - stroke / 2, top, cx + stroke / 2, top + height)
    return lambda x, y: bar(x, y) or stem(x, y)


def globe_layers(cx, cy, r, rim, line, grid_colour, rim_colour, parallels=True):
    """Layers (colour, predicate) for a globe: rim, meridians and (optionally) parallels clipped to the disc."""
    inside = disc(cx, cy, r - rim / 2)
    grid = [
        ellipse_ring(cx, cy, r * 0.45, r, line),
        rect(cx - line / 2, cy - r, cx + line / 2, cy + r),
        rect(cx - r, cy - line / 2, cx + r, cy + line / 2),
    ]
    for k in (-0.55, 0.55) if parallels else ():  # two parallels, shorter where the sphere narrows
        y = cy + k * r
        half = math.sqrt(r * r - (k * r) ** 2)
        grid.append(rect(cx - half, y - line / 2, cx + half, y + line / 2))
    layers = [(grid_colour, both(inside, g)) for g in grid]
    layers.append((rim_colour, ring(cx, cy, r, rim)))
    return layers


# ---- rendering -----------------------------------------------------------------------------------

def render(size, background, layers):
    """Returns rows of (r, g, b, a) with a painted over `background` (None = transparent)."""
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    x, y = px + (sx + 0.5) / SS, py + (sy + 0.5) / SS
                    colour = background
                    for c, shape in layers:
                        if shape(x, y):
                            colour = c
                    if colour is not None:
                        acc[0] += colour[0]
                        acc[1] += colour[1]
                        acc[2] += colour[2]
                        acc[3] += 1
            n = SS * SS
            covered = acc[3]
            if covered == 0:
                row.append((255, 255, 255, 0))
            else:
                row.append((round(acc[0] / covered), round(acc[1] / covered), round(acc[2] / covered),
                            round(255 * covered / n)))
        rows.append(row)
    return rows


def write_png(path, rows, alpha):
    size = len(rows)
    colour_type = 6 if alpha else 2
    raw = bytearray()
    for row in rows:
        raw.append(0)  # filter: none
        for r, g, b, a in row:
            raw += bytes((r, g, b, a) if alpha else (r, g, b))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, colour_type, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def colour_icon():
    # Teams crops the colour icon in some places: the symbol stays in the central ~96x96 "safe region"
    # on a full-bleed solid background.
    size, c = 192, 96
    layers = globe_layers(c, c, 47, 6, 2.5, GRID, WHITE)
    # a band of the background across the globe, carrying the letters
    layers.append((ACCENT, rect(c - 54, c - 18, c + 54, c + 18)))
    top, height, stroke = c - 14, 28, 7.5
    layers.append((WHITE, letter_a(c - 43, top, 31, height, stroke)))
    layers.append((WHITE, letter_t(c - 9, top, 24, height, stroke)))
    layers.append((WHITE, letter_t(c + 19, top, 24, height, stroke)))
    return render(size, ACCENT, layers)


def outline_icon():
    # whole-pixel strokes centred on pixel edges keep the small icon crisp; no parallels at this size
    return render(32, None, globe_layers(16, 16, 14, 2, 2, WHITE, WHITE, parallels=False))


if __name__ == "__main__":
    write_png(os.path.join(HERE, "color.png"), colour_icon(), alpha=False)
    write_png(os.path.join(HERE, "outline.png"), outline_icon(), alpha=True)
    print("wrote color.png (192x192) and outline.png (32x32) in", HERE)
