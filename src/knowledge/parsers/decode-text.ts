/**
 * Bytes of a text, CSV or HTML file → string, with the charset found the way a careful reader
 * would: byte-order mark first, then UTF-16 without BOM (every other byte zero), then strict
 * UTF-8, then (for HTML) the declared `<meta charset>`, then the statistical detector `chardet`
 * (Windows-1252, ISO-8859-x, …). Decoding uses iconv-lite: Node's TextDecoder decodes
 * "windows-1252" as Latin-1 (0x80–0x9F become control characters instead of €, „ and –). Pure.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ParseSkip } from './types.js';

export interface DecodedText {
  text: string;
  /** Name of the charset used, e.g. "utf-8", "windows-1252", "utf-16le". */
  encoding: string;
}

export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): string {
  return decodeTextWithCharset(bytes, options).text;
}

export function decodeTextWithCharset(bytes: Uint8Array, options: { html?: boolean } = {}): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decode(bytes.subarray(bom === 'utf-8' ? 3 : 2), bom), encoding: bom };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16 };
  if (bytes.includes(0)) throw new ParseSkip('unreadable', 'Binärdatei statt Text (Nullbytes, keine bekannte Zeichenkodierung).');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: an 8-bit charset follows.
  }
  const declared = options.html ? declaredHtmlCharset(bytes) : undefined;
  const encoding = declared ?? detectSingleByte(bytes);
  return { text: decode(bytes, encoding), encoding };
}

function decode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function byteOrderMark(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 text of Latin script has a zero in every other byte; which half tells the byte order. */
function utf16WithoutBom(b: Uint8Array): string | undefined {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function declaredHtmlCharset(b: Uint8Array): string | undefined {
  const head = Buffer.from(b.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m && isKnownEncoding(m[1]) && !/^utf-?8$/i.test(m[1]) ? m[1].toLowerCase() : undefined;
}

/**
 * The 8-bit charset chardet finds most likely. chardet cannot tell ISO-8859-15 from Windows-1252;
 * they differ where German text shows it: "€" is 0x80 in Windows-1252 and 0xA4 in ISO-8859-15
 * (where Windows-1252 has the never-used "¤"), and only Windows-1252 uses 0x80–0x9F at all.
 */
function detectSingleByte(b: Uint8Array): string {
  const candidates = chardet.analyse(b).filter((m) => !/^(utf|iso-2022|shift_jis|euc|big5|gb)/i.test(m.name) && isKnownEncoding(m.name));
  let name = (candidates[0]?.name ?? 'windows-1252').toLowerCase();
  if (name === 'iso-8859-1' || name === 'windows-1252') {
    const c1 = b.some((x) => x >= 0x80 && x <= 0x9f);
    name = !c1 && b.includes(0xa4) ? 'iso-8859-15' : 'windows-1252';
  }
  return name;
}

function isKnownEncoding(label: string): boolean {
  return iconv.encodingExists(label);
}
