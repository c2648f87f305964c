/**
 * Mails (EML via mailparser, Outlook MSG via @kenjiuno/msgreader) → blocks. The subject is the
 * title; sender, recipients and date go to meta for citations. Attachments are not indexed.
 */
import { createRequire } from 'node:module';
import type { FieldsData } from '@kenjiuno/msgreader';
import { simpleParser, type AddressObject } from 'mailparser';
import { cleanText, htmlToBlocks } from './html-blocks.js';
import { ParseSkip, type DocumentBlock, type ParsedDocument } from './types.js';

// CommonJS package whose class sits on `exports.default`; require() gives the same shape under Node and vitest.
const MsgReader = (createRequire(import.meta.url)('@kenjiuno/msgreader') as typeof import('@kenjiuno/msgreader')).default;

export async function emlToDocument(bytes: Uint8Array, fallbackTitle: string): Promise<ParsedDocument> {
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true });
  } catch {
    throw new ParseSkip('unreadable', 'E-Mail ist beschädigt (kein gültiges Nachrichtenformat).');
  }
  const blocks = mail.text ? textToBlocks(mail.text) : typeof mail.html === 'string' ? htmlToBlocks(mail.html).blocks : [];
  const meta: Record<string, string> = {};
  if (mail.from?.text) meta.from = mail.from.text;
  const to = addresses(mail.to);
  if (to) meta.to = to;
  if (mail.date) meta.date = mail.date.toISOString();
  if (mail.subject) meta.subject = mail.subject;
  return { title: cleanText(mail.subject ?? '') || fallbackTitle, blocks, meta };
}

export function msgToDocument(bytes: Uint8Array, fallbackTitle: string): ParsedDocument {
  let data: FieldsData;
  try {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = new MsgReader(ab).getFileData();
  } catch {
    throw new ParseSkip('unreadable', 'Outlook-Nachricht ist beschädigt (kein gültiges MSG-Format).');
  }
  if (data.error) throw new ParseSkip('unreadable', 'Outlook-Nachricht ist beschädigt (kein gültiges MSG-Format).');
  const blocks = data.body ? textToBlocks(data.body) : data.bodyHtml ? htmlToBlocks(data.bodyHtml).blocks : [];
  const meta: Record<string, string> = {};
  const from = [data.senderName, data.senderEmail ? `<${data.senderEmail}>` : ''].filter(Boolean).join(' ');
  if (from) meta.from = from;
  const to = (data.recipients ?? []).map((r) => r.name ?? r.email ?? '').filter(Boolean).join(', ');
  if (to) meta.to = to;
  const date = data.messageDeliveryTime ?? data.clientSubmitTime;
  if (date) meta.date = new Date(date).toISOString();
  if (data.subject) meta.subject = data.subject;
  return { title: cleanText(data.subject ?? '') || fallbackTitle, blocks, meta };
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
