/**
 * BM25 over German-analysed terms, built from an IndexSnapshot. Besides the BM25 score every
 * hit carries its `coverage`: the IDF-weighted share of the question's informative words that
 * the chunk contains. A question word counts when the chunk has it directly, all of its compound
 * parts (split against the index and a general German lexicon), a synonym (OpenThesaurus, or the
 * admins' synonym file) or, for a word neither the index nor the lexicon knows, a close spelling
 * from the index vocabulary (typo). A word that resolves to nothing weighs only a bounded share
 * (see UNKNOWN_WEIGHT), so one colloquial word or typo cannot veto an answer, while a question
 * about something the documents do not mention still has low coverage. Verbs and adjectives weigh
 * less than nouns in the coverage (WORD_CLASS_WEIGHT), and each hit says how many question words
 * it matches in full and how much of the question a noun the folder never uses holds — the
 * answer threshold in retriever.ts (passesCoverageRule) decides with all three.
 */
import { LRUCache } from 'lru-cache';
import type { TranslatedTerm } from '../analysis/english-german.js';
import { isColloquialFunctionWord } from '../analysis/colloquial.js';
import { separableVerbs } from '../analysis/separable-verbs.js';
import { compoundParts, contentWords, isStopWord, normalizeWord, numberTwin, splitCompound, stem, tokenMatches, verbForms } from '../analysis/german.js';
import { baseForms, germanLexicon, synonymLookup, type Lexicon } from '../analysis/lexicon.js';
import { gazetteer, placeWords } from '../analysis/places.js';
import { correctTypo } from '../analysis/typo.js';
import type { IndexSnapshot } from './index-state.js';

export interface LexicalHit {
  /** Index into snapshot.chunks. */
  chunk: number;
  score: number;
  /** 0..1: IDF-weighted share of query concepts present in the chunk. */
  coverage: number;
  /** How many question words the chunk matches in full (directly, all compound parts, a synonym or correction). */
  matched: number;
  /** Share of the question's weight held by its heaviest uncovered noun (Concept.uncoveredNoun); 0 when none. */
  uncovered: number;
  /** Stems that stood for question words in this chunk (synonyms, typo corrections, other forms). */
  matchTerms: string[];
  /** Shares of the question's weight held by its heaviest noun the chunk matches, and by the heaviest it misses (see nounFocus). */
  focus: NounFocus;
}

/** The heaviest question noun a text matches in full, and the heaviest it does not match (shares of the question's weight; 0 when none). */
export interface NounFocus {
  matchedNoun: number;
  missedNoun: number;
  /** Share of the heaviest missed noun that the folder writes as it is, elsewhere (a topic it names, not a paraphrase); no number. */
  missedWritten?: number;
}

/** How a question word was resolved against the index. */
export type ConceptMatch = 'direct' | 'form' | 'compound' | 'synonym' | 'typo' | 'translation' | 'absent' | 'unknown';

export interface Concept {
  word: string;
  /** Stem id of the whole word, or -1 when unknown to the index. */
  whole: number;
  /** Stem ids of its compound parts (unknown parts as -1). */
  parts: number[];
  /** Per part the index lacks: synonyms of that part the index has ("Dienstauto": Dienst + Wagen for Auto). */
  partAlts?: number[][];
  /** Alternatives (synonyms, typo correction): any one of them counts, with `altCredit`. */
  alts: number[];
  altCredit: number;
  /** Per alternative its own credit, where they differ (a dictionary translation's candidates). */
  altCredits?: number[];
  weight: number;
  match: ConceptMatch;
  /** A noun of the general lexicon that nothing in the index stands for, nor for its head: a topic the folder does not cover. */
  uncoveredNoun?: boolean;
  /** A noun (not a word the lexicon writes in lower case only): what the question is about. */
  noun?: boolean;
  /** The noun an interrogative asks for ("welchem Betrag", "welche Frist"): the passage states it rather than names it. */
  asked?: boolean;
  /** A place name ("nach Köln", "Stadt Rheinfeld"): where, not what; weighs no more than an unknown word (see places.ts). */
  place?: boolean;
}

export interface LexicalIndexOptions {
  /** General word list and synonyms (default: the built-in OpenThesaurus lexicon). */
  lexicon?: Lexicon;
  /**
   * Unrelated documents assumed besides the indexed ones when computing IDF. For a handful of
   * passages fetched live (SharePoint, Outlook) their own statistics say little; with a neutral
   * background every question word weighs about the same and the same coverage rule applies.
   */
  backgroundDocuments?: number;
  /** Normalised place names (default: the built-in GeoNames gazetteer, vendor/geonames-places). */
  places?: ReadonlySet<string>;
}

const K1 = 1.2;
const B = 0.75;
/** Weight of a query compound's parts relative to the whole word. */
const PART_WEIGHT = 0.6;
/** Share of a compound's weight credited when only some of its parts occur ("Kundendaten" → "Daten"). */
const PARTIAL = 0.5;
/** Credit (and BM25 weight) of a synonym relative to the word itself: below an exact match. */
const SYNONYM_CREDIT = 0.8;
/** Credit of a typo correction. */
const TYPO_CREDIT = 0.9;
/**
 * Credit of a dictionary translation of an English question word: below a synonym, as the
 * dictionary cannot tell which sense is meant. In BM25 a translated word counts through its best
 * candidate in the chunk only, so a word with many candidates does not outweigh the others.
 */
const TRANSLATION_CREDIT = 0.9;
/** Credit of another form of the word ("reservier" → "reservieren", "getippt" → "tippen"). */
const FORM_CREDIT = 0.9;
/**
 * Weight of a question word that nothing in the index matches, as a share of the highest IDF
 * the index can give (a word in one chunk). "absent": a real German word (lexicon) the folder
 * never uses — evidence that the question is about something else. "unknown": neither lexicon
 * nor index knows it (colloquial spelling, a typo too far off, a local abbreviation).
 * Calibrated on development questions only with bench/calibrate.ts (demo dev split, ragsource-bw
 * tuning half): the grid is flat around absent 1, unknown 0.1–0.5 at coverage 0.42–0.46.
 */
