/**
 * Issue #14 per format: what becomes the document title and the section path, and that the
 * letterhead, title block, address, date line and page footer are no passage of their own and
 * not part of a quoted passage. Every document is built here (DOCX with docx, PDF with pdf-lib).
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { chunkDocument, type Chunk } from '../../src/knowledge/chunking.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';

const LETTERHEAD = 'Gemeinde Tannenrode · Die Bürgermeisterin · Marktplatz 3 · 34567 Tannenrode · Telefon 05611 880-0';
const UNIT_LINE = 'Fachdienst 2 – Ordnung · Az. 32.14-02 · Stand: 1. März 2027';
const encode = (text: string) => new TextEncoder().encode(text);

async function read(bytes: Uint8Array, name: string) {
  const doc = await parseDocument(bytes, name);
  return { doc, chunks: chunkDocument(doc, name) };
}

/** No passage is, or quotes, a line of the letterhead or the page furniture. */
function expectNoLetterhead(chunks: Chunk[], lines: string[]) {
  for (const c of chunks) for (const line of lines) expect(c.text).not.toContain(line);
}

async function docx(paragraphs: Paragraph[], title?: string): Promise<Uint8Array> {
  const doc = new Document({ ...(title !== undefined ? { title } : {}), sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const satzung = () => [
  new Paragraph(LETTERHEAD),
  new Paragraph('Satzung über die Benutzung der Sportplätze (Sportplatzsatzung)'),
  new Paragraph('vom 12. Mai 2026 · gültig ab 1. Juli 2026 · Fachdienst 5 – Sport'),
  new Paragraph({ text: '§ 1 Geltungsbereich', heading: HeadingLevel.HEADING_1 }),
  new Paragraph('Die Satzung gilt für die Sportplätze am Lindenweg und an der Schule.'),
  new Paragraph({ text: '§ 2 Nutzungszeiten', heading: HeadingLevel.HEADING_1 }),
  new Paragraph('Die Sportplätze sind werktags von 8 bis 22 Uhr geöffnet, sonntags ab 10 Uhr.'),
];

describe('DOCX', () => {
  it('takes the title from the document properties, not from the first § heading', async () => {
    const { doc, chunks } = await read(await docx(satzung(), 'Sportplatzsatzung der Gemeinde Tannenrode'), 'sport.docx');
    expect(doc.title).toBe('Sportplatzsatzung der Gemeinde Tannenrode');
    expect(chunks.map((c) => c.sectionPath)).toEqual([['§ 1 Geltungsbereich'], ['§ 2 Nutzungszeiten']]);
    expectNoLetterhead(chunks, [LETTERHEAD, 'vom 12. Mai 2026', 'Sportplatzsatzung)']);
    expect(chunks.every((c) => c.title === 'Sportplatzsatzung der Gemeinde Tannenrode')).toBe(true);
  });

  it('without a usable title property: the title paragraph under the letterhead, which is then no passage either', async () => {
    for (const property of [undefined, 'Microsoft Word - sportplatz_neu.doc']) {
      const { doc, chunks } = await read(await docx(satzung(), property), 'sport.docx');
      expect(doc.title).toBe('Satzung über die Benutzung der Sportplätze (Sportplatzsatzung)');
      expect(chunks[0].text).toBe('Die Satzung gilt für die Sportplätze am Lindenweg und an der Schule.');
      expectNoLetterhead(chunks, [LETTERHEAD, 'Satzung über die Benutzung', 'gültig ab 1. Juli 2026']);
    }
  });

  it('keeps the preamble: a paragraph with content under the title block is a passage', async () => {
    const paragraphs = satzung();
    paragraphs.splice(3, 0, new Paragraph('Aufgrund des § 10 der Kommunalverfassung hat der Gemeinderat in seiner Sitzung am 5. Mai 2026 diese Satzung beschlossen.'));
    const { chunks } = await read(await docx(paragraphs, 'Sportplatzsatzung'), 'sport.docx');
    expect(chunks[0].text).toContain('hat der Gemeinderat');
  });
});

/** A PDF whose pages start with the letterhead and end with a page footer; "# " (title) and "## " (section) lines are set large. */
async function pdf(pages: string[][], title?: string): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  if (title !== undefined) out.setTitle(title);
  const font = await out.embedFont(StandardFonts.Helvetica);
  const bold = await out.embedFont(StandardFonts.HelveticaBold);
  pages.forEach((lines, p) => {
    const page = out.addPage([595, 842]);
    page.drawText(LETTERHEAD, { x: 50, y: 800, size: 8, font });
    let y = 760;
    let previousHeading = false;
    for (const line of lines) {
      const marks = /^#+ /.exec(line)?.[0].length ?? 0;
      const heading = marks > 0;
      const size = marks === 2 ? 18 : marks === 3 ? 14 : 10;
      // Space above a heading, none between the lines of a wrapped one.
      if (heading && !previousHeading) y -= 8;
      previousHeading = heading;
      page.drawText(line.slice(marks), { x: 50, y, size, font: heading ? bold : font });
      y -= heading ? size + 5 : 14;
    }
    page.drawText(`Gemeinde Tannenrode · Seite ${p + 1} von ${pages.length}`, { x: 50, y: 40, size: 8, font });
  });
  return out.save();
}

const PDF_PAGES = [
  [
    '# Richtlinie über die Vergabe von Zuschüssen',
    '# an Sportvereine (Sportförderrichtlinie)',
    UNIT_LINE,
    '## 1. Antrag',
    'Der Antrag auf einen Zuschuss ist bis zum 31. März des Jahres zu stellen.',
    'Dem Antrag ist der Haushaltsplan des Vereins beizufügen.',
  ],
  ['## 2. Höhe des Zuschusses', 'Der Zuschuss beträgt je Mitglied unter 18 Jahren zwölf Euro im Jahr.', 'Ein Verein erhält höchstens 3.000 Euro im Jahr.'],
];

describe('PDF', () => {
  it('title from the document information; wrapped title heading joined; letterhead, unit line and page footer are no passage', async () => {
    const { doc, chunks } = await read(await pdf(PDF_PAGES, 'Sportförderrichtlinie Tannenrode'), 'zuschuss.pdf');
    expect(doc.title).toBe('Sportförderrichtlinie Tannenrode');
    expect(chunks.map((c) => c.sectionPath)).toEqual([
      ['Richtlinie über die Vergabe von Zuschüssen an Sportvereine (Sportförderrichtlinie)', '1. Antrag'],
      ['Richtlinie über die Vergabe von Zuschüssen an Sportvereine (Sportförderrichtlinie)', '2. Höhe des Zuschusses'],
    ]);
    expectNoLetterhead(chunks, ['Marktplatz 3', 'Az. 32.14-02', 'Seite 1 von 2', 'Seite 2 von 2']);
    expect(chunks[1].text).toContain('höchstens 3.000 Euro');
  });

  it('an Office placeholder in the document information gives way to the first heading', async () => {
    const { doc } = await read(await pdf(PDF_PAGES, 'Microsoft Word - foerderung_2027.docx'), 'zuschuss.pdf');
    expect(doc.title).toBe('Richtlinie über die Vergabe von Zuschüssen an Sportvereine (Sportförderrichtlinie)');
  });
});

describe('plain text', () => {
  const TXT = [
    'GEMEINDE TANNENRODE                                 Fachdienst 2 Ordnung',
    'Die Bürgermeisterin                                Az. 32.20-01 / 2027',
    '',
    '        H I N W E I S E   Z U M   P A R K A U S W E I S',
    '              F Ü R   H A N D W E R K E R',
    '',
    'Stand: 1. Februar 2027',
    '',
    '------------------------------------------------------------',
    '1. WER ERHÄLT DEN AUSWEIS?',
    '   Handwerksbetriebe mit Sitz im Landkreis, die regelmäßig in der',
    '   Innenstadt arbeiten. Der Ausweis gilt ein Jahr.',
    '',
    '2. GEBÜHR',
    '   Die Gebühr beträgt 120 Euro im Jahr; für Betriebe mit Werk-',
    '   stattwagen unter 3,5 t 90 Euro.',
    '',
  ].join('\n');

  it('the letterhead is no title and no section; the letter-spaced title is', async () => {
    const { doc, chunks } = await read(encode(TXT), 'parkausweis.txt');
    expect(doc.title).toBe('HINWEISE ZUM PARKAUSWEIS FÜR HANDWERKER');
    expect(chunks.length).toBeGreaterThan(0);
    for (const c of chunks) expect(c.sectionPath).toEqual(['HINWEISE ZUM PARKAUSWEIS FÜR HANDWERKER']);
    expectNoLetterhead(chunks, ['GEMEINDE TANNENRODE', 'Az. 32.20-01', 'Stand: 1. Februar 2027', 'H I N W E I S E', '-----']);
    expect(chunks[0].text).toContain('Der Ausweis gilt ein Jahr.');
    // The line-end hyphen of fixed-width text is joined.
    expect(chunks.map((c) => c.text).join('\n')).toContain('Werkstattwagen');
  });

  it('a title line carrying a date segment, and a "(Kurzbezeichnung)" line under the title', async () => {
    const a = await read(encode('Gemeinde Tannenrode · Fachdienst 1 Zentrale Dienste\nMerkblatt Mutterschutz · Stand 04/2027\n\nWer schwanger ist, teilt dies der Personalstelle mit. Die Mitteilung bleibt vertraulich.\n'), 'mutterschutz.txt');
    expect(a.doc.title).toBe('Merkblatt Mutterschutz');
    const b = await read(encode('Satzung über die Reinigung der öffentlichen Straßen in Tannenrode\n(Straßenreinigungssatzung) vom 3.11.2021\n\n§ 2 Reinigungspflicht\nDie Anlieger reinigen die Gehwege wöchentlich.\n'), 'reinigung.txt');
    expect(b.doc.title).toBe('Satzung über die Reinigung der öffentlichen Straßen in Tannenrode (Straßenreinigungssatzung)');
    expect(b.chunks.map((c) => c.text)).toEqual(['§ 2 Reinigungspflicht Die Anlieger reinigen die Gehwege wöchentlich.']);
  });

  it('a wrapped title: a bare "MERKBLATT" line takes the next, a long line its continuation, but not a dated line', async () => {
    const a = await read(encode('MERKBLATT\nRufbereitschaft im Winterdienst\n\nDie Rufbereitschaft beginnt am 1. November.\n'), 'winter.txt');
    expect(a.doc.title).toBe('MERKBLATT Rufbereitschaft im Winterdienst');
    const b = await read(encode('Regelungen für die Ausleihe von Dienstfahrrädern (Rathaus und Bauhof)\nFassung vom 01.03.2027 - abgestimmt mit dem Personalrat am 14.02.2027\n\nDienstfahrräder werden über den Kalender gebucht.\n'), 'rad.txt');
    expect(b.doc.title).toBe('Regelungen für die Ausleihe von Dienstfahrrädern (Rathaus und Bauhof)');
    expectNoLetterhead(b.chunks, ['Fassung vom 01.03.2027']);
  });

  it('a text without letterhead keeps its first line as title, as before', async () => {
    const { doc } = await read(encode('Schlüsselausgabe\n\nSchlüssel gibt die Hausverwaltung gegen Unterschrift aus.\n'), 'schluessel.txt');
    expect(doc.title).toBe('Schlüsselausgabe');
  });
});

describe('HTML', () => {
  const page = (title: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>
    <div class="kopf">Gemeinde Tannenrode | Intranet Start | Telefonbuch | Kantine</div>
    <aside><ul><li>Personal</li><li>Organisation</li></ul></aside>
    <main><h1>Parken am Rathaus</h1><p>Fachdienst 1 Zentrale Dienste · zuletzt aktualisiert am 02.02.2027</p>
    <h2>Stellplätze</h2><p>Beschäftigte parken auf dem Hof hinter dem Rathaus; die Plätze 1 bis 4 sind für Dienstwagen.</p></main>
    <footer>Gemeinde Tannenrode · Marktplatz 3 · Impressum · Datenschutz</footer></body></html>`;

  it('the page heading when <title> only adds the site name; nothing outside <main>', async () => {
    const { doc, chunks } = await read(encode(page('Parken am Rathaus – Intranet Tannenrode')), 'parken.html');
    expect(doc.title).toBe('Parken am Rathaus');
    expect(chunks.map((c) => [c.sectionPath, c.text])).toEqual([[['Parken am Rathaus', 'Stellplätze'], 'Beschäftigte parken auf dem Hof hinter dem Rathaus; die Plätze 1 bis 4 sind für Dienstwagen.']]);
  });

  it('keeps a <title> that says something else than the heading', async () => {
    const { doc } = await read(encode(page('Parkordnung für Beschäftigte')), 'parken.html');
    expect(doc.title).toBe('Parkordnung für Beschäftigte');
  });
});

describe('mail and Markdown', () => {
  it('a mail is titled by its subject without reply and forward prefixes', async () => {
    const eml = 'From: Personalstelle <personal@tannenrode.example>\r\nTo: alle@tannenrode.example\r\nSubject: AW: WG: Betriebsausflug 2027\r\nDate: Tue, 02 Feb 2027 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDer Betriebsausflug findet am 18. Juni statt.\r\n';
    const { doc } = await read(encode(eml), 'ausflug.eml');
    expect(doc.title).toBe('Betriebsausflug 2027');
    expect(doc.meta?.subject).toBe('AW: WG: Betriebsausflug 2027');
  });

  it('a letterhead paragraph under the # title is no passage, however many segments it has', async () => {
    const md = `# Dienstanweisung Schlüsselverwaltung\n\n${LETTERHEAD} · Fachdienst 1 Zentrale Dienste · Az. 10.4 · Stand: 1. März 2027\n\n## Ausgabe\n\nSchlüssel gibt die Hausverwaltung gegen Unterschrift aus; Verluste sind sofort zu melden.\n`;
    const { doc, chunks } = await read(encode(md), 'schluessel.md');
    expect(doc.title).toBe('Dienstanweisung Schlüsselverwaltung');
    expect(chunks.map((c) => c.text)).toEqual(['Schlüssel gibt die Hausverwaltung gegen Unterschrift aus; Verluste sind sofort zu melden.']);
  });

  it('a document that is nothing but a letterhead line keeps it rather than vanish', async () => {
    const { chunks } = await read(encode('# Kontakt\n\nGemeinde Tannenrode · Marktplatz 3 · 34567 Tannenrode\n'), 'kontakt.md');
    expect(chunks.map((c) => c.text)).toEqual(['Gemeinde Tannenrode · Marktplatz 3 · 34567 Tannenrode']);
  });
});
