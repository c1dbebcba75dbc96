// Draws Lede's toolbar icon (a blue tile with a headline bar over two text lines) as PNGs at 16/32/48/128 px.
// Crisp at every size: the bars' edges are snapped to whole pixels of each size, so a 16 px icon has no blurred rows.
// One icon for light and dark toolbars: the tile's blue has at least 3:1 contrast against both a light (#f9f9fb)
// and a dark (#2b2a33) toolbar, and the white bars 3.9:1 against the tile.
// Pure Node (zlib for the PNG's deflate stream), so the committed icons can be regenerated anywhere:
//   node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const TILE = [0x35, 0x84, 0xe4];
const INK = [0xff, 0xff, 0xff];
// Shapes in unit coordinates (0..1): the tile's corner radius, then the bars as [x0, y0, x1, y1].
const RADIUS = 0.2;
const BARS = [
  [0.2, 0.22, 0.8, 0.4],
  [0.2, 0.53, 0.8, 0.63],
  [0.2, 0.72, 0.6, 0.82],
];
// Samples per pixel side: 8 × 8 gives smooth edges at 128 px and clean ones at 16 px.
const SS = 8;

function insideTile(x, y) {
  const cx = Math.min(Math.max(x, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 1 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

// The bars in unit coordinates, their edges moved to the nearest pixel boundary of this size.
function snappedBars(size) {
  return BARS.map((bar) => bar.map((v) => Math.round(v * size) / size));
}

function insideBar(bars, x, y) {
  return bars.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const bars = snappedBars(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0, ink = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size, y = (py + (sy + 0.5) / SS) / size;
          if (!insideTile(x, y)) continue;
          tile++;
          if (insideBar(bars, x, y)) ink++;
        }
      }
      const alpha = tile / (SS * SS);
      const inkShare = tile === 0 ? 0 : ink / tile;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(TILE[c] * (1 - inkShare) + INK[c] * inkShare);
      rgba[i + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // 8 bits per channel, colour type 6 (RGBA), default compression, filter and no interlace.
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('icons', { recursive: true });
for (const size of SIZES) {
  writeFileSync(`icons/icon-${size}.png`, drawIcon(size));
  console.log(`icons/icon-${size}.png`);
}
