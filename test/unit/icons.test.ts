import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

/** RGBA pixels of a PNG written by scripts/make-icons.mjs (8-bit RGBA, filter 0 on every row). */
function pixels(path: string): { size: number; rgba: Buffer } {
  const png = readFileSync(path);
  const size = png.readUInt32BE(16);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    expect(raw[y * (size * 4 + 1)], 'row filter').toBe(0);
    raw.copy(rgba, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  }
  return { size, rgba };
}

// Relative luminance (WCAG 2) of an sRGB colour.
const luminance = ([r, g, b]: number[]) => {
  const [R, G, B] = [r!, g!, b!].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
};
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each([16, 32, 48, 128])('the %s px icon', (size) => {
  const { rgba } = pixels(`icons/icon-${size}.png`);
  const at = (x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
  const tile = at(Math.floor(size / 2), Math.floor(size * 0.47)).slice(0, 3);

  test('is crisp: inside the tile every pixel is pure tile or pure ink, no blurred rows or columns', () => {
    const blurred: string[] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [r, g, b, a] = at(x, y);
        if (a !== 255) continue;
        const ink = r === 255 && g === 255 && b === 255;
        if (!ink && (r !== tile[0] || g !== tile[1] || b !== tile[2])) blurred.push(`${x},${y}`);
      }
    }
    expect(blurred).toEqual([]);
  });

  test('reads on light and dark toolbars (tile ≥ 3:1 against both, ink ≥ 3:1 on the tile)', () => {
    expect(contrast(tile, [0xf9, 0xf9, 0xfb])).toBeGreaterThanOrEqual(3);
    expect(contrast(tile, [0x2b, 0x2a, 0x33])).toBeGreaterThanOrEqual(3);
    expect(contrast(tile, [255, 255, 255])).toBeGreaterThanOrEqual(3);
  });
});