export const UNKNOWN_WEIGHT: Record<'absent' | 'unknown' | 'absentTranslation', number> = { absent: 1, unknown: 0.3, absentTranslation: 0.3 };

/**
 * Share of its weight in the coverage that a question word keeps when the general lexicon knows
 * it as no noun (OpenThesaurus writes it in lower case only: "gültig", "nehmen", "lautet",
 * "wofür"). What a question is about is named by its nouns; its verbs and adjectives frame the
 * question and are often paraphrased ("aufheben" for "aufbewahren", "gibt es"), so one of them
 * unmatched must not outweigh the nouns a passage shares with the question. Ranking (BM25) is
 * unchanged. Calibrated on development questions only (bench/calibrate.ts).
 */
export const WORD_CLASS_WEIGHT = { nonNoun: 0.5 };

/**
 * The BM25 score is multiplied by coverage^COVERAGE_EXPONENT among the best RERANK_POOL chunks: a
 * chunk that says much about one question word (a statute repeating "Helfer") yields to one that
 * covers more of what is asked. Chosen on development data (ragsource-bw tuning half: exponent 0
 * R@1 0.691 / R@3 0.911, 0.25 0.715 / 0.935, 0.5 0.683 / 0.935, 1 0.691 / 0.919; demo dev split
 * unchanged at 0.25, one compound question lost from 0.75 on).
 */
const COVERAGE_EXPONENT = 0.25;
const RERANK_POOL = 50;
/** Question words whose resolved concepts an index keeps (LexicalIndex.resolveCached). */
const RESOLVED_WORDS = 10_000;
/** Passage words whose stems and compound-part stems an index keeps (LexicalIndex.wordStems). */
const WORD_STEMS = 100_000;

