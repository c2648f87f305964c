/**
 * Generates the DOCX and PDF documents of the demo knowledge folder (knowledge/). All demo
 * documents are fictional examples written for this project. Run: npx tsx scripts/make-demo-docs.ts
 * The generated files are committed, so the demo works without running this script.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

type Block = { h: 1 | 2; text: string } | { p: string } | { li: string } | { pageBreak: true };

const FICTIONAL = 'Fiktives Beispiel – erstellt für den Rathaus-Assistenten, keine echte Dienstanweisung.';

const vergabe: Block[] = [
  { h: 1, text: 'Dienstanweisung Beschaffung und Vergabe' },
  { p: FICTIONAL },
  { h: 2, text: '1. Grundsatz' },
  { p: 'Aufträge über Lieferungen und Dienstleistungen werden wirtschaftlich und im Wettbewerb vergeben. Maßgeblich ist der geschätzte Auftragswert ohne Umsatzsteuer (netto). Ein Auftrag darf nicht aufgeteilt werden, um Wertgrenzen zu unterschreiten.' },
  { h: 2, text: '2. Wertgrenzen' },
  { li: 'Bis 1.000 Euro netto ist ein Direktauftrag ohne Vergleichsangebote zulässig. Der Kauf wird formlos dokumentiert.' },
  { li: 'Ab 1.000 Euro bis 25.000 Euro netto sind mindestens drei Angebote schriftlich oder per E-Mail einzuholen (Preisabfrage). Das wirtschaftlichste Angebot erhält den Zuschlag.' },
  { li: 'Ab 25.000 Euro netto führt die Zentrale Vergabestelle das Verfahren durch (Beschränkte Ausschreibung oder Verhandlungsvergabe).' },
  { li: 'Ab 100.000 Euro netto ist grundsätzlich öffentlich auszuschreiben.' },
  { h: 2, text: '3. Vergabevermerk' },
  { p: 'Jede Vergabe ab 1.000 Euro wird in einem Vergabevermerk dokumentiert: angefragte Firmen, eingegangene Angebote, Begründung der Auswahl. Der Vermerk wird mit der Rechnung zur Akte genommen.' },
  { h: 2, text: '4. Zuständigkeit' },
  { p: 'Die Zentrale Vergabestelle gehört zum Fachbereich Finanzen und berät die Fachbereiche bei allen Vergaben (Telefon 3120). Büromaterial und IT-Ausstattung werden ausschließlich über die Rahmenverträge des Zentralen Einkaufs bestellt.' },
];

const sitzungsdienst: Block[] = [
  { h: 1, text: 'Leitfaden Sitzungsdienst' },
  { p: FICTIONAL },
  { h: 2, text: '1. Vorlagen' },
  { p: 'Beschlussvorlagen für den Rat sind spätestens vier Wochen vor der Sitzung im Ratsinformationssystem einzustellen und vom zuständigen Dezernat freizugeben. Für Ausschüsse und Bezirksvertretungen beträgt die Frist drei Wochen.' },
  { p: 'Jede Vorlage enthält Sachverhalt, Beschlussvorschlag und die finanziellen Auswirkungen. Nichtöffentliche Vorlagen werden als solche gekennzeichnet und nur an die Mitglieder des Gremiums verteilt.' },
  { h: 2, text: '2. Einladung' },
  { p: 'Die Einladung mit Tagesordnung wird den Mitgliedern mindestens sieben volle Tage vor der Sitzung elektronisch zugestellt. In dringenden Fällen kann die Frist auf drei Tage verkürzt werden; die Dringlichkeit ist in der Einladung zu begründen.' },
  { pageBreak: true },
  { h: 2, text: '3. Niederschrift' },
  { p: 'Über jede Sitzung wird eine Niederschrift gefertigt. Sie enthält Ort und Zeit, die Anwesenden, die Tagesordnung, die Beschlüsse mit Abstimmungsergebnis und auf Wunsch persönliche Erklärungen.' },
  { p: 'Die Schriftführung legt den Entwurf der Niederschrift innerhalb von zehn Arbeitstagen nach der Sitzung der oder dem Vorsitzenden vor. Die Niederschrift wird von der oder dem Vorsitzenden und der Schriftführung unterzeichnet und in der nächsten Sitzung genehmigt.' },
  { p: 'Die Niederschrift über den nichtöffentlichen Teil wird getrennt gefertigt und nicht im Ratsinformationssystem veröffentlicht.' },
  { h: 2, text: '4. Sitzungsgeld' },
  { p: 'Das Sitzungsgeld für sachkundige Bürgerinnen und Bürger wird nach der Anwesenheitsliste quartalsweise ausgezahlt.' },
];

async function makeDocx(blocks: Block[], file: string): Promise<void> {
  const children: Paragraph[] = [];
  for (const b of blocks) {
    if ('h' in b) children.push(new Paragraph({ text: b.text, heading: b.h === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
    else if ('p' in b) children.push(new Paragraph({ children: [new TextRun(b.p)] }));
    else if ('li' in b) children.push(new Paragraph({ text: b.li, bullet: { level: 0 } }));
  }
  const doc = new Document({ creator: 'Rathaus-Assistent (Fiktives Beispiel)', title: 'Beschaffung und Vergabe', sections: [{ children }] });
  writeFileSync(file, await Packer.toBuffer(doc));
}

async function makePdf(blocks: Block[], file: string, title: string): Promise<void> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('Rathaus-Assistent (Fiktives Beispiel)');
  // Fixed dates keep the generated file byte-stable between runs.
  pdf.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2025-01-01T00:00:00Z'));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 60;
  let page = pdf.addPage([595, 842]);
  let y = 842 - margin;
  const width = 595 - 2 * margin;
  const write = (text: string, size: number, font = regular, indent = 0) => {
    const words = text.split(' ');
    let line = '';
    const lines: string[] = [];
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > width - indent) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    if (line) lines.push(line);
    for (const l of lines) {
      if (y < margin) {
        page = pdf.addPage([595, 842]);
        y = 842 - margin;
      }
      page.drawText(l, { x: margin + indent, y, size, font });
      y -= size * 1.35;
    }
    y -= size * 0.8;
  };
  for (const b of blocks) {
    if ('pageBreak' in b) {
      page = pdf.addPage([595, 842]);
      y = 842 - margin;
    }
    else if ('h' in b) write(b.text, b.h === 1 ? 18 : 14, bold);
    else if ('p' in b) write(b.p, 11);
    else write(`• ${b.li}`, 11, regular, 10);
  }
  writeFileSync(file, await pdf.save());
}

const root = path.resolve('knowledge', 'organisation');
await makeDocx(vergabe, path.join(root, 'beschaffung-und-vergabe.docx'));
await makePdf(sitzungsdienst, path.join(root, 'sitzungsdienst.pdf'), 'Leitfaden Sitzungsdienst');
process.stdout.write('knowledge/organisation/beschaffung-und-vergabe.docx und sitzungsdienst.pdf erzeugt\n');
