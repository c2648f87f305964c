/**
 * Contents of the fixture tenant's files, written for this project (German administrative
 * texts). DOCX files are generated with the `docx` package at start-up, and PDF renditions
 * (what Graph returns for `?format=pdf`) are written by a tiny PDF writer, so no binary
 * fixtures need to be committed.
 */
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

/** A document as headings and paragraphs; `text` of all of it is what the emulator searches. */
export interface FixtureDocument {
  title: string;
  sections: { heading: string; paragraphs: string[] }[];
}

export const DIENSTANWEISUNG_HAUSHALTSSPERRE: FixtureDocument = {
  title: 'Dienstanweisung Haushaltssperre',
  sections: [
    {
      heading: '1. Geltungsbereich',
      paragraphs: [
        'Diese Dienstanweisung gilt für alle Ämter und Fachbereiche der Stadtverwaltung. Sie regelt die haushaltswirtschaftliche Sperre nach § 24 KomHVO NRW.',
      ],
    },
    {
      heading: '2. Beginn und Dauer der Haushaltssperre',
      paragraphs: [
        'Die Haushaltssperre gilt ab dem 1. Dezember 2026 bis zur Bekanntmachung der Haushaltssatzung 2027.',
        'Während der Haushaltssperre dürfen nur Aufwendungen und Auszahlungen geleistet werden, zu denen die Stadt rechtlich verpflichtet ist oder die für die Weiterführung notwendiger Aufgaben unaufschiebbar sind.',
      ],
    },
    {
      heading: '3. Ausnahmen',
      paragraphs: [
        'Ausnahmen von der Haushaltssperre genehmigt die Kämmerei auf schriftlichen Antrag. Der Antrag ist mit dem Vordruck "Ausnahme Haushaltssperre" über die Amtsleitung an die Kämmerei zu richten.',
        'Über Ausnahmen bis 5.000 Euro entscheidet die Leitung der Kämmerei, darüber der Stadtkämmerer.',
      ],
    },
  ],
};

export const REISEKOSTEN_RICHTLINIE_MD = `# Richtlinie Dienstreisen

## Genehmigung
Dienstreisen sind vor Antritt von der Amtsleitung zu genehmigen. Der Antrag wird im Personalportal gestellt.

## Abrechnung
Die Reisekosten sind innerhalb von sechs Monaten nach Ende der Dienstreise abzurechnen (§ 3 LRKG NRW). Belege sind im Original beizufügen.
`;

export const PERSONALPLANUNG_VERTRAULICH: FixtureDocument = {
  title: 'Personalplanung 2027 (vertraulich)',
  sections: [
    {
      heading: 'Stellenbesetzungen trotz Haushaltssperre',
      paragraphs: [
        'VERTRAULICH-KAEMMEREI: Trotz Haushaltssperre sollen in der Kämmerei zwei Stellen im Sachgebiet Steuern nachbesetzt werden. Die Namen der Bewerberinnen sind Frau Özdemir und Frau Lange.',
      ],
    },
  ],
};

export const NOTIZEN_ANNA_TXT = `Notizen Hauptamt (privat, OneDrive Anna Schmitz)
VERTRAULICH-HAUPTAMT: Rückfragen zur Haushaltssperre sammeln: Fortbildungen im Dezember absagen? Bürobedarf nur noch über Rahmenvertrag.
`;

export const ENTWURF_STELLENPLAN: FixtureDocument = {
  title: 'Entwurf Stellenplan 2027',
  sections: [{ heading: 'Stellenplan', paragraphs: ['GESPERRT-STELLENPLAN: Wegen der Haushaltssperre werden im Stellenplan 2027 keine neuen Stellen ausgewiesen.'] }],
};

export const PRAESENTATION_HAUSHALT_TEXT =
  'Haushalt 2027 im Überblick. Die Haushaltssperre betrifft freiwillige Leistungen. Präsentation der Kämmerei für den Finanzausschuss.';

export function documentText(doc: FixtureDocument): string {
  return [doc.title, ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join('\n');
}

/** Builds a real DOCX (Word) file from a fixture document. */
export async function buildDocx(doc: FixtureDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  for (const section of doc.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const p of section.paragraphs) children.push(new Paragraph({ text: p }));
  }
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return new Uint8Array(buffer);
}

/**
 * Writes a one-page PDF with the given lines (Helvetica, WinAnsi, so German umlauts survive).
 * Byte offsets in the xref table are computed, so PDF readers accept the file.
 */
export function buildPdf(lines: string[]): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  const stream = ['BT', '/F1 11 Tf', '14 TL', '50 780 Td', ...lines.map((l) => `(${escape(l)}) '`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
