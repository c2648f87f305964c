/**
 * Compound splits of question words against one passage's vocabulary (its own words and the
 * general lexicon), shared between passages. A split depends on the passage only through the
 * few candidate parts the lexicon does not know: the split is computed once per word against
 * the lexicon alone while recording those candidates, and reused for every passage that has
 * none of them (most passages); a passage that has one gets the split computed against it.
 * Exactly the result of computing against the passage every time, without the per-question,
 * per-passage work (the Fundstelle of every retrieved passage splits every question word).
 */
import { LRUCache } from 'lru-cache';
import { stem, type Vocabulary } from './analysis/german.js';

/** What a passage adds to the lexicon: its own (normalised) words, and their stems for inflected parts. */
export interface PassageVocabulary {
  words: { has(word: string): boolean };
  stems: { has(stem: string): boolean };
}

interface LexiconResult<T> {
  result: T;
  /** Candidate parts the lexicon does not know (a passage having one may split differently). */
  words: readonly string[];
  /** Stems of candidate inflected parts the lexicon does not know. */
  stems: readonly string[];
}

export type PassageSplitter<T> = (word: string, passage: PassageVocabulary, vocabulary: Vocabulary) => T;

/**
 * `compute(word, vocabulary)` must ask the vocabulary only through `has` and `hasInflected`, decide
 * only by their answers, and not mutate its result (callers share it). `vocabulary`, passed per
 * call, must answer as `passage` or `lexicon` does.
 */
export function passageSplitter<T>(compute: (word: string, vocabulary: Vocabulary) => T, lexicon: Required<Vocabulary>, max = 20_000): PassageSplitter<T> {
  const cache = new LRUCache<string, LexiconResult<T>>({ max });
  return (word, passage, vocabulary) => {
    let entry = cache.get(word);
    if (!entry) {
      const words = new Set<string>();
      const stems = new Set<string>();
      const recording: Vocabulary = {
        has: (w) => lexicon.has(w) || (words.add(w), false),
        hasInflected: (w) => lexicon.hasInflected(w) || (stems.add(stem(w)), false),
      };
      entry = { result: compute(word, recording), words: [...words], stems: [...stems] };
      cache.set(word, entry);
    }
    for (const w of entry.words) if (passage.words.has(w)) return compute(word, vocabulary);
    for (const s of entry.stems) if (passage.stems.has(s)) return compute(word, vocabulary);
    return entry.result;
  };
}
