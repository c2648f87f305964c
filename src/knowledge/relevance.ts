/**
 * The answer threshold (answer-threshold.ts), one rule for every source. Local passages get their relevance from the
 * index; passages fetched live from SharePoint or Outlook are measured here with the same
 * analysis (LexicalIndex over the fetched passages against a neutral background), so "nicht
 * gefunden" means the same whichever source a passage came from. Pure.
 */
import type { Chunk } from './chunking.js';
import { IndexState } from './index/index-state.js';
import { LexicalIndex } from './index/lexical-index.js';
import { answerTypeOf, DEFAULT_MIN_COVERAGE, passesAnswerRule, quoteEvidenceOf } from './answer-threshold.js';
import type { Passage } from './types.js';

/** Neutral documents assumed besides the fetched passages (see LexicalIndexOptions.backgroundDocuments). */
const BACKGROUND_DOCUMENTS = 200;

export interface PassageText {
  title: string;
  sectionPath: string[];
  text: string;
}

/** Relevance (0..1, the coverage of the question's informative words) of each passage. */
export function passageRelevance(question: string, passages: PassageText[]): number[] {
  return passageEvidence(question, passages).map((e) => e.coverage);
}

/** Coverage (rounded like the local index's), matched words and the answer decision of each passage. */
export function passageEvidence(question: string, passages: PassageText[], minRelevance = DEFAULT_MIN_COVERAGE): { coverage: number; matched: number; uncovered: number; relevant: boolean }[] {
  if (!passages.length) return [];
  const state = new IndexState();
  const chunks: Chunk[] = passages.map((p, i) => ({ id: String(i), source: String(i), title: p.title, sectionPath: p.sectionPath, text: p.text }));
  state.documents.set('live', { chunks, terms: chunks.map((c) => state.analyzeChunk(c)) });
  state.files.set('live', { hash: '', size: 0, mtimeMs: 0, title: '', chunkCount: chunks.length });
  const lexical = new LexicalIndex(state.toSnapshot(), { backgroundDocuments: BACKGROUND_DOCUMENTS });
  const evidence = lexical.evidenceFor(question);
  const quoteEvidence = lexical.textEvidenceFor(question);
  const asked = answerTypeOf(question);
  return passages.map((p, i) => {
    const e = evidence(i);
    const relevant = passesAnswerRule(e, () => quoteEvidenceOf(quoteEvidence, p, question), minRelevance, undefined, asked);
    return { ...e, coverage: Math.round(e.coverage * 10_000) / 10_000, relevant };
  });
}

/** The passages with their relevance and threshold decision set. */
export function withRelevance<P extends PassageText>(question: string, passages: P[], minRelevance = DEFAULT_MIN_COVERAGE): (P & { relevance: number; relevant: boolean })[] {
  const evidence = passageEvidence(question, passages, minRelevance);
  return passages.map((p, i) => ({ ...p, relevance: evidence[i].coverage, relevant: evidence[i].relevant }));
}

/** Whether a passage may be quoted as an answer: its source's decision, else its relevance against the threshold. */
export function passesAnswerThreshold(p: Pick<Passage, 'relevant' | 'relevance'>, minRelevance = DEFAULT_MIN_COVERAGE): boolean {
  if (p.relevant !== undefined) return p.relevant;
  return p.relevance === undefined || p.relevance >= minRelevance;
}
