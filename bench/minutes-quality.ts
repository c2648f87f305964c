/**
 * Quality of the deterministic Niederschrift draft on sessions nobody tuned for: the vendored
 * Landtag sittings (bench/data/landtag-hessen) and the council sessions written independently
 * (bench/data/council-sessions). Scores per session and per split (dev/test):
 * item outcome accuracy, decisions in order (LCS of outcomes), group vote agreement, counts,
 * Befangenheit, strings of a non-public part in the public document (with and without agenda),
 * and wrong facts marked "sicher".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAgenda } from '../src/minutes/agenda.js';
import { parseAttendanceCsv } from '../src/minutes/attendance.js';
import { buildCoreDraft } from '../src/minutes/core-draft.js';
import type { Decision, MinutesDraft } from '../src/minutes/draft-schema.js';
import { normaliseGroup } from '../src/minutes/vocabulary.js';
import { parseTranscript } from '../src/minutes/parse-transcript.js';
import { itemsForPart } from '../src/minutes/render-docx.js';
import type { Agenda, Attendance, Transcript } from '../src/minutes/types.js';

export interface GoldGroups {
  yes: string[];
  no: string[];
  abstain: string[];
}

export interface GoldDecision {
  subject?: string | null;
  outcome: string | null;
  votes?: { yes: number | null; no: number | null; abstain: number | null } | null;
  vote_by_groups?: GoldGroups | null;
}

export interface GoldItem {
  number: string;
  outcome: string | null;
  decisions: GoldDecision[];
  public?: boolean;
  bias?: string[];
  /** Set E: a careful clerk cannot tell from the transcript whether or how it was decided (outcome null);
   * the draft is right only when it says so (no decision, or every decision not "sicher"). */
  unclear?: boolean;
}

export interface SessionCase {
  set: string;
  id: string;
  split: 'dev' | 'test';
  transcript: Transcript;
  agenda?: Agenda;
  attendance?: Attendance;
  gold: GoldItem[];
  /** Strings that must never appear in a public document. */
  secrets: string[];
  /** How the set's gold codes outcomes the draft names more finely (Landtag: elections count as angenommen). */
  outcomeMap?: Record<string, string>;
  /** How the gold describes the agenda given: matching, none, or the agenda of another meeting. */
  agendaKind?: 'matching' | 'none' | 'mismatch';
  /** Warnings the draft must raise (kinds, see WARNING_KINDS): the gold's `expectedWarnings`, and for every
   * session whose agenda is of another meeting the agenda mismatch (sets A–E say so in `agenda` only). */
  expectedWarnings: string[];
}

/** The kinds of expected warning the bench can score, each with the text that raises it in the draft. */
export const WARNING_KINDS: Record<string, { gold: RegExp; raised: RegExp }> = {
  'agenda-mismatch': { gold: /agenda\s+mismatch|agenda\s+of\s+another|wrong\s+(?:agenda|file)/iu, raised: /Tagesordnung passt offenbar nicht zu dieser Sitzung/u },
};

/** The kind of a gold warning; an unknown description is kept as is and can never count as raised. */
export const warningKind = (w: string): string => Object.entries(WARNING_KINDS).find(([, k]) => k.gold.test(w))?.[0] ?? w;

export interface SessionScore {
  set: string;
  id: string;
  split: 'dev' | 'test';
  items: number;
  outcomeRight: number;
  /** TOP fully right: outcome, counts where spoken, Befangenheit. */
  itemsFullyRight: number;
  goldDecisions: number;
  draftDecisions: number;
  decisionsInOrder: number;
  groupVotes: number;
  groupVotesRight: number;
  countedVotes: number;
  countsRight: number;
  biasGold: number;
  biasRight: number;
  biasFalse: number;
  wrongAndSicher: number;
  /** The wrong-and-sicher facts by kind: a decision the gold does not have there (wrong outcome or wrong TOP), a count, a group list. */
  wrongAndSicherKinds: { decision: number; counts: number; groups: number };
  /** Draft decisions that are right (matched in order, counts and group list agree where the gold has them) … */
  rightDecisions: number;
  /** … and of those, the ones marked "sicher" (how much of the draft a clerk need not check). */
  rightSicher: number;
  /** Draft decisions (on gold items) not marked "sicher". */
  draftUnsure: number;
  /** Non-public strings in the public document, with the agenda and without it. */
  leaksWithAgenda: number;
  leaksWithoutAgenda: number;
  /** Expected warnings (gold) and how many of them the draft raised. */
  expectedWarnings: number;
  expectedWarningsRaised: number;
  /** An agenda-mismatch warning on a session whose agenda is its own (a false alarm). */
  falseAgendaWarnings: number;
  /** With an agenda of another meeting: draft items that carry that agenda's title for their number (mapped blindly). */
  blindTitles: number;
  byOutcome: Record<string, { gold: number; right: number }>;
  misses: string[];
}

