/**
 * The deterministic core: cleaned transcript + agenda + attendance → typed draft with every TOP,
 * decision, vote, Befangenheit and "zu Protokoll" statement. No model, no I/O.
 */
import { cleanTranscript } from './clean-transcript.js';
import { detectBias, detectProcedure, detectProtocolStatements, type Procedure } from './detect-procedure.js';
import { detectDecisions, readOutcome, voteText, type DetectedDecision, type EvidenceRef } from './detect-votes.js';
import { AMENDED_MARK, RESOLUTION_PLACEHOLDER, type Decision, type Evidence, type Fact, type MinutesDraft, type MinutesItem, type Quote } from './draft-schema.js';
import { namedIndependents, resolveGroupVotes } from './group-votes.js';
import { NUMBER_TOKEN, parseGermanNumber } from './number-words.js';
import { withoutFillers } from './sentences.js';
import { checkAgenda } from './agenda-check.js';
import { applyEarlyMotion, applyItemCertainty, applyOpenVoteBefore, applySequenceCertainty, applyUnreadCalls, quorumCheck, type QuorumCheck } from './certainty.js';
import { annotateWithTops, buildRoster, membersFromMemberships, nameKey, resolveName } from './roster.js';
import { findTransition, numberKey, segmentTranscript, type Segment } from './segment.js';
import { JOINT_VOTE_PROPOSAL, STANDING_ITEM } from './vocabulary.js';
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
  /** Speakers who chaired (for the model stage, which reads their turns). */
  chairs: Set<string>;
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

export { AMENDED_MARK, RESOLUTION_PLACEHOLDER } from './draft-schema.js';

const evidenceOf = (refs: EvidenceRef[], clock: (s: number) => string): Evidence[] =>
  refs.map((r) => ({ cueId: r.cueId, time: clock(r.at), speaker: r.speaker, quote: r.quote }));

const AMENDED_PREFIX = `Beschlossen ${AMENDED_MARK} – die angenommene Änderung bitte in den Wortlaut einarbeiten`;

/**
 * The wording of an adopted resolution: the paper's Beschlussvorschlag where the agenda gives it
 * (marked "in der geänderten Fassung" after an adopted amendment, whose changes the clerk works in),
 * else the placeholder for the clerk. Amendments and elections get none.
 */
export function resolutionFor(d: Pick<DetectedDecision, 'outcome' | 'subject'>, seg: Pick<Segment, 'paper' | 'resolution'>, amended: boolean): string | null {
  if (d.outcome !== 'angenommen' || /änderungs|ergänzungs|zusatz|dringlichkeit|tagesordnung|niederschrift/iu.test(d.subject ?? '')) return null;
  if (seg.resolution) return amended ? `${AMENDED_PREFIX}: ${seg.resolution}` : seg.resolution;
  const placeholder = seg.paper ? RESOLUTION_PLACEHOLDER.replace('der Vorlage', `der Vorlage ${seg.paper}`) : RESOLUTION_PLACEHOLDER;
  return amended ? `${AMENDED_PREFIX}: ${placeholder}` : placeholder;
}

function toDecision(d: DetectedDecision, clock: (s: number) => string, seg: Segment, amended: boolean): Decision {
  const resolution = resolutionFor(d, seg, amended);
  return {
    text: d.text,
    outcome: d.outcome,
    votes: d.votes,
    unanimous: d.unanimous,
    voteText: voteText(d),
    uncertain: d.status !== 'sicher',
    time: clock(d.at),
    subject: d.subject,
    votesByGroup: d.votesByGroup,
    status: d.status,
    reasons: d.reasons,
    evidence: evidenceOf(d.evidence, clock),
    resolution,
    alternatives: [],
  };
}

function buildItem(seg: Segment, clock: (s: number) => string, known: string[], voters: number | undefined, style: 'verlauf' | 'ergebnis', chairs: Set<string>, quorumLost: QuorumCheck, unaccounted: (number: string, sentence: string) => boolean = () => false): MinutesItem {
  const label = `TOP ${seg.number}`;
  const warnings = [...seg.warnings];
  const detected = detectDecisions(seg.cues, { ...(voters !== undefined ? { maxVoters: voters } : {}), chairs, itemNumber: seg.number });
  applySequenceCertainty(detected, seg.cues, quorumLost);
  applyUnreadCalls(detected, seg.cues, seg.number, (t) => findTransition(t)?.number, unaccounted);
  // An adopted amendment changes the wording of the main motion voted after it.
  let amended = false;
  const decisions = detected.map((d) => {
    // Approving the minutes of an earlier session is "genehmigt", however the chair words it ("bestätigt", "So beschlossen").
    if (d.outcome === 'angenommen' && (MINUTES_ITEM.test(seg.title) || d.evidence.some((e) => MINUTES_APPROVED.test(e.quote)))) d.outcome = 'genehmigt';
    const mismatch = subjectMismatch(d.subject, seg.title);
    if (mismatch && d.status === 'sicher') Object.assign(d, { status: 'unsicher', uncertain: true, reasons: [...d.reasons, mismatch] });
    const dec = toDecision(d, clock, seg, amended && d.outcome === 'angenommen');
    if (d.outcome === 'angenommen' && /änderungs|ergänzungs/iu.test(d.subject ?? '')) amended = true;
    return dec;
  });
  if (!decisions.length && seg.found) warnings.push(`${label}: Kein Beschluss erkannt – bitte prüfen.`);
  const bias = detectBias(seg.cues);
  if (bias.unattributed) warnings.push(`${label}: Eine Befangenheitserklärung ohne erkennbare Person – bitte Namen ergänzen.`);
  const statements = detectProtocolStatements(seg.cues).map((s) => ({ speaker: s.speaker, time: clock(s.at), text: withoutFillers(s.text) }));
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
    bias: [],
    biasFacts: [],
    statements,
    warnings,
  };
}

