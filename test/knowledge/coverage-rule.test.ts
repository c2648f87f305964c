/**
 * The found / "nicht gefunden" rule, by class of question, on a small folder written for this
 * test. The thresholds are calibrated in bench/calibrate.ts on development questions only; these
 * tests assert the rules relative to the exported thresholds, not calibrated outputs.
 */
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { germanLexicon } from '../../src/knowledge/analysis/lexicon.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';
import { withRelevance } from '../../src/knowledge/relevance.js';
import { ANSWER_RULES, DEFAULT_MIN_COVERAGE, passesAnswerRule, passesCoverageRule } from '../../src/knowledge/answer-threshold.js';
import { createRetriever } from '../../src/knowledge/retriever.js';

const FOLDER: Record<string, string> = {
  'fahrrad.md': 'Dienstfahrräder werden an der Pforte des Technischen Rathauses ausgegeben. Die Ausleihe ist für höchstens drei Arbeitstage möglich. Der Schlüssel wird nach der Rückgabe beim Hausmeister abgegeben.',
  'schulung.md': 'Für die Schulung zur elektronischen Akte meldet die Fachbereichsleitung ihre Beschäftigten bis zum 15. des Vormonats im Lernportal an. Die Schulung dauert einen halben Tag.',
  'kantine.md': 'Die Kantine im Verwaltungsgebäude öffnet werktags von 11:30 bis 14:00 Uhr. Bezahlt wird mit der Dienstkarte.',
  'archiv.md': 'Akten werden nach Abschluss des Vorgangs zehn Jahre im Zwischenarchiv aufbewahrt und dann dem Stadtarchiv angeboten.',
  'parken.md': 'Dienstparkplätze im Innenhof vergibt die Hausverwaltung auf Antrag für jeweils zwölf Monate.',
};

const snapshot = snapshotFromDocuments(
  Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
  (doc, source) => chunkDocument(doc, source),
);
const retriever = createRetriever(snapshot);
const index = new LexicalIndex(snapshot);
const top = async (q: string) => (await retriever.search(q, 3))[0];
const EVIDENCE_RULE = ANSWER_RULES.evidence;
const QUOTE_RULE = ANSWER_RULES.quote || { minCoverage: 0 };
const weightOf = (q: string, word: string) => index.analyzeQuery(q).find((c) => c.word === word)?.weight ?? NaN;

describe('what a question is about is named by its nouns', () => {
  it('knows nouns from words the lexicon writes in lower case only', () => {
    const lexicon = germanLexicon();
    for (const w of ['gueltig', 'behalten', 'kostenlos', 'wofuer']) expect(lexicon.lowercaseOnly(w), w).toBe(true);
    // Nouns, and words that are both ("Kosten" / "kosten"), are not lower case only.
    for (const w of ['helm', 'termin', 'regenjacke', 'kosten', 'kostet']) expect(lexicon.lowercaseOnly(w), w).toBe(false);
  });

  it('a verb or adjective the folder lacks weighs less than a noun it lacks', () => {
    const q = 'Darf ich das Dienstfahrrad mit Helm kostenlos behalten?';
    expect(weightOf(q, 'behalten')).toBeLessThan(weightOf(q, 'helm'));
    expect(weightOf(q, 'kostenlos')).toBeLessThan(weightOf(q, 'helm'));
  });

  it('unmatched verbs and adjectives beside a matched noun do not veto the answer', async () => {
    const hit = await top('Darf ich das Dienstfahrrad kostenlos behalten?');
    expect(hit.chunk.source).toBe('fahrrad.md');
    expect(hit.relevant).toBe(true);
  });

  it('nouns of a topic the folder does not cover make it "nicht gefunden", though one noun matches', async () => {
    for (const q of ['Gibt es für das Dienstfahrrad einen Helm und eine Regenjacke?', 'Bekommen Auszubildende für die Schulung einen Laptop und ein Headset?', 'Gibt es für das Dienstfahrrad einen Helm?', 'Wer wartet die Aufzüge im Gebäude?']) {
      expect((await retriever.search(q, 3)).filter((h) => h.relevant), q).toEqual([]);
    }
  });

  it('a compound whose head the folder has is no uncovered topic ("Tresorschlüssel": the folder speaks of the Schlüssel)', () => {
    const [compound, plain] = index.analyzeQuery('Tresorschlüssel Regenjacke');
    expect(compound.match).toBe('absent');
    expect(compound.uncoveredNoun ?? false).toBe(false);
    expect(plain.uncoveredNoun).toBe(true);
  });

  it('a typo inside a compound is no real word the folder lacks, so it does not count as an uncovered topic', async () => {
    // "Schulungsanmeldnug": "Schulung" + a misspelt "Anmeldung"; "Regenjacke" is a real compound the folder lacks.
    const [typo, real] = index.analyzeQuery('Schulungsanmeldnug Regenjacke');
    expect(typo.match).toBe('unknown');
    expect(real.match).toBe('absent');
    const hit = await top('Schulungsanmeldnug im Lernportal bis wann?');
    expect(hit.chunk.source).toBe('schulung.md');
    expect(hit.relevant).toBe(true);
  });
});

