/**
 * OParl objects as documents for the shared index. Pure. A Vorlage becomes one document (its
 * facts, its Beratungsfolge, the text of its files); a Sitzung one document with a section per
 * TOP a document of its own (Vorlage, Ergebnis, Beschlusstext), citing the TOP's page. Every document carries the object's `web` page (what a
 * person opens in the RIS) and names the body and the date, in the title and as citation details.
 * A non-public TOP contributes only its public title and the statement that its content is not
 * public — never a result or text, even when a server sends one.
 */
import type { DocumentBlock, ParsedDocument } from '../knowledge/parsers/types.js';
import type { OparlAgendaItem, OparlMeeting, OparlPaper } from './schemas.js';

/** What the documents need to know about other objects (names of Gremien, dates of meetings). */
export interface OparlLookup {
  bodyName: string;
  organizationName(url: string): string | undefined;
  meeting(url: string): { name?: string; start?: string; organization?: string[] } | undefined;
  /** The Vorlage a consultation belongs to. */
  consultationPaper(url: string): { reference?: string; name?: string } | undefined;
}

/** Text of one file of a Vorlage or TOP, read by the format parsers (or the File's own `text`). */
export interface FileText {
  name: string;
  role: 'main' | 'auxiliary' | 'resolution';
  blocks: DocumentBlock[];
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "2026-05-05…" → "05.05.2026"; undefined for anything else. */
export function germanDate(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : undefined;
}

/** "2026-05-05" → "5. Mai 2026" (how people write it in questions). */
function longDate(iso: string | undefined): string | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : undefined;
}

function dateWords(iso: string | undefined): string | undefined {
  const short = germanDate(iso);
  return short ? `${short} (${longDate(iso)})` : undefined;
}

const para = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
const heading = (text: string, level: number): DocumentBlock => ({ kind: 'heading', text, level });

function names(urls: string[] | undefined, lookup: OparlLookup): string[] {
  return (urls ?? []).map((u) => lookup.organizationName(u)).filter((n): n is string => !!n);
}

/** A file's blocks below a heading of its own (its headings moved under it). */
function fileBlocks(f: FileText, label: string): DocumentBlock[] {
  return [heading(`${label}: ${f.name}`, 2), ...f.blocks.map((b) => (b.kind === 'heading' ? { ...b, level: Math.min(6, b.level + 2) } : b))];
}

export function paperTitle(paper: OparlPaper): string {
  const kind = paper.paperType?.trim() || 'Vorlage';
  const name = paper.name?.trim() || 'ohne Titel';
  return paper.reference ? `${kind} ${paper.reference.trim()}: ${name}` : `${kind}: ${name}`;
}

export function paperDocument(paper: OparlPaper, lookup: OparlLookup, files: FileText[] = []): ParsedDocument {
  const title = paperTitle(paper);
  const facts = [
    paper.reference ? `Drucksache ${paper.reference.trim()}` : undefined,
    paper.paperType ? `${paper.paperType}` : undefined,
    paper.date ? `vom ${dateWords(paper.date)}` : undefined,
    lookup.bodyName,
  ].filter(Boolean);
  const blocks: DocumentBlock[] = [heading(title, 1), para(`${facts.join(' · ')}.`)];
  const lead = names(paper.underDirectionOf, lookup);
  if (lead.length) blocks.push(para(`Federführung: ${lead.join(', ')}.`));
  const originators = names(paper.originatorOrganization, lookup);
  if (originators.length) blocks.push(para(`Eingebracht von: ${originators.join(', ')}.`));
  const consultations = (paper.consultation ?? []).filter((c): c is Exclude<typeof c, string> => typeof c === 'object' && !c.deleted);
  if (consultations.length) {
    blocks.push(heading('Beratungsfolge', 2));
    for (const c of consultations) {
      const meeting = c.meeting ? lookup.meeting(c.meeting) : undefined;
      const gremien = names(c.organization?.length ? c.organization : meeting?.organization, lookup);
      const when = meeting?.start ? ` in der Sitzung am ${dateWords(meeting.start)}` : '';
      const role = [c.role, c.authoritative ? 'beschließend' : undefined].filter(Boolean).join(', ');
      blocks.push({ kind: 'listItem', text: `Beratung im Gremium ${gremien.join(', ') || 'unbekannt'}${when}${role ? ` (Rolle: ${role})` : ''}.` });
    }
  }
  for (const f of files) blocks.push(...fileBlocks(f, f.role === 'main' ? 'Vorlagentext' : 'Anlage'));
  return { title: `${title} – ${[lookup.bodyName, germanDate(paper.date)].filter(Boolean).join(', ')}`, blocks, meta: citationMeta(paper.web ?? paper.id, lookup.bodyName, paper.date, { reference: paper.reference?.trim(), oparl: 'Paper', oparlName: paper.name?.trim() }) };
}

export function meetingTitle(meeting: OparlMeeting, lookup: Pick<OparlLookup, 'organizationName'>): string {
  const gremien = (meeting.organization ?? []).map((u) => lookup.organizationName(u)).filter((n): n is string => !!n);
  const name = meeting.name?.trim();
  const base = name && gremien.every((g) => name.includes(g)) ? name : [gremien.join(', '), name].filter(Boolean).join(': ') || 'Sitzung';
  const date = germanDate(meeting.start);
  return date && !base.includes(date) ? `${base} am ${date}` : base;
}

/** The TOP's number as printed, or its position. */
export function agendaNumber(item: OparlAgendaItem, index: number): string {
  return String(item.number ?? item.order ?? index + 1).trim();
}

