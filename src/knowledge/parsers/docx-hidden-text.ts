/**
 * Text in a DOCX that Word does not show a reader (pure, over the parsed XML): runs marked as
 * hidden (`w:vanish`), runs whose colour is the background they sit on (white on the default
 * white page, or the paragraph's/run's shading or the page background colour), and runs in a
 * font too small to read (at most 2 pt). Mammoth puts all of it into the text like any other
 * run, so a planted instruction in white 1-pt letters would be indexed as ordinary content; the
 * parser marks the blocks that carry such text and the quarantine flags them `hidden-text`.
 * Direct formatting and character/paragraph styles (with their `basedOn` chain) are followed.
 */
import type { Element } from 'domhandler';
import { children, findAll, findFirst } from './xml.js';

/** Half-points (w:sz); 4 = 2 pt. Body text is 20–24, footnote marks rarely below 12. */
const TINY_HALF_POINTS = 4;
/** Hidden text shorter than this (letters and digits) is left alone: a stray space or full stop in white. */
const MIN_CHARS = 3;

interface RunProps {
  vanish?: boolean;
  color?: string;
  sizeHalfPoints?: number;
  fill?: string;
}

const attr = (el: Element | undefined, name: string): string | undefined => el?.attribs[`w:${name}`];

/** An on/off property (`<w:vanish/>`, `<w:vanish w:val="0"/>`). */
function onOff(el: Element | undefined): boolean | undefined {
  if (!el) return undefined;
  const val = attr(el, 'val');
  return val === undefined || !['0', 'false', 'off'].includes(val.toLowerCase());
}

function normColour(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim().toUpperCase();
  if (v === 'AUTO') return undefined;
  if (v === 'WHITE') return 'FFFFFF';
  return /^[0-9A-F]{6}$/.test(v) ? v : undefined;
}

function propsOf(rPr: Element | undefined): RunProps {
  if (!rPr) return {};
  const size = Number(attr(findFirst(rPr, 'w:sz'), 'val'));
  const props: RunProps = {};
  const vanish = onOff(children(rPr, 'w:vanish')[0]) ?? onOff(children(rPr, 'w:specVanish')[0]);
  if (vanish !== undefined) props.vanish = vanish;
  const color = normColour(attr(children(rPr, 'w:color')[0], 'val'));
  if (color) props.color = color;
  if (Number.isFinite(size) && size > 0) props.sizeHalfPoints = size;
  const fill = normColour(attr(children(rPr, 'w:shd')[0], 'fill')) ?? normColour(attr(children(rPr, 'w:highlight')[0], 'val'));
  if (fill) props.fill = fill;
  return props;
}

/** Run properties per style id, with `basedOn` resolved (character and paragraph styles). */
function styleProps(styles: Element | undefined): Map<string, RunProps> {
  const raw = new Map<string, { based?: string; props: RunProps; fill?: string }>();
  for (const style of styles ? findAll(styles, 'w:style') : []) {
    const id = attr(style, 'styleId');
    if (!id) continue;
    const pPr = children(style, 'w:pPr')[0];
    const paragraphFill = normColour(attr(pPr ? children(pPr, 'w:shd')[0] : undefined, 'fill'));
    raw.set(id, { based: attr(children(style, 'w:basedOn')[0], 'val'), props: propsOf(children(style, 'w:rPr')[0]), fill: paragraphFill });
  }
  const resolved = new Map<string, RunProps>();
  const resolve = (id: string, depth = 0): RunProps => {
    const done = resolved.get(id);
    if (done) return done;
    const entry = raw.get(id);
    if (!entry || depth > 20) return {};
    const props = { ...(entry.based ? resolve(entry.based, depth + 1) : {}), ...(entry.fill ? { fill: entry.fill } : {}), ...entry.props };
    resolved.set(id, props);
    return props;
  };
  for (const id of raw.keys()) resolve(id);
  return resolved;
}

function runText(run: Element): string {
  let text = '';
  for (const c of children(run)) {
    if (c.name === 'w:t') text += c.children.map((n) => ('data' in n ? String(n.data) : '')).join('');
    else if (c.name === 'w:tab') text += ' ';
  }
  return text;
}

/**
 * The hidden text of a document, one string per paragraph that has some (in reading order).
 * @param document the parsed `word/document.xml`
 * @param styles the parsed `word/styles.xml`, if the file has one
 */
export function findHiddenText(document: Element, styles?: Element): string[] {
  const byStyle = styleProps(styles);
  const defaults = styles ? propsOf(findFirst(findFirst(styles, 'w:rPrDefault') ?? styles, 'w:rPr')) : {};
  const page = normColour(attr(findFirst(document, 'w:background'), 'color')) ?? 'FFFFFF';
  const out: string[] = [];
  for (const paragraph of findAll(document, 'w:p')) {
    const pPr = children(paragraph, 'w:pPr')[0];
    const pStyle = byStyle.get(attr(pPr ? children(pPr, 'w:pStyle')[0] : undefined, 'val') ?? 'Normal') ?? {};
    const pFill = normColour(attr(pPr ? children(pPr, 'w:shd')[0] : undefined, 'fill')) ?? pStyle.fill;
    let hidden = '';
    for (const run of findAll(paragraph, 'w:r')) {
      const rPr = children(run, 'w:rPr')[0];
      const rStyle = byStyle.get(attr(rPr ? children(rPr, 'w:rStyle')[0] : undefined, 'val') ?? '') ?? {};
      const p: RunProps = { ...defaults, ...pStyle, fill: undefined, ...rStyle, ...propsOf(rPr) };
      const background = p.fill ?? pFill ?? page;
      const invisible = p.vanish === true || (p.color !== undefined && p.color === background) || (p.sizeHalfPoints !== undefined && p.sizeHalfPoints <= TINY_HALF_POINTS);
      if (invisible) hidden += runText(run);
      else if (hidden && !hidden.endsWith(' ')) hidden += ' ';
    }
    const clean = hidden.replace(/\s+/g, ' ').trim();
    if ((clean.match(/[\p{L}\p{N}]/gu) ?? []).length >= MIN_CHARS) out.push(clean);
  }
  return out;
}