/** A name of two or three capitalised words joined by hyphens ("Baden-Württemberg", "Sachsen-Anhalt"). */
const HYPHENATED_NAME = /(?<![\p{L}-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){1,2}(?![\p{L}-])/gu;
/** How often the folder must write a name out before its abbreviation stands for it. */
const MIN_ACRONYM_USES = 3;

export class LexicalIndex {
  private readonly stemIds = new Map<string, number>();
  private readonly surface: Set<string>;
  private readonly knownStems: Set<string>;
  private readonly postingsChunk: Int32Array[];
  private readonly postingsTf: Float32Array[];
  private readonly norm: Float32Array;
  private readonly lexicon: Lexicon;
  private readonly places: ReadonlySet<string>;
  private readonly adminSynonyms: (word: string) => readonly string[];
  private readonly vocabulary: { has(w: string): boolean; hasInflected(w: string): boolean };
  private readonly maxIdf: number;
  private readonly idfDocuments: number;
  readonly chunkCount: number;

  constructor(
    private readonly snapshot: IndexSnapshot,
    options: LexicalIndexOptions = {},
  ) {
    this.lexicon = options.lexicon ?? germanLexicon();
    this.places = options.places ?? gazetteer();
    this.adminSynonyms = synonymLookup(snapshot.synonyms ?? []);
    snapshot.stems.forEach((s, i) => this.stemIds.set(s, i));
    this.surface = new Set(snapshot.terms);
    this.knownStems = new Set(snapshot.stems);
    const n = snapshot.chunks.length;
    this.chunkCount = n;
    const stemCount = snapshot.stems.length;
    // Two passes over the chunks (count postings per stem, then fill typed arrays), summing
    // term counts per stem in a scratch array: no per-chunk Map, so loading stays fast.
    const df = new Int32Array(stemCount);
    const scratch = new Float64Array(stemCount);
    // Expansions flattened into typed arrays (offset/length per term) for tight loops.
    const expStart = new Int32Array(snapshot.expansions.length + 1);
    snapshot.expansions.forEach((e, t) => (expStart[t + 1] = expStart[t] + e.length));
    const expStems = new Int32Array(expStart[snapshot.expansions.length]);
    snapshot.expansions.forEach((e, t) => expStems.set(e, expStart[t]));
    const touched = new Int32Array(stemCount);
    let touchedCount = 0;
    const accumulate = (c: number) => {
      touchedCount = 0;
      const flat = snapshot.chunkTerms[c];
      for (let i = 0; i < flat.length; i += 2) {
        const term = flat[i];
        const tf = flat[i + 1];
        for (let k = expStart[term]; k < expStart[term + 1]; k++) {
          const s = expStems[k];
          if (scratch[s] === 0) touched[touchedCount++] = s;
          scratch[s] += tf;
        }
      }
    };
    for (let c = 0; c < n; c++) {
      accumulate(c);
      for (let k = 0; k < touchedCount; k++) {
        df[touched[k]]++;
        scratch[touched[k]] = 0;
      }
    }
    this.postingsChunk = Array.from(df, (d) => new Int32Array(d));
    this.postingsTf = Array.from(df, (d) => new Float32Array(d));
    const fill = new Int32Array(stemCount);
    for (let c = 0; c < n; c++) {
      accumulate(c);
      for (let k = 0; k < touchedCount; k++) {
        const s = touched[k];
        this.postingsChunk[s][fill[s]] = c;
        this.postingsTf[s][fill[s]] = scratch[s];
        fill[s]++;
        scratch[s] = 0;
      }
    }
    const avg = n ? snapshot.lengths.reduce((a, b) => a + b, 0) / n : 1;
    this.norm = Float32Array.from(snapshot.lengths, (len) => K1 * (1 - B + (B * len) / (avg || 1)));
    this.idfDocuments = n + (options.backgroundDocuments ?? 0);
    this.maxIdf = Math.log(1 + (this.idfDocuments - 1 + 0.5) / 1.5);
    const lexicon = this.lexicon;
    this.vocabulary = {
      has: (w) => this.surface.has(w) || lexicon.has(w),
      hasInflected: (w) => this.knownStems.has(stem(w)) || lexicon.hasInflected(w),
    };
  }

  private idf(stemId: number): number {
    const df = stemId >= 0 ? this.postingsChunk[stemId].length : 0;
    return Math.log(1 + (this.idfDocuments - df + 0.5) / (df + 0.5));
  }

  private stemIdOf(word: string): number {
    return this.stemIds.get(stem(word)) ?? -1;
  }

  /**
   * Query words → concepts (a word with its compound parts, synonyms or typo correction);
   * `translations` are the other words of an English question with their German candidates.
   */
  analyzeQuery(text: string, translations: readonly TranslatedTerm[] = []): Concept[] {
    // The retriever asks for the same question's concepts for ranking and for the quote check.
    const key = translations.length ? `${text}\u0000${JSON.stringify(translations)}` : text;
    if (this.lastQuery?.key === key) return this.lastQuery.concepts;
    const concepts = this.analyzeQueryOnce(text, translations);
    this.lastQuery = { key, concepts };
    return concepts;
  }

  private lastQuery?: { key: string; concepts: Concept[] };

  private analyzeQueryOnce(text: string, translations: readonly TranslatedTerm[]): Concept[] {
    const seen = new Set<string>();
    const concepts: Concept[] = [];
    const tokens = tokenMatches(text);
    const capitals = new Set(tokens.filter((t) => /^\p{Lu}{2,3}$/u.test(text.normalize('NFKC').slice(t.index, t.index + t.length))).map((t) => t.token));
    const asked = new Set(tokens.filter((_, i) => i > 0 && /^welch(?:e|er|em|en|es)$/.test(tokens[i - 1].token)).map((t) => t.token));
    const places = placeWords(text, { places: this.places, isWord: (w) => this.lexicon.hasInflected(w) });
    const feminine = feminineTwins(tokens.map((t) => t.token));
    // Words the question writes in lower case inside a sentence that also writes nouns capitalised.
    const surface = text.normalize('NFKC');
    const cased = tokens.some((t, i) => i > 0 && /^\p{Lu}/u.test(surface.slice(t.index, t.index + 1)));
    const lowercase = new Set(cased ? tokens.filter((t) => /^\p{Ll}/u.test(surface.slice(t.index, t.index + 1))).map((t) => t.token) : []);
    const capitalised = new Set(cased ? tokens.filter((t, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(surface.slice(t.index, t.index + 2))).map((t) => t.token) : []);
    for (const word of this.queryWords(text)) {
      if (seen.has(word) || feminine.has(word)) continue;
      seen.add(word);
      let concept = (capitals.has(word) && this.acronymConcept(word)) || this.resolveCached(word);
      if (asked.has(word)) concept = { ...concept, asked: true };
      // Where, not what: a place the folder never names must not veto, nor one it names everywhere outweigh the topic.
      if (places.has(word)) concept = { ...concept, weight: Math.min(concept.weight, UNKNOWN_WEIGHT.unknown * this.maxIdf), noun: false, uncoveredNoun: false, place: true };
      else if (concept.noun && lowercase.has(word) && this.isAttributiveParticiple(word)) concept = { ...concept, weight: concept.weight * WORD_CLASS_WEIGHT.nonNoun, noun: false, uncoveredNoun: false };
      // A word the lexicon knows as a verb that the question capitalises inside the sentence is a noun ("die Ausleihe"):
      // what the question is about, though it keeps a verb's weight. Not a participle made a noun ("pro Beschäftigtem"):
      // it names whoever the documents are for, not a topic.
      else if (!concept.noun && capitalised.has(word) && concept.match !== 'unknown' && !PARTICIPLE_ENDING.test(word)) concept = { ...concept, noun: true };
      concepts.push(concept);
    }
    for (const term of translations) concepts.push(...this.resolveTranslation(term));
    return concepts;
  }

  /**
   * A short abbreviation in capitals that stands for a hyphenated name the folder writes out
   * ("BW" for "Baden-Württemberg", "MV" for "Mecklenburg-Vorpommern"): matched through the
   * name's words, weighted like them. Left as a word of its own, a rare abbreviation would get
   * the highest weight and rank whichever passages happen to abbreviate the name.
   */
  private acronymConcept(word: string): Concept | undefined {
    const parts = this.acronyms().get(word)?.map((w) => this.stemIdOf(w));
    if (!parts || parts.some((p) => p < 0)) return undefined;
    return { word, whole: -1, parts, alts: [], altCredit: 0, weight: Math.max(...parts.map((p) => this.idf(p))), match: 'compound' };
  }

  private acronymTable?: Map<string, string[]>;

  /** Abbreviation → the words of the hyphenated name it abbreviates most often in the folder (found at the first abbreviation asked). */
  private acronyms(): Map<string, string[]> {
    if (!this.acronymTable) {
      const counts = new Map<string, Map<string, number>>();
      for (const chunk of this.snapshot.chunks) {
        for (const m of `${chunk.title}\n${chunk.text}`.normalize('NFKC').matchAll(HYPHENATED_NAME)) {
          const words = m[0].split('-');
          const acronym = words.map((w) => w[0]).join('').toLowerCase();
          const row = counts.get(acronym) ?? new Map<string, number>();
          const key = words.map(normalizeWord).join(' ');
          row.set(key, (row.get(key) ?? 0) + 1);
          counts.set(acronym, row);
        }
      }
      this.acronymTable = new Map();
      for (const [acronym, row] of counts) {
        const [best, n] = [...row.entries()].sort((a, b) => b[1] - a[1])[0];
        if (n >= MIN_ACRONYM_USES) this.acronymTable.set(acronym, best.split(' '));
      }
    }
    return this.acronymTable;
  }

  /**
   * An English word or phrase: any German candidate the index has stands for it (the English word
   * itself too: "Team", "Portal"). A phrase none of whose candidates occur falls back to its words.
   */
  private resolveTranslation(term: TranslatedTerm, partIds: readonly number[] = []): Concept[] {
    const ids: number[] = [];
    const credits: number[] = [];
    const add = (id: number, credit: number) => {
      if (id < 0) return;
      const at = ids.indexOf(id);
      if (at < 0) {
        ids.push(id);
        credits.push(credit);
      } else credits[at] = Math.max(credits[at], credit);
    };
    const candidates = term.german.map(normalizeWord);
    term.german.forEach((g, i) => {
      if (!this.stemCollision(g, candidates[i])) add(this.stemIdOf(candidates[i]), TRANSLATION_CREDIT);
    });
    if (!term.english.includes(' ') && term.english.length >= 3) add(this.stemIdOf(normalizeWord(term.english)), TRANSLATION_CREDIT);
    for (const id of partIds) add(id, TRANSLATION_CREDIT * SYNONYM_CREDIT);
    // No candidate in the folder: the synonyms of its compound candidates ("Nebenjob" → Nebentätigkeit) and their
    // parts ("Kilometergeld" → Kilometer), for less. Compounds only: the synonyms of a plain word go every which way.
    if (!ids.length) {
      for (const [i, g] of candidates.entries()) {
        // Nouns only: a verb's prefix ("unterhalten", "beibehalten") makes no compound of parts that mean anything alone.
        if (!/^\p{Lu}/u.test(term.german[i])) continue;
        const parts = splitCompound(g, this.vocabulary);
        if (parts.length < 2) continue;
        for (const id of this.lexiconSynonymIds(g)) add(id, TRANSLATION_CREDIT * SYNONYM_CREDIT);
        for (const part of parts) if (part.length >= 4) add(this.stemIdOf(part), TRANSLATION_CREDIT * PARTIAL);
      }
    }
    const strong = credits.some((c) => c >= TRANSLATION_CREDIT * SYNONYM_CREDIT);
    if (!strong && term.words?.length) {
      const byWord = this.compoundPartsByWord(term);
      return term.words.flatMap((w, k) => this.resolveTranslation(w, byWord[k]));
    }
    // The dictionary writes nouns capitalised: an English word whose first German sense is a noun names what is asked about.
    const noun = /^\p{Lu}/u.test(term.german[0] ?? '') ? { noun: true } : {};
    const base: Concept = { word: term.english, whole: -1, parts: [], alts: ids, altCredit: TRANSLATION_CREDIT, altCredits: credits, weight: 0, match: 'translation', ...noun };
    // No candidate in the folder: a word the documents do not speak about, or a sense the dictionary missed.
    // "absentTranslation": an English word whose German candidates the folder never uses (calibrated on the
    // English dev questions, bench/calibrate.ts ENGLISH=1).
    if (!ids.length) return [{ ...base, match: term.german.length ? 'absent' : 'unknown', weight: (term.german.length ? UNKNOWN_WEIGHT.absentTranslation : UNKNOWN_WEIGHT.unknown) * this.maxIdf }];
    // Weighted by its best candidate the folder has (the dictionary lists the usual translation first).
    const best = credits.indexOf(Math.max(...credits));
    return [{ ...base, weight: this.idf(ids[best]) }];
  }

  /**
   * English writes as two words what German writes as one compound, in the same order: the parts
   * of a phrase's compound candidates the folder has stand for the phrase's words one by one
   * ("mileage allowance" → Kilometer|geld: "Kilometer" for "mileage", "Geld" for "allowance").
   */
  private compoundPartsByWord(term: TranslatedTerm): number[][] {
    const words = term.words ?? [];
    const out = words.map(() => [] as number[]);
    for (const g of term.german) {
      if (!/^\p{Lu}/u.test(g)) continue;
      const parts = splitCompound(normalizeWord(g), this.vocabulary);
      if (parts.length !== words.length) continue;
      parts.forEach((p, k) => {
        const id = p.length >= 4 ? this.stemIdOf(p) : -1;
        if (id >= 0 && !out[k].includes(id)) out[k].push(id);
      });
    }
    return out;
  }

  /**
   * A verb or adjective the dictionary offers ("kept" → "gehalten") whose stem is that of a noun
   * the lexicon lists ("Gehalt"): unless the folder writes the candidate itself, the index would
   * match it through the noun, a word of another meaning. The dictionary writes nouns capitalised.
   */
  private stemCollision(written: string, normalized: string): boolean {
    if (/^\p{Lu}/u.test(written) || this.surface.has(normalized)) return false;
    const own = stem(normalized);
    return baseForms(normalized).some((b) => b !== normalized && stem(b) === own && this.lexicon.has(b) && !this.lexicon.lowercaseOnly(b));
  }

  /**
   * Content words of the question; a word the admins' synonym file lists is kept even when it is
   * a stop word, if written in capitals ("DA" = Dienstanweisung, not the filler "da").
   */
  private queryWords(text: string): string[] {
    const out: string[] = [];
    const tokens = tokenMatches(text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // A two-word phrase of the admins' file ("gelber Schein") counts as one word.
      const pair = i + 1 < tokens.length ? `${t.token} ${tokens[i + 1].token}` : '';
      if (pair && this.adminSynonyms(pair).length) {
        out.push(pair);
        i++;
        continue;
      }
      if (!isStopWord(t.token)) {
        // "ner", "is", "übers", "rum": function words as typed in chat, unless the folder writes the word itself.
        if (this.surface.has(t.token) || !isColloquialFunctionWord(t.token, (w) => this.lexicon.has(w))) out.push(t.token);
      } else {
        const surface = text.normalize('NFKC').slice(t.index, t.index + t.length);
        if (surface.length > 1 && surface === surface.toUpperCase() && this.adminSynonyms(t.token).length) out.push(t.token);
      }
    }
    // "schmeiß … weg": the joined verb stands for the verb alone, which names something else; only where the
    // folder has the joined verb or a synonym of it, so a question the folder cannot answer reads as before.
    for (const { verb, joined } of separableVerbs(text, (w) => this.lexicon.lowercaseOnly(w) && this.lexicon.has(w))) {
      const { match } = this.resolveCached(joined);
      if (match === 'absent' || match === 'unknown') continue;
      const at = out.indexOf(verb);
      if (at >= 0) out[at] = joined;
      else out.push(joined);
    }
    return out;
  }

  /**
   * resolve, kept per word (bounded): a word's concept depends on the word and this index only, and
   * the same words recur from question to question ("gilt", the folder's topics), while resolving
   * one (compound splits, synonyms, a typo search over the vocabulary) is most of a query's analysis.
   * Frozen, since every query shares it; a query marks its own copy (asked, place).
   */
  private resolveCached(word: string): Concept {
    const cache = (this.resolvedWords ??= new LRUCache<string, Concept>({ max: RESOLVED_WORDS }));
    let concept = cache.get(word);
    if (!concept) {
      concept = Object.freeze(this.resolve(word));
      cache.set(word, concept);
    }
    return concept;
  }

  private resolvedWords?: LRUCache<string, Concept>;

  private resolve(word: string): Concept {
    const concept = this.resolveMatch(word);
    if (this.isNonNoun(word)) return { ...concept, weight: concept.weight * WORD_CLASS_WEIGHT.nonNoun };
    // A compound whose head the folder has ("Kündigungsfrist": Frist) names a kind of what the folder covers.
    const head = concept.parts.length > 1 ? concept.parts[concept.parts.length - 1] : -1;
    return concept.match === 'absent' && head < 0 ? { ...concept, noun: true, uncoveredNoun: true } : { ...concept, noun: true };
  }

  /**
   * An attributive participle the lexicon does not list ("erweiterte", "ermäßigten", "beglaubigte"):
   * the participle of a verb it lists in lower case only, with an adjective ending. It says which
   * kind of the noun after it is meant, not what the question is about.
   */
  private isAttributiveParticiple(word: string): boolean {
    const m = /^(\p{L}{4,}t)(?:e|en|er|es|em)$/u.exec(word);
    if (!m || baseForms(word).some((b) => this.lexicon.has(b))) return false;
    return [...finiteVerbInfinitives(m[1]), ...verbForms(m[1])].some((f) => this.lexicon.lowercaseOnly(f));
  }

  /** A word the lexicon writes in lower case only, or a typed verb form of such a word ("fahr", "getippt"). */
  private isNonNoun(word: string): boolean {
    if (word.includes(' ')) return false;
    if (this.lexicon.lowercaseOnly(word)) return true;
    // Listed, as a noun or as both ("Tage", not the verb "tagen"): a noun.
    if (baseForms(word).some((b) => this.lexicon.has(b))) return false;
    if (verbForms(word).some((f) => this.lexicon.lowercaseOnly(f))) return true;
    // Not listed itself, but a finite form of a listed word that is also a noun ("kostet" of "kosten"/"Kosten",
    // "zahlt", "dauert"): a noun has no such form, so the question uses the verb.
    return finiteVerbInfinitives(word).some((f) => this.lexicon.has(f));
  }

  private resolveMatch(word: string): Concept {
    const phrase = word.includes(' ');
    const whole = phrase ? -1 : this.stemIdOf(word);
    // "5" and "fünf" stand for each other, like an admin synonym.
    const twin = numberTwin(word);
    const twinIds = twin ? [this.stemIdOf(twin)].filter((id) => id >= 0) : [];
    const admin = [...this.adminSynonyms(word).flatMap((w) => this.phraseStems(w)), ...twinIds];
    const concept: Concept = { word, whole, parts: [], alts: admin, altCredit: SYNONYM_CREDIT, weight: 0, match: 'direct' };
    if (whole >= 0) {
      concept.parts = splitCompound(word, this.vocabulary).map((p) => this.stemIdOf(p));
      concept.weight = this.idf(whole);
      return concept;
    }
    if (!phrase && !admin.length) {
      // A verb form as people type it ("reservier", "getippt", "zahlst"): a base form the index has.
      const form = verbForms(word).map((f) => this.stemIdOf(f)).find((id) => id >= 0);
      if (form !== undefined) return { ...concept, alts: [form], altCredit: FORM_CREDIT, match: 'form', weight: this.idf(form) };
    }
    const partWords = phrase ? [] : splitCompound(word, this.vocabulary);
    const parts = partWords.map((p) => this.stemIdOf(p));
    const knownParts = parts.filter((p) => p >= 0);
    if (parts.length && knownParts.length === parts.length) {
      return { ...concept, parts, match: 'compound', weight: Math.max(...knownParts.map((p) => this.idf(p))) };
    }
    const synonyms = admin.length ? admin : this.lexiconSynonymIds(word);
    if (synonyms.length) {
      return { ...concept, parts, alts: [...new Set(synonyms)], match: 'synonym', weight: Math.max(...synonyms.map((id) => this.idf(id))) };
    }
    if (parts.length > 1 && knownParts.length) {
      // The parts the index lacks, each stood for by a synonym it has ("Dienstauto" → Dienst + Wagen).
      const partAlts = partWords.map((p, i) => (parts[i] >= 0 ? [] : [...this.adminSynonyms(p).flatMap((w) => this.phraseStems(w)), ...this.lexiconSynonymIds(p)]));
      if (partAlts.every((a, i) => parts[i] >= 0 || a.length)) {
        return { ...concept, parts, partAlts, match: 'compound', weight: Math.max(...knownParts.map((p) => this.idf(p)), ...partAlts.map((a) => (a.length ? Math.max(...a.map((id) => this.idf(id))) : 0))) };
      }
    }
    // A real German word, or a compound of real words ("Rheinbrücke"), the folder never uses.
    const lexiconOnly = { has: (w: string) => this.lexicon.has(w), hasInflected: (w: string) => this.lexicon.hasInflected(w) };
    const lexical = this.lexicon.hasInflected(word) || (parts.length > 1 && splitCompound(word, lexiconOnly).length > 1);
    // A word the lexicon knows, or splits into parts it all knows, is no typo. One split into a known part and a
    // guessed rest ("Persoanlrat" as "Perso" + "anlrat") may be one: corrected only at one edit.
    const wholly = lexical && (this.lexicon.hasInflected(word) || splitCompound(word, lexiconOnly, { lenient: false }).length > 1);
    if (!wholly) {
      const corrected = correctTypo(word, this.snapshot.terms, (t) => this.postingsChunk[this.stemIdOf(t)]?.length ?? 0, lexical ? 1 : Infinity);
      if (corrected) {
        const id = this.stemIdOf(corrected);
        if (id >= 0) return { ...concept, parts, alts: [id], altCredit: TYPO_CREDIT, match: 'typo', weight: this.idf(id) };
      }
    }
    // Only a word the lexicon knows whole, or splits into words it all knows, is a real word the folder
    // lacks; "Schulungsanmeldnug" (Schulung + a misspelt rest) is unknown, like any typo.
    const match = wholly ? 'absent' : 'unknown';
    // Some parts known ("Hundesteuerermäßigung" with only "Ermäßigung" in the folder): partial credit, weight of the known part.
    const partWeight = knownParts.length ? Math.max(...knownParts.map((p) => this.idf(p))) : 0;
    return { ...concept, parts, match, weight: Math.max(partWeight, UNKNOWN_WEIGHT[match] * this.maxIdf) };
  }

  /** Stem ids (known to the index) of OpenThesaurus synonyms of a word, or of the verb its typed form stands for. */
  private lexiconSynonymIds(word: string): number[] {
    const words = [word, ...verbForms(word).filter((f) => this.lexicon.has(f))];
    // A colloquial word stands for its standard word, and where the folder lacks that too, for the standard
    // word's synonyms ("Karre" → "Auto" → "Pkw"): the slang word names no other sense than the standard one.
    const standard = this.lexicon.standardWords(word).filter((w) => this.stemIdOf(w) < 0);
    const synonyms = [...words, ...standard].flatMap((w) => this.lexicon.synonyms(w));
    // A verb synonym as the folder writes it, inflected ("entsorgt", "aufbewahrt" for entsorgen, aufbewahren).
    const inflected = synonyms.filter((w) => w.endsWith('en') && this.lexicon.lowercaseOnly(w)).flatMap((w) => [`${w.slice(0, -2)}t`, ...verbForms(w)]);
    const ids = [...synonyms, ...inflected].map((w) => this.stemIdOf(w)).filter((id) => id >= 0);
    return [...new Set(ids)];
  }

  /** Stem ids of an admin synonym (a phrase counts through its last content word only when it is one word long). */
  private phraseStems(phrase: string): number[] {
    const words = contentWords(phrase);
    if (words.length !== 1) return words.map((w) => this.stemIdOf(w)).filter((id) => id >= 0).slice(-1);
    const id = this.stemIdOf(words[0]);
    if (id >= 0) return [id];
    return splitCompound(words[0], this.vocabulary).map((p) => this.stemIdOf(p)).filter((x) => x >= 0).slice(-1);
  }

  search(text: string, top: number, translations: readonly TranslatedTerm[] = []): LexicalHit[] {
    const concepts = this.analyzeQuery(text, translations);
    if (!concepts.length || !this.chunkCount) return [];
    const queryWeights = new Map<number, number>();
    const translated = concepts.filter((c) => c.match === 'translation');
    for (const c of concepts) {
      if (c.match === 'translation') continue;
      if (c.whole >= 0) queryWeights.set(c.whole, Math.max(queryWeights.get(c.whole) ?? 0, 1));
      for (const p of c.parts) if (p >= 0 && p !== c.whole) queryWeights.set(p, Math.max(queryWeights.get(p) ?? 0, PART_WEIGHT));
      for (const a of c.alts) if (a !== c.whole) queryWeights.set(a, Math.max(queryWeights.get(a) ?? 0, c.altCredit));
      for (const a of c.partAlts?.flat() ?? []) queryWeights.set(a, Math.max(queryWeights.get(a) ?? 0, PART_WEIGHT * SYNONYM_CREDIT));
    }
    // One score array and one list of touched chunks per index, reused (search is synchronous): a
    // common word touches most chunks, and a fresh list per search was a large share of its garbage.
    // The touched entries are zeroed again below.
    const scores = (this.scoreScratch ??= new Float64Array(this.chunkCount));
    const touched = (this.touchedScratch ??= new Int32Array(this.chunkCount));
    let touchedCount = 0;
    for (const [s, qw] of queryWeights) {
      const idf = this.idf(s) * qw;
      const chunks = this.postingsChunk[s];
      const tfs = this.postingsTf[s];
      for (let i = 0; i < chunks.length; i++) {
        const c = chunks[i];
        if (scores[c] === 0) touched[touchedCount++] = c;
        const tf = tfs[i];
        scores[c] += (idf * tf * (K1 + 1)) / (tf + this.norm[c]);
      }
    }
    for (const c of translated) {
      // The best candidate per chunk, not their sum.
      const best = new Map<number, number>();
      for (let k = 0; k < c.alts.length; k++) {
        const s = c.alts[k];
        const idf = this.idf(s) * (c.altCredits?.[k] ?? c.altCredit);
        const chunks = this.postingsChunk[s];
        const tfs = this.postingsTf[s];
        for (let i = 0; i < chunks.length; i++) {
          const v = (idf * tfs[i] * (K1 + 1)) / (tfs[i] + this.norm[chunks[i]]);
          if (v > (best.get(chunks[i]) ?? 0)) best.set(chunks[i], v);
        }
      }
      for (const [chunk, v] of best) {
        if (scores[chunk] === 0) touched[touchedCount++] = chunk;
        scores[chunk] += v;
      }
    }
    const pool = bestChunks(touched, scores, Math.max(top, RERANK_POOL), touchedCount);
    const totalWeight = concepts.reduce((a, c) => a + c.weight, 0) || 1;
    const uncovered = uncoveredShare(concepts, totalWeight);
    const hits = pool.map((c) => {
      const coverage = this.coverage(c, concepts) / totalWeight;
      return { chunk: c, score: scores[c] * Math.pow(coverage, COVERAGE_EXPONENT), coverage, matchTerms: this.alternativesIn(c, concepts) };
    });
    // Pure arithmetic above: nothing throws between filling and zeroing the scratch array.
    for (let i = 0; i < touchedCount; i++) scores[touched[i]] = 0;
    hits.sort((a, b) => b.score - a.score || a.chunk - b.chunk);
    return hits.slice(0, top).map((h) => ({ ...h, ...this.matchedWords(h.chunk, concepts, totalWeight), uncovered }));
  }

  /** Coverage of chunks for one query; analyses the query once. */
  coverageFor(text: string, translations: readonly TranslatedTerm[] = []): (chunk: number) => number {
    const evidence = this.evidenceFor(text, translations);
    return (chunk) => evidence(chunk).coverage;
  }

  /** Coverage and matched words of chunks for one query (vector-only hits in hybrid search, live passages); analyses the query once. */
  evidenceFor(text: string, translations: readonly TranslatedTerm[] = []): (chunk: number) => { coverage: number; matched: number; uncovered: number; focus: NounFocus } {
    const concepts = this.analyzeQuery(text, translations);
    const total = concepts.reduce((a, c) => a + c.weight, 0);
    const uncovered = uncoveredShare(concepts, total);
    return (chunk) => ({ coverage: total ? this.coverage(chunk, concepts) / total : 0, ...this.matchedWords(chunk, concepts, total), uncovered });
  }

  /**
   * Question words the chunk matches in full (all of the word's weight, or a synonym's or
   * correction's credit), and the heaviest question noun it matches and misses (nounFocus).
   */
  private matchedWords(chunk: number, concepts: Concept[], total: number): { matched: number; focus: NounFocus } {
    return this.matchedWith((id) => this.has(id, chunk), concepts, total);
  }

  private matchedWith(has: (stemId: number) => boolean, concepts: Concept[], total: number): { matched: number; focus: NounFocus } {
    let matched = 0;
    let matchedNoun = 0;
    let missedNoun = 0;
    let missedWritten = 0;
    for (const c of concepts) {
      if (c.weight <= 0) continue;
      const full = conceptCoverage(has, c) >= c.weight * Math.min(SYNONYM_CREDIT, TYPO_CREDIT, FORM_CREDIT) - 1e-9;
      if (full) matched++;
      // A word neither the lexicon nor the folder knows (typo, jargon) says nothing about the topic, nor
      // does the noun the question asks for ("Ab welchem Betrag …": the passage states the sum, not the word).
      if (!c.noun || c.asked || c.match === 'unknown') continue;
      if (full) matchedNoun = Math.max(matchedNoun, c.weight);
      else {
        missedNoun = Math.max(missedNoun, c.weight);
        if (c.match === 'direct' && c.whole >= 0 && !/\d/.test(c.word)) missedWritten = Math.max(missedWritten, c.weight);
      }
    }
    const share = (w: number) => (total ? w / total : 0);
    return { matched, focus: { matchedNoun: share(matchedNoun), missedNoun: share(missedNoun), ...(missedWritten ? { missedWritten: share(missedWritten) } : {}) } };
  }

  /**
   * Coverage and matched words of a short text (the quoted sentences of a passage with its title
   * and section) by the question's words, weighted as in the index: whether what the user sees
   * holds the question's words, not only the chunk around it.
   */
  textEvidenceFor(question: string, translations: readonly TranslatedTerm[] = []): (text: string) => { coverage: number; matched: number; focus: NounFocus } {
    const concepts = this.analyzeQuery(question, translations);
    const total = concepts.reduce((a, c) => a + c.weight, 0);
    return (text) => {
      const stems = new Set<string>();
      for (const w of contentWords(text)) for (const s of this.wordStems(w)) stems.add(s);
      const has = (id: number) => stems.has(this.snapshot.stems[id]);
      return { coverage: total ? this.coverageWith(has, concepts) / total : 0, ...this.matchedWith(has, concepts, total) };
    };
  }

  /**
   * A word's stem and the stems of its compound parts. They depend on the word and this index's
   * vocabulary only, never on the question, so they are kept (bounded): the quote check of every
   * hit splits the same passage words again and again, which was the largest cost of a chat turn.
   */
  private wordStems(word: string): readonly string[] {
    // Created at first use: lru-cache allocates its slots up front (megabytes at this size), and an
    // index built for a few live passages (relevance.ts) may never need it.
    const cache = (this.wordStemCache ??= new LRUCache<string, readonly string[]>({ max: WORD_STEMS }));
    let stems = cache.get(word);
    if (!stems) {
      stems = [stem(word), ...compoundParts(word, this.vocabulary).map(stem)];
      cache.set(word, stems);
    }
    return stems;
  }

  private scoreScratch?: Float64Array;
  private touchedScratch?: Int32Array;

  private wordStemCache?: LRUCache<string, readonly string[]>;

  private coverage(chunk: number, concepts: Concept[]): number {
    return this.coverageWith((id) => this.has(id, chunk), concepts);
  }

  private coverageWith(has: (stemId: number) => boolean, concepts: Concept[]): number {
    let matched = 0;
    for (const c of concepts) matched += conceptCoverage(has, c);
    return matched;
  }

  /** Stems of the alternatives (not the words themselves) through which the chunk matches question words. */
  private alternativesIn(chunk: number, concepts: Concept[]): string[] {
    // Loops, not spread copies: this runs for every candidate chunk of every search.
    const out = new Set<string>();
    for (const c of concepts) {
      if (c.whole >= 0 && this.has(c.whole, chunk)) continue;
      for (const a of c.alts) if (this.has(a, chunk)) out.add(this.snapshot.stems[a]);
      for (const alts of c.partAlts ?? []) for (const a of alts) if (this.has(a, chunk)) out.add(this.snapshot.stems[a]);
    }
    return [...out];
  }

  private has(stemId: number, chunk: number): boolean {
    const arr = this.postingsChunk[stemId];
    let lo = 0;
    let hi = arr.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] === chunk) return true;
      if (arr[mid] < chunk) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * The `k` chunks with the highest scores, best first (a tie to the lower chunk number): the first
 * `k` of `chunks` sorted that way, without sorting all of them (a common question word touches
 * most of the index).
 */
/**
 * How much of one question word a chunk covers (`has`: whether the chunk holds a stem): the whole
 * word or all its parts, else its best alternative, a synonym of a part, or a share of its parts.
 * Plain loops: it runs for every concept of every candidate chunk.
 */
function conceptCoverage(has: (stemId: number) => boolean, c: Concept): number {
  if (c.whole >= 0 && has(c.whole)) return c.weight;
  const parts = c.parts;
  let present = 0;
  for (const p of parts) if (p >= 0 && has(p)) present++;
  if (parts.length > 0 && present === parts.length) return c.weight;
  const credits = c.altCredits;
  if (credits) {
    let best = 0;
    for (let k = 0; k < c.alts.length; k++) if (has(c.alts[k]) && credits[k] > best) best = credits[k];
    return c.weight * best;
  }
  for (const a of c.alts) if (has(a)) return c.weight * c.altCredit;
  const partAlts = c.partAlts;
  if (partAlts) {
    let all = true;
    for (let i = 0; i < parts.length && all; i++) {
      if (parts[i] >= 0 && has(parts[i])) continue;
      all = false;
      for (const a of partAlts[i]) if (has(a)) {
        all = true;
        break;
      }
    }
    if (all) return c.weight * SYNONYM_CREDIT;
  }
  return parts.length > 1 ? c.weight * PARTIAL * (present / parts.length) : 0;
}

/** The best k of the first `count` chunks by score, ties to the lower chunk (a reused scratch array holds more than `count`). */
export function bestChunks(chunks: ArrayLike<number>, scores: ArrayLike<number>, k: number, count = chunks.length): number[] {
  const before = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  const best: number[] = [];
  for (let i = 0; i < count; i++) {
    const c = chunks[i];
    if (best.length === k && !before(c, best[k - 1])) continue;
    // Insertion point by binary search: after every chunk that comes before c.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(best[mid], c)) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, c);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Infinitives of which a word could be a present-tense finite form ("kostet" → kosten, "zahlst" → zahlen, "dauert" → dauern). */
function finiteVerbInfinitives(word: string): string[] {
  const out: string[] = [];
  for (const end of ['est', 'et', 'st', 't']) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const root = word.slice(0, -end.length);
    out.push(/(?:er|el)$/.test(root) ? `${root}n` : `${root}en`);
  }
  return out;
}

/**
 * The feminine form of a noun the question also writes in the masculine ("Beamtinnen und Beamte",
 * "Dezernentin oder Dezernent"): one word of the question, not two. Counted twice it would weigh
 * double and count as two matched words, so that a passage on the group alone ("für Beamtinnen
 * und Beamte gilt …") would pass for any question about that group. The masculine form stays:
 * its stem is a part of the feminine one, so a passage writing only "Beamtinnen" still matches it.
 */
/** A participle with an adjective ending ("beschäftigtem", "erweiterte"). */
const PARTICIPLE_ENDING = /t(?:e|en|er|es|em)$/;

const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/;

function feminineTwins(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!/^(?:und|oder|bzw)$/.test(tokens[i + 1])) continue;
    // "die Kollegin oder der Kollege": an article may stand before the second form.
    const next = ARTICLE.test(tokens[i + 2]) ? tokens[i + 3] : tokens[i + 2];
    if (next === undefined) continue;
    for (const [fem, masc] of [[tokens[i], next], [next, tokens[i]]]) {
      const base = /innen$/.test(fem) ? fem.slice(0, -5) : /in$/.test(fem) ? fem.slice(0, -2) : undefined;
      if (base && base.length >= 3 && masc.startsWith(base) && masc.length - base.length <= 2) out.add(fem);
    }
  }
  return out;
}

function uncoveredShare(concepts: Concept[], total: number): number {
  return total ? Math.max(0, ...concepts.filter((c) => c.uncoveredNoun).map((c) => c.weight / total)) : 0;
}
