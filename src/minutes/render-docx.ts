/**
 * Renders the draft as a Word document with the `docx` package: one call per part. The public part
 * receives only public items — non-public TOPs are not even listed by title — so nothing of them can
 * reach it. Every page carries "Entwurf – mit KI-Unterstützung erstellt" in header and footer.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { AMENDED_MARK, RESOLUTION_PLACEHOLDER, type Decision, type Fact, type MinutesDraft, type MinutesItem, type PersonEntry, type Quote } from './draft-schema.js';
import { isDeviceOrUnknown, isUnknownVoice } from './roster.js';
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

function chairLine(d: MinutesDraft): string {
  if (!d.chair) return '(bitte ergänzen)';
  // The chair spoke through the room's device or was not attributed: no name to sign with.
  if (isDeviceOrUnknown(d.chair)) return `(bitte ergänzen – eröffnet hat ${speakerLabel(d.chair).text}) – ${CHECK_MARK}`;
  const entry = d.present.find((x) => x.name === d.chair);
  return entry?.fraction ? `${d.chair} (${entry.fraction})` : d.chair;
}

const ADMIN_ROLE = /verwaltung|beigeordnet|dezernent|referent|fachbereich|amtsleit|kämmer|bürgermeister|landrat|landrätin|baurat|baurätin|stadtbaurat|mitarbeiter/iu;
const ADVISORY_ROLE = /beratend|sachkundig|ohne\s+stimmrecht|seniorenbeirat|integrationsrat|jugendvertret/iu;

/**
 * Attendance as a clerk lists it (GO NRW § 52, usual Geschäftsordnungen): Vorsitz, stimmberechtigte
 * Mitglieder by group, beratende Mitglieder, Verwaltung, Schriftführung, Gäste, Abwesende. Roles come
 * from the members list or the RIS memberships; without them everyone is just "Anwesend".
 */
function peopleBlock(d: MinutesDraft): Paragraph[] {
  const out: Paragraph[] = [];
  const rolesKnown = d.present.some((x) => x.fraction || x.role) || d.absent.length > 0;
  const isChair = (x: PersonEntry) => !!d.chair && x.name === d.chair;
  const voting = d.present.filter((x) => !isChair(x));
  out.push(p(rolesKnown ? 'Stimmberechtigte Mitglieder' : 'Anwesend', { heading: HeadingLevel.HEADING_2 }));
  const byFraction = new Map<string, PersonEntry[]>();
  for (const x of voting) byFraction.set(x.fraction ?? '', [...(byFraction.get(x.fraction ?? '') ?? []), x]);
  for (const [fraction, people] of [...byFraction].sort(([a], [b]) => (a ? 0 : 1) - (b ? 0 : 1) || a.localeCompare(b, 'de'))) {
    if (fraction) out.push(p(fraction, { bold: true }));
    else if (rolesKnown && byFraction.size > 1) out.push(p('ohne Fraktionsangabe', { bold: true }));
    for (const x of people) out.push(p(personLine(x), { indent: true }));
  }
  if (!d.present.length) out.push(p('(Anwesenheit bitte ergänzen)', { italics: true }));
  else if (!rolesKnown) out.push(p(`Ohne Mitgliederliste sind die Rollen nicht bekannt: stimmberechtigte Mitglieder, Verwaltung und Gäste – ${CHECK_MARK}.`, { warn: true, indent: true }));
  const notClerk = (x: PersonEntry) => !(d.clerk && x.name === d.clerk) && !/schriftführ/iu.test(x.role ?? '');
  const advisory = d.guests.filter((x) => notClerk(x) && ADVISORY_ROLE.test(x.role ?? ''));
  const admin = d.guests.filter((x) => notClerk(x) && !advisory.includes(x) && ADMIN_ROLE.test(x.role ?? ''));
  const guests = d.guests.filter((x) => notClerk(x) && !advisory.includes(x) && !admin.includes(x));
  const section = (title: string, people: PersonEntry[]) => {
    if (!people.length) return;
    out.push(p(title, { heading: HeadingLevel.HEADING_2 }));
    for (const x of people) out.push(p(personLine(x), { indent: true }));
  };
  section('Beratende Mitglieder', advisory);
  section('Von der Verwaltung', admin);
  // Without roles the guests are everyone else who attended; with roles they are the real guests.
  section(rolesKnown ? 'Gäste' : 'Weitere Teilnehmende (Rolle bitte prüfen)', guests);
  if (d.absent.length) {
    out.push(p('Abwesend', { heading: HeadingLevel.HEADING_2 }));
    for (const x of d.absent) out.push(p(`${x.name}${x.fraction ? ` (${x.fraction})` : ''} – ${x.note ?? 'entschuldigt'}`, { indent: true }));
  }
  // Room devices and voices Teams could not attribute: no attendees, but the clerk must know who sat there or spoke.
  if (d.notAttendees.length) {
    out.push(p(`Nicht als Teilnehmende geführt – ${CHECK_MARK}`, { heading: HeadingLevel.HEADING_2 }));
    for (const name of d.notAttendees) {
      const what = isUnknownVoice(name) ? 'nicht zugeordnete Stimme im Transkript: bitte der Person zuordnen' : 'Raumgerät (Teams Room): wer im Raum teilnahm, bitte ergänzen';
      out.push(p(`${name} – ${what}`, { warn: true, indent: true }));
    }
  }
  return out;
}

