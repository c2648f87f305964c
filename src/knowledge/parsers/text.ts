/**
 * Plain text (.txt) → a document. Forms and circulars open with a letterhead ("STADT X",
 * "Fachbereich 3 – Team 31 …", "Az. …") before their title: those lines become paragraphs of their
 * own (chunking leaves them out of the passages), and the title is the first line after them that
 * reads as one — short, no sentence — with its wrapped continuation and a "(Kurzbezeichnung)"
 * line. Titles set with spaces between the letters are closed up first; words hyphenated at a
 * line end are joined.
 */
import { isSectionHeading, usableTitle } from './document-title.js';
import { cleanText } from './html-blocks.js';
import { textToBlocks } from './mail.js';
import { hasFullDate, isDocumentKind, isRule, isTitleBlockLine, unspaceLetters } from './title-block.js';
import type { DocumentBlock, ParsedDocument } from './types.js';

const MAX_TITLE_CHARS = 150;
const MAX_TITLE_LINES = 3;
/** A first title line this long was probably wrapped. */
const WRAP_CHARS = 50;

const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
const endsSentence = (s: string) => /[.:;,!?]$/.test(s.trim());
/** Segments of a letterhead-style line ("Merkblatt X · Stand 02/2026"). */
const segments = (line: string) => line.split(/\s+[·|•]\s+|\s{3,}/).map((s) => s.trim()).filter(Boolean);

export function textDocument(source: string, fallback: string): ParsedDocument {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(unspaceLetters);
  const head: DocumentBlock[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (!isTitleBlockLine(line)) break;
    head.push({ kind: 'paragraph', text: cleanText(line) });
  }
  const title: string[] = [];
  let rest = i;
  if (i < lines.length) {
    // A title line may carry letterhead segments of its own ("Merkblatt X · Stand 02/2026").
    const first = segments(lines[i]).filter((s) => !isTitleBlockLine(s)).join(' · ');
    // A title may ask ("Was ist erlaubt?"), but it does not end a statement.
    if (first && first.length <= MAX_TITLE_CHARS && !/[.:;,!]$/.test(first) && !isSectionHeading(first)) {
      title.push(first);
      rest = i + 1;
      while (rest < lines.length && title.length < MAX_TITLE_LINES) {
        const next = lines[rest].trim();
        const joined = `${title.join(' ')} ${next}`;
        // Wrapped: set in the same capitals, or broken off a long line, or under a bare "MERKBLATT".
        const wrapped = (isUpper(title[0]) && isUpper(next)) || title[title.length - 1].length >= WRAP_CHARS || (title.length === 1 && isDocumentKind(title[0]));
        if (!next || next.startsWith('(') || !wrapped || endsSentence(next) || hasFullDate(next) || isTitleBlockLine(next) || joined.length > MAX_TITLE_CHARS) break;
        title.push(next);
        rest++;
      }
      // "(Hundesteuersatzung)" under the title belongs to it; the rest of that line stays text.
      const short = /^\(([^()\d:]{2,60})\)\s*/u.exec(lines[rest]?.trim() ?? '');
      if (short) {
        title.push(`(${short[1].trim()})`);
        lines[rest] = lines[rest].trim().slice(short[0].length);
      }
    }
  }
  const text = cleanText(title.join(' '));
  const heading = usableTitle(text);
  const body = bodyBlocks(lines.slice(heading ? rest : i).join('\n'));
  if (!heading) return { title: fallback, blocks: [...head, ...body] };
  return { title: heading, blocks: [...head, { kind: 'heading', level: 1, text: heading }, ...body] };
}

/**
 * The body as paragraphs and list items (mail.ts textToBlocks); separator rules ("-----") are
 * left out. Fixed-width text hyphenates at line ends ("Dienst-\nreisen"): joined, but a
 * truncated compound before "und"/"oder" stays ("Arbeits- und Dienstzeit").
 */
function bodyBlocks(text: string): DocumentBlock[] {
  const joined = text.replace(/(\p{L})-[ \t]*\n[ \t]*(?!(?:und|oder|bzw|sowie|als|bis)\b)(\p{Ll})/gu, '$1$2');
  return textToBlocks(joined.split('\n').filter((l) => !isRule(l)).join('\n'));
}
