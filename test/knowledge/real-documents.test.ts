/**
 * Files as a Fachbereich keeps them: old Windows text files, UTF-16 "Unicode" text, CSV from
 * German Excel, spreadsheets, slides, OpenDocument and RTF. The facts in them must come out
 * intact and carry a location (sheet and row, slide number).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { decodeTextWithCharset } from '../../src/knowledge/parsers/decode-text.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { ParseSkip } from '../../src/knowledge/parsers/types.js';
import { makeFeeXlsx, makeOdp, makeOds, makeOdt, makePptx, makeRtf } from './make-office-files.js';

/** Windows-1252 bytes of a string (the characters German office texts use). */
function win1252(s: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...s].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

const textOf = (doc: { blocks: { text: string }[] }) => doc.blocks.map((b) => b.text).join('\n');

async function skipOf(p: Promise<unknown>): Promise<ParseSkip> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParseSkip) return e;
    throw e;
  }
  throw new Error('expected a ParseSkip');
}

describe('charsets of text files', () => {
  const sentence = 'Bewirtung höchstens 40 € je Person – nur mit „Originalbeleg“ und ‚Teilnehmerliste‘ … siehe Straßenverzeichnis.';

  it('reads Windows-1252 with €, typographic quotes, dash and ellipsis', async () => {
    const doc = await parseDocument(win1252(`Bewirtung\n\n${sentence}\n`), 'bewirtung.txt');
    expect(textOf(doc)).toContain(sentence);
  });

  it('reads ISO-8859-15, where € is 0xA4', () => {
    const bytes = Uint8Array.from([...'Gebühr: 12 € für Änderungen'].map((ch) => (ch === '€' ? 0xa4 : ch.charCodeAt(0))));
    expect(decodeTextWithCharset(bytes)).toEqual({ text: 'Gebühr: 12 € für Änderungen', encoding: 'iso-8859-15' });
  });

  it('reads UTF-16 with BOM (Notepad "Unicode") and without BOM, both byte orders', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Hinweis\n\n${sentence}`, 'utf16le')]);
    expect(textOf(await parseDocument(le, 'hinweis.txt'))).toContain(sentence);
    const be = Buffer.from(`Öffnungszeiten: Montag bis Freitag 8–12 Uhr`, 'utf16le').swap16();
    expect(decodeTextWithCharset(be)).toEqual({ text: 'Öffnungszeiten: Montag bis Freitag 8–12 Uhr', encoding: 'utf-16be' });
    expect(decodeTextWithCharset(Buffer.from('Säumniszuschlag 1 %', 'utf16le')).text).toBe('Säumniszuschlag 1 %');
  });

  it('keeps UTF-8 (with and without BOM) as it is', () => {
    const text = 'Grüße – „Bürgerbüro“ €';
    expect(decodeTextWithCharset(Buffer.from(text)).text).toBe(text);
    expect(decodeTextWithCharset(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });

  it('uses the charset an HTML page declares when it is not UTF-8', async () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>Gebühren</title></head><body><p>'), win1252('Beglaubigung 5 € – „je Seite“'), Buffer.from('</p></body></html>')]);
    expect(textOf(await parseDocument(html, 'gebuehren.html'))).toContain('Beglaubigung 5 € – „je Seite“');
  });

  it('still refuses a binary file named .txt, in German', async () => {
    const skip = await skipOf(parseDocument(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0, 0, 9]), 'bild.txt'));
    expect(skip.reason).toBe('unreadable');
    expect(skip.message).toMatch(/Binärdatei/);
  });

  it('reads a CSV saved by German Excel (semicolons, Windows-1252) row by row with its headers', async () => {
    const csv = win1252('Leistung;Gebühr;Hinweis\r\nFührungszeugnis;13,00 €;„Belegart N“\r\nMeldebescheinigung;10,00 €;–\r\n');
    const doc = await parseDocument(csv, 'gebuehren.csv');
    expect(textOf(doc)).toContain('Leistung: Führungszeugnis; Gebühr: 13,00 €; Hinweis: „Belegart N“');
  });
});

describe('spreadsheets', () => {
  const fees = [
    { service: 'Personalausweis (ab 24 Jahre)', fee: 37, note: 'Lichtbild mitbringen' },
    { service: 'Reisepass (ab 24 Jahre)', fee: 70, note: 'Bearbeitungszeit 3–4 Wochen' },
    { service: 'Beglaubigung je Seite', fee: 5.5, note: '' },
  ];

  it('reads an XLSX fee table: one passage per row, each value named by its column header, sheet and row as location', async () => {
    const doc = await parseDocument(await makeFeeXlsx(fees), 'Gebuehrenordnung.xlsx');
    const chunks = chunkDocument(doc, 'Gebuehrenordnung.xlsx');
    const pass = chunks.find((c) => c.text.includes('Reisepass'));
    expect(pass?.text).toBe('Leistung: Reisepass (ab 24 Jahre); Gebühr: 70,00 €; Hinweis: Bearbeitungszeit 3–4 Wochen');
    expect(pass?.sectionPath).toEqual(['Gebühren', 'Gebühren, Zeile 3']);
    // The row is its own passage: no other fee in it.
    expect(pass?.text).not.toContain('37,00');
    expect(chunks.find((c) => c.text.includes('Beglaubigung'))?.text).toContain('Gebühr: 5,50 €');
    // Every sheet is read, not only the first.
    expect(chunks.find((c) => c.text.includes('Özdemir'))).toMatchObject({ sectionPath: ['Telefonliste', 'Telefonliste, Zeile 2'] });
  });

  it('reads an ODS sheet without expanding the empty cells repeated to the sheet edge', async () => {
    const started = performance.now();
    const doc = await parseDocument(await makeOds('Abfall', [['Abfallart', 'Abholung'], ['Sperrmüll', 'auf Anmeldung, 2× jährlich frei'], ['Grünschnitt', 'März bis November']]), 'abfall.ods');
    const chunks = chunkDocument(doc, 'abfall.ods');
    expect(chunks.find((c) => c.text.includes('Sperrmüll'))).toMatchObject({ text: 'Abfallart: Sperrmüll; Abholung: auf Anmeldung, 2× jährlich frei', sectionPath: ['Abfall', 'Abfall, Zeile 2'] });
    expect(chunks.filter((c) => c.sectionPath[1]?.includes('Zeile'))).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('presentations', () => {
  const slides = [
    { title: 'Datenschutz im Bürgerbüro', bullets: ['Schulung für neue Mitarbeitende'] },
    { title: 'Auskunftssperren', bullets: ['Vor jeder Melderegisterauskunft Sperrvermerk prüfen'], notes: 'Bei Sperrvermerk keine Auskunft, Vorgang an die Leitung geben.' },
  ];

  it('reads PPTX slides in presentation order with their notes; the slide number is the location', async () => {
    const doc = await parseDocument(await makePptx(slides), 'schulung.pptx');
    const chunks = chunkDocument(doc, 'schulung.pptx');
    const second = chunks.find((c) => c.text.includes('Sperrvermerk prüfen'));
    expect(second?.sectionPath).toEqual(['Folie 2: Auskunftssperren']);
    expect(second?.text).toContain('Notizen: Bei Sperrvermerk keine Auskunft');
    expect(chunks.find((c) => c.text.includes('Schulung für neue'))?.sectionPath).toEqual(['Folie 1: Datenschutz im Bürgerbüro']);
    // Neither the notes' slide number placeholder nor the title repeated in the body.
    expect(second?.text).not.toMatch(/^2$/m);
    expect(doc.title).toBe('Datenschutz im Bürgerbüro');
  });

  it('reads ODP slides with notes', async () => {
    const doc = await parseDocument(await makeOdp(slides), 'schulung.odp');
    const chunks = chunkDocument(doc, 'schulung.odp');
    expect(chunks.find((c) => c.text.includes('Sperrvermerk prüfen'))).toMatchObject({ sectionPath: ['Folie 2: Auskunftssperren'] });
    expect(textOf(doc)).toContain('Notizen: Bei Sperrvermerk keine Auskunft, Vorgang an die Leitung geben.');
  });
});

describe('OpenDocument text and RTF', () => {
  it('reads an ODT with heading levels and lists, without comments', async () => {
    const odt = await makeOdt('Dienstanweisung Kasse', [
      { heading: 'Barkasse', level: 1 },
      { heading: 'Kassensturz', level: 2 },
      { text: 'Der Kassenbestand wird  täglich gezählt.' },
      { list: ['Zählprotokoll unterschreiben', 'Differenzen sofort melden'] },
    ]);
    const doc = await parseDocument(odt, 'kasse.odt');
    expect(doc.title).toBe('Dienstanweisung Kasse');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Barkasse' },
      { kind: 'heading', level: 2, text: 'Kassensturz' },
      { kind: 'paragraph', text: 'Der Kassenbestand wird täglich gezählt.' },
      { kind: 'listItem', text: 'Zählprotokoll unterschreiben' },
      { kind: 'listItem', text: 'Differenzen sofort melden' },
    ]);
  });

  it('reads RTF in code page 1252 with Unicode escapes, without doubled fallback characters', async () => {
    const rtf = makeRtf('Gebührenhinweis', ['Die Gebühr beträgt 12 € – zahlbar „sofort“.', 'Ermäßigung ≤ 50 % für Inhaber des Sozialpasses.']);
    const doc = await parseDocument(rtf, 'hinweis.rtf');
    const text = textOf(doc);
    expect(text).toContain('Die Gebühr beträgt 12 € – zahlbar „sofort“.');
    expect(text).toContain('Ermäßigung ≤ 50 % für Inhaber des Sozialpasses.');
    expect(text).not.toContain('?');
  });
});

describe('German skip reasons', () => {
  it('names broken files in German, never with the library\'s English message', async () => {
    const cases: [string, Uint8Array][] = [
      ['kaputt.pdf', Buffer.from('%PDF-1.4 kaputt')],
      ['kaputt.xlsx', Buffer.from('PK kein zip')],
      ['kaputt.pptx', Buffer.from('kein zip')],
      ['kaputt.odt', Buffer.from('kein zip')],
      ['kaputt.rtf', Buffer.from('kein rtf')],
      ['kaputt.docx', Buffer.from('kein zip')],
    ];
    for (const [name, bytes] of cases) {
      const skip = await skipOf(parseDocument(bytes, name));
      expect(skip.reason, name).toBe('unreadable');
      expect(skip.message, name).not.toMatch(/\b(Invalid|Error|error|failed|Corrupted|end of|signature|undefined)\b/);
      expect(skip.message, name).toMatch(/beschädigt|Keine RTF-Datei|kein gültiges/);
    }
  });

  it('tells what to do with old binary Office formats', async () => {
    const skip = await skipOf(parseDocument(Buffer.from('x'), 'alt.xls'));
    expect(skip).toMatchObject({ reason: 'unsupported', message: 'Altes Office-Format (.xls) wird nicht gelesen; bitte als XLSX speichern.' });
  });
});

describe('rathaus index and search over office files', () => {
  let root: string;
  const io = (): CliIo & { out: string; err: string } => {
    const c = { out: '', err: '', stdout: (t: string) => void (c.out += t), stderr: (t: string) => void (c.err += t), env: {}, cwd: root, isTTY: false };
    return c;
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'rathaus-office-'));
    mkdirSync(path.join(root, 'wissen'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds a fee table row and a slide note, cited with sheet/row and slide', async () => {
    writeFileSync(path.join(root, 'wissen', 'gebuehren.xlsx'), await makeFeeXlsx([{ service: 'Wohnsitzbescheinigung', fee: 12, note: 'sofort erhältlich' }, { service: 'Führungszeugnis', fee: 13, note: 'Online-Antrag möglich' }]));
    writeFileSync(path.join(root, 'wissen', 'schulung.pptx'), await makePptx([{ title: 'Fundsachen', bullets: ['Abgabe im Bürgerbüro'], notes: 'Fundsachen werden sechs Monate aufbewahrt.' }]));
    writeFileSync(path.join(root, 'wissen', 'alt.txt'), win1252('Kasse\n\nWechselgeld höchstens 200 € – täglich abrechnen.\n'));
    const c = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], c)).toBe(0);
    expect(JSON.parse(c.out)).toMatchObject({ documents: 3, skipped: [] });

    const fee = io();
    await runCli(['ask', 'Wie hoch ist die Gebühr für das Führungszeugnis?', '--data-dir', 'd', '--json'], fee);
    const feeAnswer = JSON.parse(fee.out);
    expect(feeAnswer.citations[0]).toMatchObject({ source: 'gebuehren.xlsx' });
    expect(feeAnswer.citations[0].snippet).toContain('Gebühr: 13,00 €');
    expect(feeAnswer.answer).toContain('[1] gebuehren, Gebühren, Zeile 3 (gebuehren.xlsx)');

    const note = io();
    await runCli(['ask', 'Wie lange werden Fundsachen aufbewahrt?', '--data-dir', 'd', '--json'], note);
    const noteAnswer = JSON.parse(note.out);
    expect(noteAnswer.citations[0]).toMatchObject({ source: 'schulung.pptx' });
    expect(noteAnswer.answer).toContain('Folie 1: Fundsachen (schulung.pptx)');

    const cash = io();
    await runCli(['search', 'Wechselgeld', '--data-dir', 'd', '--json'], cash);
    expect(JSON.parse(cash.out).hits[0].snippet).toContain('200 € – täglich');
  });
});

describe('rathaus index on a folder without readable files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'rathaus-empty-'));
    mkdirSync(path.join(root, 'wissen'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const run = async (args: string[]) => {
    const c = { out: '', err: '', stdout: (t: string) => void (c.out += t), stderr: (t: string) => void (c.err += t), env: {}, cwd: root, isTTY: false };
    expect(await runCli(args, c)).toBe(0);
    return c;
  };

  it('warns when the folder is empty or holds only unsupported files', async () => {
    expect((await run(['index', 'wissen', '--data-dir', 'd'])).err).toMatch(/^Warnung: Im Wissensordner .* liegt keine lesbare Datei\. Unterstützt: .*\.xlsx/m);
    writeFileSync(path.join(root, 'wissen', 'plan.dwg'), 'x');
    expect((await run(['index', 'wissen', '--data-dir', 'd', '--json'])).err).toContain('1 Datei(en) in nicht unterstützten Formaten');
  });

  it('warns differently when every file was skipped for a reason, and not at all once one is read', async () => {
    writeFileSync(path.join(root, 'wissen', 'kaputt.pdf'), '%PDF-1.4 kaputt');
    const c = await run(['index', 'wissen', '--data-dir', 'd']);
    expect(c.err).toContain('alle 1 wurden übersprungen');
    expect(c.out).toContain('kaputt.pdf: nicht lesbar (PDF ist beschädigt');
    writeFileSync(path.join(root, 'wissen', 'ok.md'), '# Titel\n\nText über Reisekosten.\n');
    expect((await run(['index', 'wissen', '--data-dir', 'd'])).err).toBe('');
  });
});