const LANDTAG = path.resolve('bench/data/landtag-hessen');
const COUNCIL = path.resolve('bench/data/council-sessions');
/** Set B: ten further council sessions written later and independently of set A (and of this code). */
export const COUNCIL_B = path.resolve('bench/data/council-sessions-b');
/** Set C: twelve longer council sessions of further Länder, written independently of sets A and B (and of this code). */
export const COUNCIL_C = path.resolve('bench/data/council-sessions-c');
/** Set D: eight sessions of further Länder written blind (by a writer who saw no code), all test: a pure held-out set. */
export const COUNCIL_D = path.resolve('bench/data/council-sessions-d');
/** Set E: eight sessions of further Länder written blind, split 6 dev / 2 test; adds items marked `unclear`. */
export const COUNCIL_E = path.resolve('bench/data/council-sessions-e');
/** Set F: ten sessions of further places and body types written blind, split 6 dev / 4 test; one agenda of the wrong meeting. */
export const COUNCIL_F = path.resolve('bench/data/council-sessions-f');
export const COUNCIL_G = path.resolve('bench/data/council-sessions-g');

export async function loadLandtag(): Promise<SessionCase[]> {
  const split = JSON.parse(readFileSync(path.join(LANDTAG, 'split.json'), 'utf8')) as { dev: string[]; test: string[] };
  const out: SessionCase[] = [];
  for (const id of [...split.dev, ...split.test]) {
    const dir = path.join(LANDTAG, id);
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { items: GoldItem[] };
    out.push({
      set: 'landtag-hessen',
      id,
      split: split.dev.includes(id) ? 'dev' : 'test',
      transcript: await parseTranscript(readFileSync(path.join(dir, 'transcript.vtt')), 'vtt'),
      agenda: parseAgenda(readFileSync(path.join(dir, 'agenda.json'), 'utf8')),
      gold: gold.items,
      secrets: [],
      // The dataset codes "Gewählt" and "eingesetzt" as angenommen and a withdrawn bill as erledigt.
      outcomeMap: { gewählt: 'angenommen', zurückgezogen: 'erledigt', genehmigt: 'angenommen' },
      agendaKind: 'matching',
      expectedWarnings: [],
    });
  }
  return out;
}

interface CouncilGold {
  split: 'dev' | 'test';
  agenda?: 'matching' | 'none' | 'mismatch';
  expectedWarnings?: string[];
  items: (GoldItem & { decisions: GoldDecision[] })[];
  nonPublicSecrets?: string[];
}

/** Council sessions: one folder each with transcript.vtt, optional agenda.json, attendance, gold.json. */
export async function loadCouncil(root = COUNCIL, set = 'council-sessions'): Promise<SessionCase[]> {
  if (!existsSync(root)) return [];
  const out: SessionCase[] = [];
  for (const id of readdirSync(root).sort()) {
    const dir = path.join(root, id);
    if (!existsSync(path.join(dir, 'gold.json'))) continue;
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as CouncilGold;
    const files = readdirSync(dir);
    const vtt = files.find((f) => f.endsWith('.vtt'));
    if (!vtt) continue;
    const agendaFile = files.find((f) => /agenda|tagesordnung|oparl/i.test(f) && f.endsWith('.json'));
    const attendanceFile = files.find((f) => /attendance|anwesenheit/i.test(f) && /\.(csv|tsv)$/i.test(f));
    out.push({
      set,
      id,
      split: gold.split,
      transcript: await parseTranscript(readFileSync(path.join(dir, vtt)), 'vtt'),
      ...(agendaFile ? { agenda: parseAgenda(readFileSync(path.join(dir, agendaFile), 'utf8')) } : {}),
      ...(attendanceFile ? { attendance: parseAttendanceCsv(readFileSync(path.join(dir, attendanceFile))) } : {}),
      gold: gold.items,
      secrets: gold.nonPublicSecrets ?? [],
      ...(gold.agenda ? { agendaKind: gold.agenda } : {}),
      expectedWarnings: [...new Set([...(gold.expectedWarnings ?? []).map(warningKind), ...(gold.agenda === 'mismatch' ? ['agenda-mismatch'] : [])])],
    });
  }
  return out;
}

