/**
 * Text in an HTML page or mail that a browser does not show a reader (pure, over the parsed
 * DOM): elements with the `hidden` attribute, `display:none`, `visibility:hidden`, `opacity:0`,
 * a collapsed box (`height:0` / `max-height:0` with `overflow:hidden`), a font too small to read
 * (at most 2 px / 1.5 pt), text in the colour of its background (white or transparent on the
 * default white page, or on an ancestor's `background-color` / `bgcolor`), and boxes moved off
 * the screen (`left:-9999px`, `text-indent:-9999px`). Inline `style` attributes, `<font color>`
 * and the rules of the page's own `<style>` sheets (matched with css-select, in order; inline
 * style wins) are followed; external style sheets are not loaded.
 *
 * The clip pattern of screen-reader-only text (`clip: rect(0 0 0 0)`, 1 px box) is left alone:
 * it is the usual way to give links and icons an accessible label, not a way to plant text.
 * The parser marks blocks with such text `hidden`; the quarantine flags them `hidden-text`.
 */
import { selectAll } from 'css-select';
import { type AnyNode, type Document, type Element, type Text, isTag, isText } from 'domhandler';
import postcss, { type Declaration, type Root } from 'postcss';

/** CSS properties that can hide text; every other declaration is ignored. */
const RELEVANT = new Set(['display', 'visibility', 'opacity', 'font-size', 'font', 'color', 'background', 'background-color', 'background-image', 'position', 'left', 'top', 'right', 'bottom', 'margin-left', 'margin-top', 'text-indent', 'height', 'max-height', 'width', 'max-width', 'overflow']);
/** Rules applied from one page's style sheets at most (a page is data; its CSS must not cost minutes). */
const MAX_RULES = 2000;
/** An offset beyond this many pixels to the left or top puts the box off any screen. */
const OFF_SCREEN_PX = -500;
/** Colours closer than this (sum of channel differences) read as the same colour. */
const SAME_COLOUR = 24;

type Styles = Map<string, string>;

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const NAMED: Record<string, Rgba> = {
  white: { r: 255, g: 255, b: 255, a: 1 },
  snow: { r: 255, g: 250, b: 250, a: 1 },
  ivory: { r: 255, g: 255, b: 240, a: 1 },
  whitesmoke: { r: 245, g: 245, b: 245, a: 1 },
  black: { r: 0, g: 0, b: 0, a: 1 },
  silver: { r: 192, g: 192, b: 192, a: 1 },
  gray: { r: 128, g: 128, b: 128, a: 1 },
  grey: { r: 128, g: 128, b: 128, a: 1 },
  red: { r: 255, g: 0, b: 0, a: 1 },
  green: { r: 0, g: 128, b: 0, a: 1 },
  blue: { r: 0, g: 0, b: 255, a: 1 },
  navy: { r: 0, g: 0, b: 128, a: 1 },
  yellow: { r: 255, g: 255, b: 0, a: 1 },
  transparent: { r: 0, g: 0, b: 0, a: 0 },
};

const WHITE = NAMED.white;

/** A CSS colour value (named, #rgb[a], #rrggbb[aa], rgb[a](), hsl[a]()); undefined when not understood. */
export function parseColour(value: string): Rgba | undefined {
  const v = value.trim().toLowerCase().replace(/\s*!important$/, '');
  if (NAMED[v]) return NAMED[v];
  const hex = /^#([0-9a-f]{3,8})$/.exec(v)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(v);
  if (!fn) return undefined;
  const parts = fn[2].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  if (fn[1].startsWith('rgb')) {
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
    const [r, g, b] = parts.slice(0, 3).map(channel);
    return [r, g, b, alpha].every(Number.isFinite) ? { r, g, b, a: alpha } : undefined;
  }
  // hsl(): lightness 100 % is white whatever the hue; otherwise a rough conversion is enough here.
  const [h, s, l] = [parseFloat(parts[0]), parseFloat(parts[1]) / 100, parseFloat(parts[2]) / 100];
  if (![h, s, l, alpha].every(Number.isFinite)) return undefined;
  const k = (n: number) => (n + h / 30) % 12;
  const f = (n: number) => 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return { r: f(0), g: f(8), b: f(4), a: alpha };
}

function sameColour(a: Rgba, b: Rgba): boolean {
  return Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) <= SAME_COLOUR;
}

/** A length in px (px, pt, em/rem against 16 px, %) or undefined. */
function lengthPx(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(-?\d*\.?\d+)(px|pt|em|rem|%|vw|vh)?$/.exec(value.trim().toLowerCase().replace(/\s*!important$/, ''));
  if (!m) return undefined;
  const n = parseFloat(m[1]);
  switch (m[2]) {
    case undefined:
      return n === 0 ? 0 : undefined;
    case 'pt':
      return (n * 4) / 3;
    case 'em':
    case 'rem':
    case '%':
      return m[2] === '%' ? (n / 100) * 16 : n * 16;
    default:
      return n;
  }
}

function declarations(root: Root | { nodes: postcss.ChildNode[] }, into: Styles): void {
  for (const node of root.nodes) if (node.type === 'decl' && RELEVANT.has((node as Declaration).prop.toLowerCase())) into.set((node as Declaration).prop.toLowerCase(), (node as Declaration).value.trim().toLowerCase());
}

function inlineStyle(el: Element): Styles {
  const styles: Styles = new Map();
  const style = el.attribs.style;
  if (style && /[a-z]/i.test(style)) {
    try {
      declarations(postcss.parse(style), styles);
    } catch {
      // An unreadable style attribute hides nothing a browser would hide either (it ignores it).
    }
  }
  return styles;
}

