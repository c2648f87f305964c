/**
 * The answer threshold: whether a passage may be quoted as the answer to a question, one rule
 * for every source — the local index (retriever.ts) and passages fetched live from SharePoint
 * and Outlook (relevance.ts) — decided by what the question is about: which of its informative
 * words the passage and the Fundstelle quoted from it match (LexicalIndex: directly, through
 * compound parts, synonyms, other forms or a typo correction; nouns weigh more than verbs and
 * adjectives), whether the passage names the question's main noun, and whether the quote holds
 * a fact of the kind asked for (answer-type.ts), stated of what the question asks about. Pure.
 */
import { askedAnswerType, holdsAnswerType, type AnswerType } from './answer-type.js';
import { askedCases, statesOtherCase, type AskedCase } from './contrast.js';
import { quoteFundstelle, splitSentences } from './snippet.js';

/** How well a text matches a question (LexicalIndex.search / evidenceFor / textEvidenceFor). */
export interface Evidence {
  /** 0..1: weighted share of the question's words matched. */
  coverage: number;
  /** Question words matched in full. */
  matched?: number;
  /** Share of the question held by its heaviest noun the searched passages never use. */
  uncovered?: number;
  /** Shares of the question held by the heaviest question noun the text matches and the heaviest it misses. */
  focus?: { matchedNoun: number; missedNoun: number; missedWritten?: number };
}

/**
 * Minimum coverage (IDF-weighted share of the question's informative words found in a chunk,
 * see LexicalIndex). Calibrated with the rules below on development questions only
 * (bench/calibrate.ts: the dev splits of question sets A and B, the tuning half of ragsource-bw,
 * XQuAD-de); the test splits and the held-out half are only reported (bench/answers.ts).
 */
export const DEFAULT_MIN_COVERAGE = 0.44;

/** The parts of the answer rule; bench/calibrate.ts passes variants, everything else uses ANSWER_RULES. */
export interface AnswerRules {
  /**
   * Several informative question words in one passage are evidence of their own, whatever share
   * of a long question they are ("Wer entwarf 1889 den Turm für die Weltausstellung in Paris?" with
   * Turm, 1889 and Weltausstellung matched): a passage matching at least `minMatchedWords` words
   * in full passes at the lower coverage `minCoverage`. Two matched words are not enough: a
   * near-miss question shares two with the passage next to its answer (dev sets: two cost a tenth
   * of the unanswerable questions).
   */
  evidence: { readonly minMatchedWords: number; readonly minCoverage: number };
  /**
   * A noun of the general lexicon that nothing in the searched passages stands for (no form,
   * compound part, synonym or correction: "Aufzüge", "Motorrad") names a topic the documents do
   * not cover. When it weighs at least as much as everything a passage matches, the passage
   * answers a neighbouring question, not this one ("Gibt es für das Dienstfahrrad einen Helm?").
   * A word neither the lexicon nor the folder knows (typo, jargon) never counts here.
   */
  uncovered: boolean;
  /**
   * The Fundstelle a user is shown (the best-matching sentences with the title and section path)
   * must hold the question's words as well as its chunk, at the lower coverage `minCoverage` (a
   * quote is a sentence or two): a chunk whose matching words are spread over sentences that the
   * quote does not hold answers a neighbouring question ("Telefon 1210" for a question about the
   * PIN of the Diensthandy), and the user would not see the answer anyway. `false`: no quote check.
   */
  quote: false | { readonly minCoverage: number };
  /**
   * The question's nouns (not a typo or jargon neither the lexicon nor the folder knows, nor the
   * noun an interrogative asks for: "welchem Betrag"): a passage that matches none of them,
   * only the question's verbs and adjectives, answers none of it ("Wie hoch ist das
   * Fortbildungsbudget pro Beschäftigtem?" from a sentence on "fünf Prozent der Beschäftigten");
   * with a finite `ratio`, also one that misses a question noun weighing at least `ratio` times
   * the heaviest it matches (the neighbouring case: "Übernachtungsgeld bei Freunden"). `in`:
   * judged on the chunk or on the quote the user sees. Calibrated on the dev splits
   * (bench/calibrate.ts): the finite ratios tried (1, 1.5, 2) caught more near-misses but cost
   * answerable questions, ragsource-bw and XQuAD-de; no noun matched costs none of them.
   * `false`: no such check.
   */
  focus: false | { readonly ratio: number; readonly in: 'chunk' | 'quote' };
  /**
   * A question asking for an amount, a time or a number is answered only by a quote that holds
   * one (answer-type.ts): "Was kostet …?" not by a sentence without a sum.
   */
  answerType: boolean;
  /**
   * The fact of the asked kind must be stated of what the question is about: a sentence of the
   * quote (read under the document title and its section heading, with the sentence before it
   * when it leans back: "Er kostet …") that holds a fact of the asked kind must also hold the
   * heaviest question noun the Fundstelle matches; a quote matching none of the question's nouns
   * holds no fact of them. A quote that names the asked thing in one sentence and gives an amount or
   * a period for something else in the next ("Vorfälle sind innerhalb von 24 Stunden zu melden.
   * Alle Beschäftigten nehmen alle zwei Jahre an der Deeskalationsschulung teil." for "Wie viele
   * Stunden dauert die Deeskalationsschulung?") answers a neighbouring question.
   */
  factOfFocus: boolean;
  /**
   * A question asking for an amount, a time or a number asks it of one thing ("Wie viele Stunden
   * dauert die Deeskalationsschulung?"): a passage that misses a question noun weighing at least
   * `ratio` times the heaviest it matches gives that figure for something else. Stricter than
   * `focus`, which holds for every question: a question without an answer type is often answered
   * by a passage that names its topic in other words. Calibrated on the dev splits: ratio 1 cost
   * answerable questions (compounds named by their parts), 2 caught fewer near-misses than 1.5.
   * `false`: no such check.
   */
  typedFocus: false | { readonly ratio: number };
  /**
   * A question that asks for one case of a topic ("halbe Gleittage", "höchstens", "die erweiterte
   * Auskunft", "im Ausland"; see contrast.ts) is not answered by a quote whose sentences on the
   * question's heaviest noun all name the other case and not the asked one ("zwölf ganze
   * Gleittage", "mindestens drei Monate", "die einfache Auskunft kostet …"). On unless `false`.
   */
  contrast?: boolean;
  /**
   * A passage whose text shares no noun with the question, only its title or section heading
   * (the document's subject), while a question noun at least as heavy that the folder writes
   * elsewhere is missing, is another item of that document ("Wie viel kostet eine Geburtsurkunde
   * beim Standesamt?" from the fee table of a leaflet "Eheschließung im Standesamt"). On unless `false`.
   */
  titleOnly?: boolean;
}

