/**
 * Renders the draft as a Word document with the `docx` package: one call per part. The public part
 * receives only public items — non-public TOPs are not even listed by title — so nothing of them can
 * reach it. Every page carries "Entwurf – mit KI-Unterstützung erstellt" in header and footer.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Decision, MinutesDraft, MinutesItem, PersonEntry, Quote } from './draft-schema.js';
import { withoutFillers } from './sentences.js';
import { DEFAULT_TEMPLATE, type MinutesTemplate } from './template.js';

export const DRAFT_MARK = 'Entwurf – mit KI-Unterstützung erstellt';
export type MinutesPart = 'public' | 'nonpublic';

const OUTCOME_TEXT: Record<string, string> = {
  angenommen: 'angenommen',
  abgelehnt: 'abgelehnt',
  vertagt: 'vertagt',
  'zur Kenntnis genommen': 'zur Kenntnis genommen',
  genehmigt: 'genehmigt',
  zurückgezogen: 'zurückgezogen',
  verwiesen: 'verwiesen',
  abgesetzt: 'von der Tagesordnung abgesetzt',
  erledigt: 'erledigt',
  gewählt: 'gewählt',
};

/** The mark on every fact the core is not sure about. */
export const CHECK_MARK = 'Bitte prüfen';
export const NO_DECISION = 'Kein Beschluss erkannt – bitte prüfen';

export function formatDate(iso: string | null): string {
  if (!iso) return '(Datum bitte ergänzen)';
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: '2-digit', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

const p = (text: string, opts: { bold?: boolean; italics?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; warn?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    ...(opts.heading ? { heading: opts.heading } : {}),
    spacing: { after: 120 },
    ...(opts.indent ? { indent: { left: 360 } } : {}),
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, ...(opts.warn ? { highlight: 'yellow' as const } : {}) })],
  });

const labelled = (label: string, value: string) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });

function personLine(x: PersonEntry): string {
  const role = x.role && !/^mitglied$/iu.test(x.role) ? `, ${x.role}` : '';
  return `${x.name}${role}${x.note ? ` – ${x.note}` : ''}`;
}

function peopleBlock(d: MinutesDraft): Paragraph[] {
  const out: Paragraph[] = [p('Anwesend', { heading: HeadingLevel.HEADING_2 })];
  const byFraction = new Map<string, PersonEntry[]>();
  for (const x of d.present) byFraction.set(x.fraction ?? '', [...(byFraction.get(x.fraction ?? '') ?? []), x]);
  for (const [fraction, people] of byFraction) {
    if (fraction) out.push(p(fraction, { bold: true }));
    for (const x of people) out.push(p(personLine(x), { indent: true }));
  }
  if (!d.present.length) out.push(p('(Anwesenheit bitte ergänzen)', { italics: true }));
  if (d.absent.length) {
    out.push(p('Abwesend', { heading: HeadingLevel.HEADING_2 }));
    for (const x of d.absent) out.push(p(`${x.name}${x.fraction ? ` (${x.fraction})` : ''} – ${x.note ?? 'entschuldigt'}`, { indent: true }));
  }
  if (d.guests.length) {
    out.push(p('Von der Verwaltung und als Gäste', { heading: HeadingLevel.HEADING_2 }));
    for (const x of d.guests) out.push(p(personLine(x), { indent: true }));
  }
  return out;
}

function quoteLine(q: Quote): Paragraph {
  return new Paragraph({
    spacing: { after: 100 },
    indent: { left: 360 },
    children: [new TextRun({ text: `${q.speaker ?? 'Unbekannt'} (${q.time}), wörtlich: `, bold: true }), new TextRun({ text: `„${withoutFillers(q.text)}“`, italics: true })],
  });
}

function groupLine(v: NonNullable<Decision['votesByGroup']>): string {
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'niemand');
  return `Dafür: ${list(v.yes)}; dagegen: ${list(v.no)}; Enthaltung: ${list(v.abstain)}`;
}

