/**
 * Pixels for OCR without a native canvas: the images a PDF page paints (decoded by PDF.js in
 * JavaScript: JPEG, Flate, CCITT, JBIG2), TIFF pages (utif2), all turned into 8-bit greyscale
 * PGM, a format tesseract reads directly and that costs no compression on the event loop.
 */
import { createRequire } from 'node:module';
import { getResolvedPDFJS } from 'unpdf';

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black. */
  pixels: Uint8Array;
}

/** Images smaller than this (logos, stamps, rules) are not worth recognising. */
const MIN_PIXELS = 150 * 150;

/** Netpbm P5 (binary greyscale). */
export function toPgm(image: GrayImage): Uint8Array {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, image.pixels]);
}

/** RGBA/RGB/grey bytes (or 1 bit per pixel) → greyscale; a negative (mostly dark) image is inverted. */
export function toGray(data: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage | undefined {
  const n = width * height;
  const pixels = new Uint8Array(n);
  const channels = data.length / n;
  if (channels === 4 || channels === 3) {
    for (let i = 0, j = 0; i < n; i++, j += channels) pixels[i] = (data[j] * 299 + data[j + 1] * 587 + data[j + 2] * 114) / 1000;
  } else if (channels === 1) {
    pixels.set(data);
  } else if (data.length === Math.ceil(width / 8) * height) {
    const stride = Math.ceil(width / 8);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = data[y * stride + (x >> 3)] & (0x80 >> (x & 7)) ? 255 : 0;
  } else {
    return undefined;
  }
  let sum = 0;
  for (let i = 0; i < n; i += 97) sum += pixels[i];
  if (sum / Math.ceil(n / 97) < 100) for (let i = 0; i < n; i++) pixels[i] = 255 - pixels[i];
  return { width, height, pixels };
}

interface PdfPageLike {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: { get(key: string, cb: (v: unknown) => void): void };
  commonObjs: { get(key: string, cb: (v: unknown) => void): void };
}

interface PdfImageLike {
  width?: number;
  height?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** The images a PDF page paints, in painting order, large enough to hold text. */
export async function pdfPageImages(page: PdfPageLike): Promise<GrayImage[]> {
  const { OPS } = await getResolvedPDFJS();
  const ops = await page.getOperatorList();
  const out: GrayImage[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    let image: PdfImageLike | undefined;
    if (fn === OPS.paintImageXObject) {
      const key = ops.argsArray[i][0] as string;
      const store = key.startsWith('g_') ? page.commonObjs : page.objs;
      image = await new Promise<PdfImageLike>((resolve) => store.get(key, (v) => resolve(v as PdfImageLike)));
    } else if (fn === OPS.paintInlineImageXObject) {
      image = ops.argsArray[i][0] as PdfImageLike;
    }
    if (!image?.data || !image.width || !image.height || image.width * image.height < MIN_PIXELS) continue;
    const gray = toGray(image.data, image.width, image.height);
    if (gray) out.push(gray);
  }
  return out;
}

interface UtifIfd {
  width: number;
  height: number;
}
type Utif = { decode(b: ArrayBuffer): UtifIfd[]; decodeImage(b: ArrayBuffer, ifd: UtifIfd): void; toRGBA8(ifd: UtifIfd): Uint8Array };

/** Every page of a (multi-page) TIFF, as scanners write them. */
export function tiffPages(bytes: Uint8Array): GrayImage[] {
  const utif = createRequire(import.meta.url)('utif2') as Utif;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const pages: GrayImage[] = [];
  for (const ifd of utif.decode(buffer)) {
    utif.decodeImage(buffer, ifd);
    if (!ifd.width || !ifd.height) continue;
    const gray = toGray(utif.toRGBA8(ifd), ifd.width, ifd.height);
    if (gray) pages.push(gray);
  }
  return pages;
}