export const ANSWER_RULES: Readonly<AnswerRules> = Object.freeze({
  evidence: Object.freeze({ minMatchedWords: 3, minCoverage: 0.2 }),
  uncovered: true,
  quote: Object.freeze({ minCoverage: 0.25 }),
  focus: Object.freeze({ ratio: Infinity, in: 'chunk' as const }),
  answerType: true,
  factOfFocus: true,
  typedFocus: Object.freeze({ ratio: 1.5 }),
  contrast: true,
  titleOnly: true,
});

/** What the user sees of a passage: title, section path and the quoted sentences. */
export function quotedContext(p: { title: string; sectionPath: string[]; text: string }, question: string, matchTerms?: readonly string[]): string {
  return quoteOf(p, question, matchTerms).context;
}

/** The quoted sentences of a passage, alone (`quote`) and with its title and section path (`context`, what the user sees). */
export function quoteOf(p: { title: string; sectionPath: string[]; text: string }, question: string, matchTerms?: readonly string[]): { quote: string; context: string } {
  const quote = quoteFundstelle(p.text, question, undefined, matchTerms).text;
  return { quote, context: `${p.title}\n${p.sectionPath.join('\n')}\n${quote}` };
}

/** The quote evidence passesAnswerRule asks for: the question's words in what the user sees, and the quote for the answer type. */
export function quoteEvidenceOf(evidenceOf: (text: string) => Evidence, p: { title: string; sectionPath: string[]; text: string }, question: string, matchTerms?: readonly string[]): QuoteEvidence {
  const { quote, context } = quoteOf(p, question, matchTerms);
  const heading = `${p.title}\n${p.sectionPath.at(-1) ?? ''}`;
  const cases = casesOf(question);
  return { ...evidenceOf(context), text: quote, ...(cases.length ? { cases } : {}), body: () => evidenceOf(p.text), sentences: () => quoteSentences(quote).map((text) => ({ text, evidence: () => evidenceOf(`${heading}\n${text}`) })) };
}

/** The cases a question asks for, kept for the last question: every candidate passage of a search asks again. */
let lastCases: { question: string; cases: AskedCase[] } | undefined;

function casesOf(question: string): AskedCase[] {
  if (lastCases?.question !== question) lastCases = { question, cases: askedCases(question) };
  return lastCases.cases;
}

/** A sentence that leans on the one before ("Er kostet …", "Dies gilt …"): read together with it. */
const LEANS_BACK = /^(?:er|sie|es|dies|diese[rsmn]?|das|dabei|dafür|dazu|hierfür|hierzu|davon|ausgenommen|ausnahme)\b/i;

/** The sentences of a quote, a leaning sentence joined to the one before it. */
function quoteSentences(quote: string): string[] {
  const flat = quote.replace(/^…\s*|\s*…$/g, '');
  const out: string[] = [];
  for (const { start, end } of splitSentences(flat)) {
    const text = flat.slice(start, end);
    if (out.length && LEANS_BACK.test(text)) out[out.length - 1] += ` ${text}`;
    else out.push(text);
  }
  return out;
}

/**
 * The coverage rule for one piece of text (a chunk, or a quote): no uncovered noun outweighing
 * the match (AnswerRules.uncovered), no heavier question noun missed than matched
 * (AnswerRules.focus), and coverage at the threshold or several matched words
 * (AnswerRules.evidence).
 */