/**
 * Who said it, as the clerk reads it: a voice Teams could not attribute and a room device (several
 * people at one microphone) are named as such and marked for the clerk to attribute.
 */
function speakerLabel(speaker: string | null): { text: string; check: boolean } {
  if (!speaker) return { text: 'Ohne Sprecherangabe', check: true };
  if (isUnknownVoice(speaker)) return { text: `Nicht zugeordnete Stimme („${speaker}“)`, check: true };
  if (isDeviceOrUnknown(speaker)) return { text: `Raumgerät „${speaker}“ (Person nicht erkannt)`, check: true };
  return { text: speaker, check: false };
}

/** A contribution quoted verbatim: marked "wörtlich", in quotation marks, without hesitation fillers. */
function quoteLine(q: Quote): Paragraph {
  const who = speakerLabel(q.speaker);
  return new Paragraph({
    spacing: { after: 100 },
    indent: { left: 360 },
    children: [
      new TextRun({ text: `${who.text} (${q.time}), wörtlich: `, bold: true, ...(who.check ? { highlight: 'yellow' as const } : {}) }),
      new TextRun({ text: `„${withoutFillers(q.text)}“`, italics: true }),
      ...(who.check ? [new TextRun({ text: ` – ${CHECK_MARK}: Person zuordnen`, bold: true, highlight: 'yellow' as const })] : []),
    ],
  });
}

function groupLine(v: NonNullable<Decision['votesByGroup']>): string {
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'niemand');
  return `Dafür: ${list(v.yes)}; dagegen: ${list(v.no)}; Enthaltung: ${list(v.abstain)}`;
}

/** Consecutive evidence of one cue joined; at most four lines, the last (the result) always kept. */
function evidenceLines(evidence: Decision['evidence']): Decision['evidence'] {
  const lines: Decision['evidence'] = [];
  for (const e of evidence) {
    const last = lines[lines.length - 1];
    if (last && e.cueId !== null && last.cueId === e.cueId && last.speaker === e.speaker) last.quote = `${last.quote} ${e.quote}`;
    else lines.push({ ...e });
  }
  for (const l of lines) if (l.quote.length > 600) l.quote = `${l.quote.slice(0, 300).replace(/\s+\S*$/u, '')} … ${l.quote.slice(-280).replace(/^\S*\s+/u, '')}`;
  return lines.length > 4 ? [...lines.slice(0, 3), lines[lines.length - 1]] : lines;
}

function decisionBlock(item: MinutesItem, dec: Decision): Paragraph[] {
  const outcome = dec.outcome ? OUTCOME_TEXT[dec.outcome] : 'Ergebnis nicht erkannt';
  // "angenommen (12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung)", "einstimmig bei 2 Enthaltungen angenommen".
  const counted = /Ja-Stimme/.test(dec.voteText);
  const vote = !dec.voteText ? outcome : counted ? `${outcome} (${dec.voteText})` : `${dec.voteText} ${dec.outcome ? outcome : ''}`.trim();
  const sure = dec.status === 'sicher';
  const out: Paragraph[] = [];
  if (dec.subject) out.push(labelled('Gegenstand', dec.subject));
  if (dec.resolution) {
    // The placeholder and an amended wording need the clerk's hand: marked like every unsure fact.
    const todo = dec.resolution.startsWith(RESOLUTION_PLACEHOLDER.slice(0, 20)) || dec.resolution.includes(AMENDED_MARK);
    out.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: 'Beschlusstext: ', bold: true }), new TextRun({ text: dec.resolution, ...(todo ? { highlight: 'yellow' as const } : {}) })] }));
  }
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
  // The evidence: where in the transcript the decision was heard, verbatim; the sentences of one turn
  // in one line ("Wer ist dafür? – Sieben. …"), the result always among them.
  for (const e of evidenceLines(dec.evidence)) {
    out.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 40 }, children: [new TextRun({ text: `Beleg (${e.time}${e.speaker ? `, ${speakerLabel(e.speaker).text}` : ''}), wörtlich: `, size: 18 }), new TextRun({ text: `„${withoutFillers(e.quote)}“`, italics: true, size: 18 })] }));
  }
  if (!dec.evidence.length && dec.text) out.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 100 }, children: [new TextRun({ text: `Wortlaut (${dec.time}): „${withoutFillers(dec.text)}“`, italics: true })] }));
  return out;
}

