import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const dir = path.join(import.meta.dirname, '..', '..', 'appPackage');
const read = (name: string) => PNG.sync.read(readFileSync(path.join(dir, name)));

describe('app icons', () => {
  it('color.png is 192×192, fully opaque and has colour (not a grey or blank square)', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    let chroma = 0;
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) {
      expect(png.data[i + 3]).toBe(255);
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) chroma++;
      colours.add((r << 16) | (g << 8) | b);
    }
    expect(chroma).toBeGreaterThan(192 * 192 * 0.3);
    // a mark is drawn on the background: white pixels exist and are a real share of the icon
    let white = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 255 && png.data[i + 1] === 255 && png.data[i + 2] === 255) white++;
    expect(white).toBeGreaterThan(192 * 192 * 0.1);
    expect(white).toBeLessThan(192 * 192 * 0.6);
    expect(colours.size).toBeGreaterThan(3);
  });

  it('outline.png is 32×32, white on a transparent background', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3] === 0) continue;
      expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
      if (png.data[i + 3] === 255) opaque++;
    }
    // corners are background, and there is a visible mark
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]]) expect(png.data[(y * 32 + x) * 4 + 3]).toBe(0);
    expect(opaque).toBeGreaterThan(100);
    expect(opaque).toBeLessThan(32 * 32 * 0.7);
  });

  it('the committed icons are what scripts/make-icons.ts draws', async () => {
    const { renderIcon } = await import('../../scripts/make-icons.js');
    expect(PNG.sync.write(renderIcon(192, 'color')).equals(PNG.sync.write(read('color.png')))).toBe(true);
    expect(Buffer.compare(renderIcon(32, 'outline').data, read('outline.png').data)).toBe(0);
  });
});
