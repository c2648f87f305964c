/**
 * HTML → document blocks (headings, paragraphs, list items, table rows). Shared by the HTML,
 * DOCX (via mammoth's HTML) and mail parsers, so every format yields the same structure.
 */
import { parseDocument as parseHtml } from 'htmlparser2';
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { htmlDepthExceeds } from '../../security/html-depth.js';
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

export function htmlToBlocks(html: string): HtmlContent {
  if (htmlDepthExceeds(html, MAX_HTML_DEPTH)) throw new ParseSkip('limit', `HTML ist tiefer als ${MAX_HTML_DEPTH} Ebenen verschachtelt.`);
  const dom = parseHtml(html, { decodeEntities: true });
  const blocks: DocumentBlock[] = [];
  let buffer = '';
  const flush = () => {
    const text = cleanText(buffer);
    if (text) blocks.push({ kind: 'paragraph', text });
    buffer = '';
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (isText(node)) {
        buffer += node.data;
        continue;
      }
      if (!isTag(node)) continue;
      const name = node.name.toLowerCase();
      if (SKIP.has(name)) continue;
      const heading = /^h([1-6])$/.exec(name);
      if (heading) {
        flush();
        const text = cleanText(textOf(node));
        if (text) blocks.push({ kind: 'heading', level: Number(heading[1]), text });
      } else if (name === 'li') {
        flush();
        const text = cleanText(textOf(node, true));
        if (text) blocks.push({ kind: 'listItem', text });
        walk(node.children.filter((c) => isTag(c) && (c.name === 'ul' || c.name === 'ol')));
      } else if (name === 'tr') {
        flush();
        const cells = node.children.filter(isTag).map((c) => cleanText(textOf(c))).filter(Boolean);
        if (cells.length) blocks.push({ kind: 'paragraph', text: cells.join(' | ') });
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

/** Visible text of an element; `skipLists` leaves out nested lists (they become their own items). */
function textOf(el: Element, skipLists = false): string {
  let out = '';
  for (const c of el.children) {
    if (isText(c)) out += c.data;
    else if (isTag(c)) {
      if (SKIP.has(c.name)) continue;
      if (skipLists && (c.name === 'ul' || c.name === 'ol')) continue;
      out += c.name === 'br' || BLOCK.has(c.name) ? ` ${textOf(c, skipLists)} ` : textOf(c, skipLists);
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
