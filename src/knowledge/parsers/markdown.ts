/** Markdown → blocks with the `marked` lexer (headings, paragraphs, list items, tables, code). */
import { Lexer, type Token, type Tokens } from 'marked';
import { cleanText } from './html-blocks.js';
import type { DocumentBlock } from './types.js';

/**
 * YAML front matter ("---" and `key: value` lines at the start, as many wikis and statute
 * collections write it): its `title`/`titel` is the document's title; the block itself is
 * metadata, not a passage (marked would read it as a setext heading). Blank lines may come before
 * it, and an export that forgot the closing "---" ends the block at its first line that is not
 * `key: value` (or a continuation of one); at least two keys make such an open block front matter.
 */
export function splitFrontMatter(source: string): { title?: string; body: string } {
  const start = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n/.exec(source);
  if (!start) return { body: source };
  const lines = source.slice(start[0].length).split(/(?<=\n)/);
  const meta: string[] = [];
  let offset = start[0].length;
  let closed = false;
  for (const line of lines) {
    const text = line.replace(/\r?\n$/, '');
    if (/^---[ \t]*$/.test(text)) {
      offset += line.length;
      closed = true;
      break;
    }
    if (!FRONT_MATTER_KEY.test(text) && !(meta.length && /^(?:[ \t]+\S|[ \t]*-\s)/.test(text))) break;
    meta.push(text);
    offset += line.length;
  }
  const keys = meta.filter((l) => FRONT_MATTER_KEY.test(l)).length;
  if (!closed && keys < 2) return { body: source };
  const title = /^(?:title|titel)\s*:\s*(.+)$/im.exec(meta.join('\n'))?.[1].trim().replace(/^(["'])(.*)\1$/, '$2');
  return { ...(title ? { title } : {}), body: source.slice(offset) };
}

/** A YAML mapping line: a plain key, a colon, then a value or nothing (a nested block follows). */
const FRONT_MATTER_KEY = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;

export function markdownToBlocks(source: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const visit = (tokens: Token[]) => {
    for (const t of tokens) {
      switch (t.type) {
        case 'heading':
          push(blocks, { kind: 'heading', level: (t as Tokens.Heading).depth, text: plain((t as Tokens.Heading).text) });
          break;
        case 'paragraph':
        case 'code':
        case 'text':
          push(blocks, { kind: 'paragraph', text: plain((t as Tokens.Paragraph).text) });
          break;
        case 'blockquote':
          visit((t as Tokens.Blockquote).tokens);
          break;
        case 'list':
          for (const item of (t as Tokens.List).items) {
            const own = item.tokens.filter((x) => x.type !== 'list');
            push(blocks, { kind: 'listItem', text: plain(own.map((x) => x.raw).join(' ')) });
            visit(item.tokens.filter((x) => x.type === 'list'));
          }
          break;
        case 'table': {
          const table = t as Tokens.Table;
          push(blocks, { kind: 'paragraph', text: table.header.map((c) => plain(c.text)).join(' | ') });
          for (const row of table.rows) push(blocks, { kind: 'paragraph', text: row.map((c) => plain(c.text)).join(' | ') });
          break;
        }
        default:
          break;
      }
    }
  };
  // Block level only: the inline pass (emphasis, links) is quadratic on runs like "*a*a*a…" and
  // plain() below reads the raw text anyway. Deep marker nesting on one line is capped first,
  // because the lexer recurses once per marker.
  visit(new Lexer().blockTokens(capNesting(source), []));
  return blocks;
}

const MAX_NESTING = 8;
/** More than MAX_NESTING list or quote markers opening one line (unambiguous, so linear). */
const DEEP_MARKERS = /^[ \t]{0,3}(?:(?:[-*+>]|\d{1,9}[.)])[ \t]+){9,}/gm;

function capNesting(source: string): string {
  return source.replace(DEEP_MARKERS, (m) => `${m.trim().split(/[ \t]+/).slice(0, MAX_NESTING).join(' ')} `);
}

function push(blocks: DocumentBlock[], block: DocumentBlock): void {
  if (block.text) blocks.push(block);
}

/** Strips inline Markdown (emphasis, links, code ticks) down to readable text. */
function plain(md: string): string {
  return cleanText(
    md
      // Classes exclude the opening delimiter too, so a run of "[" or "<" without a close stays linear.
      .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_|`)(?=\S)([^*_`]*?\S)\1/g, '$2')
      .replace(/<[^<>]+>/g, ' '),
  );
}
