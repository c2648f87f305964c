/**
 * Mails (EML via mailparser, Outlook MSG via @kenjiuno/msgreader) → blocks. The subject is the
 * title; sender, recipients and date go to meta for citations. Every attachment is parsed as a
 * document of its own, titled "Anhang „<name>“ der Mail „<subject>“ vom <date>"; one that cannot
 * be read becomes a reported problem of the mail. Images embedded in the body (signature logos)
 * are not attachments.
 */
import { createRequire } from 'node:module';
import type { FieldsData } from '@kenjiuno/msgreader';
import { simpleParser, type AddressObject } from 'mailparser';
import { cleanText, hiddenHtmlText, htmlToBlocks, markBlocksContaining } from './html-blocks.js';
import { ParseSkip, type DocumentBlock, type ParsedDocument, type PartProblem } from './types.js';

// CommonJS package whose class sits on `exports.default`; require() gives the same shape under Node and vitest.
const MsgReader = (createRequire(import.meta.url)('@kenjiuno/msgreader') as typeof import('@kenjiuno/msgreader')).default;

/** Parses one attachment (the document parser itself); absent inside an attachment. */
export type ReadAttachment = (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>;

export async function emlToDocument(bytes: Uint8Array, fallbackTitle: string, readAttachment?: ReadAttachment): Promise<ParsedDocument> {
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true });
  } catch {
    throw new ParseSkip('unreadable', 'E-Mail ist beschädigt (kein gültiges Nachrichtenformat).');
  }
  const blocks = bodyBlocks(mail.text, typeof mail.html === 'string' ? mail.html : undefined);
  const meta: Record<string, string> = {};
  if (mail.from?.text) meta.from = mail.from.text;
  const to = addresses(mail.to);
  if (to) meta.to = to;
  if (mail.date) meta.date = mail.date.toISOString();
  if (mail.subject) meta.subject = mail.subject;
  const title = cleanText(mail.subject ?? '') || fallbackTitle;
  // Images of the HTML body (signature logos: inline with a content id) are not attachments.
  const isBodyImage = (a: (typeof mail.attachments)[number]) => a.related || (a.contentDisposition === 'inline' && !!a.cid && a.contentType.startsWith('image/'));
  const files = mail.attachments.filter((a) => !isBodyImage(a)).map((a) => ({ name: a.filename || 'Anhang ohne Namen', content: new Uint8Array(a.content) }));
  return { title, blocks, meta, ...(await readAttachments(files, { title, meta }, readAttachment)) };
}

export async function msgToDocument(bytes: Uint8Array, fallbackTitle: string, readAttachment?: ReadAttachment): Promise<ParsedDocument> {
  let data: FieldsData;
  let reader: InstanceType<typeof MsgReader>;
  try {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    reader = new MsgReader(ab);
    data = reader.getFileData();
  } catch {
    throw new ParseSkip('unreadable', 'Outlook-Nachricht ist beschädigt (kein gültiges MSG-Format).');
  }
  if (data.error) throw new ParseSkip('unreadable', 'Outlook-Nachricht ist beschädigt (kein gültiges MSG-Format).');
  const blocks = bodyBlocks(data.body, data.bodyHtml);
  const meta: Record<string, string> = {};
  const from = [data.senderName, data.senderEmail ? `<${data.senderEmail}>` : ''].filter(Boolean).join(' ');
  if (from) meta.from = from;
  const to = (data.recipients ?? []).map((r) => r.name ?? r.email ?? '').filter(Boolean).join(', ');
  if (to) meta.to = to;
  const date = data.messageDeliveryTime ?? data.clientSubmitTime;
  if (date) meta.date = new Date(date).toISOString();
  if (data.subject) meta.subject = data.subject;
  const title = cleanText(data.subject ?? '') || fallbackTitle;
  const files: { name: string; content?: Uint8Array; embedded?: boolean }[] = [];
  for (const a of data.attachments ?? []) {
    // Images of the HTML body (signature logos) carry a content id and are not attachments.
    if (a.attachmentHidden || (a.pidContentId && /^image\//.test(a.attachMimeTag ?? ''))) continue;
    const name = a.fileName || a.fileNameShort || a.name || 'Anhang ohne Namen';
    if (a.innerMsgContent) {
      files.push({ name: `${cleanText(a.innerMsgContentFields?.subject ?? '') || name}.msg`, embedded: true });
      continue;
    }
    try {
      files.push({ name, content: reader.getAttachment(a).content });
    } catch {
      files.push({ name });
    }
  }
  return { title, blocks, meta, ...(await readAttachments(files, { title, meta }, readAttachment)) };
}

/**
 * The body as blocks: the plain text when there is one, else the HTML. Text the HTML hides from a
 * reader (display:none, white on white …) is marked `hidden` in either reading, since a plain
 * text derived from the HTML (mailparser does that for HTML-only mails) still contains it.
 */
function bodyBlocks(text: string | undefined, html: string | undefined): DocumentBlock[] {
  if (!text) return html ? htmlToBlocks(html).blocks : [];
  const blocks = textToBlocks(text);
  return html ? markBlocksContaining(blocks, hiddenHtmlText(html)) : blocks;
}

const DE_DATE = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });

