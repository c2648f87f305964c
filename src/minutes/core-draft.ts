/**
 * The deterministic core: cleaned transcript + agenda + attendance → typed draft with every TOP,
 * decision, vote, Befangenheit and "zu Protokoll" statement. No model, no I/O.
 */
import { cleanTranscript } from './clean-transcript.js';
import { detectBias, detectProcedure, detectProtocolStatements, type Procedure } from './detect-procedure.js';
import { detectDecisions, voteText } from './detect-votes.js';
import type { MinutesDraft, MinutesItem, Quote } from './draft-schema.js';
import { buildRoster, resolveName } from './roster.js';
import { segmentTranscript, type Segment } from './segment.js';
import type { Agenda, Attendance, Cue, Member, Transcript } from './types.js';

export interface CoreInput {
  transcript: Transcript;
  agenda?: Agenda;
  attendance?: Attendance;
  members?: Member[];
  /** Known facts that override what the transcript suggests (from the calendar or the command line). */
  meta?: { title?: string; organization?: string; date?: string; place?: string };
  style?: 'verlauf' | 'ergebnis';
}

export interface CoreResult {
  draft: MinutesDraft;
  /** Cues per item, same order as draft.items (for the model stage). */
  itemCues: Cue[][];
  /** Maps a transcript offset to the label used in quotes. */
  clock: (seconds: number) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Builds a clock from a known anchor: the spoken opening time, else the meeting start of the attendance report. */
function makeClock(proc: Procedure, attendance?: Attendance): { clock: (s: number) => string; absolute: boolean } {
  let anchor: { seconds: number; minutes: number } | undefined;
  if (proc.opened && proc.openedAt !== null) anchor = { seconds: proc.openedAt, minutes: toMin(proc.opened) };
  else if (attendance?.meetingStart) anchor = { seconds: 0, minutes: toMin(attendance.meetingStart) };
  if (!anchor) {
    return { absolute: false, clock: (s) => `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(Math.floor(s % 60))}` };
  }
  const a = anchor;
  return {
    absolute: true,
    clock: (s) => {
      const m = Math.round(a.minutes + (s - a.seconds) / 60);
      const day = ((m % 1440) + 1440) % 1440;
      return `${pad(Math.floor(day / 60))}:${pad(day % 60)}`;
    },
  };
}

function toMin(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

const PROCEDURAL = /wer ist dafür|gegenstimmen|enthaltungen|wir kommen zu|rufe[^.]{0,30}auf|ich erteile|das wort hat|vielen dank|danke schön|gibt es (?:noch )?wortmeldungen|sehe ich nicht/iu;

/** Turns with a vote, a result, a Befangenheit or a statement zu Protokoll: rendered in their own place already. */
const VOTING = /wer ist dafür|gegenstimmen|enthaltungen?\b|erhebt sich kein widerspruch|lasse[^.]{0,60}abstimmen|damit ist[^.]{0,80}(?:angenommen|abgelehnt|beschlossen|genehmigt)|zur kenntnis genommen|vertagt|zurückgezogen|befangen|zu protokoll/iu;

/** Key statements for the model-free draft: substantive turns of distinct speakers, cut at a sentence. */
export function keyQuotes(cues: Cue[], clock: (s: number) => string, max = 4): Quote[] {
  const candidates = cues
    .filter((c) => c.text.length >= 80 && !(PROCEDURAL.test(c.text) && c.text.length < 200) && !VOTING.test(c.text))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.text.length - a.c.text.length);
  const chosen: typeof candidates = [];
  const speakers = new Set<string | null>();
  for (const cand of candidates) {
    if (chosen.length >= max) break;
    if (speakers.has(cand.c.speaker) && cand.c.speaker !== null) continue;
    speakers.add(cand.c.speaker);
    chosen.push(cand);
  }
  return chosen
    .sort((a, b) => a.i - b.i)
    .map(({ c }) => ({ speaker: c.speaker, time: clock(c.start), text: cutAtSentence(c.text, 400) }));
}

function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > max / 3 ? `${cut.slice(0, end + 1)} …` : `${cut.replace(/\s+\S*$/, '')} …`;
}

function buildItem(seg: Segment, clock: (s: number) => string, known: string[], voters: number | undefined, style: 'verlauf' | 'ergebnis'): MinutesItem {
  const label = `TOP ${seg.number}`;
  const warnings = [...seg.warnings];
  const detected = detectDecisions(seg.cues, voters);
  const decisions = detected.map((d) => {
    if (d.uncertain) warnings.push(`Abstimmungsergebnis zu ${label} bitte prüfen (${d.reason}).`);
    return { text: d.text, outcome: d.outcome, votes: d.votes, unanimous: d.unanimous, voteText: voteText(d), uncertain: d.uncertain, time: clock(d.at) };
  });
  const bias = detectBias(seg.cues);
  if (bias.unattributed) warnings.push(`${label}: Eine Befangenheitserklärung ohne erkennbare Person – bitte Namen ergänzen.`);
  const names = [...new Set(bias.declarations.map((b) => resolveName(b.name, known)))];
  const statements = detectProtocolStatements(seg.cues).map((s) => ({ speaker: s.speaker, time: clock(s.at), text: s.text }));
  return {
    number: seg.number,
    title: seg.title,
    public: seg.public,
    paper: seg.paper ?? null,
    found: seg.found,
    start: seg.cues.length ? clock(seg.cues[0].start) : null,
    summary: null,
    quotes: style === 'verlauf' ? keyQuotes(seg.cues, clock) : [],
    decisions,
    bias: names,
    statements,
    warnings,
  };
}

