/**
 * Text in a PDF that a viewer does not show (pure, over PDF.js's operator list of one page):
 * text drawn in render mode 3 or 7 (neither filled nor stroked), in white fill on a page where
 * nothing coloured was painted before it (so it sits on the white paper), or in a font of at most
 * 2 pt. The text layer (getTextContent) contains all of it like any other text, so the parser
 * marks the blocks that carry such text `hidden` and the quarantine flags them `hidden-text`.
 *
 * A scanned page with an OCR text layer draws exactly such invisible text over its image: on a
 * page that paints an image, invisible render modes are the searchable layer, not hidden text.
 */

/** The PDF.js operator codes this reading needs (`OPS` of pdfjs). */
export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  setTextRenderingMode: number;
  setFillRGBColor: number;
  setFillGray?: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  shadingFill: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** Effective font size in points at or below which text is unreadable. */
const TINY_POINTS = 2;
/** A hidden piece of text shorter than this (letters and digits) is left alone. */
const MIN_CHARS = 3;
/** A single drawing operation's text is matched on its own only from this length (else only its run). */
const MIN_PIECE_CHARS = 8;

interface State {
  ctm: number[];
  fill: string;
  mode: number;
  fontSize: number;
}

const IDENTITY = [1, 0, 0, 1, 0, 0];

function multiply(m: number[], n: number[]): number[] {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

const matrix = (arg: unknown): number[] | undefined => {
  if (!arg || typeof arg !== 'object') return undefined;
  const m = Array.from({ length: 6 }, (_, i) => Number((arg as Record<number, unknown>)[i]));
  return m.every(Number.isFinite) ? m : undefined;
};

/** Text of a show-text operation's glyphs (PDF.js glyph objects carry `unicode`; numbers are spacing). */
function glyphText(arg: unknown): string {
  if (!Array.isArray(arg)) return '';
  let out = '';
  for (const g of arg) {
    if (g && typeof g === 'object' && typeof (g as { unicode?: unknown }).unicode === 'string') out += (g as { unicode: string }).unicode;
    else if (typeof g === 'number' && g < -200) out += ' ';
  }
  return out;
}

/** White or nearly (every channel at least 0xF5): the colour of the paper. */
const isWhite = (hex: string) => /^#[0-9a-f]{6}$/i.test(hex) && [1, 3, 5].every((i) => parseInt(hex.slice(i, i + 2), 16) >= 0xf5);

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * The text a viewer does not show on one page: each maximal run of hidden drawing operations,
 * and each long enough operation of such a run on its own (the block parser may cut a run into
 * lines of different blocks).
 */
export function findHiddenPdfText(ops: OperatorList, OPS: PdfOps): string[] {
  const paints = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const pageHasImage = ops.fnArray.some((f) => paints.has(f));
  const stack: State[] = [];
  let state: State = { ctm: IDENTITY, fill: '#000000', mode: 0, fontSize: 0 };
  let textMatrix = IDENTITY;
  /** Something not white was painted on the page: white text after it may sit on it. */
  let coloured = false;
  const runs: string[][] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  ops.fnArray.forEach((fn, i) => {
    const args = (ops.argsArray[i] ?? []) as unknown[];
    if (fn === OPS.save) stack.push({ ...state });
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(matrix(args) ?? IDENTITY, state.ctm) };
    else if (fn === OPS.beginText) textMatrix = IDENTITY;
    else if (fn === OPS.setTextMatrix) textMatrix = matrix(args[0] ?? args) ?? textMatrix;
    else if (fn === OPS.setFont) state = { ...state, fontSize: Math.abs(Number(args[1]) || 0) };
    else if (fn === OPS.setTextRenderingMode) state = { ...state, mode: Number(args[0]) || 0 };
    else if (fn === OPS.setFillRGBColor && typeof args[0] === 'string') state = { ...state, fill: args[0].toLowerCase() };
    else if (paints.has(fn) || fn === OPS.shadingFill) coloured = true;
    else if (fn === OPS.constructPath || fills.has(fn)) {
      // PDF.js passes the painting operator as the first argument of constructPath.
      const painting = fn === OPS.constructPath ? Number(args[0]) : fn;
      if ((fills.has(painting) || !Number.isFinite(painting)) && !isWhite(state.fill)) coloured = true;
    } else if (shows.has(fn)) {
      const text = glyphText(args[0]);
      if (!text.trim()) return;
      const m = multiply(textMatrix, state.ctm);
      const size = state.fontSize * Math.hypot(m[2], m[3]);
      const invisibleMode = (state.mode === 3 || state.mode === 7) && !pageHasImage;
      const whiteOnPaper = isWhite(state.fill) && !coloured && state.mode !== 1 && state.mode !== 5;
      if (invisibleMode || whiteOnPaper || (size > 0 && size <= TINY_POINTS)) run.push(text);
      else endRun();
    }
  });
  endRun();
  const pieces: string[] = [];
  for (const r of runs) {
    const whole = r.join(' ').replace(/\s+/g, ' ').trim();
    if (letters(whole) >= MIN_CHARS) pieces.push(whole);
    if (r.length > 1) for (const part of r) if (letters(part) >= MIN_PIECE_CHARS) pieces.push(part.trim());
  }
  return pieces;
}

/** Letters and digits only: PDF text layers space words differently from the drawing operations. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