/** The number between two called items when the calls skip one ("9" then "11" → "10"; "4.1" then "4.3" → "4.2"). */
export function skippedNumber(own: string, next: string | undefined): string | undefined {
  const parts = (n: string) => /^(\d{1,3})(?:\.(\d{1,2}))?$/u.exec(n.trim())?.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  if (!next) return undefined;
  const a = parts(own);
  const b = parts(next);
  if (!a || !b || a[0] === undefined || b[0] === undefined) return undefined;
  if (a[1] === undefined && b[1] === undefined && b[0] > a[0] + 1 && b[0] - a[0] <= 3) return String(a[0] + 1);
  if (a[1] !== undefined && b[1] !== undefined && a[0] === b[0] && b[1] > a[1] + 1 && b[1] - a[1] <= 3) return `${a[0]}.${a[1] + 1}`;
  return undefined;
}

/** An item that reports rather than asks for a decision: "Sachstandsbericht …", "Information der Verwaltung". */
const REPORT_ITEM = /bericht|sachstand|information|mitteilung|unterrichtung|vorstellung|präsentation/iu;
/** An item that elects someone: "Wahl der Schiedsperson", "Nachwahl eines Mitglieds", "Wahl von Beisitzern". */
const ELECTION_ITEM = /(?:^|[\s(„"-])(?:nach|neu|ersatz|stich)?wahl(?:en)?\s+(?:de[rsn]|eine[rsn]?|von|zu[rm]?|für|in)\s/iu;
const MINUTES_ITEM = /^(?:(?:die|der)\s+)?(?:genehmigung|bestätigung|billigung|feststellung)?\s*(?:der\s+|des\s+)?(?:niederschrift|protokolls?|sitzungsniederschrift)(?![\p{L}])/iu;
const MINUTES_APPROVED = /(?:niederschrift|protokoll)\s+(?:[^.?!]{0,60}\s)?(?:bestätigt|genehmigt|angenommen|beschlossen|gebilligt)(?![\p{L}])/iu;

/** Comparable item number: "TOP 4 b" / "4b" / "vier" → "4b". */
function itemNumberKey(n: string): string {
  const t = n.replace(/^(?:TOP|Ö|N)\s*/iu, '').replace(/\s+/gu, '').replace(/\.$/u, '').toLowerCase();
  const head = /^([\p{L}]+)(.*)$/u.exec(t);
  if (head && !/^[a-h]$/u.test(head[1])) {
    const v = parseGermanNumber(head[1]);
    if (v !== undefined) return `${v}${head[2]}`;
  }
  return t;
}

/**
 * Items called and debated together share the decision taken for both ("Die beiden Anträge sollen an
 * den Ausschuss überwiesen werden."); an item with its own vote keeps it. A shared decision is sure
 * only when its words speak of both.
 */
function shareJointDecisions(segments: Segment[], items: MinutesItem[]): void {
  segments.forEach((seg, i) => {
    const item = items[i];
    if (item.decisions.length || !seg.joint.length) return;
    const partner = items.find((it, j) => j !== i && seg.joint.includes(it.number) && it.decisions.length && it.public === item.public);
    if (!partner) return;
    for (const d of partner.decisions) {
      const both = /beide[nr]?|die\s+(?:anträge|punkte|vorlagen|gesetzentwürfe|tagesordnungspunkte)|alle\s+(?:drei|anträge)|sowie|und\s+den\s+(?:dringlichen\s+)?antrag|zusammen/iu.test(d.text);
      item.decisions.push({ ...d, status: both && d.status === 'sicher' ? 'sicher' : d.status === 'nicht erkannt' ? d.status : 'unsicher', uncertain: !(both && d.status === 'sicher'), reasons: both ? d.reasons : [...d.reasons, `gemeinsam mit TOP ${partner.number} beraten; Beschluss von dort übernommen`] });
    }
    item.warnings = item.warnings.filter((w) => !/Kein Beschluss erkannt/u.test(w));
  });
}

/** "Tagesordnungspunkt 12", "Tagesordnungspunkte 3 und 4", "die Punkte 34, 41 und 47" – not "Punkt 2 des Antrags". */
const NAMED_ITEMS = /(?:tagesordnungspunkte?\s+(\d{1,3}[a-h]?(?:\s*(?:,|und|sowie|bis)\s*\d{1,3}[a-h]?)*)|punkte\s+(\d{1,3}[a-h]?(?:\s*(?:,|und|sowie|bis)\s*\d{1,3}[a-h]?)+))(?!\s*(?:des|der)\s)/giu;
/** "über 6 a und 6 b gemeinsam", "über 3.1 bis 3.3 en bloc" – the numbers of a block voted together, without an item word. */
const BARE_BLOCK = /über\s+(\d{1,3}(?:\.\d{1,2}|\s?[a-h])?(?:\s*(?:,|und|sowie)\s*\d{1,3}(?:\.\d{1,2}|\s?[a-h])?)+)\s+(?:gemeinsam|zusammen|en\s*bloc|im\s+block)(?![\p{L}])/giu;
/**
 * "Damit ist der Punkt 7 von der Tagesordnung abgesetzt" said under TOP 1: a decision on one other item's
 * place on the agenda (set down, postponed) belongs to that item, even with a vote called here.
 */
const ONE_ITEM_NAMED = new RegExp(String.raw`(?:tagesordnungspunkt|top|punkt)\s+(${NUMBER_TOKEN}[a-h]?)(?![\p{L}\d.])(?!\s*(?:des|der)\s)`, 'giu');
const ON_ITS_PLACE = new Set(['abgesetzt', 'vertagt']);

/** "sieben" → "7", "12b" → "12b": a number as spoken, with its sub-item letter. */
function spokenItemNumber(raw: string): string {
  const letter = /[a-h]$/iu.exec(raw)?.[0] ?? '';
  const n = parseGermanNumber(raw.slice(0, raw.length - letter.length));
  return n !== undefined ? `${n}${letter}` : raw;
}
/** "5 bis 7" → 5, 6, 7 (an en-bloc vote names a range). */
const expandRange = (list: string): string[] =>
  list.split(/\s*(?:,|und|sowie)\s*/u).flatMap((part) => {
    const r = /^(\d{1,3})\s*bis\s*(\d{1,3})$/u.exec(part);
    if (!r) return [part];
    const [a, b] = [Number(r[1]), Number(r[2])];
    return b > a && b - a <= 20 ? Array.from({ length: b - a + 1 }, (_, k) => String(a + k)) : [part];
  });

/**
 * A result that names other items ("… dass die Punkte 34, 41 und 47 … überwiesen werden") belongs to
 * those items, wherever it was said. It moves there, never as sure (the items were not called).
 */
/**
 * Returns, for a session without agenda, the items voted on en bloc that were never called on their
 * own: they are inserted (insertEnBlocItems) once the per-segment steps are done.
 */
function routeNamedDecisions(items: MinutesItem[], withAgenda: boolean): { after: MinutesItem; item: MinutesItem }[] {
  const added: { after: MinutesItem; item: MinutesItem }[] = [];
  for (const item of items) {
    const own = itemNumberKey(item.number);
    item.decisions = item.decisions.filter((d) => {
      const named = new Set<string>();
      // A vote called here stays here, unless it was announced for several items at once ("en bloc").
      const enBloc = d.evidence.some((e) => /en\s*bloc|im\s+block|(?:gemeinsam|zusammen)\s+ab(?![\p{L}])|in\s+einem\s+abstimmungsgang/iu.test(e.quote) || JOINT_VOTE_PROPOSAL.test(e.quote));
      const naming = d.evidence.filter((e) => readOutcome(e.quote) || (enBloc && JOINT_VOTE_PROPOSAL.test(e.quote)));
      for (const m of naming.map((e) => e.quote).join(' ').matchAll(NAMED_ITEMS)) for (const n of expandRange(m[1] ?? m[2])) named.add(itemNumberKey(n));
      // "Dann stimmen wir über 6 a und 6 b gemeinsam ab": the block named by bare numbers.
      if (enBloc) for (const e of d.evidence) for (const m of e.quote.matchAll(BARE_BLOCK)) for (const n of m[1].split(/\s*(?:,|und|sowie)\s*/u)) named.add(itemNumberKey(n.replace(/\s+/gu, '')));
      let onPlace = false;
      if (!named.size && d.outcome && ON_ITS_PLACE.has(d.outcome)) {
        const one = [...naming.map((e) => e.quote).join(' ').matchAll(ONE_ITEM_NAMED)].map((m) => spokenItemNumber(m[1]));
        if (one.length === 1) named.add(itemNumberKey(one[0]));
      }
      if (d.outcome && ON_ITS_PLACE.has(d.outcome) && named.size === 1 && !named.has(own)) onPlace = true;
      if (!named.size || (!enBloc && !onPlace && d.evidence.some((e) => /wer\s+(?:stimmt|ist)|handzeichen/iu.test(e.quote)))) return true;
      const targets = items.filter((it) => it !== item && it.public === item.public && named.has(itemNumberKey(it.number)) && !it.decisions.some((x) => x.text === d.text));
      // Without an agenda, items voted on en bloc that were never called on their own exist only in that vote.
      if (!withAgenda && enBloc) {
        for (const n of named) {
          if (n === own || items.some((it) => itemNumberKey(it.number) === n) || added.some((a) => itemNumberKey(a.item.number) === n)) continue;
          const extra: MinutesItem = { ...emptyItem(n, item.public), warnings: [`TOP ${n} wurde nicht einzeln aufgerufen, sondern im Block unter TOP ${item.number} abgestimmt – Titel und Beschluss bitte prüfen.`] };
          added.push({ after: item, item: extra });
          targets.push(extra);
        }
      }
      if (!targets.length) return true;
      for (const t of targets) {
        // "genehmigt" was read for the minutes item where the block was voted, not for the items of the block.
        const outcome = d.outcome === 'genehmigt' && !MINUTES_ITEM.test(t.title) && !d.evidence.some((e) => MINUTES_APPROVED.test(e.quote)) ? 'angenommen' : d.outcome;
        t.decisions.push({ ...d, outcome, status: d.status === 'nicht erkannt' ? d.status : 'unsicher', uncertain: true, reasons: [...d.reasons, `unter TOP ${item.number} festgestellt – Zuordnung bitte prüfen`] });
        t.warnings = t.warnings.filter((w) => !/Kein Beschluss erkannt/u.test(w));
      }
      // Said under one of the items it names: it stays there too.
      return named.has(own);
    });
  }
  return added;
}

/** "Drucksache 19/9015", "Drs. 8/102", "DS 2026/0456": a paper number as spoken or printed. */
const PAPER_NUMBER = /(?:drucksache|drucks\.|drs\.?|ds\.?|vorlage)\s*(?:nr\.?\s*)?(\d{1,4}\s*\/\s*\d{1,6})/giu;
const papersIn = (text: string): string[] => [...text.matchAll(PAPER_NUMBER)].map((m) => m[1].replace(/\s+/gu, ''));
/**
 * "… die Dringlichkeitsanträge, die heute nicht mehr aufgerufen werden konnten, darunter der Antrag auf Drucksache 19/9015,
 * werden … verwiesen": a result without a vote of its own that names the paper of another agenda item (and not of
 * its own) belongs to that item, when that item was never dealt with. It moves there, never as sure.
 */
function routeByPaper(items: MinutesItem[]): void {
  const papersOf = items.map((it) => new Set(papersIn(`${it.title} ${it.paper ?? ''}`)));
  items.forEach((item, i) => {
    item.decisions = item.decisions.filter((d) => {
      if (d.evidence.some((e) => /wer\s+(?:stimmt|ist|möchte|will)|handzeichen|gegenstimmen|gegenprobe/iu.test(e.quote))) return true;
      const named = [...new Set(d.evidence.filter((e) => readOutcome(e.quote)).flatMap((e) => papersIn(e.quote)))];
      if (!named.length || named.some((p) => papersOf[i].has(p))) return true;
      const targets = items.filter((it, j) => j !== i && it.public === item.public && named.some((p) => papersOf[j].has(p)));
      const target = targets.length === 1 ? targets[0] : undefined;
      if (!target || target.decisions.length || target.found) return true;
      target.decisions.push({ ...d, status: d.status === 'nicht erkannt' ? d.status : 'unsicher', uncertain: true, reasons: [...d.reasons, `unter TOP ${item.number} festgestellt (nennt die Drucksache dieses Punkts) – Zuordnung bitte prüfen`] });
      target.warnings = target.warnings.filter((w) => !/Kein Beschluss erkannt/u.test(w));
      return false;
    });
  });
}

/**
 * "Vorab: Tagesordnungspunkt 4 wird abgesetzt." said before the first item is called: a set-down or
 * postponement of one named item belongs to that item (unsure: stated outside it), unless the item got
 * decisions of its own.
 */
function routePreambleDecisions(preamble: Cue[], segments: Segment[], items: MinutesItem[], clock: (s: number) => string, chairs: Set<string>): void {
  if (!preamble.length) return;
  for (const d of detectDecisions(preamble, { chairs })) {
    if (!d.outcome || !ON_ITS_PLACE.has(d.outcome)) continue;
    const quotes = d.evidence.filter((e) => readOutcome(e.quote)).map((e) => e.quote).join(' ');
    const named = [...new Set([...quotes.matchAll(ONE_ITEM_NAMED)].map((m) => itemNumberKey(spokenItemNumber(m[1]))))];
    if (named.length !== 1) continue;
    const at = items.findIndex((it) => it.public && itemNumberKey(it.number) === named[0]);
    const target = items[at];
    if (!target || target.decisions.length) continue;
    const dec = toDecision(d, clock, segments[at], false);
    target.decisions.push({ ...dec, status: dec.status === 'nicht erkannt' ? dec.status : 'unsicher', uncertain: true, reasons: [...dec.reasons, 'vor dem ersten Tagesordnungspunkt festgestellt – Zuordnung bitte prüfen'] });
    target.warnings = target.warnings.filter((w) => !/Kein Beschluss erkannt/u.test(w));
  }
}

/** In number order after the item where the block was voted; the model stage gets no talk for them. */
function insertEnBlocItems(added: { after: MinutesItem; item: MinutesItem }[], items: MinutesItem[], itemCues: Cue[][]): void {
  for (const { after, item } of [...added].reverse()) {
    const at = items.indexOf(after) + 1;
    for (const d of item.decisions) item.warnings.push(`Abstimmungsergebnis zu TOP ${item.number} bitte prüfen (${d.reasons.join('; ')}).`);
    items.splice(at, 0, item);
    itemCues.splice(at, 0, []);
  }
}

function emptyItem(number: string, isPublic: boolean): MinutesItem {
  return { number, title: `Tagesordnungspunkt ${number}`, public: isPublic, paper: null, found: false, start: null, summary: null, quotes: [], decisions: [], bias: [], biasFacts: [], statements: [], warnings: [] };
}

const PAPER_KINDS = ['entschließungsantrag', 'gesetzentwurf', 'wahlvorschlag', 'mitteilung', 'große anfrage', 'bericht', 'antrag', 'beschlussempfehlung'];
const paperKind = (s: string): string | undefined => {
  const t = s.toLowerCase().replace(/^(?:dringliche[rnms]?|dieser|diesem|den|der|die|das)\s+/u, '');
  return PAPER_KINDS.find((k) => t.startsWith(k));
};

/**
 * A decision on a kind of paper the item is not ("Entschließungsantrag … überwiesen" under a
 * Gesetzentwurf, "Antrag der AfD … abgelehnt" under a Mitteilung) may belong to another item.
 */
function subjectMismatch(subject: string | null, title: string): string | undefined {
  if (!subject || /änderungs|ergänzungs|zusatz|beschlussempfehlung/iu.test(subject)) return undefined;
  const kind = paperKind(subject);
  if (!kind) return undefined;
  const t = title.toLowerCase();
  const titleKind = PAPER_KINDS.find((k) => t.includes(k));
  if (!titleKind || t.includes(kind)) return undefined;
  return `Gegenstand „${subject}“ passt nicht zum Tagesordnungspunkt – Zuordnung bitte prüfen`;
}

/** The opening item ("Feststellung der Beschlussfähigkeit"), not "Feststellung des Jahresabschlusses". */
const OPENING_TITLE = /^(?:eröffnung|begrüßung|feststellung\s+(?:der|des|von)\s+(?:ordnungsgemäß\p{L}*|form-|frist\p{L}*|beschlussfähigkeit|tagesordnung|anwesenheit|ladung|einladung)|formalien|regularien|tagesordnung)/iu;
const AHEAD = /vorab|vorweg|zu\s+beginn|gleich\s+am\s+anfang|nachher|später|wenn\s+wir\s+(?:zu|dahin)|ich\s+gehe\s+dann/iu;
const titleWords = (t: string) => new Set((t.toLowerCase().match(/\p{L}{6,}/gu) ?? []).filter((w) => !/^(?:antrag|vorlage|beschluss|satzungsbeschluss|fraktion|bericht|sitzung|verwaltung|punkte?s?)$/u.test(w)));
/** The one other item whose title a sentence names by two words, or by one word no other title has. */
function itemNamedIn(sentence: string, items: MinutesItem[], own: MinutesItem | undefined): MinutesItem | undefined {
  const words = titleWords(sentence);
  const scored = items
    .filter((it) => it !== own)
    .map((it) => ({ it, hits: [...titleWords(it.title)].filter((w) => words.has(w)).length }))
    .filter((x) => x.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  if (!scored.length || (scored[1] && scored[1].hits === scored[0].hits)) return undefined;
  return scored[0].it;
}

/**
 * Befangenheit of the whole session: each declaration lands on the item it names ("zu TOP 7",
 * made early) or else on the item where it was said.
 */
function assignBias(segments: Segment[], preamble: Cue[], items: MinutesItem[], known: string[], clock: (s: number) => string): void {
  const sources: { cues: Cue[]; item?: MinutesItem }[] = [{ cues: preamble }, ...segments.map((s, i) => ({ cues: s.cues, item: items[i] }))];
  for (const src of sources) {
    for (const b of detectBias(src.cues).declarations) {
      let target = src.item;
      if (b.forItem) {
        const key = itemNumberKey(b.forItem);
        const named = items.filter((it) => itemNumberKey(it.number) === key);
        // The same number may exist in both parts; prefer the part the declaration was made in.
        target = named.find((it) => it.public === (src.item?.public ?? true)) ?? named[0] ?? target;
      }
      // Declared ahead for an item named by its title ("… dass ich beim Bebauungsplan Am Inselsee nicht mitwirken darf").
      else if (!src.item || OPENING_TITLE.test(src.item.title) || AHEAD.test(b.quote)) target = itemNamedIn(b.quote, items, src.item) ?? target;
      if (!target) continue;
      const name = resolveName(b.name, known);
      if (target.bias.includes(name)) continue;
      target.bias.push(name);
      const early = target !== src.item;
      target.biasFacts.push({
        kind: 'Befangenheit',
        text: `${name}${early ? ' (vorab erklärt)' : ''}`,
        status: name === b.name && /^(?:Herr|Frau|Kollege|Kollegin)\s/u.test(name) ? 'unsicher' : 'sicher',
        evidence: [{ cueId: b.cueId, time: clock(b.at), speaker: b.speaker, quote: b.quote }],
      });
    }
  }
}

function sessionFacts(proc: Procedure, cues: Cue[], clock: (s: number) => string): Fact[] {
  const facts: Fact[] = [];
  const at = (seconds: number | null) => (seconds === null ? undefined : cues.find((c) => c.start === seconds));
  const ev = (c: Cue | undefined): Evidence[] => (c ? [{ cueId: c.id ?? null, time: clock(c.start), speaker: c.speaker, quote: c.text.slice(0, 300) }] : []);
  const open = at(proc.openedAt);
  facts.push({ kind: 'Beginn', text: proc.opened ?? (open ? clock(open.start) : 'nicht erkannt'), status: proc.opened ? 'sicher' : open ? 'unsicher' : 'nicht erkannt', evidence: ev(open) });
  const close = at(proc.closedAt);
  facts.push({ kind: 'Ende', text: proc.closed ?? (close ? clock(close.start) : 'nicht erkannt'), status: proc.closed ? 'sicher' : close ? 'unsicher' : 'nicht erkannt', evidence: ev(close) });
  for (const i of proc.interruptions) {
    facts.push({ kind: 'Unterbrechung', text: `${i.spokenFrom ?? clock(i.at)} bis ${i.spokenTo ?? (i.resumedAt !== null ? clock(i.resumedAt) : '?')}`, status: i.spokenFrom && i.spokenTo ? 'sicher' : 'unsicher', evidence: [...ev(at(i.at)), ...ev(at(i.resumedAt))] });
  }
  return facts;
}

/** The RIS memberships, with a hand-made members list winning for the people it names (and adding Verwaltung, Gäste). */
function mergeMembers(fromRis: Member[], byHand: Member[]): Member[] | undefined {
  if (!fromRis.length) return byHand.length ? byHand : undefined;
  const keys = new Set(byHand.map((m) => nameKey(m.name)));
  return [...byHand, ...fromRis.filter((m) => !keys.has(nameKey(m.name)))];
}

const unsureDecision = (d: Decision, reason: string) => {
  if (d.status === 'sicher') d.status = 'unsicher';
  d.uncertain = true;
  if (!d.reasons.includes(reason)) d.reasons.push(reason);
};

/** Informative words (five letters or more, not the words every title has) of an agenda title heard in a sentence. */
const TITLE_STOP = new Set(['antrag', 'fraktion', 'beschlussempfehlung', 'bericht', 'vorlage', 'drucks', 'sowie', 'gesetz', 'gesetzentwurf', 'änderung', 'ausschuss', 'ausschusses', 'dringlicher', 'zweite', 'dritte', 'lesung', 'beschluss', 'beratung', 'stadt', 'gemeinde']);
export function titleWordsHeard(title: string, sentence: string): number {
  const heard = sentence.toLowerCase();
  const words = new Set((title.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !TITLE_STOP.has(w)));
  return [...words].filter((w) => heard.includes(w.slice(0, Math.max(5, w.length - 2)))).length;
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
  let agendaItems = input.agenda?.items ?? [];
  let seg = segmentTranscript(cues, agendaItems, { chair: proc.chair, chairs: proc.chairs });
  let agenda = input.agenda;
  let agendaUnheard = false;
  if (input.agenda && agendaItems.length) {
    const check = checkAgenda(input.agenda, { date: input.meta?.date ?? input.attendance?.date ?? null, spokenBody: proc.organization, titleChecks: seg.titleChecks, transcriptText: cues.map((c) => c.text).join(' ') });
    // Rejected on the titles heard alone, the agenda is only probably of another meeting: the clerk checks
    // every item. Where date, body or spoken titles agree, the calls in the transcript stand on their own.
    agendaUnheard = !!check.titlesUnheard && check.reasons.length === 1;
    if (!check.consistent) {
      // Never map an agenda of another meeting onto this session: follow the calls in the transcript.
      warnings.push(`Die Tagesordnung passt offenbar nicht zu dieser Sitzung – bitte prüfen: ${check.reasons.join(' ')} Die Tagesordnungspunkte wurden deshalb aus den Aufrufen im Transkript abgeleitet, nicht aus der Tagesordnung.`);
      agendaItems = [];
      agenda = undefined;
      seg = segmentTranscript(cues, [], { chair: proc.chair, chairs: proc.chairs });
    }
  }
  // A members list given by hand wins; else the body's memberships from the RIS agenda (not from an agenda of another meeting).
  const members = mergeMembers(agenda?.memberships?.length ? membersFromMemberships(agenda.memberships) : [], input.members ?? []);
  // Opening and closing as heard in the transcript; the Teams meeting around the session only when they were not.
  const opened = proc.opened ?? (proc.openedAt !== null && absolute ? clock(proc.openedAt) : null);
  const closed = proc.closed ?? (proc.closedAt !== null && absolute ? clock(proc.closedAt) : null);
  const start = opened ?? input.attendance?.meetingStart ?? null;
  const lastCue = cues[cues.length - 1];
  const end = closed ?? (absolute && lastCue ? clock(lastCue.end) : input.attendance?.meetingEnd ?? null);
  // Late arrivals and early departures are measured against the session, not the Teams meeting around it.
  const roster = buildRoster(input.attendance, speakers, members, { start: opened, end: closed });
  const known = [...new Set([...speakers, ...(input.attendance?.attendees.map((a) => a.name) ?? []), ...(members?.map((m) => m.name) ?? [])])];
  warnings.push(...seg.warnings);
  if (!agendaItems.length) warnings.push('Keine Tagesordnung angegeben: Die Tagesordnungspunkte wurden aus den Aufrufen im Transkript abgeleitet – bitte Titel prüfen.');
  if (!seg.segments.length) warnings.push('Im Transkript wurde kein Aufruf eines Tagesordnungspunkts gefunden.');
  const quorumLost = quorumCheck(cues);
  // A call-like sentence inside a TOP points elsewhere when it names an item no call was found for (an agenda
  // item never found; without agenda, a number no item has) or reads out words of that item's title.
  const foundKeys = new Set(seg.segments.filter((s) => s.found).map((s) => numberKey(s.number)));
  const unaccounted = (k: string, sentence: string) => {
    const a = agendaItems.find((x) => numberKey(x.number) === numberKey(k));
    if (!agendaItems.length) {
      const seen = seg.segments.find((x) => x.found && numberKey(x.number) === numberKey(k));
      return !seen || titleWordsHeard(seen.title, sentence) >= 2;
    }
    return !!a && (!foundKeys.has(numberKey(k)) || titleWordsHeard(a.title, sentence) >= 2);
  };
  const items = seg.segments.map((s) => buildItem(s, clock, known, members?.length && input.attendance ? roster.voters : undefined, style, proc.chairs, quorumLost, unaccounted));
  const enBlocItems = routeNamedDecisions(items, agendaItems.length > 0);
  if (agendaItems.length) routeByPaper(items);
  routePreambleDecisions(seg.preamble, seg.segments, items, clock, proc.chairs);
  assignBias(seg.segments, seg.preamble, items, known, clock);
  shareJointDecisions(seg.segments, items);
  resolveGroupVotes(items, known, namedIndependents(cues.map((c) => c.text), known));
  const titled = seg.segments.map((s) => ({ number: s.number, title: `${s.title} ${agendaItems.find((a) => a.number === s.number)?.paperName ?? ''}`.trim() }));
  seg.segments.forEach((s, i) => {
    const item = items[i];
    const next = agendaItems.length ? seg.segments.slice(i + 1).find((x, k) => x.public === s.public && (x.found || items[i + 1 + k].decisions.length || !STANDING_ITEM.test(x.title))) : undefined;
    const nextIndex = next ? seg.segments.indexOf(next) : -1;
    // Missed rather than not reached: the session went on to an item after it.
    const movedOn = nextIndex >= 0 && seg.segments.slice(nextIndex + 1).some((x) => x.found);
    // Or never reached because the session ended after this item: then a vote here naming nothing of this
    // item may as well be the next item's, called in words the segmenter did not read.
    // Only under an item that reports (no motion of its own): a vote there is more likely the next item's.
    const lastCalled = REPORT_ITEM.test(s.title) && !seg.segments.slice(i + 1).some((x) => x.found);
    // Without an agenda, a number skipped by the calls (TOP 9, then TOP 11) is an item whose call was missed.
    const skipped = agendaItems.length ? undefined : skippedNumber(s.number, seg.segments.slice(i + 1).find((x) => x.found && x.public === s.public)?.number);
    // Under any other item the session ended on, only a later decision (after a first one) may be the next item's.
    const endedHere = !movedOn && !seg.segments.slice(i + 1).some((x) => x.found);
    const nextMissed = next && !next.found && (movedOn || lastCalled || endedHere) && !items[nextIndex].decisions.length ? { number: next.number, title: next.title, ...(movedOn || lastCalled ? {} : { laterOnly: true }) } : skipped ? { number: skipped, title: 'nicht aufgerufen' } : undefined;
    // A numbered call whose spoken title shares no word with the agenda's title: number or title misheard?
    const spokenDisagrees = seg.titleChecks.some((c) => c.number === s.number && !c.agree && c.titled);
    if (s.addedInSession) for (const d of item.decisions) if (d.status === 'sicher') Object.assign(d, { status: 'unsicher', uncertain: true, reasons: [...d.reasons, `TOP ${s.number} steht nicht in der Tagesordnung – Aufnahme in die Tagesordnung und Titel bitte prüfen`] });
    // "Damit ist der Wahlvorschlag angenommen" under "Wahl der …": the person elected, or a proposal adopted? The clerk decides.
    if (ELECTION_ITEM.test(s.title)) for (const d of item.decisions) if (d.outcome === 'angenommen' && d.status === 'sicher') Object.assign(d, { status: 'unsicher', uncertain: true, reasons: [...d.reasons, '„angenommen“ bei einer Wahl – gewählt (wer?) oder Wahlvorschlag angenommen? Bitte prüfen'] });
    if (spokenDisagrees) for (const d of item.decisions) if (d.status === 'sicher') Object.assign(d, { status: 'unsicher', uncertain: true, reasons: [...d.reasons, `beim Aufruf genannter Titel passt nicht zum Titel von TOP ${s.number} in der Tagesordnung – Zuordnung bitte prüfen`] });
    // The segment heard just before this one (in time, not in agenda order).
    const begin = s.cues[0]?.start;
    const before = begin === undefined ? undefined : seg.segments.filter((x) => x !== s && x.cues.length && x.cues[x.cues.length - 1].start <= begin).sort((a, b) => b.cues[b.cues.length - 1].start - a.cues[a.cues.length - 1].start)[0];
    const beforeItem = before ? items[seg.segments.indexOf(before)] : undefined;
    // An item to decide (not a report, a standing item or the opening) that took no decision at all.
    const undecided = !!before && !!beforeItem && !beforeItem.decisions.length && !REPORT_ITEM.test(before.title) && !STANDING_ITEM.test(before.title) && !OPENING_TITLE.test(before.title) && before.cues.length >= 3;
    applyOpenVoteBefore(item.decisions, s.cues, before ? { number: before.number, cues: before.cues, undecided } : undefined);
    const paperName = agendaItems.find((a) => a.number === s.number)?.paperName;
    applyEarlyMotion(item.decisions, s.cues, { title: s.title, number: s.number, ...(paperName ? { paperName } : {}) });
    applyItemCertainty(item.decisions, {
      byTitle: s.byTitle,
      titleCertain: s.titleCertain,
      placeholder: /\(nicht in der Tagesordnung erkannt\)/u.test(s.title) || /\?/u.test(s.number),
      title: s.title,
      number: s.number,
      ...(agendaItems.find((a) => a.number === s.number)?.paperName ? { paperName: agendaItems.find((a) => a.number === s.number)!.paperName } : {}),
      others: titled.filter((_, j) => j !== i),
      names: known,
      ...(nextMissed ? { nextMissed } : {}),
    });
    // The agenda given names few of the matters heard: which meeting it is and how the items map are in doubt.
    if (agendaUnheard) for (const d of item.decisions) if (d.outcome) unsureDecision(d, 'Tagesordnung passt vermutlich nicht zu dieser Sitzung (ihre Titel kommen im Transkript kaum vor) – Nummer und Zuordnung des TOP bitte prüfen');
    for (const d of item.decisions) if (d.status !== 'sicher') item.warnings.push(`Abstimmungsergebnis zu TOP ${item.number}${d.subject ? ` (${d.subject})` : ''} bitte prüfen${d.reasons.length ? ` (${d.reasons.join('; ')})` : ''}.`);
  });
  const itemCues = seg.segments.map((s) => s.cues);
  insertEnBlocItems(enBlocItems, items, itemCues);
  if (seg.preamble.length && detectDecisions(seg.preamble, { chairs: proc.chairs }).length) warnings.push('Vor dem ersten Tagesordnungspunkt wurde eine Abstimmung erkannt (z. B. zur Tagesordnung) – bitte prüfen.');
  if (absolute) annotateWithTops([...roster.present, ...roster.guests], items);
  const chair = proc.chair ?? roster.chair ?? null;
  if (!chair) warnings.push('Der Vorsitz wurde nicht erkannt – bitte ergänzen.');
  // The meeting's organizer is often the chair; then the clerk is unknown rather than the chair twice.
  const clerk = proc.clerk ? resolveName(proc.clerk, known) : roster.clerk && roster.clerk !== chair ? roster.clerk : null;
  if (!absolute) warnings.push('Beginn der Sitzung nicht erkannt: Zeitangaben sind Abstände ab Aufnahmebeginn.');
  // The RIS's name of the body (a consistent agenda) before the words heard at the opening.
  const organization = input.meta?.organization ?? agenda?.organization ?? proc.organization ?? null;
  const number = proc.sessionNumber;
  const title = input.meta?.title ?? agenda?.title ?? proc.sessionTitle ?? (organization ? `Sitzung: ${organization}` : 'Sitzung');
  const date = input.meta?.date ?? agenda?.start?.slice(0, 10) ?? input.attendance?.date ?? null;
  if (!date) warnings.push('Datum der Sitzung unbekannt – bitte ergänzen.');
  const draft: MinutesDraft = {
    title,
    organization,
    sessionNumber: number,
    date,
    place: input.meta?.place ?? agenda?.place ?? null,
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
    facts: sessionFacts(proc, cues, clock),
    notAttendees: roster.notAttendees ?? [],
  };
  return { draft, itemCues, clock, chairs: proc.chairs };
}
