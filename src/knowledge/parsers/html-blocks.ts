/**
 * HTML → document blocks (headings, paragraphs, list items, table rows). Shared by the HTML,
 * DOCX (via mammoth's HTML) and mail parsers, so every format yields the same structure.
 */
import { parseDocument as parseHtml } from 'htmlparser2';
import { type ChildNode, type Element, type Text, isTag, isText } from 'domhandler';
import { htmlDepthExceeds } from '../../security/html-depth.js';
import { findHiddenTextNodes } from './html-hidden-text.js';
import { ParseSkip, type DocumentBlock } from './types.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'iframe', 'object']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre', 'body', 'html',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'figure', 'figcaption', 'address', 'form', 'fieldset',
  'details', 'summary', 'hr', 'center',
]);

export interface HtmlContent {
  /** Text of <title>, if any. */
  title?: string;
  blocks: DocumentBlock[];
}

/** Collapses runs of whitespace; the one text clean-up every parser applies. */
export function cleanText(text: string): string {
  return text.replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' ').trim();
}

/** Deeper nesting makes the DOM build quadratic and the walk overflow the stack: such files are skipped. */
const MAX_HTML_DEPTH = 1000;

/** Hidden text shorter than this (letters and digits) is left alone: a stray space or full stop in white. */
const MIN_HIDDEN_CHARS = 3;

const letterCount = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

export function htmlToBlocks(html: string): HtmlContent {
  if (htmlDepthExceeds(html, MAX_HTML_DEPTH)) throw new ParseSkip('limit', `HTML ist tiefer als ${MAX_HTML_DEPTH} Ebenen verschachtelt.`);
  const dom = parseHtml(html, { decodeEntities: true });
  // Text a browser would not show (display:none, white on white, off screen …): kept, but its block is marked.
  const hiddenNodes = findHiddenTextNodes(dom);
  const blocks: DocumentBlock[] = [];
  const push = (block: DocumentBlock, hiddenChars: number) => blocks.push(hiddenChars >= MIN_HIDDEN_CHARS ? { ...block, hidden: true } : block);
  let buffer = '';
  let bufferHidden = 0;
  const flush = () => {
    const text = cleanText(buffer);
    if (text) push({ kind: 'paragraph', text }, bufferHidden);
    buffer = '';
    bufferHidden = 0;
  };
  const textOfBlock = (el: Element, skipLists = false) => {
    const hidden = { chars: 0 };
    return { text: cleanText(textOf(el, skipLists, hiddenNodes, hidden)), hidden: hidden.chars };
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) {
        buffer += node.data;
        if (hiddenNodes.has(node)) bufferHidden += letterCount(node.data);
        continue;
      }
      if (!isTag(node)) continue;
      const name = node.name.toLowerCase();
      if (SKIP.has(name)) continue;
      const heading = /^h([1-6])$/.exec(name);
      if (heading) {
        flush();
        const { text, hidden } = textOfBlock(node);
        if (text) push({ kind: 'heading', level: Number(heading[1]), text }, hidden);
      } else if (name === 'li') {
        flush();
        const { text, hidden } = textOfBlock(node, true);
        if (text) push({ kind: 'listItem', text }, hidden);
        walk(node.children.filter((c) => isTag(c) && (c.name === 'ul' || c.name === 'ol')));
      } else if (name === 'tr') {
        flush();
        const cells = node.children.filter(isTag).map((c) => textOfBlock(c)).filter((c) => c.text);
        if (cells.length) push({ kind: 'paragraph', text: cells.map((c) => c.text).join(' | ') }, cells.reduce((n, c) => n + c.hidden, 0));
      } else if (name === 'br') {
        buffer += '\n';
      } else if (BLOCK.has(name)) {
        flush();
        walk(node.children);
        flush();
      } else {
        walk(node.children);
      }
    }
  };
  walk(dom.children);
  flush();
  const titleEl = findFirst(dom.children, 'title');
  const title = titleEl ? cleanText(textOf(titleEl)) : undefined;
  return { title: title || undefined, blocks };
}

/**
 * The text a browser would not show, one piece per text node (pieces shorter than
 * MIN_HIDDEN_CHARS letters left out): for a mail whose plain-text part mailparser derived from the HTML.
 */
export function hiddenHtmlText(html: string): string[] {
  if (htmlDepthExceeds(html, MAX_HTML_DEPTH)) return [];
  const dom = parseHtml(html, { decodeEntities: true });
  return [...findHiddenTextNodes(dom)].map((n) => cleanText(n.data)).filter((t) => letterCount(t) >= MIN_HIDDEN_CHARS);
}

/** Marks the blocks that contain one of the hidden pieces (text found hidden by another reading of the same document). */
export function markBlocksContaining(blocks: DocumentBlock[], hidden: string[]): DocumentBlock[] {
  const pieces = hidden.map((h) => cleanText(h)).filter(Boolean);
  if (!pieces.length) return blocks;
  return blocks.map((b) => (pieces.some((h) => b.text.includes(h)) ? { ...b, hidden: true } : b));
}

/**
 * Text of an element; `skipLists` leaves out nested lists (they become their own items). Letters
 * of text nodes in `hiddenNodes` are counted into `hidden`.
 */
function textOf(el: Element, skipLists = false, hiddenNodes?: Set<Text>, hidden?: { chars: number }): string {
  let out = '';
  for (const c of el.children) {
    if (isText(c)) {
      out += c.data;
      if (hidden && hiddenNodes?.has(c)) hidden.chars += letterCount(c.data);
    } else if (isTag(c)) {
      if (SKIP.has(c.name)) continue;
      if (skipLists && (c.name === 'ul' || c.name === 'ol')) continue;
      const inner = textOf(c, skipLists, hiddenNodes, hidden);
      out += c.name === 'br' || BLOCK.has(c.name) ? ` ${inner} ` : inner;
    }
  }
  return out;
}

function findFirst(nodes: ChildNode[], name: string): Element | undefined {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (n.name === name) return n;
    const found = findFirst(n.children, name);
    if (found) return found;
  }
  return undefined;
}
