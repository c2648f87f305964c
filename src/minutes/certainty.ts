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
 *    an agenda of another meeting is never mapped (core-draft.ts); the subject fits the item, and
 *    the decision was not taken over from another item.
 * 6. Model agrees (with a model configured): any disagreement makes it unsure (extract-decisions.ts).
 *
 * Rules 1–3 are applied where the vote sequence is read (detect-votes.ts, group-votes.ts); rules 4
 * and 5 here, per TOP. Pure; mutates the decisions it is given.
 */
import type { Decision } from './draft-schema.js';
import { subjectFit, subjectWords } from './subject-fit.js';
import { ASSENT, CALL_NO, CALL_YES, NO_OBJECTION, STANDING_ITEM, VOTE_OPENING } from './vocabulary.js';

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
  /** The agenda's next item was never called (and got no decision): this item's end is in doubt. */
  nextMissed?: { number: string; title: string };
  /** Names of the people of the session: a first name after an article ("die Claudia") names no matter. */
  names?: string[];
}

const unsure = (d: Decision, reason: string) => {
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
  else if (ctx.nextMissed && (!fit.words.length || index > 0)) unsure(d, `TOP ${ctx.nextMissed.number} (${shortTitle(ctx.nextMissed.title)}) wurde nicht aufgerufen – gehört der Beschluss dorthin? Bitte prüfen`);
}

/** Rules 4 and 5 for the decisions of one TOP, in order. */
export function applyItemCertainty(decisions: Decision[], ctx: ItemContext): void {
  decisions.forEach((d, j) => {
    if (ctx.byTitle && !ctx.titleCertain) unsure(d, 'TOP ohne Nummer, nur über den Titel erkannt – Zuordnung und Nummer bitte prüfen');
    if (ctx.placeholder) unsure(d, 'TOP nicht eindeutig erkannt – Zuordnung bitte prüfen');
    // "Mitteilungen", "Anfragen", "Verschiedenes", the opening take no decision: a missed call, or the clerk's call.
    if (STANDING_ITEM.test(ctx.title) || OPENING.test(ctx.title)) unsure(d, 'Beschluss unter einem Punkt ohne Beschlussvorlage (Eröffnung, Mitteilungen, Anfragen) – TOP-Aufruf übersehen?');
    applySubjectFit(d, ctx, j);
  });
  // A vote called in this TOP without any result heard: the sequence of the TOP is broken (a missed item
  // call, a result lost to the microphone); the other results of the TOP are not sure either.
  if (decisions.some((d) => !d.outcome)) for (const d of decisions) if (d.outcome) unsure(d, 'in diesem TOP blieb eine Abstimmung ohne erkanntes Ergebnis – Abfolge und Zuordnung bitte prüfen');
  const named = (d: Decision) => !!d.subject || subjectWords(d.evidence.map((e) => e.quote)).length > 0;
  decisions.forEach((d, j) => {
    if (!d.outcome) return;
    // Two votes in one TOP, neither naming what it decides: which is this item's, or was a call missed?
    if (!named(d) && decisions.slice(0, j).some((e) => e.outcome && !named(e) && !ON_AGENDA.test(e.text))) unsure(d, 'zweite Abstimmung ohne eigenen Gegenstand – ein TOP-Aufruf übersehen?');
    for (const e of decisions.slice(0, j)) {
      if (!e.outcome || !sameSubject(e, d)) continue;
      if (e.outcome === d.outcome && !hasOwnVote(d)) unsure(d, 'dasselbe Ergebnis noch einmal festgestellt – ein zweiter Beschluss?');
      else if (e.outcome === d.outcome && !named(d)) unsure(d, 'zweite Abstimmung ohne eigenen Gegenstand – ein TOP-Aufruf übersehen?');
      if (e.outcome !== d.outcome) for (const x of [e, d]) if (!hasOwnVote(x)) unsure(x, 'ein anderes Ergebnis zum selben Gegenstand ohne eigene Abstimmung – welches gilt?');
    }
  });
}