/** "Anhang „Plan.pdf“ der Mail „Neue Gebühren“ vom 03.02.2026" — how an attachment is cited. */
export function attachmentTitle(name: string, mailSubject: string, isoDate?: string): string {
  const date = isoDate && !Number.isNaN(Date.parse(isoDate)) ? ` vom ${DE_DATE.format(new Date(isoDate))}` : '';
  return `Anhang „${name}“ der Mail „${mailSubject}“${date}`;
}

async function readAttachments(
  files: { name: string; content?: Uint8Array; embedded?: boolean }[],
  mail: { title: string; meta: Record<string, string> },
  readAttachment: ReadAttachment | undefined,
): Promise<Pick<ParsedDocument, 'attachments' | 'problems'>> {
  const attachments: ParsedDocument[] = [];
  const problems: PartProblem[] = [];
  for (const file of files) {
    const part = `Anhang „${file.name}“`;
    if (file.embedded || !readAttachment) {
      problems.push({ part, reason: 'unsupported', message: file.embedded ? 'Eingebettete Nachricht: bitte als eigene .msg-Datei ablegen.' : 'Anhang in einem Anhang wird nicht gelesen.' });
      continue;
    }
    if (!file.content?.byteLength) {
      problems.push({ part, reason: 'unreadable', message: 'Anhang ist leer oder nicht lesbar.' });
      continue;
    }
    try {
      const doc = await readAttachment(file.content, file.name);
      const title = attachmentTitle(file.name, mail.title, mail.meta.date);
      attachments.push({ ...doc, title, meta: { ...mail.meta, ...doc.meta, attachment: file.name } });
      for (const p of doc.problems ?? []) problems.push({ ...p, part: `${part}, ${p.part}` });
    } catch (e) {
      if (!(e instanceof ParseSkip)) throw e;
      problems.push({ part, reason: e.reason, message: e.message });
    }
  }
  return { ...(attachments.length ? { attachments } : {}), ...(problems.length ? { problems } : {}) };
}

/** Plain text → paragraphs split at blank lines; "- " / "• " / "1. " lines become list items. */
export function textToBlocks(text: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = para.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    if (lines.every((l) => /^\s*([-*•–]|\d+[.)])\s+/.test(l))) {
      for (const l of lines) blocks.push({ kind: 'listItem', text: cleanText(l.replace(/^\s*([-*•–]|\d+[.)])\s+/, '')) });
    } else {
      const text = cleanText(lines.join(' '));
      if (text) blocks.push({ kind: 'paragraph', text });
    }
  }
  return blocks;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}
