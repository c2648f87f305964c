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
import { isTitleBlockLine, unspaceLetters } from './title-block.js';
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
    if (first && first.length <= MAX_TITLE_CHARS && !endsSentence(first) && !isSectionHeading(first)) {
      title.push(first);
      rest = i + 1;
      while (rest < lines.length && title.length < MAX_TITLE_LINES) {
        const next = lines[rest].trim();
        const joined = `${title.join(' ')} ${next}`;
        const wrapped = (isUpper(title[0]) && isUpper(next)) || title[title.length - 1].length >= WRAP_CHARS;
        if (!next || next.startsWith('(') || !wrapped || endsSentence(next) || isTitleBlockLine(next) || joined.length > MAX_TITLE_CHARS) break;
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
  const body = sections(lines.slice(heading ? rest : i).join('\n'));
  if (!heading) return { title: fallback, blocks: [...head, ...body] };
  return { title: heading, blocks: [...head, { kind: 'heading', level: 1, text: heading }, ...body] };
}

/** Below this length a line at the start of a paragraph can be a section heading. */
const MAX_HEADING_CHARS = 80;
const NUMBERING = /^(?:§+\s*\d+\w?|[IVXLC]+\.|\d+(?:\.\d+)*\.?|[A-Z]\.)\s+/u;

/**
 * Paragraphs (split at blank lines) whose first line is a section heading: set in capitals
 * ("2. ANZEIGE", "WORAN ERKENNE ICH PHISHING?"), a paragraph sign ("§ 3 Geschützte Bäume"), or
 * a numbered line standing alone ("II. Dienstsiegel"). Fixed-width text hyphenates at line ends
 * ("Dienst-\nreisen"): joined, but a truncated compound before "und"/"oder" stays.
 */
function sections(text: string): DocumentBlock[] {
  const joined = text.replace(/(\p{L})-[ \t]*\n[ \t]*(?!(?:und|oder|bzw|sowie|als|bis)\b)(\p{Ll})/gu, '$1$2');
  const blocks: DocumentBlock[] = [];
  for (const para of joined.split(/\n[ \t]*\n/)) {
    const lines = para.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    const first = cleanText(lines[0]);
    if (isTextHeading(first, lines.length === 1)) {
      blocks.push({ kind: 'heading', level: 2, text: first });
      lines.shift();
    }
    blocks.push(...textToBlocks(lines.join('\n')));
  }
  return blocks;
}

function isTextHeading(line: string, alone: boolean): boolean {
  if (line.length > MAX_HEADING_CHARS || /[.,;:]$/.test(line) || isTitleBlockLine(line)) return false;
  const numbered = NUMBERING.exec(line);
  const words = line.slice(numbered?.[0].length ?? 0);
  if ((words.match(/\p{L}/gu)?.length ?? 0) < 4) return false;
  if (isUpper(words)) return true;
  if (/[!?]$/.test(line)) return false;
  if (/^§+\s*\d/u.test(line)) return /^\p{Lu}/u.test(words);
  return alone && numbered !== null && /^\p{Lu}/u.test(words) && !/^\d+(?:\.\d+)*\.?\s/u.test(line);
}
