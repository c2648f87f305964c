import { describe, expect, it } from 'vitest';
import { createParseDocument, parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { ParseSkip } from '../../src/knowledge/parsers/types.js';
import { makeDocx, makeEncryptedDocx, makeEncryptedPdf, makeMsg, makePdf, makeZipWithLargeEntry } from './make-files.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function skipReason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParseSkip) return e.reason;
    throw e;
  }
  return 'parsed';
}

describe('parseDocument', () => {
  it('reads Markdown headings, paragraphs and list items', async () => {
    const doc = await parseDocument(utf8('# Urlaub\n\n## Antrag\n\nUrlaub wird **rechtzeitig** beantragt.\n\n- zwei Wochen vorher\n- im Portal\n'), 'urlaub.md');
    expect(doc.title).toBe('Urlaub');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Urlaub' },
      { kind: 'heading', level: 2, text: 'Antrag' },
      { kind: 'paragraph', text: 'Urlaub wird rechtzeitig beantragt.' },
      { kind: 'listItem', text: 'zwei Wochen vorher' },
      { kind: 'listItem', text: 'im Portal' },
    ]);
  });

  it('reads a DOCX with its heading levels and bullets', async () => {
    const doc = await parseDocument(await makeDocx(), 'vergabe.docx');
    expect(doc.title).toBe('Beschaffungsrichtlinie');
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 2, text: 'Wertgrenzen' });
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: 'Ab 1.000 Euro sind drei Angebote einzuholen.' });
    expect(doc.blocks).toContainEqual({ kind: 'listItem', text: 'Direktauftrag bis 1.000 Euro' });
  });

  it('reads a PDF text layer and keeps page numbers', async () => {
    const bytes = await makePdf([['# Sitzungsdienst', 'Vorlagen vier Wochen vorher einstellen.'], ['# Niederschrift', 'Entwurf binnen zehn Arbeitstagen.']]);
    const doc = await parseDocument(bytes, 'sitzung.pdf');
    const niederschrift = doc.blocks.find((b) => b.text.includes('zehn Arbeitstagen'));
    expect(niederschrift?.page).toBe(2);
    expect(doc.blocks.find((b) => b.text.includes('vier Wochen'))?.page).toBe(1);
    expect(doc.blocks).toContainEqual({ kind: 'heading', level: 1, text: 'Niederschrift', page: 2 });
  });

  it('reads HTML headings and lists but not scripts', async () => {
    const html = '<html><head><title>Zeichnung</title><script>alert("x")</script></head><body><h2>Wer unterschreibt?</h2><ul><li>Die Leitung</li></ul><p>Text &amp; mehr</p></body></html>';
    const doc = await parseDocument(utf8(html), 'z.html');
    expect(doc.title).toBe('Zeichnung');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Wer unterschreibt?' },
      { kind: 'listItem', text: 'Die Leitung' },
      { kind: 'paragraph', text: 'Text & mehr' },
    ]);
  });

  it('reads TXT (also Windows-1252) with its first line as title', async () => {
    const latin1 = Uint8Array.from([...'Krankmeldung\n\nMeldung bis 9 Uhr an die F'].map((c) => c.charCodeAt(0)).concat([0xfc], [...'hrung.'].map((c) => c.charCodeAt(0))));
    const doc = await parseDocument(latin1, 'krank.txt');
    expect(doc.title).toBe('Krankmeldung');
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', text: 'Meldung bis 9 Uhr an die Führung.' });
  });

  it('reads an EML with subject as title and sender in meta', async () => {
    const eml = 'From: Kaemmerei <k@stadt.example>\r\nTo: alle@stadt.example\r\nSubject: =?UTF-8?Q?Fristen_f=C3=BCr_Rechnungen?=\r\nDate: Mon, 03 Nov 2025 09:15:00 +0100\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nRechnungen bis 15. Dezember.\r\n';
    const doc = await parseDocument(utf8(eml), 'mail.eml');
    expect(doc.title).toBe('Fristen für Rechnungen');
    expect(doc.meta?.from).toContain('k@stadt.example');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Rechnungen bis 15. Dezember.' }]);
  });

  it('reads an Outlook MSG', async () => {
    const doc = await parseDocument(makeMsg('Hinweis Gleitzeit', 'Gleittage bitte vorher eintragen.', 'Personalrat'), 'hinweis.msg');
    expect(doc.title).toBe('Hinweis Gleitzeit');
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: 'Gleittage bitte vorher eintragen.' }]);
    expect(doc.meta?.from).toBe('Personalrat');
  });

  it('skips a broken PDF as unreadable', async () => {
    expect(await skipReason(parseDocument(utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'), 'kaputt.pdf'))).toBe('unreadable');
  });

  it('skips a password-protected PDF as encrypted', async () => {
    expect(await skipReason(parseDocument(await makeEncryptedPdf(), 'geheim.pdf'))).toBe('encrypted');
  });

  it('skips a password-protected DOCX (compound file) as encrypted', async () => {
    expect(await skipReason(parseDocument(makeEncryptedDocx(), 'geheim.docx'))).toBe('encrypted');
  });

  it('skips empty files, unsupported types and a DOCX that is no zip', async () => {
    expect(await skipReason(parseDocument(new Uint8Array(0), 'leer.md'))).toBe('empty');
    expect(await skipReason(parseDocument(utf8('   \n\n'), 'leer.txt'))).toBe('empty');
    expect(await skipReason(parseDocument(utf8('x'), 'bild.png'))).toBe('unsupported');
    expect(await skipReason(parseDocument(utf8('kein zip'), 'falsch.docx'))).toBe('unreadable');
  });

  it('refuses a DOCX whose declared unpacked size exceeds the limit (zip bomb guard)', async () => {
    const parse = createParseDocument({ maxPdfPages: 2000, maxUncompressedBytes: 1_000_000, timeoutMs: 10_000 });
    expect(await skipReason(parse(await makeZipWithLargeEntry(5_000_000), 'bombe.docx'))).toBe('limit');
  });

  it('refuses a PDF with more pages than allowed', async () => {
    const parse = createParseDocument({ maxPdfPages: 2, maxUncompressedBytes: 1e8, timeoutMs: 10_000 });
    expect(await skipReason(parse(await makePdf([['a'], ['b'], ['c']]), 'lang.pdf'))).toBe('limit');
  });

  it('gives up on a file that takes longer than the parse-time limit', async () => {
    const parse = createParseDocument({ maxPdfPages: 2000, maxUncompressedBytes: 1e8, timeoutMs: 1 });
    const pages = Array.from({ length: 40 }, (_, i) => [`# Seite ${i + 1}`, 'Text '.repeat(50)]);
    expect(await skipReason(parse(await makePdf(pages), 'langsam.pdf'))).toBe('limit');
  });
});
