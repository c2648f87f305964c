/**
 * Reads an application file into parts: PDF (AcroForm field values via pdf-lib, text via the
 * knowledge parsers), DOCX, text, and e-mails whose attachments each become a part. Nothing is
 * stored or indexed; the result lives only for this check.
 */
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { PDFCheckBox, PDFDocument, PDFDropdown, PDFName, PDFOptionList, PDFRadioGroup, PDFSignature, PDFTextField } from 'pdf-lib';
import { AppError } from '../core/errors.js';
import { decodeText } from '../knowledge/parsers/decode-text.js';
import { ParseSkip, type ParseDocument } from '../knowledge/parsers/types.js';
import type { Application, ApplicationPart, FormFieldValue, TextLine } from './application.js';
import type { CalendarDate } from './values.js';

export interface ReadApplicationDeps {
  parse: ParseDocument;
  /** Most files in one application (mail plus attachments); default 20. */
  maxParts?: number;
}

const IMAGE = /\.(png|jpe?g|tiff?|gif|bmp|heic)$/i;

function formatOf(name: string): ApplicationPart['format'] {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.eml') return 'mail';
  if (['.txt', '.md', '.html', '.htm'].includes(ext)) return 'text';
  if (IMAGE.test(name)) return 'image';
  return 'other';
}

async function pdfFormFields(bytes: Uint8Array): Promise<FormFieldValue[]> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } catch {
    return [];
  }
  const pages = doc.getPages().map((p) => p.ref);
  const out: FormFieldValue[] = [];
  for (const field of doc.getForm().getFields()) {
    const pageRef = field.acroField.getWidgets()[0]?.P();
    const index = pageRef ? pages.findIndex((r) => r === pageRef || r.toString() === pageRef.toString()) : -1;
    const page = index >= 0 ? index + 1 : undefined;
    const name = field.getName();
    if (field instanceof PDFTextField) out.push({ name, kind: 'text', value: field.getText() ?? '', page });
    else if (field instanceof PDFCheckBox) out.push({ name, kind: 'checkbox', value: field.isChecked(), page });
    else if (field instanceof PDFDropdown || field instanceof PDFOptionList) out.push({ name, kind: 'choice', value: field.getSelected().join(', '), page });
    else if (field instanceof PDFRadioGroup) out.push({ name, kind: 'choice', value: field.getSelected() ?? '', page });
    else if (field instanceof PDFSignature) out.push({ name, kind: 'signature', value: field.acroField.dict.get(PDFName.of('V')) !== undefined, page });
  }
  return out;
}

/** Plain text keeps its lines: a line "IBAN: …" stays a line (the indexer joins paragraphs). */
function plainLines(text: string): TextLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l.trim())
    .map((text) => ({ text: text.trim() }));
}

async function readText(bytes: Uint8Array, name: string, parse: ParseDocument): Promise<{ title?: string; lines: TextLine[]; unreadable?: string; ocr?: boolean }> {
  if (/\.txt$/i.test(name)) {
    const lines = plainLines(decodeText(bytes));
    return { title: lines[0]?.text, lines: lines.map((l, i) => (i === 0 ? { ...l, heading: true } : l)) };
  }
  try {
    const doc = await parse(bytes, name);
    return { title: doc.title, ocr: doc.blocks.some((b) => b.ocr), lines: doc.blocks.map((b) => ({ text: b.text, page: b.page, heading: b.kind === 'heading' || undefined })) };
  } catch (e) {
    if (e instanceof ParseSkip) return { lines: [], unreadable: e.message };
    throw e;
  }
}

const SCAN_NOTE = 'enthält keinen lesbaren Text (vermutlich ein Scan oder ein Foto, den auch die Texterkennung nicht lesen konnte, oder die Texterkennung ist ausgeschaltet: OCR=off); bitte prüfen Sie diese Datei selbst.';

async function readPart(bytes: Uint8Array, name: string, role: ApplicationPart['role'], deps: ReadApplicationDeps): Promise<ApplicationPart> {
  const format = formatOf(name);
  if (format === 'other') return { name, role, format, lines: [], formFields: [], unreadable: `Die Datei „${name}“ hat ein Format, das die Vorprüfung nicht liest.` };
  const formFields = format === 'pdf' ? await pdfFormFields(bytes) : [];
  const text = await readText(bytes, name, deps.parse);
  const empty = !text.lines.length && !formFields.some((f) => f.value !== '' && f.value !== false);
  const unreadable = empty
    ? format === 'pdf' || format === 'image'
      ? `${format === 'pdf' ? 'Die PDF-Datei' : 'Das Bild'} „${name}“ ${SCAN_NOTE}`
      : `Die Datei „${name}“ ist leer oder nicht lesbar${text.unreadable ? ` (${text.unreadable})` : ''}.`
    : undefined;
  return { name, role, format, title: text.title, lines: text.lines, formFields, unreadable, ocr: text.ocr || undefined };
}

function calendarDate(d: Date): CalendarDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Reads the file (and, for an e-mail, every attachment) into an Application. */
export async function readApplication(bytes: Uint8Array, fileName: string, deps: ReadApplicationDeps): Promise<Application> {
  const maxParts = deps.maxParts ?? 20;
  if (formatOf(fileName) !== 'mail') {
    const part = await readPart(bytes, fileName, 'main', deps);
    return { parts: [part], notices: part.unreadable ? [part.unreadable] : [] };
  }
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes), { skipImageLinks: true });
  } catch (e) {
    throw new AppError('invalidInput', 'mail unreadable', `Die E-Mail „${fileName}“ lässt sich nicht lesen.`, { cause: e });
  }
  const body = mail.text ?? '';
  const lines: TextLine[] = [
    ...(mail.subject ? [{ text: mail.subject, heading: true }] : []),
    ...plainLines(body),
  ];
  const parts: ApplicationPart[] = [{ name: fileName, role: 'mail', format: 'mail', title: mail.subject ?? undefined, lines, formFields: [] }];
  const notices: string[] = [];
  for (const [i, attachment] of mail.attachments.entries()) {
    if (attachment.contentDisposition === 'inline' && /^image\//.test(attachment.contentType)) continue;
    if (parts.length >= maxParts) {
      notices.push(`Die E-Mail hat mehr als ${maxParts - 1} Anhänge; weitere wurden nicht geprüft.`);
      break;
    }
    const name = attachment.filename ?? `anhang-${i + 1}`;
    const part = formatOf(name) === 'mail' ? await readNestedMail(attachment.content, name, deps) : await readPart(attachment.content, name, 'attachment', deps);
    parts.push(part);
    if (part.unreadable) notices.push(part.unreadable);
  }
  return { parts, mailDate: mail.date ? calendarDate(mail.date) : undefined, notices };
}

/** A forwarded mail inside the mail: one part with its body; its own attachments are not opened. */
async function readNestedMail(bytes: Uint8Array, name: string, deps: ReadApplicationDeps): Promise<ApplicationPart> {
  const text = await readText(bytes, name, deps.parse);
  return { name, role: 'attachment', format: 'mail', title: text.title, lines: text.lines, formFields: [], unreadable: text.lines.length ? undefined : `Die weitergeleitete E-Mail „${name}“ ist leer.` };
}
