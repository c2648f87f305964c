/**
 * DOCX → blocks via mammoth's HTML (headings keep their levels through Word's heading styles).
 * Guards first: a password-protected DOCX is an OLE compound file, not a zip; a zip whose
 * declared uncompressed size exceeds the limit is not opened (zip bomb). Blocks that carry text
 * Word does not show (hidden, white on white, tiny) are marked `hidden` (see docx-hidden-text.ts).
 */
import mammoth from 'mammoth';
import { findHiddenText } from './docx-hidden-text.js';
import { htmlToBlocks, markBlocksContaining, type HtmlContent } from './html-blocks.js';
import { ParseSkip } from './types.js';
import { openZip, readXml } from './xml.js';

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
  let content: HtmlContent;
  let hidden: string[];
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    content = htmlToBlocks(value);
    const document = await readXml(zip, 'word/document.xml');
    hidden = document ? findHiddenText(document, await readXml(zip, 'word/styles.xml')) : [];
  } catch {
    throw new ParseSkip('unreadable', 'Word-Dokument ist beschädigt oder in einem unerwarteten Aufbau und konnte nicht gelesen werden.');
  }
  // The blocks that contain a hidden paragraph's text (mammoth's text of it, whitespace as in the block).
  return hidden.length ? { ...content, blocks: markBlocksContaining(content.blocks, hidden) } : content;
}