/**
 * The title without its Vorlage number, which the form prints once of its own ("Vorlage: 850/26 A",
 * "(Vorlage 850/26 A)"): never "(Vorlage 850/26 A) (Vorlage 850/26 A)". Any spelling in the title goes,
 * in brackets or not ("– Vorlage Nr. 850/26 A", "(Drucksache 850/26 A)").
 */
export function titleWithoutPaper(item: Pick<MinutesItem, 'title' | 'paper'>): string {
  if (!item.paper) return item.title;
  const esc = item.paper.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, String.raw`\s*`);
  const ref = new RegExp(String.raw`\s*(?:[,;–-]\s*)?[([]?\s*(?:Vorlage|Drucksache|DS|Drucks\.|Vorl\.)(?:[- ]?Nr\.?)?\s*:?\s*${esc}(?![\p{L}\d/-]|\s[A-Z](?![\p{L}])|\s(?:neu|NEU)(?![\p{L}]))\s*[)\]]?`, 'giu');
  return item.title.replace(ref, '').replace(/\s*[,;:–-]\s*$/u, '').trim() || item.title;
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
    if (fact?.evidence[0]) out.push(p(`Beleg (${fact.evidence[0].time}), wörtlich: „${withoutFillers(fact.evidence[0].quote)}“`, { italics: true, indent: true }));
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
  // The no-decision line and each unsure decision's own mark already say it; no second "Hinweis".
  const shown = (w: string) => w === `TOP ${item.number}: ${NO_DECISION}.` || (w.startsWith(`Abstimmungsergebnis zu TOP ${item.number}`) && item.decisions.some((d) => d.status !== 'sicher'));
  for (const w of item.warnings) if (!shown(w)) out.push(p(`Hinweis: ${w}`, { warn: true }));
  return out;
}

/**
 * A session time in the header; one not heard as a clock time ("um 17:02 Uhr") but taken from the
 * timeline or the Teams meeting is marked "Bitte prüfen", with the sentence it rests on (that only in
 * the non-public document, which may quote anything of the session).
 */
function sessionTime(label: string, value: string | null, fact: Fact | undefined, part: MinutesPart): Paragraph[] {
  if (!value) return [labelled(label, '(bitte ergänzen)')];
  if (!fact || fact.status === 'sicher') return [labelled(label, value)];
  const why = fact.evidence.length ? 'Uhrzeit nicht gesagt, aus dem Zeitverlauf des Transkripts' : 'nicht im Transkript erkannt, aus der Anwesenheitsliste oder dem Zeitverlauf';
  const out = [new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun({ text: value, highlight: 'yellow' }), new TextRun({ text: ` – ${CHECK_MARK} (${why})`, bold: true, highlight: 'yellow' })] })];
  // The sentence may have been said in the non-public part (a closing after it): quoted only in the non-public document.
  const e = part === 'nonpublic' ? fact.evidence[0] : undefined;
  if (e) out.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 60 }, children: [new TextRun({ text: `Beleg (${e.time}${e.speaker ? `, ${speakerLabel(e.speaker).text}` : ''}), wörtlich: `, size: 18 }), new TextRun({ text: `„${withoutFillers(e.quote)}“`, italics: true, size: 18 })] }));
  return out;
}

function signature(d: MinutesDraft, t: MinutesTemplate): (Paragraph | Table)[] {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (role: string, name: string | null) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none },
      children: [p(''), p(''), p('______________________________'), p(name && !isDeviceOrUnknown(name) ? name : '(Name)'), p(role, { bold: true })],
    });
  return [
    p(''),
    p(`${t.signaturePlace ?? '____________________'}, den ____________`),
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
    ...sessionTime('Beginn', draft.start ? `${draft.start} Uhr` : null, draft.facts.find((f) => f.kind === 'Beginn'), part),
    ...draft.interruptions.flatMap((i, n) => sessionTime('Unterbrechung', `${i.from} Uhr bis ${i.to ? `${i.to} Uhr` : '(bitte ergänzen)'}`, draft.facts.filter((f) => f.kind === 'Unterbrechung')[n], part)),
    ...sessionTime('Ende', draft.end ? `${draft.end} Uhr` : null, draft.facts.find((f) => f.kind === 'Ende'), part),
    labelled('Vorsitz', chairLine(draft)),
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
