/**
 * DOCX → blocks via mammoth's HTML (headings keep their levels through Word's heading styles).
 * Guards first: a password-protected DOCX is an OLE compound file, not a zip; a zip whose
 * declared uncompressed size exceeds the limit is not opened (zip bomb).
 */
import mammoth from 'mammoth';
import { htmlToBlocks, type HtmlContent } from './html-blocks.js';
import { ParseSkip } from './types.js';
import { openZip } from './xml.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

export async function docxToBlocks(bytes: Uint8Array, maxUncompressedBytes: number): Promise<HtmlContent> {
  if (isCompoundFile(bytes)) {
    // Office stores encrypted OOXML in a compound file with an "EncryptionInfo" stream.
    const encrypted = Buffer.from(bytes).includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw encrypted
      ? new ParseSkip('encrypted', 'Word-Dokument ist passwortgeschützt.')
      : new ParseSkip('unsupported', 'Altes Word-Format (.doc) als .docx benannt; bitte als DOCX speichern.');
  }
  const zip = await openZip(bytes, maxUncompressedBytes, 'DOCX');
  if (!zip.file('word/document.xml')) throw new ParseSkip('unreadable', 'DOCX ohne Textteil (word/document.xml fehlt).');
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToBlocks(value);
  } catch {
    throw new ParseSkip('unreadable', 'Word-Dokument ist beschädigt oder in einem unerwarteten Aufbau und konnte nicht gelesen werden.');
  }
}
