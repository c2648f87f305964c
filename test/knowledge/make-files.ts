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