const numKey = (n: string) => n.replace(/^(?:TOP|Ö|N)\s*/iu, '').replace(/\s+/g, '').replace(/\.$/, '').toLowerCase();

function lcs<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): [number, number][] {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i][j] = eq(a[i], b[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (eq(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

const groupSet = (xs: string[] | undefined) => [...new Set((xs ?? []).map(normaliseGroup))].sort().join('|');
function groupsEqual(a: GoldGroups, b: GoldGroups | null | undefined): boolean {
  if (!b) return false;
  return groupSet(a.yes) === groupSet(b.yes) && groupSet(a.no) === groupSet(b.no) && groupSet(a.abstain) === groupSet(b.abstain);
}

const sure = (d: Decision) => (d.status ?? (d.uncertain ? 'unsicher' : 'sicher')) === 'sicher';

/** Non-public strings found in the text of the public part of a draft (what the public .docx is built from). */
export function publicLeaks(draft: MinutesDraft, secrets: string[]): number {
  if (!secrets.length) return 0;
  const pub = itemsForPart(draft, 'public');
  const text = JSON.stringify({ items: pub, warnings: draft.warnings, present: draft.present, guests: draft.guests }).toLowerCase();
  return secrets.filter((s) => text.includes(s.toLowerCase())).length;
}

export function scoreSession(c: SessionCase, draft: MinutesDraft, draftWithoutAgenda: MinutesDraft | undefined): SessionScore {
  const s: SessionScore = {
    set: c.set,
    id: c.id,
    split: c.split,
    items: c.gold.length,
    outcomeRight: 0,
    itemsFullyRight: 0,
    goldDecisions: 0,
    draftDecisions: 0,
    decisionsInOrder: 0,
    groupVotes: 0,
    groupVotesRight: 0,
    countedVotes: 0,
    countsRight: 0,
    biasGold: 0,
    biasRight: 0,
    biasFalse: 0,
    wrongAndSicher: 0,
    wrongAndSicherKinds: { decision: 0, counts: 0, groups: 0 },
    rightDecisions: 0,
    rightSicher: 0,
    draftUnsure: 0,
    leaksWithAgenda: publicLeaks(draft, c.secrets),
    leaksWithoutAgenda: draftWithoutAgenda ? publicLeaks(draftWithoutAgenda, c.secrets) : 0,
    ...warningScore(c, draft),
    byOutcome: {},
    misses: [],
  };
  const mapOutcome = (o: string | null) => (o && c.outcomeMap?.[o]) ?? o;
  const used = new Set<number>();
  for (const g of c.gold) {
    const idx = draft.items.findIndex((it, i) => !used.has(i) && numKey(it.number) === numKey(g.number) && (g.public === undefined || it.public === g.public));
    const fallback = idx < 0 ? draft.items.findIndex((it, i) => !used.has(i) && numKey(it.number) === numKey(g.number)) : idx;
    if (fallback >= 0) used.add(fallback);
    const item = fallback >= 0 ? draft.items[fallback] : undefined;
    const decs = (item?.decisions ?? []).map((d) => ({ ...d, outcome: mapOutcome(d.outcome) as Decision['outcome'] }));
    const main = decs.length ? decs[decs.length - 1].outcome : null;
    const goldOutcome = g.outcome ?? null;
    const bucket = (s.byOutcome[g.unclear ? 'unclear' : (goldOutcome ?? 'null')] ??= { gold: 0, right: 0 });
    bucket.gold++;
    // An unclear item is right when the draft does not state a decision as sure (none found, or all "unsicher").
    const outcomeOk = g.unclear ? decs.every((d) => !sure(d)) : main === goldOutcome;
    if (outcomeOk) {
      s.outcomeRight++;
      bucket.right++;
    } else s.misses.push(`TOP ${g.number}: ${g.unclear ? 'unklar' : (goldOutcome ?? '–')} erwartet, ${main ?? '–'} erkannt${g.unclear ? ' (sicher)' : ''}`);
    s.goldDecisions += g.decisions.length;
    s.draftDecisions += decs.length;
    s.draftUnsure += decs.filter((d) => !sure(d)).length;
    const pairs = lcs(g.decisions, decs, (x, y) => (x.outcome ?? null) === y.outcome);
    s.decisionsInOrder += pairs.length;
    // Wrong and sure: a draft decision stated as sicher that is not matched by a gold decision in order,
    // or a sure count / group list that disagrees with the gold.
    const matched = new Set(pairs.map(([, j]) => j));
    decs.forEach((d, j) => {
      if (!matched.has(j) && sure(d)) {
        s.wrongAndSicher++;
        s.wrongAndSicherKinds.decision++;
      }
    });
    let countsOk = true;
    for (const [gi, dj] of pairs) {
      const gd = g.decisions[gi];
      const d = decs[dj];
      let right = true;
      if (gd.vote_by_groups) {
        s.groupVotes++;
        if (groupsEqual(gd.vote_by_groups, d.votesByGroup)) s.groupVotesRight++;
        else if (d.votesByGroup) {
          right = false;
          if (sure(d)) {
            s.wrongAndSicher++;
            s.wrongAndSicherKinds.groups++;
          }
        }
      }
      if (gd.votes && (gd.votes.yes !== null || gd.votes.no !== null || gd.votes.abstain !== null)) {
        s.countedVotes++;
        const v = d.votes;
        const same = !!v && (['yes', 'no', 'abstain'] as const).every((k) => gd.votes![k] === null || gd.votes![k] === v[k]);
        if (same) s.countsRight++;
        else {
          countsOk = false;
          if (v) right = false;
          if (v && sure(d)) {
            s.wrongAndSicher++;
            s.wrongAndSicherKinds.counts++;
          }
        }
      }
      if (right) {
        s.rightDecisions++;
        if (sure(d)) s.rightSicher++;
      }
    }
    for (const gd of g.decisions) if (gd.votes && !pairs.some(([gi]) => g.decisions[gi] === gd)) countsOk = false;
    const goldBias = (g.bias ?? []).map((b) => b.toLowerCase());
    const draftBias = (item?.bias ?? []).map((b) => b.toLowerCase());
    const biasMatch = (gb: string) => draftBias.some((db) => db.includes(lastName(gb)) || gb.includes(lastName(db)));
    s.biasGold += goldBias.length;
    s.biasRight += goldBias.filter(biasMatch).length;
    const falseBias = draftBias.filter((db) => !goldBias.some((gb) => db.includes(lastName(gb)) || gb.includes(lastName(db)))).length;
    s.biasFalse += falseBias;
    const biasOk = goldBias.every(biasMatch) && falseBias === 0;
    if (outcomeOk && countsOk && biasOk && pairs.length === g.decisions.length && (g.unclear || decs.length === g.decisions.length)) s.itemsFullyRight++;
  }
  return s;
}

/** Expected warnings raised, false agenda alarms, and agenda titles of another meeting carried into the draft. */
export function warningScore(c: SessionCase, draft: MinutesDraft): Pick<SessionScore, 'expectedWarnings' | 'expectedWarningsRaised' | 'falseAgendaWarnings' | 'blindTitles'> {
  const text = draft.warnings.join('\n');
  const raised = (kind: string) => !!WARNING_KINDS[kind]?.raised.test(text);
  const agendaTitles = new Map((c.agenda?.items ?? []).map((a) => [numKey(a.number), a.title.trim().toLowerCase()]));
  const goldNames = new Map(c.gold.map((g) => [numKey(g.number), ((g as { name?: string }).name ?? '').trim().toLowerCase()]));
  const blindTitles =
    c.agendaKind === 'mismatch'
      ? draft.items.filter((it) => {
          const printed = agendaTitles.get(numKey(it.number));
          return !!printed && it.title.trim().toLowerCase() === printed && goldNames.get(numKey(it.number)) !== printed;
        }).length
      : 0;
  return {
    expectedWarnings: c.expectedWarnings.length,
    expectedWarningsRaised: c.expectedWarnings.filter(raised).length,
    falseAgendaWarnings: c.agenda && c.agendaKind !== 'mismatch' && !c.expectedWarnings.includes('agenda-mismatch') && raised('agenda-mismatch') ? 1 : 0,
    blindTitles,
  };
}

function lastName(n: string): string {
  return n.replace(/\([^)]*\)/g, '').trim().split(/\s+/).pop()?.toLowerCase() ?? n;
}

export function draftOf(c: SessionCase, withAgenda = true): MinutesDraft {
  return buildCoreDraft({ transcript: c.transcript, ...(withAgenda && c.agenda ? { agenda: c.agenda } : {}), ...(c.attendance ? { attendance: c.attendance } : {}), style: 'verlauf' }).draft;
}

export interface SplitSummary {
  sessions: number;
  items: number;
  outcomeAccuracy: number;
  itemsFullyRight: number;
  decisionRecallInOrder: number;
  decisionPrecisionInOrder: number;
  groupVoteAgreement: number | null;
  countAgreement: number | null;
  biasRecall: number | null;
  biasFalse: number;
  wrongAndSicher: number;
  wrongAndSicherKinds: { decision: number; counts: number; groups: number };
  /** Share of the right decisions that are marked "sicher". */
  rightSicherShare: number | null;
  /** Share of all draft decisions (on gold items) that are not "sicher": the price of failing safe. */
  unsureShare: number | null;
  leaksWithAgenda: number;
  leaksWithoutAgenda: number;
  /** Expected warnings of the gold, the share the draft raised, false agenda alarms, titles of another meeting's agenda carried over. */
  expectedWarnings: number;
  expectedWarningsRaised: number | null;
  falseAgendaWarnings: number;
  blindTitles: number;
  byOutcome: Record<string, string>;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : null);

export function summarise(scores: SessionScore[]): SplitSummary {
  const sum = (k: keyof SessionScore) => scores.reduce((n, s) => n + (s[k] as number), 0);
  const byOutcome: Record<string, { gold: number; right: number }> = {};
  for (const s of scores) for (const [k, v] of Object.entries(s.byOutcome)) {
    const b = (byOutcome[k] ??= { gold: 0, right: 0 });
    b.gold += v.gold;
    b.right += v.right;
  }
  return {
    sessions: scores.length,
    items: sum('items'),
    outcomeAccuracy: ratio(sum('outcomeRight'), sum('items')) ?? 0,
    itemsFullyRight: ratio(sum('itemsFullyRight'), sum('items')) ?? 0,
    decisionRecallInOrder: ratio(sum('decisionsInOrder'), sum('goldDecisions')) ?? 0,
    decisionPrecisionInOrder: ratio(sum('decisionsInOrder'), sum('draftDecisions')) ?? 0,
    groupVoteAgreement: ratio(sum('groupVotesRight'), sum('groupVotes')),
    countAgreement: ratio(sum('countsRight'), sum('countedVotes')),
    biasRecall: ratio(sum('biasRight'), sum('biasGold')),
    biasFalse: sum('biasFalse'),
    wrongAndSicher: sum('wrongAndSicher'),
    wrongAndSicherKinds: { decision: scores.reduce((n, x) => n + x.wrongAndSicherKinds.decision, 0), counts: scores.reduce((n, x) => n + x.wrongAndSicherKinds.counts, 0), groups: scores.reduce((n, x) => n + x.wrongAndSicherKinds.groups, 0) },
    rightSicherShare: ratio(sum('rightSicher'), sum('rightDecisions')),
    unsureShare: ratio(sum('draftUnsure'), sum('draftDecisions')),
    leaksWithAgenda: sum('leaksWithAgenda'),
    leaksWithoutAgenda: sum('leaksWithoutAgenda'),
    expectedWarnings: sum('expectedWarnings'),
    expectedWarningsRaised: ratio(sum('expectedWarningsRaised'), sum('expectedWarnings')),
    falseAgendaWarnings: sum('falseAgendaWarnings'),
    blindTitles: sum('blindTitles'),
    byOutcome: Object.fromEntries(Object.entries(byOutcome).map(([k, v]) => [k, `${v.right}/${v.gold}`])),
  };
}

/**
 * For development aids on DEV sessions only: the decisions marked "sicher" that the gold does not
 * have there (in order), one line each with TOP, outcome and evidence. Never call it on test sessions.
 */
export function wrongSureDecisions(c: SessionCase, draft: MinutesDraft): string[] {
  if (c.split !== 'dev') throw new Error('wrongSureDecisions is for dev sessions only');
  const mapOutcome = (o: string | null) => (o && c.outcomeMap?.[o]) ?? o;
  const out: string[] = [];
  const used = new Set<number>();
  for (const g of c.gold) {
    const idx = draft.items.findIndex((it, i) => !used.has(i) && numKey(it.number) === numKey(g.number) && (g.public === undefined || it.public === g.public));
    const j = idx < 0 ? draft.items.findIndex((it, i) => !used.has(i) && numKey(it.number) === numKey(g.number)) : idx;
    if (j >= 0) used.add(j);
    const decs = draft.items[j]?.decisions ?? [];
    const matched = new Set(lcs(g.decisions, decs, (x, y) => (x.outcome ?? null) === mapOutcome(y.outcome)).map(([, k]) => k));
    decs.forEach((d, k) => {
      if (!matched.has(k) && sure(d)) out.push(`TOP ${g.number} gold[${g.decisions.map((x) => x.outcome).join(',')}] draft ${d.outcome} subj=${d.subject} :: ${d.evidence.map((e) => e.quote).join(' | ').slice(0, 240)}`);
    });
  }
  return out;
}