/** Relevant declarations per element from the page's own `<style>` elements, in document order. */
function sheetStyles(dom: Document): Map<Element, Styles> {
  const out = new Map<Element, Styles>();
  let applied = 0;
  for (const styleEl of selectAll('style', dom)) {
    const css = styleEl.children.map((c) => (isText(c) ? c.data : '')).join('');
    let root: Root;
    try {
      root = postcss.parse(css);
    } catch {
      continue;
    }
    root.each((node) => {
      // Only rules that apply on screen: top level and @media screen/all (not print).
      const rules = node.type === 'rule' ? [node] : node.type === 'atrule' && node.name.toLowerCase() === 'media' && !/print|speech/i.test(node.params) ? (node.nodes ?? []).filter((n) => n.type === 'rule') : [];
      for (const rule of rules) {
        if (applied >= MAX_RULES) return false;
        const decls: Styles = new Map();
        declarations(rule, decls);
        if (!decls.size) continue;
        for (const selector of rule.selectors) {
          // Dynamic states and pseudo-elements say nothing about what is shown when the page opens.
          if (/:(hover|focus|active|visited|target|checked|before|after|focus-within|focus-visible)\b|::/i.test(selector)) continue;
          let matched: Element[];
          try {
            matched = (selectAll(selector, dom) as AnyNode[]).filter(isTag);
          } catch {
            continue;
          }
          applied++;
          for (const el of matched) {
            const styles = out.get(el) ?? new Map<string, string>();
            for (const [k, v] of decls) styles.set(k, v);
            out.set(el, styles);
          }
        }
      }
      return undefined;
    });
  }
  return out;
}

/** What an element passes on to its children. */
interface Inherited {
  colour?: Rgba;
  /** undefined: a background image or a colour not understood (text on it may be visible). */
  background?: Rgba;
  /** Inside a box that is not shown at all (display:none, off screen …): nothing below shows again. */
  boxHidden: boolean;
  /** visibility:hidden, which a child may undo with visibility:visible. */
  visibilityHidden: boolean;
  tiny: boolean;
}

function backgroundOf(styles: Styles, el: Element, parent: Rgba | undefined): Rgba | undefined {
  const image = styles.get('background-image');
  const shorthand = styles.get('background');
  if ((image && image !== 'none') || (shorthand && /url\(|gradient\(/.test(shorthand))) return undefined;
  const value = styles.get('background-color') ?? shorthand?.split(/\s+(?![^(]*\))/).find((t) => parseColour(t)) ?? el.attribs.bgcolor;
  if (value === undefined) return parent;
  const colour = parseColour(value);
  if (!colour) return undefined;
  // A transparent background shows what is behind it.
  return colour.a < 0.1 ? parent : colour;
}

/** The element hides its whole box (and everything in it), whatever its children say. */
function hidesBox(el: Element, s: Styles): boolean {
  if (s.get('display') === 'none') return true;
  if ('hidden' in el.attribs && !s.has('display')) return true;
  const opacity = s.get('opacity');
  if (opacity !== undefined && parseFloat(opacity) <= 0.05) return true;
  const collapsed = ['height', 'max-height', 'width', 'max-width'].some((p) => lengthPx(s.get(p)) === 0);
  if (collapsed && /hidden|clip/.test(s.get('overflow') ?? '')) return true;
  const positioned = /absolute|fixed|relative/.test(s.get('position') ?? '');
  const offsets = positioned ? ['left', 'top', 'right', 'bottom', 'margin-left', 'margin-top'] : ['margin-left', 'margin-top'];
  if (offsets.some((p) => (lengthPx(s.get(p)) ?? 0) <= OFF_SCREEN_PX)) return true;
  return (lengthPx(s.get('text-indent')) ?? 0) <= OFF_SCREEN_PX;
}

/**
 * The text nodes of `dom` a reader does not see (empty when the page hides nothing).
 * @param dom the htmlparser2 document the block parser walks
 */
export function findHiddenTextNodes(dom: Document): Set<Text> {
  const sheets = sheetStyles(dom);
  const hidden = new Set<Text>();
  const walk = (nodes: AnyNode[], inherited: Inherited) => {
    for (const node of nodes) {
      if (isText(node)) {
        const colourHidden = inherited.colour !== undefined && (inherited.colour.a < 0.1 || (inherited.background !== undefined && sameColour(inherited.colour, inherited.background)));
        if ((inherited.boxHidden || inherited.visibilityHidden || inherited.tiny || colourHidden) && node.data.trim()) hidden.add(node);
        continue;
      }
      if (!isTag(node)) continue;
      const s = new Map([...(sheets.get(node) ?? []), ...inlineStyle(node)]);
      const colourValue = s.get('color') ?? (node.name === 'font' ? node.attribs.color : undefined);
      const parsedColour = colourValue !== undefined ? parseColour(colourValue) : undefined;
      const visibility = s.get('visibility');
      const size = lengthPx(s.get('font-size') ?? (/^0(px|pt|em|rem|%)?(\s|\/|$)/.test(s.get('font') ?? '') ? '0' : undefined));
      const next: Inherited = {
        colour: colourValue !== undefined ? parsedColour : inherited.colour,
        background: backgroundOf(s, node, inherited.background),
        boxHidden: inherited.boxHidden || hidesBox(node, s),
        visibilityHidden: visibility === 'hidden' || visibility === 'collapse' ? true : visibility === 'visible' ? false : inherited.visibilityHidden,
        tiny: size !== undefined ? size <= 2 : inherited.tiny,
      };
      walk(node.children, next);
    }
  };
  walk(dom.children, { colour: undefined, background: WHITE, boxHidden: false, visibilityHidden: false, tiny: false });
  return hidden;
}
