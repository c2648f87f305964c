/**
 * When a decision of the draft may be "sicher" — the rule, in one place. A decision is "sicher"
 * only when all of these hold; otherwise it is "unsicher" (or "nicht erkannt" without an outcome),
 * with every reason listed for the clerk and the evidence shown:
 *
 * 1. Result stated: the chair states the result in settled form ("Damit ist … angenommen", "Dann
 *    überweisen wir …", "So beschlossen"), not proposed, conditional, reported of another body or an
 *    earlier session, not a negated rejection, and no second outcome word in the same sentence.
 *    An outcome only inferred (from counts, from "einstimmig" or from silence) is never sure.
 * 2. Vote heard: for a vote's outcome (angenommen, abgelehnt, gewählt, genehmigt) a call to vote or
 *    for objections precedes the result in the same TOP, or the result sentence itself says how the
 *    vote went ("einstimmig", "mit 12 zu 3", "gegen die Stimmen der SPD"). A procedural decision
 *    (verwiesen, vertagt, abgesetzt, zur Kenntnis genommen, zurückgezogen, erledigt) needs the chair's
 *    own act or "damit/somit"; the past tense alone ("wurde überwiesen") only reports.
 * 3. Votes consistent: counts heard once (or restated with the same values), matching the outcome
 *    (angenommen only with more yes than no), "einstimmig" without counter-votes, no more votes than
 *    members present, group lists complete and without unnamed members.
 * 4. One reading per TOP: the same result restated, or a different result for the same subject
 *    without a vote of its own, makes the later decision unsure; a vote called in the TOP without any
 *    result heard breaks the TOP's sequence and makes its other results unsure.
 * 5. TOP certain: the item was called by its number or by its title without doubt (the next open
 *    agenda item, or most of a title of three or more distinctive words and no close second), and
 *    is not a non-public item missing from the agenda (without an agenda, an item called without its
 *    number only has a counted number: not sure);
 *    an agenda of another meeting is never mapped (core-draft.ts); an agenda rejected only because few
 *    of its titles are heard in the transcript makes every decision unsure (agenda-check.ts); the subject
 *    fits the item, and the decision was not taken over from another item. The TOP does not rest on weak
 *    segmentation evidence: no sentence before the result that reads like the call of another item not
 *    read as a call ("Punkt 9: …" from a speaker not known as chair, "64: Beschlussempfehlung …"), no
 *    result right after the call while the vote before the call stayed without a result (nor a whole
 *    vote right after the call while the item to decide before it took no decision), no second
 *    vote of its own on the very same matter with the same result; when the session ended on this item
 *    and the agenda's next item was never called, no decision after the first; no first result on "den
 *    Antrag" right after the call of an item whose title names no motion.
 * 6. Model agrees (with a model configured): any disagreement makes it unsure (extract-decisions.ts).
 * 7. Result stands: nothing after the result, before the next decision of the TOP, takes it back —
 *    no repeat of the vote ("Wir wiederholen die Abstimmung", "Wir stimmen noch einmal ab"), no
 *    withdrawal or correction of the result ("Die Abstimmung ist ungültig", "Ich korrigiere mich"),
 *    no member contesting it ("Einspruch!", "Das war nicht einstimmig", "Da wurde falsch gezählt",
 *    "Ich habe aber dagegen gestimmt" after a vote without counter-votes).
 * 8. Body able to decide: no statement that the body is not (or no longer) beschlussfähig stands
 *    between the vote and a later statement that it is again (session-wide, in time order).
 * 9. Majority sufficient: where the TOP says a majority above the simple one is needed
 *    (Zweidrittelmehrheit, Mehrheit der gesetzlichen Mitglieder), an adoption is sure only with
 *    "einstimmig" or with counts that reach that majority.
 *
 * Rules 1–3 are applied where the vote sequence is read (detect-votes.ts, group-votes.ts); rules 4,
 * 5, 7, 8 and 9 here, per TOP. Pure; mutates the decisions it is given.
 */
