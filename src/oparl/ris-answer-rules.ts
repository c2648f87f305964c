/**
 * When the RIS's hits do not answer a council question, though they share its words (OParl-
 * specific: the general coverage rule of the answer stays where it is). Per class:
 * - a meeting day is named, and the named Gremium (or none) met that day, or the Gremium does not
 *   exist: nothing answers (the RIS holds no such Sitzung);
 * - the meeting exists: Sitzungen and TOPs of other days do not answer; a meeting that is cancelled
 *   or still to come has no result, so a question for its result finds nothing;
 * - the question asks for the content of the non-public part: the RIS has only public titles;
 * - the question qualifies its topic by a year ("Gebühren 2028") that a page never names, or names
 *   the subject of some Vorlage or TOP ("Weihnachtsmarkt") that a page does not contain: that page
 *   is about something near, not about what was asked.
 * Pure; the hits found by an exact reference are never judged here.
 */
import type { RetrievalHit } from '../knowledge/retriever.js';
import { asksForResult, asksNonPublicContent, readCouncilQuestion, type CouncilMeeting, type CouncilReading } from './council-question.js';
import { pageOf, stemsOf, type RisFacts } from './ris-facts.js';

const STRUCTURE_WORDS = stemsOf('Sitzung Sitzungen Ratssitzung Tagesordnung Tagesordnungspunkt TOP Vorlage Beschlussvorlage Antrag Anträge Anfrage Beschluss Beschlüsse Niederschrift Gremium Ausschuss Fraktion Fraktionen Mitteilungen Verwaltung');

/** A subject word names at most this many RIS pages; more common words do not tell a topic apart. */
const MAX_SUBJECT_PAGES = 8;

export interface RisJudgement {
  reading: CouncilReading;
  /** Chunk ids of hits that do not answer the question. */
  notAnswers: Set<string>;
  /**
   * The RIS's own facts say it cannot hold the answer (no such meeting, no result of a meeting not
   * held, the content of the non-public part): the hits are left out altogether, so a language
   * model is not handed look-alikes to answer from.
   */
  certain: boolean;
}

/** Years the question names on their own ("für 2028", "2025"), not inside a date or a reference. */
export function yearsIn(question: string): string[] {
  return [...new Set([...question.matchAll(/(?<![\d./-])((?:19|20)\d{2})(?![\d/-]|\.\d)/gu)].map((m) => m[1]))];
}

const notHeld = (m: CouncilMeeting, today: string) => m.cancelled === true || (!m.results && m.date >= today);

/** Stems the question shares with names of Vorlagen and TOPs, rare enough to stand for a topic. */
function subjectStems(question: string, facts: RisFacts): string[] {
  // Words of Gremium names ("Kirchheide", "Ratssitzung") and of the RIS's own structure name where
  // something was dealt with, not the topic.
  const bodyWords = new Set([...(facts.calendar?.bodies ?? []).flatMap((b) => [b.name, ...b.aliases].flatMap(stemsOf)), ...STRUCTURE_WORDS]);
  return [...new Set(stemsOf(question))].filter((s) => !/\d/.test(s) && !bodyWords.has(s) && facts.subjectPages(s) > 0 && facts.subjectPages(s) <= MAX_SUBJECT_PAGES);
}

export function readRisQuestion(question: string, facts: RisFacts): CouncilReading {
  return facts.calendar ? readCouncilQuestion(question, facts.calendar) : { kind: 'none' };
}

export function judgeRisHits(question: string, hits: RetrievalHit[], facts: RisFacts, exact: ReadonlySet<string>, reading: CouncilReading = readRisQuestion(question, facts)): RisJudgement {
  const notAnswers = new Set<string>();
  const judged = hits.filter((h) => !exact.has(h.chunk.id));
  const none = (why: (h: RetrievalHit) => boolean) => judged.forEach((h) => why(h) && notAnswers.add(h.chunk.id));
  let certain = false;
  if (reading.kind === 'no-meeting' || reading.kind === 'unknown-body') {
    none(() => true);
    // A Gremium the RIS does not know may be a way of writing a known one: marked, not left out.
    certain = reading.kind === 'no-meeting';
  }
  if (reading.kind === 'meeting') {
    const keys = new Set(reading.meetings.flatMap((m) => [m.id, ...(m.web ? [m.web] : [])]));
    const meetingOf = (h: RetrievalHit) => (h.chunk.meta?.oparl === 'Meeting' ? h.chunk.meta.web : h.chunk.meta?.oparl === 'AgendaItem' ? h.chunk.meta.meeting : undefined);
    none((h) => {
      const m = meetingOf(h);
      return m !== undefined && !keys.has(m);
    });
    if (asksForResult(question) && reading.meetings.every((m) => notHeld(m, facts.today))) {
      none(() => true);
      certain = true;
    }
  }
  if (asksNonPublicContent(question)) {
    none(() => true);
    certain = true;
  }
  const years = yearsIn(question);
  if (years.length) {
    none((h) => !years.every((y) => new RegExp(`(?<![\\d/-])${y}(?![\\d/-])`, 'u').test(facts.pageText(pageOf(h.chunk)))));
  }
  const subjects = subjectStems(question, facts);
  if (subjects.length) {
    // A subject word may stand inside a compound of the page ("Hund" in "Hundesteuersatzung").
    const has = (page: string, s: string) => {
      const stems = facts.pageStems(page);
      return stems.has(s) || (s.length >= 4 && [...stems].some((w) => w.includes(s)));
    };
    none((h) => !subjects.every((s) => has(pageOf(h.chunk), s)));
  }
  return { reading, notAnswers, certain };
}