function decisionBlock(item: MinutesItem, dec: Decision): Paragraph[] {
  const outcome = dec.outcome ? OUTCOME_TEXT[dec.outcome] : 'Ergebnis nicht erkannt';
  // "angenommen (12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung)", "einstimmig bei 2 Enthaltungen angenommen".
  const counted = /Ja-Stimme/.test(dec.voteText);
  const vote = !dec.voteText ? outcome : counted ? `${outcome} (${dec.voteText})` : `${dec.voteText} ${dec.outcome ? outcome : ''}`.trim();
  const sure = dec.status === 'sicher';
  const out: Paragraph[] = [];
  if (dec.subject) out.push(labelled('Gegenstand', dec.subject));
  if (dec.resolution) out.push(labelled('Beschlusstext', dec.resolution));
  out.push(
    new Paragraph({
      spacing: { after: 60 },
      children: [
        new TextRun({ text: 'Ergebnis: ', bold: true }),
        new TextRun({ text: vote, ...(sure ? {} : { highlight: 'yellow' as const }) }),
        ...(sure ? [] : [new TextRun({ text: ` – ${CHECK_MARK} (${dec.status})`, bold: true, highlight: 'yellow' as const })]),
      ],
    }),
  );
  if (dec.votesByGroup) out.push(labelled('Abstimmung nach Fraktionen', groupLine(dec.votesByGroup)));
  for (const alt of dec.alternatives) out.push(p(`Andere Lesart: ${alt}`, { warn: true, indent: true }));
  if (!sure && dec.reasons.length) out.push(p(`${CHECK_MARK}: ${dec.reasons.join('; ')}.`, { warn: true, indent: true }));
  // The evidence: where in the transcript the decision was heard, verbatim.
  for (const e of dec.evidence.slice(0, 6)) {
    out.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 40 }, children: [new TextRun({ text: `Beleg (${e.time}${e.speaker ? `, ${e.speaker}` : ''}): `, size: 18 }), new TextRun({ text: `„${e.quote}“`, italics: true, size: 18 })] }));
  }
  if (!dec.evidence.length && dec.text) out.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 100 }, children: [new TextRun({ text: `Wortlaut (${dec.time}): „${dec.text}“`, italics: true })] }));
  return out;
}

/** The title without a Vorlage number already printed as "Vorlage" (no "(Vorlage 850/26 A) (Vorlage 850/26 A)"). */
function titleWithoutPaper(item: MinutesItem): string {
  if (!item.paper) return item.title;
  const esc = item.paper.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return item.title.replace(new RegExp(String.raw`\s*\((?:Vorlage|Drucksache|DS|Drucks\.)(?:[- ]?Nr\.?)?\s*:?\s*${esc}\)`, 'iu'), '').trim();
}

function itemBlock(item: MinutesItem, style: 'verlauf' | 'ergebnis'): Paragraph[] {
  const title = titleWithoutPaper(item);
  const out: Paragraph[] = [p(`TOP ${item.number}${title ? ` – ${title}` : ''}`, { heading: HeadingLevel.HEADING_2 })];
  if (item.paper) out.push(labelled('Vorlage', item.paper));
  if (!item.found) out.push(p('Zu diesem Tagesordnungspunkt wurde im Transkript kein Aufruf gefunden.', { italics: true }));
  item.bias.forEach((name, i) => {
    const fact = item.biasFacts[i];
    const sure = !fact || fact.status === 'sicher';
    out.push(p(`${name} erklärt sich für befangen und nimmt an Beratung und Abstimmung nicht teil (Mitwirkungsverbot nach der Gemeindeordnung).${sure ? '' : ` – ${CHECK_MARK}`}`, sure ? {} : { warn: true }));
    if (fact?.evidence[0]) out.push(p(`Beleg (${fact.evidence[0].time}): „${fact.evidence[0].quote}“`, { italics: true, indent: true }));
  });
  if (style === 'verlauf') {
    if (item.summary) out.push(p(item.summary));
    else if (item.quotes.length) {
      out.push(p('Wesentliche Wortbeiträge (wörtlich aus dem Transkript):', { bold: true }));
      out.push(...item.quotes.map(quoteLine));
    }
  }
  if (item.decisions.length) out.push(p(item.decisions.length > 1 ? 'Beschlüsse' : 'Beschluss', { bold: true }));
  else if (item.found) out.push(p(NO_DECISION, { warn: true, bold: true }));
  for (const dec of item.decisions) out.push(...decisionBlock(item, dec));
  for (const s of item.statements) {
    out.push(p('Erklärung zu Protokoll', { bold: true }));
    out.push(quoteLine(s));
  }
  for (const w of item.warnings) out.push(p(`Hinweis: ${w}`, { warn: true }));
  return out;
}

function signature(d: MinutesDraft, t: MinutesTemplate): (Paragraph | Table)[] {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (role: string, name: string | null) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none },
      children: [p(''), p(''), p('______________________________'), p(name ?? '(Name)'), p(role, { bold: true })],
    });
  return [
    p(''),
    p(`${t.signaturePlace ? `${t.signaturePlace}, ` : ''}den ____________`),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell('Vorsitz', d.chair), cell('Schriftführung', d.clerk)] })] }),
  ];
}

