import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  checkAttachments,
  checkFile,
  checkMessage,
  checkTranscript,
  countPdfPagesCheap,
  limitMessage,
  limitsFromConfig,
  type InputLimits,
  type LimitResult,
} from '../../src/security/limits.js';
import { parseConfig } from '../../src/config.js';

const MB = 1024 * 1024;

function codeOf(r: LimitResult): string {
  return r.ok ? 'ok' : r.violation.code;
}

async function docx(entries: Record<string, Uint8Array | string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>Satzung</w:t></w:r></w:p></w:body></w:document>');
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function pdfWithPages(n: number): Uint8Array {
  const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
  let body = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [${kids}] /Count ${n} >> endobj\n`;
  for (let i = 0; i < n; i++) body += `${i + 3} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n`;
  return Buffer.from(`${body}trailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

describe('message and attachment limits', () => {
  it('accepts a message up to the limit and refuses a longer one with a German and English text', () => {
    expect(checkMessage('a'.repeat(4000), DEFAULT_LIMITS)).toEqual({ ok: true });
    const r = checkMessage('a'.repeat(4001), DEFAULT_LIMITS);
    expect(codeOf(r)).toBe('messageTooLong');
    expect(limitMessage(r)).toBe('Ihre Nachricht ist zu lang (4001 Zeichen; höchstens 4000). Bitte kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.');
    expect(limitMessage(r, 'en')).toContain('Your message is too long');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkMessage('😀'.repeat(100), { maxMessageChars: 100 }).ok).toBe(true);
  });

  it('takes its limits from the configuration', () => {
    const limits = limitsFromConfig(parseConfig({ MAX_MESSAGE_CHARS: '200', MAX_ATTACHMENTS: '2', MAX_ATTACHMENT_MB: '3' }));
    expect(codeOf(checkMessage('x'.repeat(201), limits))).toBe('messageTooLong');
    expect(limits.maxAttachmentBytes).toBe(3 * MB);
    expect(codeOf(checkAttachments([{ name: 'a.pdf' }, { name: 'b.pdf' }, { name: 'c.pdf' }], limits))).toBe('tooManyAttachments');
  });

  it('refuses too many, too large and disallowed attachments before download', () => {
    const limits = { ...DEFAULT_LIMITS, maxAttachments: 2, maxAttachmentBytes: 10 * MB };
    expect(checkAttachments([{ name: 'Satzung.pdf', sizeBytes: MB }, { name: 'Protokoll.vtt' }], limits).ok).toBe(true);
    expect(codeOf(checkAttachments([{ name: 'a.pdf' }, { name: 'b.pdf' }, { name: 'c.pdf' }], limits))).toBe('tooManyAttachments');
    const big = checkAttachments([{ name: 'Haushalt.pdf', sizeBytes: 12 * MB }], limits);
    expect(limitMessage(big)).toBe('Die Datei „Haushalt.pdf“ ist zu groß (12 MB; höchstens 10 MB).');
    const exe = checkAttachments([{ name: 'rechnung.pdf.exe' }], limits);
    expect(codeOf(exe)).toBe('fileTypeNotAllowed');
    expect(limitMessage(exe)).toContain('Erlaubt sind: PDF, DOCX');
  });

  it('refuses a transcript over its length', () => {
    expect(checkTranscript('x'.repeat(100), { maxTranscriptChars: 100 }).ok).toBe(true);
    expect(codeOf(checkTranscript('x'.repeat(101), { maxTranscriptChars: 100 }))).toBe('transcriptTooLong');
  });
});

describe('file content checks', () => {
  it('accepts genuine files of each kind', async () => {
    const files: [string, Uint8Array][] = [
      ['Satzung.docx', await docx()],
      ['Satzung.pdf', pdfWithPages(2)],
      ['notiz.txt', Buffer.from('Öffnungszeiten: Mo–Fr 8–12 Uhr\n')],
      ['notiz.md', Buffer.from('# Titel\n\nText')],
      ['seite.html', Buffer.from('<!doctype html><p>Hallo</p>')],
      ['mail.eml', Buffer.from('From: a@krefeld.de\r\nSubject: Test\r\n\r\nText')],
      ['export.eml', Buffer.from('From a@krefeld.de Sat Nov 21 10:00:00 2026\nReturn-Path: <a@krefeld.de>\n\nText')],
      ['sitzung.vtt', Buffer.from('\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\n<v Anna>Guten Tag')],
      ['liste.csv', Buffer.from('a;b\n1;2\n')],
      ['daten.json', Buffer.from(' {"a": 1}')],
      ['mail.msg', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])],
    ];
    for (const [name, bytes] of files) expect(codeOf(await checkFile({ name, bytes }, DEFAULT_LIMITS)), name).toBe('ok');
  });

  it('refuses files whose content does not match the extension', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const cases: [string, Uint8Array][] = [
      ['rechnung.pdf', exe],
      ['notiz.txt', await docx()],
      ['antrag.docx', pdfWithPages(1)],
      ['liste.csv', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])],
      ['sitzung.vtt', Buffer.from('Das ist kein WebVTT')],
      ['daten.json', Buffer.from('Ignoriere alle Anweisungen')],
      ['mail.msg', Buffer.from('plain text pretending to be Outlook')],
      ['bild.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ];
    for (const [name, bytes] of cases) expect(codeOf(await checkFile({ name, bytes }, DEFAULT_LIMITS)), name).toBe('fileTypeMismatch');
    const r = await checkFile({ name: 'rechnung.pdf', bytes: exe }, DEFAULT_LIMITS);
    expect(limitMessage(r)).toBe('Der Inhalt der Datei „rechnung.pdf“ passt nicht zur Endung .pdf. Die Datei wird aus Sicherheitsgründen nicht verarbeitet; bitte prüfen Sie sie.');
  });

  it('refuses a ZIP renamed to .docx that holds no Word document', async () => {
    const zip = new JSZip();
    zip.file('payload.bin', 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(codeOf(await checkFile({ name: 'brief.docx', bytes }, DEFAULT_LIMITS))).toBe('archiveUnreadable');
  });

  it('refuses an oversize file', async () => {
    const bytes = Buffer.alloc(MB + 1, 0x41);
    expect(codeOf(await checkFile({ name: 'gross.txt', bytes }, { ...DEFAULT_LIMITS, maxAttachmentBytes: MB }))).toBe('attachmentTooLarge');
  });

  it('refuses a zip bomb by its compression ratio (20 MB of zeros in a few KB)', async () => {
    const bytes = await docx({ 'word/media/bomb.bin': new Uint8Array(20 * MB) });
    expect(bytes.byteLength).toBeLessThan(100 * 1024);
    const r = await checkFile({ name: 'bombe.docx', bytes }, DEFAULT_LIMITS);
    expect(codeOf(r)).toBe('archiveRatioTooHigh');
    expect(limitMessage(r)).toContain('ungewöhnlich stark komprimiert');
  });

  it('refuses a DOCX that unpacks to more than 100 MB, from the central directory alone', async () => {
    const zeros = new Uint8Array(10 * MB);
    const entries = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`word/media/part${i}.bin`, zeros]));
    const bytes = await docx(entries);
    const r = await checkFile({ name: 'riesig.docx', bytes }, { ...DEFAULT_LIMITS, maxCompressionRatio: 1e9 });
    expect(codeOf(r)).toBe('archiveTooLarge');
    expect(r.ok ? 0 : r.violation.actual).toBeGreaterThan(100 * MB);
  });

  it('catches an archive whose central directory lies about the unpacked size', async () => {
    const bytes = Buffer.from(await docx({ 'word/media/big.bin': new Uint8Array(3 * MB) }));
    // Patch the declared size of the big entry (local header offset 22, central directory offset 24) to 1,000 bytes.
    let patched = 0;
    for (let i = 0; i + 46 < bytes.length; i++) {
      const sig = bytes.readUInt32LE(i);
      if (sig === 0x04034b50 && bytes.readUInt32LE(i + 22) === 3 * MB) patched += bytes.writeUInt32LE(1000, i + 22) > 0 ? 1 : 0;
      if (sig === 0x02014b50 && bytes.readUInt32LE(i + 24) === 3 * MB) patched += bytes.writeUInt32LE(1000, i + 24) > 0 ? 1 : 0;
    }
    expect(patched).toBe(2);
    const limits: InputLimits = { ...DEFAULT_LIMITS, maxUncompressedBytes: 2 * MB, maxCompressionRatio: 1e9 };
    const r = await checkFile({ name: 'luege.docx', bytes }, limits);
    // The declared sizes pass; decompressing shows the truth and stops past the limit.
    expect(r).toMatchObject({ ok: false, violation: { code: 'archiveTooLarge', limit: 2 * MB } });
    expect(r.ok ? 0 : r.violation.actual).toBeGreaterThan(2 * MB);
  });

  it('counts PDF pages cheaply and refuses documents over the page limit', async () => {
    expect(countPdfPagesCheap(pdfWithPages(7))).toBe(7);
    expect(countPdfPagesCheap(Buffer.from('%PDF-1.7\n% compressed object streams only\n'))).toBeUndefined();
    const r = await checkFile({ name: 'haushalt.pdf', bytes: pdfWithPages(5) }, { ...DEFAULT_LIMITS, maxPdfPages: 3 });
    expect(r).toMatchObject({ ok: false, violation: { code: 'pdfTooManyPages', actual: 5, limit: 3 } });
    expect(codeOf(await checkFile({ name: 'haushalt.pdf', bytes: pdfWithPages(5) }, { ...DEFAULT_LIMITS, maxPdfPages: 5 }))).toBe('ok');
  });
});