describe('several informative words in one passage are evidence of their own', () => {
  const longQuestion = 'Welcher Schlüssel wird nach der Rückgabe an der Pforte samt Fahrradhelm, Regencape, Satteltasche, Klingel und Luftpumpe abgegeben?';
  const twoWords = 'Welcher Schlüssel wird an der Pforte samt Fahrradhelm, Regencape, Satteltasche, Klingel und Luftpumpe verliehen?';

  it('the rule: a noun the folder does not cover outweighing what a passage matches makes it "nicht gefunden"', () => {
    expect(passesCoverageRule({ coverage: 0.5, matched: 1, uncovered: 0.5 })).toBe(false);
    expect(passesCoverageRule({ coverage: 0.6, matched: 2, uncovered: 0.4 })).toBe(true);
    expect(passesCoverageRule({ coverage: 0.3, matched: 5, uncovered: 0.3 })).toBe(false);
  });

  it('the rule: enough matched words pass below the coverage threshold, never below the evidence floor', () => {
    const n = EVIDENCE_RULE.minMatchedWords;
    const below = (DEFAULT_MIN_COVERAGE + EVIDENCE_RULE.minCoverage) / 2;
    expect(passesCoverageRule({ coverage: below, matched: n })).toBe(true);
    expect(passesCoverageRule({ coverage: below, matched: n - 1 })).toBe(false);
    expect(passesCoverageRule({ coverage: EVIDENCE_RULE.minCoverage / 2, matched: n + 3 })).toBe(false);
    expect(passesCoverageRule({ coverage: DEFAULT_MIN_COVERAGE, matched: 0 })).toBe(true);
  });

  it('a long question whose passage holds several of its words is answered, below the coverage share', async () => {
    const hit = await top(longQuestion);
    expect(hit.chunk.source).toBe('fahrrad.md');
    expect(hit.coverage).toBeLessThan(DEFAULT_MIN_COVERAGE);
    expect(hit.matched).toBeGreaterThanOrEqual(EVIDENCE_RULE.minMatchedWords);
    expect(hit.relevant).toBe(true);
  });

  it('with fewer matched words the same question shape stays "nicht gefunden"', async () => {
    const hit = await top(twoWords);
    expect(hit.matched).toBeLessThan(EVIDENCE_RULE.minMatchedWords);
    expect(hit.relevant).toBe(false);
  });

  it('SharePoint and Outlook passages get the same decision (same rule through relevance.ts)', async () => {
    const live = { title: 'Dienstfahrräder', sectionPath: [], text: FOLDER['fahrrad.md'] };
    for (const q of [longQuestion, twoWords, 'Darf ich das Dienstfahrrad kostenlos behalten?', 'Gibt es für das Dienstfahrrad einen Helm?', 'Wie lange ist die Ausleihe eines Dienstfahrrads möglich?']) {
      const local = (await retriever.search(q, 5)).find((h) => h.chunk.source === 'fahrrad.md');
      const [remote] = withRelevance(q, [live]);
      expect(remote.relevant, q).toBe(local?.relevant ?? false);
    }
  });
});

describe('the Fundstelle the user is shown must hold the question too', () => {
  it('the rule: a chunk that passes is no answer when its quoted sentences hold too little of the question', () => {
    const chunk = { coverage: 0.8, matched: 2, uncovered: 0 };
    expect(passesAnswerRule(chunk, () => ({ coverage: QUOTE_RULE.minCoverage, matched: 1 }))).toBe(true);
    expect(passesAnswerRule(chunk, () => ({ coverage: QUOTE_RULE.minCoverage / 2, matched: 1 }))).toBe(false);
    // A chunk below the threshold is never rescued by its quote.
    expect(passesAnswerRule({ coverage: DEFAULT_MIN_COVERAGE / 2, matched: 1 }, () => ({ coverage: 1, matched: 1 }))).toBe(false);
  });

  it('the quote is only computed for chunks that pass (the Fundstelle costs time)', () => {
    let quoted = 0;
    passesAnswerRule({ coverage: 0.1, matched: 0 }, () => (quoted++, { coverage: 1 }));
    expect(quoted).toBe(0);
  });
});

describe('a typed question: a quote that matches none of its nouns holds no fact of them', () => {
  const chunk = { coverage: 1, matched: 3, focus: { matchedNoun: 0.5, missedNoun: 0 } };
  const quote = (matchedNoun: number) => () => ({ coverage: 0.5, matched: 2, focus: { matchedNoun, missedNoun: matchedNoun ? 0 : 0.5 }, text: 'Die erweiterte Bescheinigung kostet 12 Euro.', sentences: () => [{ text: 'Die erweiterte Bescheinigung kostet 12 Euro.', evidence: () => ({ coverage: 0.5, focus: { matchedNoun, missedNoun: 0 } }) }] });

  it('only the question\'s verb and adjective in the quote, with a sum: nicht gefunden', () => {
    expect(passesAnswerRule(chunk, quote(0), DEFAULT_MIN_COVERAGE, ANSWER_RULES, { kind: 'money' })).toBe(false);
  });

  it('the question\'s noun in the quote with the sum: answered', () => {
    expect(passesAnswerRule(chunk, quote(0.5), DEFAULT_MIN_COVERAGE, ANSWER_RULES, { kind: 'money' })).toBe(true);
  });
});
