/**
 * Draws the two Teams app icons of the Rathaus-Assistent (a town hall with gable, clock tower,
 * columns and an arched door) and writes them to appPackage/:
 *   color.png   192×192, white town hall on a solid blue square, golden clock
 *   outline.png  32×32,  white town hall on a transparent background (Teams' outline rule)
 * Run: npx tsx scripts/make-icons.ts   (the PNGs are committed; rerun only to change the design)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];
/** A shape in the 192×192 design grid; `ink` draws the mark, `cut` punches the background through. */
type Shape =
  | { kind: 'rect'; x0: number; y0: number; x1: number; y1: number; paint: Paint }
  | { kind: 'tri'; ax: number; ay: number; bx: number; by: number; cx: number; cy: number; paint: Paint }
  | { kind: 'circle'; cx: number; cy: number; r: number; paint: Paint };
type Paint = 'ink' | 'cut' | 'accent';

const GRID = 192;
const BLUE: Rgb = [0x1f, 0x4e, 0x79];
const WHITE: Rgb = [255, 255, 255];
const GOLD: Rgb = [0xf2, 0xb7, 0x05];

/** Painter's order: later shapes cover earlier ones. */
export const TOWN_HALL: Shape[] = [
  // Coordinates are multiples of 6 where possible, so the 32×32 outline stays crisp (192 / 32 = 6).
  // clock tower behind the gable, with a pointed roof and a window slot
  { kind: 'tri', ax: 96, ay: 12, bx: 78, by: 36, cx: 114, cy: 36, paint: 'ink' },
  { kind: 'rect', x0: 84, y0: 36, x1: 108, y1: 60, paint: 'ink' },
  { kind: 'rect', x0: 90, y0: 42, x1: 102, y1: 54, paint: 'cut' },
  // gable (pediment) with the clock
  { kind: 'tri', ax: 96, ay: 48, bx: 28, by: 84, cx: 164, cy: 84, paint: 'ink' },
  { kind: 'circle', cx: 96, cy: 70, r: 8, paint: 'cut' },
  { kind: 'circle', cx: 96, cy: 70, r: 5.5, paint: 'accent' },
  // architrave
  { kind: 'rect', x0: 36, y0: 84, x1: 156, y1: 96, paint: 'ink' },
  // four columns, two each side of the door
  { kind: 'rect', x0: 42, y0: 102, x1: 54, y1: 138, paint: 'ink' },
  { kind: 'rect', x0: 66, y0: 102, x1: 78, y1: 138, paint: 'ink' },
  { kind: 'rect', x0: 114, y0: 102, x1: 126, y1: 138, paint: 'ink' },
  { kind: 'rect', x0: 138, y0: 102, x1: 150, y1: 138, paint: 'ink' },
  // wall with an arched door
  { kind: 'rect', x0: 84, y0: 102, x1: 108, y1: 138, paint: 'ink' },
  { kind: 'rect', x0: 90, y0: 114, x1: 102, y1: 138, paint: 'cut' },
  { kind: 'circle', cx: 96, cy: 114, r: 6, paint: 'cut' },
  // steps
  { kind: 'rect', x0: 36, y0: 138, x1: 156, y1: 144, paint: 'ink' },
  { kind: 'rect', x0: 24, y0: 150, x1: 168, y1: 162, paint: 'ink' },
];

function inside(s: Shape, x: number, y: number): boolean {
  switch (s.kind) {
    case 'rect':
      return x >= s.x0 && x < s.x1 && y >= s.y0 && y < s.y1;
    case 'circle':
      return (x - s.cx) ** 2 + (y - s.cy) ** 2 <= s.r ** 2;
    case 'tri': {
      const d1 = (x - s.bx) * (s.ay - s.by) - (s.ax - s.bx) * (y - s.by);
      const d2 = (x - s.cx) * (s.by - s.cy) - (s.bx - s.cx) * (y - s.cy);
      const d3 = (x - s.ax) * (s.cy - s.ay) - (s.cx - s.ax) * (y - s.ay);
      const neg = d1 < 0 || d2 < 0 || d3 < 0;
      const pos = d1 > 0 || d2 > 0 || d3 > 0;
      return !(neg && pos);
    }
  }
}

/** The paint visible at a design-grid point, or undefined for background. */
function paintAt(x: number, y: number): Paint | undefined {
  let top: Paint | undefined;
  for (const s of TOWN_HALL) if (inside(s, x, y)) top = s.paint;
  return top === 'cut' ? undefined : top;
}

/**
 * Renders the mark with 4×4 supersampling. `outline` mode: white ink with coverage as alpha on a
 * transparent background (the accent counts as a hole, so only white pixels remain).
 */
export function renderIcon(size: number, mode: 'color' | 'outline'): PNG {
  const png = new PNG({ width: size, height: size });
  const ss = 4;
  const scale = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, ink = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const paint = paintAt((px + (sx + 0.5) / ss) * scale, (py + (sy + 0.5) / ss) * scale);
          const c = paint === 'ink' ? WHITE : paint === 'accent' ? GOLD : BLUE;
          r += c[0]; g += c[1]; b += c[2];
          if (paint === 'ink') ink++;
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      if (mode === 'color') {
        png.data[i] = Math.round(r / n); png.data[i + 1] = Math.round(g / n); png.data[i + 2] = Math.round(b / n); png.data[i + 3] = 255;
      } else {
        png.data[i] = 255; png.data[i + 1] = 255; png.data[i + 2] = 255; png.data[i + 3] = Math.round((255 * ink) / n);
      }
    }
  }
  return png;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'appPackage');
  writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(renderIcon(192, 'color')));
  writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(renderIcon(32, 'outline')));
  process.stdout.write(`Symbole geschrieben: ${dir}/color.png, ${dir}/outline.png\n`);
}
