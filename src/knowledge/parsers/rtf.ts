/**
 * RTF → blocks through rtf-parser (code pages, \'xx escapes, Unicode, destinations such as
 * font tables and document info). Two gaps of the parser are closed before parsing: the
 * fallback character after \uN (RTF's \uc1 default) is dropped, and table cells/rows are
 * separated (\cell → tab, \row → paragraph end).
 */
import { createRequire } from 'node:module';
import { textToBlocks } from './mail.js';
import { ParseSkip, type DocumentBlock } from './types.js';

interface RtfSpan {
  value?: string;
  content?: RtfSpan[];
}
type RtfParse = { string(rtf: string, cb: (err: Error | null, doc: { content: RtfSpan[] }) => void): void };
const rtfParser = createRequire(import.meta.url)('rtf-parser') as RtfParse;

export async function rtfToBlocks(bytes: Uint8Array): Promise<DocumentBlock[]> {
  const raw = Buffer.from(bytes).toString('latin1');
  if (!raw.trimStart().startsWith('{\\rtf')) throw new ParseSkip('unreadable', 'Keine RTF-Datei (Kennung {\\rtf fehlt).');
  const prepared = raw
    .replace(/\\u(-?\d+) ?(?:\\'[0-9a-fA-F]{2}|[^\\{}\s])/g, '\\u$1 ')
    .replace(/\\cell\b ?/g, '\\tab ')
    .replace(/\\row\b ?/g, '\\par ');
  const doc = await new Promise<{ content: RtfSpan[] }>((resolve, reject) => {
    try {
      rtfParser.string(prepared, (err, d) => (err ? reject(err) : resolve(d)));
    } catch (e) {
      reject(e as Error);
    }
  }).catch(() => {
    throw new ParseSkip('unreadable', 'RTF-Datei ist fehlerhaft aufgebaut (Klammern oder Steuerwörter).');
  });
  const text = doc.content.map((p) => spanText(p).replace(/\u00a0/g, ' ')).join('\n\n');
  return textToBlocks(text);
}

function spanText(s: RtfSpan): string {
  if (typeof s.value === 'string') return s.value;
  return (s.content ?? []).map(spanText).join('');
}
