/**
 * Mail bodies as citable text: only what is new in the message. Graph's `uniqueBody` already
 * drops most of the quoted thread; what remains (forwarded history, "Am … schrieb …", signatures)
 * is cut here. Pure.
 */
import { convert } from 'html-to-text';

/** Lines that open quoted history; everything from them on is dropped. */
const HISTORY_OPENERS: RegExp[] = [
  /^-{2,}\s*(Ursprüngliche Nachricht|Original Message|Weitergeleitete Nachricht|Forwarded message)\s*-{2,}/i,
  /^_{10,}\s*$/,
  /^Am .{3,200}schrieb .{0,200}:\s*$/,
  /^On .{3,200}wrote:\s*$/,
];

/** A header block "Von: … / Gesendet: …" (or From/Sent) without the dashed opener line. */
function isHeaderBlock(lines: string[], i: number): boolean {
  if (!/^(Von|From):\s/.test(lines[i])) return false;
  return lines.slice(i + 1, i + 4).some((l) => /^(Gesendet|Sent|Datum|Date):\s/.test(l));
}

/** Plain text of a Graph itemBody (html or text). */
export function itemBodyText(body: { contentType?: string; content?: string } | undefined): string {
  if (!body?.content) return '';
  if ((body.contentType ?? '').toLowerCase() === 'html') {
    return convert(body.content, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }, { selector: 'img', format: 'skip' }] });
  }
  return body.content;
}

/** The new part of a mail: quoted history, quoted lines ("> ") and the signature ("-- ") removed. */
export function cleanMailBody(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (HISTORY_OPENERS.some((re) => re.test(trimmed)) || isHeaderBlock(lines.map((l) => l.trim()), i)) break;
    // RFC 3676 signature delimiter "-- " (some clients lose the trailing space).
    if (line === '-- ' || line === '--') break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