export function passesCoverageRule(e: Evidence, minCoverage = DEFAULT_MIN_COVERAGE, rules: Readonly<AnswerRules> = ANSWER_RULES): boolean {
  if (rules.uncovered && e.uncovered && e.coverage <= e.uncovered) return false;
  if (rules.focus && e.focus && e.focus.missedNoun > 0 && (e.focus.matchedNoun === 0 || e.focus.missedNoun >= rules.focus.ratio * e.focus.matchedNoun)) return false;
  return e.coverage >= minCoverage || ((e.matched ?? 0) >= rules.evidence.minMatchedWords && e.coverage >= Math.min(minCoverage, rules.evidence.minCoverage));
}

/** What the answer rule needs of the quote: its evidence, and its text for the answer type. */
export interface QuoteEvidence extends Evidence {
  text?: string;
  /**
   * The quote's sentences, each with its evidence under the title and section heading
   * (AnswerRules.factOfFocus); the evidence is scored only when asked for (it is the costly part).
   */
  sentences?: () => { text: string; evidence: () => Evidence }[];
  /** The cases the question asks for (contrast.ts, AnswerRules.contrast); none when it asks for no case in particular. */
  cases?: readonly AskedCase[];
  /** The evidence of the chunk's text alone, without its title and section path (AnswerRules.titleOnly). */
  body?: () => Evidence;
}

/**
 * The whole rule: the chunk passes, and so does the quote the user is shown (computed only when
 * needed), which must also hold a fact of the kind the question asks for (`asked`, see
 * answerTypeOf).
 */
export function passesAnswerRule(chunk: Evidence, quote: () => QuoteEvidence, minCoverage = DEFAULT_MIN_COVERAGE, rules: Readonly<AnswerRules> = ANSWER_RULES, asked?: AnswerType): boolean {
  const focusIn = rules.focus ? rules.focus.in : undefined;
  if (!passesCoverageRule({ ...chunk, focus: focusIn === 'chunk' ? chunk.focus : undefined }, minCoverage, rules)) return false;
  const typed = rules.answerType && asked !== undefined;
  // A number asked for is only looked for in the quote: "wie viele" counts things a passage often names in other words.
  const ofFocus = typed && asked.kind !== 'count' && asked.kind !== 'place';
  if (ofFocus && rules.typedFocus && chunk.focus && chunk.focus.missedNoun > 0 && chunk.focus.missedNoun >= rules.typedFocus.ratio * chunk.focus.matchedNoun) return false;
  if (!rules.quote && !typed && focusIn !== 'quote') return true;
  const q = quote();
  const quoteFocus = focusIn === 'quote' ? q.focus : undefined;
  if (rules.quote && !passesCoverageRule({ coverage: q.coverage, matched: q.matched, focus: quoteFocus }, Math.min(minCoverage, rules.quote.minCoverage), rules)) return false;
  if (!rules.quote && quoteFocus && !passesCoverageRule({ coverage: 1, focus: quoteFocus }, 0, rules)) return false;
  if (rules.titleOnly !== false && q.body && chunk.focus?.missedWritten && chunk.focus.missedWritten >= chunk.focus.matchedNoun - 1e-9 && !(q.body().focus?.matchedNoun ?? 1)) return false;
  if (rules.contrast !== false && q.cases?.length && !ofAskedCase(q.cases, q)) return false;
  if (!typed || q.text === undefined) return true;
  if (!holdsAnswerType(asked, q.text)) return false;
  return !rules.factOfFocus || !ofFocus || factOfFocus(asked, q);
}

/** Whether a sentence of the quote holds both a fact of the asked kind and the heaviest question noun the quote matches (AnswerRules.factOfFocus). */
function factOfFocus(asked: AnswerType, q: QuoteEvidence): boolean {
  const focus = q.focus?.matchedNoun ?? 0;
  // A quote (with its title and heading) that matches none of the question's nouns, and misses one, holds no fact of them.
  if (!focus && q.focus && q.focus.missedNoun > 0) return false;
  if (!focus || !q.sentences) return true;
  // The answer type first: a cheap pattern test that spares scoring the sentences without such a fact.
  return q.sentences().some((s) => holdsAnswerType(asked, s.text) && (s.evidence().focus?.matchedNoun ?? 0) >= focus - 1e-9);
}

/**
 * Whether the sentence of the quote that matches the question best (of those holding the heaviest
 * question noun the quote matches) states the asked case, not only the other one (AnswerRules.contrast).
 */
function ofAskedCase(cases: readonly AskedCase[], q: QuoteEvidence): boolean {
  const focus = q.focus?.matchedNoun ?? 0;
  if (!focus || !q.sentences) return true;
  const onFocus = q.sentences().map((s) => ({ text: s.text, e: s.evidence() })).filter((s) => (s.e.focus?.matchedNoun ?? 0) >= focus - 1e-9);
  if (!onFocus.length) return true;
  const best = Math.max(...onFocus.map((s) => s.e.coverage));
  return onFocus.some((s) => s.e.coverage >= best - 1e-9 && !statesOtherCase(cases, s.text));
}

/** The kind of fact a question asks for (answer-type.ts), for passesAnswerRule. */
export function answerTypeOf(question: string): AnswerType | undefined {
  return askedAnswerType(question);
}
