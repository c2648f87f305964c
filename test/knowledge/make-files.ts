/**
 * Builds real files of every supported format for the parser and index tests: DOCX with the
 * docx package, PDF with pdf-lib, MSG and a password-protected DOCX as compound files (CFB)
 * written with msgreader's CFB burner (an encrypted Office file is a CFB container with the
 * streams "EncryptionInfo" and "EncryptedPackage" instead of a zip).
 */
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader.js';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';


export async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ text: 'Beschaffungsrichtlinie', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Wertgrenzen', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Ab 1.000 Euro sind drei Angebote einzuholen.'),
        new Paragraph({ text: 'Direktauftrag bis 1.000 Euro', bullet: { level: 0 } }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function makePdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    let y = 780;
    for (const line of lines) {
      const heading = line.startsWith('# ');
      page.drawText(heading ? line.slice(2) : line, { x: 60, y, size: heading ? 16 : 11, font: heading ? bold : font });
      y -= heading ? 30 : 16;
    }
  }
  return pdf.save();
}

export function makeEncryptedDocx(): Uint8Array {
  const stream = (name: string, data: number[]) => ({ name, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data });
  return burn([
    { name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [1, 2] },
    stream('EncryptionInfo', [4, 0, 4, 0, 0x40, 0, 0, 0]),
    stream('EncryptedPackage', Array.from({ length: 64 }, (_, i) => i)),
  ]);
}

/** An Outlook .msg with subject, sender and plain-text body (MAPI properties as UTF-16 streams). */
export function makeMsg(subject: string, body: string, sender: string): Uint8Array {
  const utf16 = (s: string) => Array.from(Buffer.from(s, 'utf16le'));
  const stream = (tag: string, s: string) => {
    const data = utf16(s);
    return { name: `__substg1.0_${tag}`, type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data };
  };
  // Property stream header (32 bytes for the top-level message) followed by no fixed-size entries.
  const props = new Array(32).fill(0);
  return burn([
    { name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [1, 2, 3, 4] },
    stream('0037001F', subject),
    stream('1000001F', body),
    stream('0C1A001F', sender),
    { name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: props.length, binaryProvider: () => props },
  ]);
}

/** A zip whose central directory declares a huge uncompressed size (a zip bomb as far as the guard can tell). */
export async function makeZipWithLargeEntry(sizeBytes: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('big.bin', new Uint8Array(sizeBytes));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * A password-protected PDF as a reader sees it: the trailer names a Standard security handler
 * whose /U entry does not match the empty user password, so opening needs a password.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('Vertraulich', { x: 60, y: 780, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, O: PDFHexString.of('00'.repeat(32)), U: PDFHexString.of('11'.repeat(32)), P: -4 });
  pdf.context.trailerInfo.Encrypt = pdf.context.register(encrypt);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}

export interface MailAttachment {
  name: string;
  content: Uint8Array;
  mime: string;
}

/**
 * An Outlook .msg with attachments: each one an `__attach_version1.0_#0000000n` storage with its
 * long file name (3707), MIME type (370E) and data (3701), as Outlook writes them ([MS-OXMSG] 2.2.2).
 */
export function makeMsgWithAttachments(subject: string, body: string, sender: string, attachments: MailAttachment[]): Uint8Array {
  const utf16 = (s: string) => Array.from(Buffer.from(s, 'utf16le'));
  type E = { name: string; type: TypeEnum; length: number; binaryProvider?: () => number[]; children?: number[] };
  const entries: E[] = [{ name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: [] }];
  const add = (e: E, parent: E) => {
    entries.push(e);
    parent.children!.push(entries.length - 1);
    return e;
  };
  const text = (tag: string, s: string) => ({ name: `__substg1.0_${tag}`, type: TypeEnum.DOCUMENT, length: utf16(s).length, binaryProvider: () => utf16(s) });
  const root = entries[0];
  add(text('0037001F', subject), root);
  add(text('1000001F', body), root);
  add(text('0C1A001F', sender), root);
  const props = new Array(32).fill(0);
  add({ name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: props.length, binaryProvider: () => props }, root);
  attachments.forEach((a, i) => {
    const dir = add({ name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`, type: TypeEnum.DIRECTORY, length: 0, children: [] }, root);
    add(text('3707001F', a.name), dir);
    add(text('370E001F', a.mime), dir);
    const data = Array.from(a.content);
    add({ name: '__substg1.0_37010102', type: TypeEnum.DOCUMENT, length: data.length, binaryProvider: () => data }, dir);
    const attProps = new Array(8).fill(0);
    add({ name: '__properties_version1.0', type: TypeEnum.DOCUMENT, length: attProps.length, binaryProvider: () => attProps }, dir);
  });
  return burn(entries);
}

/** An RFC 5322 mail with base64 attachments and an inline signature image that is not an attachment. */
export function makeEml(subject: string, date: string, body: string, attachments: MailAttachment[]): Uint8Array {
  const boundary = 'grenze-4711';
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/(.{76})/g, '$1\r\n');
  const encodedName = (n: string) => `=?UTF-8?B?${Buffer.from(n).toString('base64')}?=`;
  const parts = [
    `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
    ...attachments.map((a) => `Content-Type: ${a.mime}; name="${encodedName(a.name)}"\r\nContent-Disposition: attachment; filename="${encodedName(a.name)}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.content)}\r\n`),
    `Content-Type: image/png\r\nContent-Disposition: inline; filename="logo.png"\r\nContent-ID: <logo@stadt>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n`,
  ];
  const head = `From: Hauptamt <hauptamt@stadt.example>\r\nTo: Alle <alle@stadt.example>\r\nSubject: ${encodedName(subject)}\r\nDate: ${date}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n`;
  return Buffer.from(`${head}${parts.map((p) => `--${boundary}\r\n${p}`).join('')}--${boundary}--\r\n`);
}