export const NON_PUBLIC_NOTE = 'Nichtöffentlicher Tagesordnungspunkt: Beratung und Ergebnis sind nicht öffentlich und stehen nicht im Ratsinformationssystem.';

/** TOPs of a meeting in their order (deleted ones left out). */
export function agendaItemsOf(meeting: OparlMeeting): OparlAgendaItem[] {
  return (meeting.agendaItem ?? []).filter((a): a is OparlAgendaItem => typeof a === 'object' && !a.deleted).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

function meetingFacts(meeting: OparlMeeting, lookup: OparlLookup): string {
  const gremien = names(meeting.organization, lookup);
  const time = /T(\d{2}):(\d{2})/.exec(meeting.start ?? '');
  const loc = meeting.location;
  const place = typeof loc === 'object' ? loc.description ?? [loc.room, loc.streetAddress, loc.locality].filter(Boolean).join(', ') : undefined;
  const facts = [
    `Sitzung${gremien.length ? ` des Gremiums ${gremien.join(', ')}` : ''}${meeting.start ? ` am ${dateWords(meeting.start)}` : ''}${time ? `, ${time[1]}:${time[2]} Uhr` : ''}`,
    place ? `Ort: ${place}` : undefined,
    lookup.bodyName,
    meeting.cancelled ? 'Die Sitzung ist abgesagt' : undefined,
  ].filter(Boolean);
  return `${facts.join(' · ')}.`;
}

/** The Sitzung itself: when, where, which Gremium, the Tagesordnung (titles only) and its public files (Einladung, Niederschrift). */
export function meetingDocument(meeting: OparlMeeting, lookup: OparlLookup, files: FileText[] = []): ParsedDocument {
  const title = meetingTitle(meeting, lookup);
  const blocks: DocumentBlock[] = [heading(title, 1), para(meetingFacts(meeting, lookup))];
  const items = agendaItemsOf(meeting);
  if (items.length) {
    blocks.push(heading('Tagesordnung', 2));
    items.forEach((a, i) => blocks.push({ kind: 'listItem', text: `TOP ${agendaNumber(a, i)}: ${a.name?.trim() || 'ohne Titel'}${a.public === false ? ' (nichtöffentlich)' : ''}` }));
  }
  for (const f of files) blocks.push(...fileBlocks(f, 'Sitzungsunterlage'));
  const gremien = names(meeting.organization, lookup);
  return { title, blocks, meta: citationMeta(meeting.web ?? meeting.id, gremien.join(', ') || lookup.bodyName, meeting.start, { oparl: 'Meeting' }) };
}

/**
 * One TOP as a document of its own, citing the TOP's own RIS page: its Vorlage, Ergebnis and
 * Beschlusstext. A non-public TOP gets only its public title and the note that its content is not public.
 */
export function agendaItemDocument(item: OparlAgendaItem, index: number, meeting: OparlMeeting, lookup: OparlLookup, files: FileText[] = []): ParsedDocument {
  const number = agendaNumber(item, index);
  const name = item.name?.trim() || 'ohne Titel';
  const within = meetingTitle(meeting, lookup);
  const gremien = names(meeting.organization, lookup);
  const paper = item.consultation ? lookup.consultationPaper(item.consultation) : undefined;
  const meta = citationMeta(item.web ?? meeting.web ?? meeting.id, gremien.join(', ') || lookup.bodyName, meeting.start, { oparl: 'AgendaItem', meeting: meeting.web ?? meeting.id, reference: item.public === false ? undefined : paper?.reference?.trim(), oparlName: item.name?.trim() });
  if (item.public === false) {
    // Only the public title: OParl carries no content of a non-public item, and nothing may look as if it did.
    const title = `TOP ${number}: ${name} (nichtöffentlich) – ${within}`;
    return { title, blocks: [heading(title, 1), para(NON_PUBLIC_NOTE)], meta: { ...meta, nonPublic: 'true' } };
  }
  const title = `TOP ${number}: ${name} – ${within}`;
  // The Gremium and the day stand in the sentences of the Ergebnis and the Beschluss themselves: a
  // question by Gremium and day finds them there (the Fundstelle quotes the decision, not a header).
  const when = [gremien.length ? `des Gremiums ${gremien.join(', ')}` : undefined, meeting.start ? `am ${dateWords(meeting.start)}` : undefined].filter(Boolean).join(' ');
  const blocks: DocumentBlock[] = [heading(title, 1)];
  if (paper?.reference || paper?.name) blocks.push(para(`Vorlage ${[paper.reference, paper.name].filter(Boolean).join(': ')}.`));
  blocks.push(para(item.result?.trim() ? `Ergebnis der Sitzung ${when}: ${item.result.trim()}.` : `Ergebnis der Sitzung ${when}: im Ratsinformationssystem (noch) nicht eingetragen.`));
  if (item.resolutionText?.trim()) blocks.push(para(`Beschluss der Sitzung ${when}: ${item.resolutionText.trim()}`));
  for (const f of files) blocks.push(...fileBlocks(f, f.role === 'resolution' ? 'Beschluss' : 'Anlage'));
  blocks.push(para(meetingFacts(meeting, lookup)));
  return { title, blocks, meta };
}

function citationMeta(web: string, from: string, date: string | undefined, extra: Record<string, string | undefined>): Record<string, string> {
  const meta: Record<string, string> = { web, from };
  if (date) meta.date = date;
  for (const [k, v] of Object.entries(extra)) if (v) meta[k] = v;
  return meta;
}