import { readOutcome, type DetectedDecision } from './detect-votes.js';
import type { Decision } from './draft-schema.js';
import { NUMBER_TOKEN, parseGermanNumber } from './number-words.js';
import { sentencesOf, type Sentence } from './sentences.js';
import { subjectFit, subjectWords } from './subject-fit.js';
import type { Cue } from './types.js';
import { ASSENT, CALL_NO, CALL_YES, CONDITIONAL_LEAD, NO_OBJECTION, QUALIFIED_MAJORITY, QUORUM_LOST, QUORUM_STATED, RESULT_CONTESTED, RESULT_REVOKED, STANDING_ITEM, VOTE_OPENING } from './vocabulary.js';

export interface ItemContext {
  /** Found only by its title, not by a numbered call … */
  byTitle: boolean;
  /** … but without doubt: the next open agenda item, most of a distinctive title, or a call in a session without agenda. */
  titleCertain: boolean;
  /** A non-public item the agenda does not have, or a title the chair never said. */
  placeholder: boolean;
  title: string;
  /** Number of the item (for the reasons). */
  number?: string;
  /** Title of the item's paper, when the agenda gives one besides the item's title. */
  paperName?: string;
  /** The other items of the session: a subject that names one of them belongs there rather than here. */
  others?: { number: string; title: string }[];
  /**
   * The agenda's next item was never called (and got no decision): this item's end is in doubt. `laterOnly`
   * when the session simply ended after this item: then only a decision after the first one is in doubt.
   */
  nextMissed?: { number: string; title: string; laterOnly?: boolean };
  /** Names of the people of the session: a first name after an article ("die Claudia") names no matter. */
  names?: string[];
}

type Statused = Pick<Decision, 'status' | 'uncertain' | 'reasons'>;
const unsure = (d: Statused, reason: string) => {
  if (d.status === 'sicher') d.status = 'unsicher';
  d.uncertain = true;
  if (!d.reasons.includes(reason)) d.reasons.push(reason);
};

/** The decision rests on a vote or objection call of its own. */
export const hasOwnVote = (d: Pick<Decision, 'evidence'>): boolean => d.evidence.some((e) => CALL_YES.test(e.quote) || VOTE_OPENING.test(e.quote) || CALL_NO.test(e.quote) || NO_OBJECTION.test(e.quote) || ASSENT.test(e.quote));

const subjectKey = (s: string | null) => (s ?? '').toLowerCase().replace(/\s+/gu, ' ').trim();
const OPENING = /^(?:eröffnung|begrüßung|feststellung\s+der\s+(?:ordnungsgemäßen|beschlussfähigkeit))/iu;

/** Decisions on the agenda itself (urgency, order of business) are about another subject than the motion. */
const ON_AGENDA = /dringlichkeit|tagesordnung/iu;
const sameSubject = (a: Decision, b: Decision) => {
  if (ON_AGENDA.test(a.subject ?? a.text) !== ON_AGENDA.test(b.subject ?? b.text)) return false;
  const x = subjectKey(a.subject);
  const y = subjectKey(b.subject);
  return !x || !y || x.includes(y) || y.includes(x);
};

const top = (n: string | undefined) => (n ? `TOP ${n}` : 'diesem TOP');
const shortTitle = (t: string) => (t.length > 60 ? `${t.slice(0, 60).replace(/\s+\S*$/u, '')} …` : t);

/**
 * Rule 5, the subject fits the item: the matter named in the vote call and the result sentence must
 * occur in the item's title (or its paper's); one that names another item's matter, or none of this
 * item's, is unsure. When the agenda's next item was never called, its decision may sit here: then
 * only a subject that names this item's matter keeps the decision sure.
 */
function applySubjectFit(d: Decision, ctx: ItemContext, index: number): void {
  if (d.status !== 'sicher' || ON_AGENDA.test(d.subject ?? d.text)) return;
  const fit = subjectFit(d.evidence.map((e) => e.quote), `${ctx.title} ${ctx.paperName ?? ''}`, ctx.others ?? [], ctx.names ?? []);
  const named = fit.words.slice(0, 3).join(', ');
  if (!fit.fitsOwn && fit.other) unsure(d, `Gegenstand („${named}“) passt eher zu TOP ${fit.other.number} (${shortTitle(fit.other.title)}) – TOP-Aufruf übersehen? Zuordnung bitte prüfen`);
  else if (!fit.fitsOwn) unsure(d, `Gegenstand („${named}“) kommt im Titel von ${top(ctx.number)} nicht vor – Zuordnung bitte prüfen`);
  else if (ctx.nextMissed && (ctx.nextMissed.laterOnly ? index > 0 : !fit.words.length || index > 0)) unsure(d, `TOP ${ctx.nextMissed.number} (${shortTitle(ctx.nextMissed.title)}) wurde nicht aufgerufen – gehört der Beschluss dorthin? Bitte prüfen`);
}

