/**
 * File type by extension AND content (magic bytes), so a program or archive renamed to ".pdf" or
 * ".txt" is refused before any parser touches it. Pure.
 */
import type { FileKind } from './limit-types.js';

const EXTENSIONS: Record<string, FileKind> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  eml: 'eml',
  msg: 'msg',
  vtt: 'vtt',
  csv: 'csv',
  json: 'json',
};

/** The kind named by the file's extension, or undefined when the extension is not accepted. */
export function kindFromName(name: string): FileKind | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return match ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

export function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1].toLowerCase() ?? '';
}

/** What the first bytes say a file is. */
export type Sniffed = 'pdf' | 'zip' | 'ole' | 'text' | 'binary';

const BINARY_MAGICS: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (Windows executable)
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O / Java class
];

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  return bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
}

function hasKnownMagic(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || BINARY_MAGICS.some((m) => startsWith(bytes, m));
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (BINARY_MAGICS.some((m) => startsWith(bytes, m))) return 'binary';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text'; // UTF-16 with BOM
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > sample.length * 0.02 ? 'binary' : 'text';
}

function textStart(bytes: Uint8Array): string {
  return Buffer.from(bytes.subarray(0, 2048)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
}

/**
 * True when the content fits the kind the extension claims. DOCX is only "a ZIP" here; that it
 * holds a Word document is checked with the archive inspection.
 */
export function contentMatchesKind(kind: FileKind, bytes: Uint8Array): boolean {
  const sniffed = sniff(bytes);
  switch (kind) {
    case 'pdf':
      // PDF readers also accept the header after some junk within the first KiB.
      return sniffed === 'pdf' || (!hasKnownMagic(bytes) && Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-'));
    case 'docx':
      return sniffed === 'zip';
    case 'msg':
      return sniffed === 'ole';
    case 'vtt':
      return sniffed === 'text' && textStart(bytes).startsWith('WEBVTT');
    case 'json':
      return sniffed === 'text' && /^[[{]/.test(textStart(bytes));
    case 'eml':
      // A header line, or the "From " separator line of mbox-style exports.
      return sniffed === 'text' && /^(?:[A-Za-z][A-Za-z0-9-]*:|From )/.test(textStart(bytes));
    case 'txt':
    case 'md':
    case 'csv':
    case 'html':
      return sniffed === 'text';
  }
}