/**
 * "ab 17:45 Uhr" → "ab 17:45 Uhr (ab TOP 4)", "bis 18:31 Uhr" → "… (bis TOP 8)". Only public TOPs are
 * named, because these notes appear in the public document too.
 */
function annotateWithTops(people: { note: string | null }[], items: MinutesItem[]): void {
  const timed = items.filter((i) => i.public && i.found && i.start);
  for (const p of people) {
    if (!p.note) continue;
    p.note = p.note
      .replace(/ab (\d\d:\d\d) Uhr/, (m, t: string) => {
        const top = timed.find((i) => i.start! >= t);
        return top ? `${m} (ab TOP ${top.number})` : m;
      })
      .replace(/bis (\d\d:\d\d) Uhr/, (m, t: string) => {
        const top = timed.filter((i) => i.start! <= t).pop();
        return top ? `${m} (bis TOP ${top.number})` : m;
      });
  }
}

/** Runs parse-independent stages: clean → segment → extract → reduce into a typed draft. */
export function buildCoreDraft(input: CoreInput): CoreResult {
  const style = input.style ?? 'verlauf';
  const transcript = cleanTranscript(input.transcript);
  const cues = transcript.cues;
  const warnings: string[] = [];
  if (!transcript.attributed) warnings.push('Das Transkript enthält keine Sprecherzuordnung (in Teams ausgeschaltet); Vorsitz, Befangenheit und Zitate ohne Namen bitte ergänzen.');
  const proc = detectProcedure(cues);
  const { clock, absolute } = makeClock(proc, input.attendance);
  const speakers = [...new Set(cues.map((c) => c.speaker).filter((s): s is string => !!s))];
  const roster = buildRoster(input.attendance, speakers, input.members);
  const known = [...new Set([...speakers, ...(input.attendance?.attendees.map((a) => a.name) ?? []), ...(input.members?.map((m) => m.name) ?? [])])];
  const agendaItems = input.agenda?.items ?? [];
  const seg = segmentTranscript(cues, agendaItems, { chair: proc.chair });
  if (!agendaItems.length) warnings.push('Keine Tagesordnung angegeben: Die Tagesordnungspunkte wurden aus den Aufrufen im Transkript abgeleitet – bitte Titel prüfen.');
  if (!seg.segments.length) warnings.push('Im Transkript wurde kein Aufruf eines Tagesordnungspunkts gefunden.');
  const items = seg.segments.map((s) => buildItem(s, clock, known, input.attendance ? roster.voters : undefined, style));
  if (detectDecisions(seg.preamble).length && seg.preamble.length) warnings.push('Vor dem ersten Tagesordnungspunkt wurde eine Abstimmung erkannt (z. B. zur Tagesordnung) – bitte prüfen.');
  if (absolute) annotateWithTops(roster.present, items);
  const chair = proc.chair ?? roster.chair ?? null;
  if (!chair) warnings.push('Der Vorsitz wurde nicht erkannt – bitte ergänzen.');
  const clerk = proc.clerk ? resolveName(proc.clerk, known) : roster.clerk ?? null;
  const start = proc.opened ?? (proc.openedAt !== null && absolute ? clock(proc.openedAt) : input.attendance?.meetingStart ?? null);
  const lastCue = cues[cues.length - 1];
  const end = proc.closed ?? (absolute && lastCue ? clock(proc.closedAt ?? lastCue.end) : input.attendance?.meetingEnd ?? null);
  if (!absolute) warnings.push('Beginn der Sitzung nicht erkannt: Zeitangaben sind Abstände ab Aufnahmebeginn.');
  const organization = input.meta?.organization ?? proc.organization ?? input.agenda?.organization ?? null;
  const number = proc.sessionNumber;
  const title = input.meta?.title ?? input.agenda?.title ?? proc.sessionTitle ?? (organization ? `Sitzung: ${organization}` : 'Sitzung');
  const date = input.meta?.date ?? input.agenda?.start?.slice(0, 10) ?? input.attendance?.date ?? null;
  if (!date) warnings.push('Datum der Sitzung unbekannt – bitte ergänzen.');
  const draft: MinutesDraft = {
    title,
    organization,
    sessionNumber: number,
    date,
    place: input.meta?.place ?? input.agenda?.place ?? null,
    start,
    end,
    interruptions: proc.interruptions.map((i) => ({ from: i.spokenFrom ?? clock(i.at), to: i.spokenTo ?? (i.resumedAt !== null ? clock(i.resumedAt) : null) })),
    chair,
    clerk,
    present: roster.present,
    absent: roster.absent,
    guests: roster.guests,
    items,
    style,
    warnings,
  };
  return { draft, itemCues: seg.segments.map((s) => s.cues), clock };
}