/** An item named by its number in a vote or result ("Dann ist Punkt 10 vertagt"), not a part of a paper ("Punkt 2 der Vorlage"). */
const NAMES_ITEM = new RegExp(String.raw`(?<![\p{L}\d])(?:tagesordnungspunkt|top|punkt)\s+(${NUMBER_TOKEN}(?:\.\d{1,2})*(?:\s?[a-h](?![\p{L}\d]))?)(?![\p{L}\d])(?!\s*(?:des|der|die|das|dieser|dieses|ihres|seines|im|in|aus)\s)`, 'giu');
const itemKey = (raw: string) => {
  const m = /^(.*?)(?:\s?([a-h]))?$/iu.exec(raw.trim().toLowerCase()) ?? [raw, raw, ''];
  const head = m[1].split('.').map((p) => String(parseGermanNumber(p) ?? p)).join('.');
  return `${head}${m[2] ?? ''}`;
};

/** Rule 5, the decision names no other item: numbers of items named in its evidence that are not this item (nor its parent). */
export function otherItemsNamed(quotes: string[], own: string | undefined): string[] {
  if (!own) return [];
  const mine = itemKey(own.replace(/^(?:TOP|Ö|N)\s*/iu, ''));
  const out = new Set<string>();
  for (const q of quotes) for (const m of q.matchAll(NAMES_ITEM)) {
    const k = itemKey(m[1]);
    if (k === mine || mine.startsWith(`${k}.`) || (mine.startsWith(k) && /^[a-h]$/u.test(mine.slice(k.length)))) continue;
    out.add(k);
  }
  return [...out];
}

/** A motion named by its kind alone ("den Antrag", "Antrag der SPD"), not an amendment or a procedural motion. */
const BARE_MOTION = /^(?:(?:der|den|dem|des|diese[nm]?|unser(?:en)?|ihr(?:en)?)\s+)?antr(?:ag|ages|ags)(?![\p{L}])/iu;

