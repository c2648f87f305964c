/**
 * The answer threshold: whether a passage may be quoted as the answer to a question, one rule
 * for every source — the local index (retriever.ts) and passages fetched live from SharePoint
 * and Outlook (relevance.ts) — decided by what the question is about: which of its informative
 * words the passage and the Fundstelle quoted from it match (LexicalIndex: directly, through
 * compound parts, synonyms, other forms or a typo correction; nouns weigh more than verbs and
 * adjectives). Pure.
 */
import { quoteFundstelle } from './snippet.js';

/** How well a text matches a question (LexicalIndex.search / evidenceFor / textEvidenceFor). */
export interface Evidence {
  /** 0..1: weighted share of the question's words matched. */
  coverage: number;
  /** Question words matched in full. */
  matched?: number;
  /** Share of the question held by its heaviest noun the searched passages never use. */
  uncovered?: number;
}

/**
 * Minimum coverage (IDF-weighted share of the question's informative words found in a chunk,
 * see LexicalIndex). Calibrated with the rules below on development questions only
 * (bench/calibrate.ts: the dev splits of question sets A and B, the tuning half of ragsource-bw,
 * XQuAD-de); the test splits and the held-out half are only reported (bench/answers.ts).
 */
export const DEFAULT_MIN_COVERAGE = 0.44;

/**
 * Several informative question words in one passage are evidence of their own, whatever share
 * of a long question they are ("Wer entwarf 1889 den Turm für die Weltausstellung in Paris?" with
 * Turm, 1889 and Weltausstellung matched): a passage matching at least `minMatchedWords` words
 * in full passes at the lower coverage `minCoverage`. Two matched words are not enough: a
 * near-miss question shares two with the passage next to its answer (dev sets: two cost a tenth
 * of the unanswerable questions).
 */
export const EVIDENCE_RULE = { minMatchedWords: 3, minCoverage: 0.2 };

/**
 * A noun of the general lexicon that nothing in the searched passages stands for (no form,
 * compound part, synonym or correction: "Aufzüge", "Motorrad") names a topic the documents do not
 * cover. When it weighs at least as much as everything a passage matches, the passage answers a
 * neighbouring question, not this one ("Gibt es für das Dienstfahrrad einen Helm?"). A word
 * neither the lexicon nor the folder knows (typo, jargon) never counts here. `on` exists for
 * bench/calibrate.ts only.
 */
export const UNCOVERED_RULE = { on: true };

/**
 * The Fundstelle a user is shown (the best-matching sentences with the title and section path)
 * must hold the question's words as well as its chunk, at the lower coverage `minCoverage` (a
 * quote is a sentence or two): a chunk whose matching words are spread over sentences that the
 * quote does not hold answers a neighbouring question ("Telefon 1210" for a question about the
 * PIN of the Diensthandy), and the user would not see the answer anyway. `on` exists for
 * bench/calibrate.ts only.
 */
export const QUOTE_RULE = { on: true, minCoverage: 0.25 };

/** What the user sees of a passage: title, section path and the quoted sentences. */
export function quotedContext(p: { title: string; sectionPath: string[]; text: string }, question: string, matchTerms?: readonly string[]): string {
  return `${p.title}\n${p.sectionPath.join('\n')}\n${quoteFundstelle(p.text, question, undefined, matchTerms).text}`;
}

/**
 * The coverage rule for one piece of text (a chunk, or a quote): no uncovered noun outweighing
 * the match (UNCOVERED_RULE), and coverage at the threshold or several matched words
 * (EVIDENCE_RULE).
 */
export function passesCoverageRule(e: Evidence, minCoverage = DEFAULT_MIN_COVERAGE): boolean {
  if (UNCOVERED_RULE.on && e.uncovered && e.coverage <= e.uncovered) return false;
  return e.coverage >= minCoverage || ((e.matched ?? 0) >= EVIDENCE_RULE.minMatchedWords && e.coverage >= Math.min(minCoverage, EVIDENCE_RULE.minCoverage));
}

/** The whole rule: the chunk passes, and so does the quote the user is shown (computed only when needed). */
export function passesAnswerRule(chunk: Evidence, quote: () => Evidence, minCoverage = DEFAULT_MIN_COVERAGE): boolean {
  if (!passesCoverageRule(chunk, minCoverage)) return false;
  return !QUOTE_RULE.on || passesCoverageRule({ ...quote(), uncovered: 0 }, Math.min(minCoverage, QUOTE_RULE.minCoverage));
}
