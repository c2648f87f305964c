/**
 * Word draft of the Nachforderungsschreiben: Sie-Form, plain German, listing what is missing or
 * wrong with the rule's source and a reply deadline from the checklist, on the letterhead of
 * the minutes template (MINUTES_TEMPLATE). Every page says "Entwurf – mit KI-Unterstützung
 * erstellt"; points that are only unclear are listed for the clerk, marked to be removed.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { DRAFT_MARK } from '../minutes/render-docx.js';
import { DEFAULT_TEMPLATE, type MinutesTemplate } from '../minutes/template.js';
import type { Catalog } from './catalog-schema.js';
import type { CheckResult } from './check-application.js';
import { addDays } from './deadlines.js';
import type { RuleResult } from './evaluate-rules.js';
import { formatDate } from './values.js';

export interface LetterFile {
  name: string;
  data: Buffer;
}

function p(text: string, opts: { bold?: boolean; italics?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; color?: string; bullet?: boolean; numbered?: number } = {}): Paragraph {
  return new Paragraph({
    heading: opts.heading,
    spacing: { after: 120 },
    indent: opts.numbered !== undefined ? { left: 360, hanging: 360 } : undefined,
    children: [new TextRun({ text: opts.numbered !== undefined ? `${opts.numbered}.\t${text}` : text, bold: opts.bold, italics: opts.italics, color: opts.color })],
  });
}

/** "§ 4 Antragsunterlagen, Satzung über Sondernutzungen …" */
export function citeSource(r: Pick<RuleResult, 'source'>): string {
  return `${r.source.section}${r.source.title ? `, ${r.source.title}` : ` (${r.source.document})`}`;
}

/** The sentence a missing point gets in the letter. */
export function requestSentence(r: RuleResult): string {
  const base = r.request ?? `${r.title}: ${r.message}`;
  return r.request && /fehlerhaft|ungültig|Widerspruch|nicht eingehalten|über|unter dem/.test(r.message) ? `${base} (${r.message})` : base;
}

function letterhead(t: MinutesTemplate) {
  const top: Paragraph[] = [];
  if (t.logo) top.push(new Paragraph({ children: [new ImageRun({ type: t.logo.type, data: t.logo.data, transformation: { width: t.logoWidth, height: t.logoHeight } })] }));
  if (t.organisation) top.push(new Paragraph({ children: [new TextRun({ text: t.organisation, bold: true })] }));
  for (const line of t.addressLines) top.push(new Paragraph({ children: [new TextRun({ text: line, size: 16 })] }));
  top.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: DRAFT_MARK, bold: true, color: 'C00000' })] }));
  return {
    headers: { default: new Header({ children: top }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${DRAFT_MARK} · Seite `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' von '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] })],
      }),
    },
  };
}

function recipient(result: CheckResult): string[] {
  const value = (...ids: string[]) => ids.map((id) => result.fields.find((f) => f.id === id && f.status === 'found')?.value).find(Boolean);
  const name = value('antragsteller', 'name');
  const street = value('strasse');
  const plz = value('plz');
  const city = value('ort');
  const lines = [name ?? '(Name bitte ergänzen)', street ?? '(Anschrift bitte ergänzen)', [plz, city].filter(Boolean).join(' ') || '(PLZ, Ort bitte ergänzen)'];
  return lines;
}

/** Renders the letter for the points marked "fehlt"; undefined when nothing is missing. */
export async function renderNachforderung(result: CheckResult, catalog: Pick<Catalog, 'title' | 'office' | 'replyDays'>, template: MinutesTemplate = DEFAULT_TEMPLATE): Promise<LetterFile | undefined> {
  const missing = result.results.filter((r) => r.status === 'fehlt' && r.kind !== 'when');
  const unclear = result.results.filter((r) => r.status === 'unklar' && r.kind !== 'when');
  if (!missing.length && !unclear.length) return undefined;
  const date = formatDate(result.checkedOn);
  const reply = formatDate(addDays(result.checkedOn, catalog.replyDays));
  const applied = result.fields.find((f) => f.id === 'antragsdatum' && f.status === 'found')?.value;
  const body: Paragraph[] = [
    ...(catalog.office ? [p(catalog.office, { bold: true })] : []),
    p(''),
    ...recipient(result).map((l) => p(l)),
    p(''),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(`${template.signaturePlace ? `${template.signaturePlace}, ` : ''}${date}`)] }),
    p(`${catalog.title}${applied ? ` vom ${applied}` : ''} – Bitte um fehlende Angaben und Unterlagen`, { bold: true }),
    p('Sehr geehrte Damen und Herren,'),
    p(
      missing.length
        ? 'vielen Dank für Ihren Antrag. Damit wir ihn weiter bearbeiten können, benötigen wir noch die folgenden Angaben oder Unterlagen:'
        : 'vielen Dank für Ihren Antrag. Damit wir ihn weiter bearbeiten können, bitten wir Sie, die folgenden Punkte zu klären:',
    ),
  ];
  const listed = missing.length ? missing : unclear;
  listed.forEach((r, i) => {
    body.push(p(requestSentence(r), { numbered: i + 1 }));
    body.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 120 }, children: [new TextRun({ text: `Grundlage: ${citeSource(r)}`, italics: true, size: 18 })] }));
  });
  body.push(
    p(`Bitte reichen Sie die fehlenden Angaben und Unterlagen bis zum ${reply} nach. Sie können sie per E-Mail oder per Post schicken.`),
    p('Für Rückfragen stehen wir Ihnen gern zur Verfügung.'),
    p('Mit freundlichen Grüßen'),
    p('Im Auftrag'),
    p(''),
    p('(Name, Telefon)'),
  );
  if (missing.length && unclear.length) {
    body.push(p('Hinweise für die Bearbeitung – vor dem Versand löschen', { heading: HeadingLevel.HEADING_2, color: 'C00000' }));
    body.push(p('Diese Punkte konnte die Vorprüfung nicht sicher beurteilen. Bitte prüfen Sie sie selbst und nehmen Sie sie bei Bedarf in das Schreiben auf:', { italics: true }));
    for (const r of unclear) body.push(p(`${r.title}: ${r.message} (Grundlage: ${citeSource(r)})`, { color: 'C00000' }));
  }
  body.push(p(`${DRAFT_MARK}. Die Vorprüfung entscheidet nicht über den Antrag; Inhalt und Versand verantwortet die Sachbearbeitung.`, { italics: true, color: '808080' }));
  const doc = new Document({
    creator: 'Rathaus-Assistent',
    title: `Nachforderung – ${catalog.title}`,
    description: DRAFT_MARK,
    styles: { default: { document: { run: { font: template.font, size: Math.round(template.fontSize * 2) } } } },
    sections: [{ ...letterhead(template), children: body }],
  });
  return { name: `Nachforderung-${result.type}-${result.checkedOn.year}${String(result.checkedOn.month).padStart(2, '0')}${String(result.checkedOn.day).padStart(2, '0')}.docx`, data: await Packer.toBuffer(doc) };
}