/** Rules 4 and 5 for the decisions of one TOP, in order. */
export function applyItemCertainty(decisions: Decision[], ctx: ItemContext): void {
  decisions.forEach((d, j) => {
    if (ctx.byTitle && !ctx.titleCertain) unsure(d, 'TOP ohne Nummer, nur über den Titel erkannt – Zuordnung und Nummer bitte prüfen');
    if (ctx.placeholder) unsure(d, 'TOP nicht eindeutig erkannt – Zuordnung bitte prüfen');
    const named = otherItemsNamed(d.evidence.map((e) => e.quote), ctx.number);
    if (named.length) unsure(d, `Abstimmung oder Ergebnis nennt TOP ${named.join(', ')}, steht aber unter ${top(ctx.number)} – TOP-Aufruf übersehen? Zuordnung bitte prüfen`);
    // "Mitteilungen", "Anfragen", "Verschiedenes", the opening take no decision: a missed call, or the clerk's call.
    if (STANDING_ITEM.test(ctx.title) || OPENING.test(ctx.title)) unsure(d, 'Beschluss unter einem Punkt ohne Beschlussvorlage (Eröffnung, Mitteilungen, Anfragen) – TOP-Aufruf übersehen?');
    applySubjectFit(d, ctx, j);
  });
  // A vote called in this TOP without any result heard: the sequence of the TOP is broken (a missed item
  // call, a result lost to the microphone); the other results of the TOP are not sure either.
  if (decisions.some((d) => !d.outcome)) for (const d of decisions) if (d.outcome) unsure(d, 'in diesem TOP blieb eine Abstimmung ohne erkanntes Ergebnis – Abfolge und Zuordnung bitte prüfen');
  const named = (d: Decision) => !!d.subject || subjectWords(d.evidence.map((e) => e.quote)).length > 0;
  // A later vote on "den Antrag" under an item that has no motion in its title (a Vorlage, a Vergabe, a
  // Satzung): the motion of a neighbouring item whose call was missed, unless it amends this item's matter.
  const motionItem = /antr(?:ag|äge)/iu.test(`${ctx.title} ${ctx.paperName ?? ''}`);
  decisions.forEach((d, j) => {
    if (motionItem || j === 0 || (d.outcome !== 'angenommen' && d.outcome !== 'abgelehnt') || !decisions.slice(0, j).some((e) => e.outcome)) return;
    if (BARE_MOTION.test(d.subject ?? '')) unsure(d, `Abstimmung über „${d.subject}“ unter ${top(ctx.number)}, dessen Titel keinen Antrag nennt – gehört sie zu einem anderen TOP? Bitte prüfen`);
  });
  decisions.forEach((d, j) => {
    if (!d.outcome) return;
    // Two votes in one TOP, neither naming what it decides: which is this item's, or was a call missed?
    if (!named(d) && decisions.slice(0, j).some((e) => e.outcome && !named(e) && !ON_AGENDA.test(e.text))) unsure(d, 'zweite Abstimmung ohne eigenen Gegenstand – ein TOP-Aufruf übersehen?');
    for (const e of decisions.slice(0, j)) {
      if (!e.outcome || !sameSubject(e, d)) continue;
      if (e.outcome === d.outcome && !hasOwnVote(d)) unsure(d, 'dasselbe Ergebnis noch einmal festgestellt – ein zweiter Beschluss?');
      // Two votes of their own on the very same matter with the same result: a repeat, or the next item's
      // vote on its own "Beschlussempfehlung" or "Vorlage" after a call that was missed.
      else if (e.outcome === d.outcome && subjectKey(e.subject) && subjectKey(e.subject) === subjectKey(d.subject)) unsure(d, `zweite Abstimmung über „${d.subject}“ mit demselben Ergebnis in diesem TOP – Wiederholung oder ein übersehener TOP-Aufruf? Bitte prüfen`);
      else if (e.outcome === d.outcome && !named(d)) unsure(d, 'zweite Abstimmung ohne eigenen Gegenstand – ein TOP-Aufruf übersehen?');
      if (e.outcome !== d.outcome) for (const x of [e, d]) if (!hasOwnVote(x)) unsure(x, 'ein anderes Ergebnis zum selben Gegenstand ohne eigene Abstimmung – welches gilt?');
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Rules 7–9: what is said around the vote, read on the sentence stream of the TOP.

const isQuestion = (s: Sentence) => /\?\s*$/u.test(s.text);
/** "Ich habe dagegen gestimmt" contests a result only where the result left no counter-vote (or no abstention). */
const CONTEST_NO = /dagegen\s+gestimmt|mit\s+nein\s+gestimmt/iu;
const CONTEST_ABSTAIN = /enthalten/iu;
/** "Einspruch" as an objection to what was just stated, not the legal "Einspruch gegen den Bebauungsplan". */
const BARE_OBJECTION = /^(?:[^.?!]{0,24}\s)?einspruch\s*(?:[!.,]|$)|einspruch\s+gegen\s+(?:das|die|dieses|diese)\s+(?:ergebnis|feststellung|abstimmung|zählung)/iu;

function contests(text: string, d: DetectedDecision): boolean {
  if (RESULT_REVOKED.test(text)) return true;
  if (!RESULT_CONTESTED.test(text)) return false;
  if (/einspruch/iu.test(text) && !/nicht\s+einstimmig|gezählt|stimme/iu.test(text)) return BARE_OBJECTION.test(text);
  if (CONTEST_NO.test(text)) return d.unanimous || d.votes?.no === 0 || d.noObjection;
  if (CONTEST_ABSTAIN.test(text) && !/gezählt|einstimmig/iu.test(text)) return d.unanimous || d.votes?.abstain === 0;
  return true;
}

type Located = { first: number; last: number };
type EvidenceKey = { cueId: string | null; quote: string };

/**
 * Where a decision stands in a sentence stream: the indices of its first and last (result) evidence
 * sentence. Short sentences recur ("Keine.", "So beschlossen."): of the result's occurrences, the one
 * with most of the decision's other evidence just before it.
 */
function locator(sentences: Sentence[]): (evidence: EvidenceKey[]) => Located | undefined {
  const index = new Map<string, number[]>();
  sentences.forEach((s, i) => {
    const k = `${s.cueId} ${s.text}`;
    index.set(k, [...(index.get(k) ?? []), i]);
  });
  return (evidence) => {
    if (!evidence.length) return undefined;
    const keys = evidence.map((e) => `${e.cueId} ${e.quote}`);
    const before = (i: number) => keys.flatMap((k) => (index.get(k) ?? []).filter((j) => j <= i && j > i - 40));
    const near = (i: number) => keys.filter((k) => (index.get(k) ?? []).some((j) => j <= i && j > i - 40)).length;
    const last = (index.get(keys[keys.length - 1]) ?? []).reduce<number | undefined>((best, i) => (best === undefined || near(i) > near(best) ? i : best), undefined);
    if (last === undefined) return undefined;
    return { first: Math.min(...before(last)), last };
  };
}

/**
 * Rule 7, the result stands: a repeat of the vote, a withdrawal or correction of the result, or a
 * member contesting it, after the result and up to the next decision's result, makes it unsure.
 */
function applyResultStands(decisions: DetectedDecision[], sentences: Sentence[]): void {
  const locate = locator(sentences);
  const places = decisions.map((d) => locate(d.evidence));
  decisions.forEach((d, j) => {
    const place = places[j];
    if (!d.outcome || !place) return;
    const next = places.slice(j + 1).find((p) => p && p.last > place.last);
    const to = next ? next.last : Math.min(sentences.length - 1, place.last + 12);
    const own = new Set(d.evidence.map((e) => `${e.cueId} ${e.quote}`));
    const isOwn = (i: number) => i >= place.first && i <= place.last && own.has(`${sentences[i].cueId} ${sentences[i].text}`);
    // From the first sentence of the decision that states a result: a restated result ("Dann halten wir
    // fest: …") may have been read into the same decision, with the objection between the two.
    let start = place.last;
    for (let i = place.first; i <= place.last; i++) if (isOwn(i) && readOutcome(sentences[i].text)) {
      start = i;
      break;
    }
    let hit: Sentence | undefined;
    for (let i = start + 1; i <= to && !hit; i++) {
      const s = sentences[i];
      if (isOwn(i) ? RESULT_REVOKED.test(s.text) : !CONDITIONAL_LEAD.test(s.text) && contests(s.text, d)) hit = s;
    }
    if (hit) unsure(d, `nach dem Ergebnis: „${hit.text.length > 90 ? `${hit.text.slice(0, 90)} …` : hit.text}“ – Abstimmung wiederholt, korrigiert oder bestritten? Bitte prüfen`);
  });
}

/** Rule 9, the majority sufficient: a qualified majority named in the TOP before the result. */
function applyQualifiedMajority(decisions: DetectedDecision[], sentences: Sentence[]): void {
  const locate = locator(sentences);
  decisions.forEach((d) => {
    if (d.outcome !== 'angenommen' || d.unanimous) return;
    const at = locate(d.evidence)?.last;
    const named = sentences.slice(0, at === undefined ? sentences.length : at + 1).find((s) => {
      const m = QUALIFIED_MAJORITY.exec(s.text);
      return m && !/(?:kein[e]?|nicht)\s+(?:\p{L}+\s+){0,2}$/iu.test(s.text.slice(0, m.index)) && !NOT_NEEDED.test(s.text);
    });
    if (!named) return;
    const v = d.votes;
    const share = /drei\s*viertel|dreiviertel/iu.test(named.text) ? 3 / 4 : /drittel|2\s*\/\s*3/iu.test(named.text) ? 2 / 3 : undefined;
    const reached = share !== undefined && v && v.yes !== null && v.no !== null && v.yes >= share * (v.yes + v.no);
    if (!reached) unsure(d, `qualifizierte Mehrheit genannt („${named.text.length > 80 ? `${named.text.slice(0, 80)} …` : named.text}“) – ob sie erreicht wurde, ist aus den gehörten Stimmen nicht sicher; bitte prüfen`);
  });
}

/** "… ist hier nicht erforderlich", "brauchen wir nicht": the qualified majority is named as not needed. */
const NOT_NEEDED = /nicht\s+(?:\p{L}+\s+)?(?:erforderlich|nötig|notwendig|gebraucht|vorgeschrieben)|(?:brauchen|benötigen)\s+wir\s+(?:hier\s+)?nicht/iu;

/** Where in the session a decision was taken: its evidence, by cue and sentence. */
export type QuorumCheck = (evidence: { cueId: string | null; quote: string; at: number }[]) => boolean;

/**
 * Rule 8, the body able to decide: reads the whole session in order and tells, for a decision's
 * evidence, whether its result fell between a statement that the body is not (or no longer)
 * beschlussfähig and the next statement that it is. Positions are sentences of the session (a
 * merged turn of the chair holds many sentences at one time), times only where a sentence is not found.
 */
export function quorumCheck(cues: Cue[]): QuorumCheck {
  const sentences = sentencesOf(cues);
  const gaps: [number, number][] = [];
  let from: number | undefined;
  sentences.forEach((s, i) => {
    const lost = QUORUM_LOST.test(s.text) && !isQuestion(s) && !CONDITIONAL_LEAD.test(s.text);
    if (lost && from === undefined) from = i;
    else if (!lost && from !== undefined && QUORUM_STATED.test(s.text) && !isQuestion(s)) {
      gaps.push([from, i]);
      from = undefined;
    }
  });
  if (from !== undefined) gaps.push([from, sentences.length]);
  if (!gaps.length) return () => false;
  const locate = locator(sentences);
  const timeOf = (i: number) => sentences[Math.min(i, sentences.length - 1)].at;
  return (evidence) => {
    const at = locate(evidence)?.last;
    if (at !== undefined) return gaps.some(([a, b]) => at > a && at < b);
    const t = Math.max(...evidence.map((e) => e.at));
    return gaps.some(([a, b]) => t > timeOf(a) && (b >= sentences.length || t < timeOf(b)));
  };
}

/**
 * "64: Beschlussempfehlung …", "Nächster Punkt, 66: …", "7, dritte Lesung …", "fünf, Aufstellungsbeschluss …": a number and a title opening a sentence, the way a
 * chair reads an item out without the item word. Not read as a call (it would split speeches that count
 * "Erstens: …"), but a sign that an item may have been called here.
 */
const BARE_NUMBER_TITLE = /^(?:(?:nächster\s+punkt|weiter\s+mit|dann|und|jetzt|nun|so|gut)[,.:]?\s+)*(\d{1,3}(?:\.\d{1,2})?(?:\s?[a-h])?|(?:[Ee]ins|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf)(?![\p{L}]))\s*(?::\s+\p{Lu}|,\s+(?:(?:der|die|das|den|dem)\s+)?(?:(?:[Ee]rste|[Zz]weite|[Dd]ritte)\s+[Ll]esung|(?!(?:Enthaltung|Gegenstimme|Stimme|Nein|Ja)\p{L}*)\p{Lu}\p{Ll}{5,}(?:\s+\S+){2}))/u;

/**
 * Rule 5, no call missed inside the TOP: a sentence of the TOP that reads like the call of an item the
 * segmentation never found ("Punkt 9: zweite Lesung …" said by a speaker not known as chair, "64: Bericht …")
 * makes every decision after it unsure — its TOP rests on weak segmentation evidence. `unaccounted` tells
 * whether a number is an item no call was found for (with an agenda: an agenda item not found; without:
 * a number no item has).
 */
export function applyUnreadCalls(decisions: DetectedDecision[], cues: Cue[], own: string, read: (sentence: string) => string | undefined, unaccounted: (number: string, sentence: string) => boolean): void {
  if (!decisions.length) return;
  const sentences = sentencesOf(cues);
  const mine = itemKey(own.replace(/^(?:TOP|Ö|N)\s*/iu, ''));
  const call = sentences.findIndex((s, i) => {
    if (i === 0) return false;
    const raw = read(s.text) ?? BARE_NUMBER_TITLE.exec(s.text)?.[1];
    if (!raw) return false;
    const k = itemKey(raw.replace(/\s+/gu, ''));
    const part = (a: string, b: string) => a.startsWith(b) && /^[.a-h]/u.test(a.slice(b.length));
    return k !== mine && !part(mine, k) && !part(k, mine) && unaccounted(k, s.text);
  });
  if (call < 0) return;
  const locate = locator(sentences);
  const heard = sentences[call].text;
  for (const d of decisions) {
    const at = locate(d.evidence)?.last;
    if (d.outcome && at !== undefined && at > call) unsure(d, `vorher im selben TOP: „${heard.length > 70 ? `${heard.slice(0, 70)} …` : heard}“ – klingt nach dem Aufruf eines anderen TOP, der nicht als Aufruf erkannt wurde; Zuordnung bitte prüfen`);
  }
}

const VOTE_ASKED = (t: string) => CALL_YES.test(t) || VOTE_OPENING.test(t) || CALL_NO.test(t);

/**
 * Rule 5, the result belongs to its own vote: the talk heard before this TOP's call ended on a vote asked
 * without a result ("Wer ist dafür? Gegenprobe?"), and this TOP's first result follows its call within a few
 * sentences, with no vote asked in this TOP before it. The result is most likely the previous TOP's, its
 * cue heard (or transcribed) after the next call: unsure.
 */
export function applyOpenVoteBefore(decisions: Pick<Decision, 'outcome' | 'evidence' | 'status' | 'uncertain' | 'reasons'>[], cues: Cue[], before: { number: string; cues: Cue[]; undecided?: boolean } | undefined): void {
  const first = decisions.find((d) => d.outcome);
  if (!first || !before?.cues.length || !cues.length) return;
  if (before.undecided) {
    // The item before took no decision although it is one to decide: a whole vote right after this call
    // (the first sentences of the TOP) may be its vote, heard after the next call.
    const at = locator(sentencesOf(cues))(first.evidence);
    if (at && at.first <= 2) unsure(first, `Abstimmung gleich nach dem Aufruf, vor jeder Beratung; TOP ${before.number} davor blieb ohne Beschluss – gehört sie dorthin? Bitte prüfen`);
    return;
  }
  const prev = sentencesOf(before.cues);
  const lastAsked = prev.map((x) => VOTE_ASKED(x.text)).lastIndexOf(true);
  const lastResult = prev.map((x) => !!readOutcome(x.text)?.settled).lastIndexOf(true);
  if (lastAsked < 0 || lastResult > lastAsked || prev.length - lastAsked > 6) return;
  const sentences = sentencesOf(cues);
  const at = locator(sentences)(first.evidence);
  if (!at || at.last > 4 || sentences.slice(1, at.last).some((x) => VOTE_ASKED(x.text))) return;
  if (first.evidence.some((e) => VOTE_ASKED(e.quote))) return;
  unsure(first, `Ergebnis gleich nach dem Aufruf, ohne eigene Abstimmung in diesem TOP; die Abstimmung davor unter TOP ${before.number} blieb ohne Ergebnis – gehört es dorthin? Bitte prüfen`);
}

/**
 * Rule 5, the motion belongs to this item: a first result on "den Antrag" within a few sentences of the call
 * (no debate heard before it), under an item whose title names no motion (a Vorlage, a Satzung, a
 * Bebauungsplan), is most likely the motion of the item before, its result heard after the next call: unsure.
 */
export function applyEarlyMotion(decisions: Decision[], cues: Cue[], ctx: { title: string; paperName?: string; number?: string }): void {
  const first = decisions.find((d) => d.outcome);
  if (!first || first.status !== 'sicher' || /antr(?:ag|äge)/iu.test(`${ctx.title} ${ctx.paperName ?? ''}`) || !BARE_MOTION.test(first.subject ?? '')) return;
  const sentences = sentencesOf(cues);
  const at = locator(sentences)(first.evidence);
  if (!at || at.first > 3) return;
  unsure(first, `Abstimmung über „${first.subject}“ gleich nach dem Aufruf von ${top(ctx.number)}, dessen Titel keinen Antrag nennt – Ergebnis des vorigen TOP? Bitte prüfen`);
}

/** Rules 7–9 for the decisions read in one TOP (before they become the draft's decisions). */
export function applySequenceCertainty(decisions: DetectedDecision[], cues: Cue[], quorumLost: QuorumCheck = () => false): void {
  if (!decisions.length) return;
  const sentences = sentencesOf(cues);
  applyResultStands(decisions, sentences);
  applyQualifiedMajority(decisions, sentences);
  for (const d of decisions) {
    if (!d.outcome) continue;
    if (d.evidence.length && quorumLost(d.evidence)) unsure(d, 'vorher wurde festgestellt, dass das Gremium nicht (mehr) beschlussfähig ist – Beschluss gültig? Bitte prüfen');
  }
}