function headerFooter(t: MinutesTemplate, part: MinutesPart) {
  const top: Paragraph[] = [];
  if (t.logo) top.push(new Paragraph({ children: [new ImageRun({ type: t.logo.type, data: t.logo.data, transformation: { width: t.logoWidth, height: t.logoHeight } })] }));
  if (t.organisation) top.push(new Paragraph({ children: [new TextRun({ text: t.organisation, bold: true })] }));
  for (const line of t.addressLines) top.push(new Paragraph({ children: [new TextRun({ text: line, size: 16 })] }));
  top.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${DRAFT_MARK}${part === 'nonpublic' ? ' · NICHTÖFFENTLICH' : ''}`, bold: true, color: 'C00000' })] }));
  return {
    headers: { default: new Header({ children: top }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${DRAFT_MARK} · Seite `), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(' von '), new TextRun({ children: [PageNumber.TOTAL_PAGES] })] })],
      }),
    },
  };
}

/** Items that belong to a part; the public document never receives a non-public item. */
export function itemsForPart(d: MinutesDraft, part: MinutesPart): MinutesItem[] {
  return d.items.filter((i) => (part === 'public' ? i.public : !i.public));
}

/** Renders one part of the Niederschrift as .docx bytes. */
export async function renderMinutesDocx(draft: MinutesDraft, part: MinutesPart, template: MinutesTemplate = DEFAULT_TEMPLATE): Promise<Buffer> {
  const items = itemsForPart(draft, part);
  const nonPublicCount = draft.items.length - draft.items.filter((i) => i.public).length;
  const body: (Paragraph | Table)[] = [
    p(part === 'public' ? 'Niederschrift – öffentlicher Teil' : 'Niederschrift – nichtöffentlicher Teil', { heading: HeadingLevel.TITLE }),
    p(draft.title, { heading: HeadingLevel.HEADING_1 }),
    labelled('Gremium', draft.organization ?? '(bitte ergänzen)'),
    ...(draft.sessionNumber ? [labelled('Sitzung Nr.', draft.sessionNumber)] : []),
    labelled('Datum', formatDate(draft.date)),
    labelled('Ort', draft.place ?? '(bitte ergänzen)'),
    labelled('Beginn', draft.start ? `${draft.start} Uhr` : '(bitte ergänzen)'),
    ...draft.interruptions.map((i) => labelled('Unterbrechung', `${i.from} Uhr bis ${i.to ? `${i.to} Uhr` : '(bitte ergänzen)'}`)),
    labelled('Ende', draft.end ? `${draft.end} Uhr` : '(bitte ergänzen)'),
    labelled('Vorsitz', draft.chair ?? '(bitte ergänzen)'),
    labelled('Schriftführung', draft.clerk ?? '(bitte ergänzen)'),
    ...peopleBlock(draft),
    p('Tagesordnung', { heading: HeadingLevel.HEADING_2 }),
  ];
  const agendaItems = part === 'public' ? items : draft.items;
  for (const i of agendaItems) body.push(p(`TOP ${i.number}  ${titleWithoutPaper(i)}${i.paper ? ` (Vorlage ${i.paper})` : ''}${!i.public && part === 'nonpublic' ? ' – nichtöffentlich' : ''}`, { indent: true }));
  if (part === 'public' && nonPublicCount) body.push(p('Die Beratung im nichtöffentlichen Teil ist in einer gesonderten Niederschrift festgehalten.', { italics: true }));
  if (part === 'nonpublic') body.push(p('Der öffentliche Teil ist in einer gesonderten Niederschrift festgehalten.', { italics: true }));
  body.push(p(part === 'public' ? 'Öffentlicher Teil' : 'Nichtöffentlicher Teil', { heading: HeadingLevel.HEADING_1 }));
  for (const item of items) body.push(...itemBlock(item, draft.style));
  if (draft.notAttendees.length) body.push(p(`Nicht als Teilnehmende aufgeführt (Raumgerät oder nicht zugeordnete Stimme) – ${CHECK_MARK}: ${draft.notAttendees.join(', ')}`, { warn: true }));
  if (draft.warnings.length) {
    body.push(p('Hinweise für die Schriftführung', { heading: HeadingLevel.HEADING_2 }));
    for (const w of draft.warnings) body.push(p(w, { warn: true }));
  }
  body.push(...signature(draft, template));
  const doc = new Document({
    creator: 'Rathaus-Assistent',
    title: `${draft.title} – ${part === 'public' ? 'öffentlich' : 'nichtöffentlich'}`,
    description: DRAFT_MARK,
    styles: { default: { document: { run: { font: template.font, size: Math.round(template.fontSize * 2) } } } },
    sections: [{ ...headerFooter(template, part), children: body }],
  });
  return Packer.toBuffer(doc);
}
