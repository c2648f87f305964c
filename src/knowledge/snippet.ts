/**
 * The Fundstelle: the sentence(s) of a passage that best match the question, with the matched
 * words marked, so the quote shows the amount, deadline or form instead of the first lines of
 * the chunk. One function for the chat answer, the Teams citation abstract and `rathaus search`.
 * Pure in its results; what it learns about a passage and a question word is kept in bounded
 * caches, since the same passages are quoted on many turns.
 */
import { LRUCache } from 'lru-cache';
import { compoundParts, contentWords, numberTwin, participleInfinitive, splitCompound, stem, tokenMatches, verbForms, type Vocabulary } from './analysis/german.js';
import { germanLexicon } from './analysis/lexicon.js';
import { correctTypo } from './analysis/typo.js';
import { passageSplitter, type PassageSplitter, type PassageVocabulary } from './passage-splits.js';

export interface Fundstelle {
  /** Plain text of the quoted sentence(s), with "…" where the passage continues. */
  text: string;
  /** Ranges [start, end) in `text` of words that match the question. */
  highlights: [number, number][];
}

/** Default length of a quoted Fundstelle. */
export const MAX_QUOTE_CHARS = 420;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['abs', 'nr', 'bzw', 'z', 'b', 'ca', 'vgl', 'ggf', 'usw', 'd', 'h', 'u', 'a', 'dr', 'hr', 'fr', 's', 'ziff', 'lit', 'max', 'min', 'inkl', 'zzgl', 'evtl', 'gem', 'i', 'v', 'm', 'o', 'ä', 'st', 'tel', 'bzgl', 'einschl', 'allg', 'art', 'aufl', 'geb', 'str', 'e', 'sog', 'zz', 'zzt']);
/** A sentence that leans on the one before ("Dies gilt …", "Sie …"). */
const LEANS_BACK = /^(dies|diese[rsmn]?|das|dabei|dafür|dazu|hierfür|hierzu|sie|er|es|ausgenommen|ausnahme|davon|sofern|soweit|wenn|in diesem fall|in diesen fällen)\b/i;
/** A row of a flattened table: cells joined by " | ". */
const TABLE_ROW = / \| /;
/** A list item: "- …", "• …", "1. …", "a) …". */
const LIST_ITEM = /^\s*(?:[-–•*]|\d{1,2}[.)]|[a-z]\))\s/;
/** Questions asking for a number, amount, date or deadline. */
const ASKS_NUMBER = /\b(wie\s*viel\w*|wieviel\w*|wie\s+(hoch|lange?|oft|weit|alt|groß|viele)|ab\s+wann|bis\s+wann|wann|welche[rnms]?\s+(betrag|frist|höhe|summe|grenze)|frist\w*|betrag\w*|höhe|grenze|kosten|gebühr\w*|how\s+(much|many|long|often)|when|deadline|limit)\b/i;

interface Sentence {
  start: number;
  end: number;
}

/** Sentence spans of a flattened text: line breaks and full stops (not after abbreviations or inside numbers). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== ';') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\n') continue;
    if (ch === '.') {
      const word = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\d+$/.test(word)) {
        // "Abs. 2", "3. Stock": a full stop after an abbreviation or an ordinal does not end the sentence.
        continue;
      }
    }
    if (ch === ';') continue;
    push(i + 1);
  }
  push(text.length);
  return out;
}

/** One question word (or one part of a compound question word) with the stems that stand for it in the passage. */
interface QuoteConcept {
  /** Stem of the word itself, then of its own compound parts (split against the lexicon and the passage). */
  stems: string[];
  /** Synonyms and a typo correction found in the passage (credited below the word itself). */
  alternatives: string[];
  /** Share of a whole question word: 1, or PART_WEIGHT for each part of a compound. */
  weight: number;
  /** A word asking what something costs ("kostet", "Gebühr"): any statement of a price stands for it. */
  cost?: boolean;
}

/** A question word asking for a price (normalised). */
const COST_QUESTION = /^(?:kosten|kostet|koste|kostest|gebuehr|gebuehren|preis|preise|entgelt)$/;
/** A currency word: it tells the sentence states a price, but is not marked as a word of the question ("480.000 Euro" stays whole). */
const CURRENCY = /^(?:euro|eur)$/;

/** Whether a token that stands for a concept is marked in the quote. */
function highlights(token: string, c: QuoteConcept): boolean {
  return !(c.cost && CURRENCY.test(token));
}

/** A token stating a price: "kostet", "Gebühr", "Teilnahmegebühren", "Preis", "Entgelt", "Euro". */
const COST_TOKEN = /^(?:kost(?:e|et|en|est)?|euro|eur)$|(?:gebuehr|gebuehren|preis|preise|entgelt|entgelte)$/;

/** Weight of each part of a compound question word, as its own concept. */
const PART_WEIGHT = 0.6;

/** Stem of a token and, for a weak participle, the stem of its infinitive. */
interface TokenStems {
  stem: string;
  infinitiveStem?: string;
}

function tokenStems(token: string): TokenStems {
  const infinitive = participleInfinitive(token);
  return infinitive ? { stem: stem(token), infinitiveStem: stem(infinitive) } : { stem: stem(token) };
}

/** tokenStems, shared between passages (the same words recur in every passage; the objects are read only). */
const tokenInfoCache = new Map<string, TokenStems>();
const MAX_TOKEN_INFOS = 200_000;

function tokenInfo(token: string): TokenStems {
  let info = tokenInfoCache.get(token);
  if (!info) {
    info = tokenStems(token);
    if (tokenInfoCache.size >= MAX_TOKEN_INFOS) tokenInfoCache.clear();
    tokenInfoCache.set(token, info);
  }
  return info;
}

/**
 * What the Fundstelle needs of a passage, independent of the question: its sentences and their
 * tokens, the stems and the vocabulary compounds are split against, and the question words
 * already resolved against it. Computed once per passage text and kept (bounded), because the
 * same passages are quoted again and again (one citation costs a few milliseconds otherwise).
 */
interface PassageWords {
  flat: string;
  sentences: Sentence[];
  /**
   * The tokens of all sentences in order (each the one string `byToken` holds), sentence i's from
   * tokenStart[i] to tokenStart[i + 1], and each token's offset in its sentence: flat arrays, not an
   * object per token, so that the analyses of every passage of an index fit in the cache.
   */
  tokens: string[];
  tokenStart: Int32Array;
  tokenOffset: Int32Array;
  /** Distinct tokens in order of first occurrence (the typo search prefers the earlier on a tie). */
  surfaceList: string[];
  /** Stems of the distinct tokens, and the stems of the infinitives of participles among them. */
  stems: Set<string>;
  infinitives: Set<string>;
  byToken: Map<string, TokenStems>;
  vocabulary: Vocabulary;
  /** The passage's own part of `vocabulary` (see passage-splits.ts). */
  own: PassageVocabulary;
  /** Question words resolved against this passage: concept (without weight) and compound split. */
  concepts: Map<string, Omit<QuoteConcept, 'weight'>>;
  splits: Map<string, readonly string[]>;
  /** Distinguishes this analysis in the keys of `scoredCache`. */
  id: number;
}

/**
 * Resolved question words kept per passage; a passage asked about with many different words
 * starts afresh. Small: questions rarely repeat, and what is kept only for a later turn is
 * garbage the collector copies and promotes (a large share of a chat turn's CPU under load).
 */
const MAX_WORDS_PER_PASSAGE = 64;
/**
 * Passage analyses kept: enough for every passage of a folder of a few thousand documents (the
 * load bench's 1,000 documents have 2,486 chunks; with 1,024 about 60 % of the quotes of a turn
 * analysed their passage afresh). About 14 KB each, so at most about 60 MB.
 */
const passageCache = new LRUCache<string, PassageWords>({ max: 4096 });
let passageIds = 0;

function passageWords(text: string): PassageWords {
  const cached = passageCache.get(text);
  if (cached) {
    if (cached.concepts.size > MAX_WORDS_PER_PASSAGE) cached.concepts.clear();
    if (cached.splits.size > MAX_WORDS_PER_PASSAGE) cached.splits.clear();
    return cached;
  }
  const flat = text.normalize('NFKC').replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
  const sentences = splitSentences(flat);
  const byToken = new Map<string, TokenStems>();
  const canonical = new Map<string, string>();
  const stems = new Set<string>();
  const infinitives = new Set<string>();
  const tokens: string[] = [];
  const offsets: number[] = [];
  const tokenStart = new Int32Array(sentences.length + 1);
  sentences.forEach((sn, i) => {
    for (const { token, index } of tokenMatches(flat.slice(sn.start, sn.end))) {
      let own = canonical.get(token);
      if (own === undefined) {
        own = token;
        canonical.set(token, token);
        const info = tokenInfo(token);
        byToken.set(token, info);
        stems.add(info.stem);
        if (info.infinitiveStem) infinitives.add(info.infinitiveStem);
      }
      tokens.push(own);
      offsets.push(index);
    }
    tokenStart[i + 1] = tokens.length;
  });
  const lexicon = germanLexicon();
  const surface = byToken;
  const vocabulary: Vocabulary = { has: (w) => surface.has(w) || lexicon.has(w), hasInflected: (w) => stems.has(stem(w)) || lexicon.hasInflected(w) };
  const words: PassageWords = { flat, sentences, tokens, tokenStart, tokenOffset: Int32Array.from(offsets), surfaceList: [...byToken.keys()], stems, infinitives, byToken, vocabulary, own: { words: surface, stems }, concepts: new Map(), splits: new Map(), id: ++passageIds };
  passageCache.set(text, words);
  return words;
}

/** What a question word stands for in the lexicon (independent of the passage), kept per word (bounded). */
interface WordForms {
  /** Stems of its synonyms and of the synonyms of its verb forms the lexicon knows. */
  synonymStems: string[];
  /** Stems of its other verb forms and of its number twin ("5" / "fünf"). */
  formStems: string[];
}

/** Compound splits of question words and their parts, shared between passages (passage-splits.ts). */
let splitters: { split: PassageSplitter<readonly string[]>; parts: PassageSplitter<readonly string[]> } | undefined;

function sharedSplitters(): NonNullable<typeof splitters> {
  if (!splitters) {
    const lexicon = germanLexicon();
    const vocabulary = { has: (w: string) => lexicon.has(w), hasInflected: (w: string) => lexicon.hasInflected(w) };
    splitters = { split: passageSplitter((w, v) => splitCompound(w, v), vocabulary), parts: passageSplitter((w, v) => compoundParts(w, v), vocabulary) };
  }
  return splitters;
}

const wordFormsCache = new LRUCache<string, WordForms>({ max: 20_000 });

function wordForms(word: string): WordForms {
  let forms = wordFormsCache.get(word);
  if (!forms) {
    const lexicon = germanLexicon();
    const verbs = verbForms(word);
    const synonymStems = [word, ...verbs.filter((f) => lexicon.has(f))].flatMap((w) => lexicon.synonyms(w)).map(stem);
    const formStems = [...verbs, numberTwin(word)].filter((f): f is string => !!f).map(stem);
    forms = { synonymStems, formStems };
    wordFormsCache.set(word, forms);
  }
  return forms;
}

/** A question word resolved against the passage (see questionConcepts); `withParts` adds its compound parts. */
function resolveWord(word: string, withParts: boolean, pw: PassageWords): Omit<QuoteConcept, 'weight'> {
  const key = `${withParts ? 'p' : 'w'}\u0000${word}`;
  const known = pw.concepts.get(key);
  if (known) return known;
  const whole = stem(word);
  const stems = [whole, ...(withParts ? sharedSplitters().parts(word, pw.own, pw.vocabulary) : []).map(stem).filter((x) => x.length >= 3 && x !== whole)];
  const alternatives: string[] = [];
  if (!pw.stems.has(whole)) {
    const forms = wordForms(word);
    for (const s of forms.synonymStems) if (pw.stems.has(s) || pw.infinitives.has(s)) alternatives.push(s);
    const typo = correctTypo(word, pw.surfaceList, () => 1);
    if (typo) alternatives.push(stem(typo));
    // Another form of the word ("reservier", "getippt") and a number in digits or words ("5", "fünf").
    for (const s of forms.formStems) if (pw.stems.has(s)) alternatives.push(s);
  }
  const resolved = { stems, alternatives };
  pw.concepts.set(key, resolved);
  return resolved;
}

function splitAgainst(word: string, pw: PassageWords): readonly string[] {
  let parts = pw.splits.get(word);
  if (!parts) {
    parts = sharedSplitters().split(word, pw.own, pw.vocabulary);
    pw.splits.set(word, parts);
  }
  return parts;
}

/**
 * The question's words resolved against this passage the way the index does: compound parts
 * (split against the general lexicon and the passage's own words), OpenThesaurus synonyms, and
 * a close spelling among the passage's words for a typo. Each part of a compound is a concept of
 * its own, so the sentence with the rarer part ("Sprechstunde" in "Personalratssprechstunde",
 * where every sentence names the Personalrat) wins, and one with both parts wins over either.
 */
function questionConcepts(question: string, pw: PassageWords, matchTerms: readonly string[]): QuoteConcept[] {
  const concepts: QuoteConcept[] = [];
  for (const word of new Set(contentWords(question))) {
    const parts = splitAgainst(word, pw);
    // A word that splits is credited as a whole here and through its parts below; one that does not has no parts.
    concepts.push({ ...resolveWord(word, false, pw), weight: 1, ...(COST_QUESTION.test(word) ? { cost: true } : {}) });
    for (const part of parts) if (part.length >= 3) concepts.push({ ...resolveWord(part, true, pw), weight: PART_WEIGHT });
  }
  // What the index matched the passage through (the admins' synonyms among them): credited like a synonym.
  const covered = new Set(concepts.flatMap((c) => [...c.stems, ...c.alternatives]));
  for (const term of matchTerms) if (pw.stems.has(term) && !covered.has(term)) concepts.push({ stems: [term], alternatives: [], weight: 0.8 });
  return concepts;
}

/** How well a token stands for a concept: 1 the word, 0.6 a compound part, 0.8 a synonym or typo correction. */
function tokenCredit(token: string, ts: TokenStems, c: QuoteConcept): number {
  if (token.length < 2) return 0;
  // "Was kostet …?": the sentence with "Die Gebühr … beträgt 37,00 Euro" states the price as much as "… kostet 10,00 Euro".
  if (c.cost && COST_TOKEN.test(token)) return 1;
  const s = ts.stem;
  // c.stems: the word's stem, then its parts' (indexed, not destructured: this runs for every token and concept).
  const stems = c.stems;
  const whole = stems[0];
  // A number stands for itself only: "50000" is no part of "250000".
  if (s === whole || (whole.length >= 4 && !NUMBER.test(whole) && token.includes(whole))) return 1;
  // A participle in the passage stands for its verb ("gebucht" for "buchen").
  const infinitive = ts.infinitiveStem;
  if (c.alternatives.includes(s) || (infinitive && c.alternatives.includes(infinitive))) return 0.8;
  if (infinitive && infinitive === whole) return 0.9;
  for (let k = 1; k < stems.length; k++) {
    const p = stems[k];
    if (p === s || (p.length >= 4 && !NUMBER.test(p) && token.includes(p))) return 0.6;
  }
  return 0;
}

/**
 * A quantity a "wie lange / wie viel / ab wann" question asks for: digits (not a paragraph
 * number "(2)" or "§ 5"), or a number word with a unit ("ein Jahr", "zwei Wochen").
 */
const QUANTITY_WORDS = /\b(ein|eine|einen|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|halbe[nm]?)\s+(?:\p{L}+\s+)?(minute|minuten|stunde|stunden|tag|tage|tagen|arbeitstag|arbeitstage|arbeitstagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|euro|prozent)\b/iu;

/** Whether sentence `i` of the passage holds such a quantity. */
function hasQuantity(pw: PassageWords, i: number): boolean {
  const sentence = pw.flat.slice(pw.sentences[i].start, pw.sentences[i].end);
  const body = sentence.replace(/^\s*(?:\(\d+[a-z]?\)|\d+\.(?=\s))\s*/, '');
  for (let k = pw.tokenStart[i]; k < pw.tokenStart[i + 1]; k++) {
    const token = pw.tokens[k];
    if (/\d/.test(token) && !token.startsWith('§') && pw.tokenOffset[k] >= sentence.length - body.length) return true;
  }
  return QUANTITY_WORDS.test(body);
}

/** A normalised number token ("50000", "0,30"). */
const NUMBER = /^\d+(?:,\d+)?$/;

/** The value of a normalised number token (thousands dots already removed, decimal comma). */
function numberValue(token: string): number {
  return Number(token.replace(',', '.'));
}

interface Range {
  low: number;
  lowIncluded: boolean;
  high: number;
  highIncluded: boolean;
}

/** A bound written before a number: "ab 1.000", "über 50.000", "bis zu 300", "unter 24", "höchstens 40". */
const BOUND = /(?<![\p{L}\d])(ab|über|mehr als|bis zu|bis|unter|weniger als|höchstens|maximal)\s+(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?!\d|[.,:]\d)/giu;

/**
 * The ranges a sentence states with bounds ("bis 50.000 Euro", "über 50.000 Euro bis 250.000 Euro",
 * "ab 24 Jahren", "unter 24 Jahren"): a lower bound followed by an upper one is one range.
 */
export function statedRanges(sentence: string): Range[] {
  const bounds = [...sentence.normalize('NFKC').matchAll(BOUND)].map((m) => {
    const word = m[1].toLowerCase();
    const value = Number(`${m[2].replace(/\./g, '')}${m[3] ? `.${m[3]}` : ''}`);
    const lower = word === 'ab' || word === 'über' || word === 'mehr als';
    return { lower, included: word !== 'über' && word !== 'mehr als' && word !== 'unter' && word !== 'weniger als', value, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  });
  const out: Range[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i];
    const next = bounds[i + 1];
    if (b.lower && next && !next.lower && next.value > b.value && next.index - b.end <= 30) {
      out.push({ low: b.value, lowIncluded: b.included, high: next.value, highIncluded: next.included });
      i++;
    } else if (b.lower) out.push({ low: b.value, lowIncluded: b.included, high: Infinity, highIncluded: false });
    else out.push({ low: -Infinity, lowIncluded: false, high: b.value, highIncluded: b.included });
  }
  return out;
}

function inRange(x: number, r: Range): boolean {
  return (x > r.low || (r.lowIncluded && x === r.low)) && (x < r.high || (r.highIncluded && x === r.high));
}

/** Whether two ranges share more than an excluded bound ("bis 50.000" and "über 50.000 bis 250.000" do not). */
function overlaps(a: Range, b: Range): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  if (low < high) return true;
  return low === high && inRange(low, a) && inRange(low, b);
}

/**
 * Whether a sentence's stated range holds a question number, or the range of two bounds the
 * question states it in ("über 25.000 bis 100.000 Euro"). A single bound in a question is read as
 * the amount itself: "ein Auftrag über 5.000 Euro" is one of 5.000 Euro.
 */
function rangeHolds(r: Range, x: number, asked: readonly Range[]): boolean {
  const own = asked.find((q) => Number.isFinite(q.low) && Number.isFinite(q.high) && (q.low === x || q.high === x));
  return own ? overlaps(r, own) : inRange(x, r);
}

/** A question that asks where something is ("Wo ist …?", "Where is the … office?"). */
const ASKS_PLACE = /\b(?:wo|where|in\s+welche[mr]?\s+(?:raum|zimmer|gebäude|stock|etage))\b/i;

/** A sentence that gives a place: a room number, a floor, "befindet sich", a street address. */
const PLACE = /\b(?:zimmer|raum)\s*(?:nr\.?\s*)?\d|\b(?:etage|stockwerk|obergeschoss|erdgeschoss|untergeschoss|dachgeschoss)\b|\bbefinde[nt]\s+sich\b|\p{L}(?:straße|str\.|weg|platz|allee)\s+\d/iu;

/** The scored sentences of one passage for one question: what every length of quote is cut from. */
interface ScoredPassage {
  pw: PassageWords;
  scored: number[];
  leadIn: number[];
  best: number;
  /**
   * The passage's tokens that stand for a question concept, and the concepts (for a token the
   * passage does not have: a word cut at the edge of a quote window). Kept instead of every
   * token's credits, so a cached score stays small (see scoredCache).
   */
  matching: Set<string>;
  concepts: QuoteConcept[];
}

/** Whether a token of the quote stands for a question concept (is highlighted). */
function isMatch(sp: ScoredPassage, token: string): boolean {
  if (sp.pw.byToken.has(token)) return sp.matching.has(token);
  const ts = tokenStems(token);
  return sp.concepts.some((c) => tokenCredit(token, ts, c) > 0 && highlights(token, c));
}

/**
 * Sentence scores per passage and question (and match terms): a turn quotes the same passage for
 * the answer rule, the citation and its abstract. Sized for the turns in flight, not for later
 * turns (questions rarely repeat): what is kept longer only loads the garbage collector.
 */
const scoredCache = new LRUCache<string, { scored: ScoredPassage | undefined }>({ max: 256 });

function scorePassage(text: string, question: string, matchTerms: readonly string[]): ScoredPassage | undefined {
  const pw = passageWords(text);
  const key = matchTerms.length ? `${pw.id}\u0000${question}\u0000${matchTerms.join('\u0000')}` : `${pw.id}\u0000${question}`;
  const known = scoredCache.get(key);
  if (known) return known.scored;
  const scored = scoreSentences(pw, question, matchTerms);
  scoredCache.set(key, { scored });
  return scored;
}

function scoreSentences(pw: PassageWords, question: string, matchTerms: readonly string[]): ScoredPassage | undefined {
  const { flat, sentences, tokens, tokenStart } = pw;
  if (!sentences.length) return undefined;
  const concepts = questionConcepts(question, pw, matchTerms);
  // Credits of each distinct token for each concept, computed once per token.
  const credits = new Map<string, number[]>();
  const creditsOf = (token: string): number[] => {
    let row = credits.get(token);
    if (!row) {
      const ts = pw.byToken.get(token) ?? tokenStems(token);
      row = concepts.map((c) => tokenCredit(token, ts, c));
      credits.set(token, row);
    }
    return row;
  };
  // A concept found in few sentences of the passage says more about where the answer is (IDF within the passage).
  // Each word of a sentence counts for one question concept only, the one it stands for best
  // ("Poolfahrzeuge" is the admins' synonym of "Poolauto", not also its part "Pool").
  // Plain loops: this runs for every token of every retrieved passage, and allocated most of a chat turn's garbage.
  const perSentence = sentences.map((_, i) => {
    const row = new Array<number>(concepts.length).fill(0);
    for (let j = tokenStart[i]; j < tokenStart[i + 1]; j++) {
      const credit = creditsOf(tokens[j]);
      let best = -1;
      let bestValue = 0;
      for (let k = 0; k < concepts.length; k++) {
        const value = credit[k] * concepts[k].weight;
        if (value > bestValue) {
          best = k;
          bestValue = value;
        }
      }
      if (best >= 0) row[best] = Math.max(row[best], credit[best]);
    }
    return row;
  });
  // A number of the question ("Auftrag über 5.000 Euro", "er ist 40") is matched by the sentence whose
  // stated range holds it ("ab 1.000 Euro bis 25.000 Euro", "ab 24 Jahren"), not by one whose range
  // only has it as the bound it excludes ("über 50.000 Euro bis 250.000 Euro" for "bis 50.000 Euro").
  const numbers = concepts.map((c) => (c.weight === 1 && NUMBER.test(c.stems[0]) ? numberValue(c.stems[0]) : undefined));
  if (numbers.some((n) => n !== undefined)) {
    const asked = statedRanges(question);
    sentences.forEach((sn, i) => {
      const ranges = statedRanges(flat.slice(sn.start, sn.end));
      if (!ranges.length) return;
      numbers.forEach((x, k) => {
        if (x === undefined) return;
        if (ranges.some((r) => rangeHolds(r, x, asked))) perSentence[i][k] = 1;
        else perSentence[i][k] = Math.min(perSentence[i][k], 0.5);
      });
    });
  }
  const spread = concepts.map((_, k) => perSentence.filter((row) => row[k] > 0).length);
  // A list item stands under its lead-in line ("Es gelten folgende Wertgrenzen:" / "- Sachbearbeitung
  // bis 2.500 Euro"): what the lead-in matches counts for each of its items too.
  const leadIn = sentences.map(() => -1);
  // A table row stands under the table's header row ("Erwartete Besucherzahl | Frist für die Anzeige" /
  // "über 1.000 bis 5.000 | 8 Wochen vor der Veranstaltung") the same way.
  let currentLeadIn = -1;
  let header = -1;
  sentences.forEach((sn, i) => {
    const own = flat.slice(sn.start, sn.end);
    const row = TABLE_ROW.test(own);
    if (row && header >= 0 && i > 0 && TABLE_ROW.test(flat.slice(sentences[i - 1].start, sentences[i - 1].end)) && flat.slice(sentences[i - 1].end, sn.start).includes('\n')) leadIn[i] = header;
    else if (currentLeadIn >= 0 && LIST_ITEM.test(own)) leadIn[i] = currentLeadIn;
    else currentLeadIn = /:$/.test(own) ? i : -1;
    if (!row) header = -1;
    else if (header < 0) header = i;
  });
  const inContext = perSentence.map((row, i) => (leadIn[i] >= 0 ? row.map((v, k) => Math.max(v, perSentence[leadIn[i]][k])) : row));
  const wantsNumber = ASKS_NUMBER.test(question);
  const wantsPlace = ASKS_PLACE.test(question);
  const scored = sentences.map((sn, i) => {
    const matched = inContext[i].reduce((sum, v, k) => sum + concepts[k].weight * v * (1 + Math.log(sentences.length / Math.max(1, spread[k]))), 0);
    const quantity = wantsNumber && hasQuantity(pw, i);
    // A "where" question wants the sentence with the room or address, like a "how much" one the amount (only among matching sentences).
    const place = wantsPlace && matched > 0 && PLACE.test(pw.flat.slice(sn.start, sn.end));
    return matched + (quantity ? 0.75 : 0) + (place ? 0.75 : 0) - (sn.end - sn.start < 25 ? 0.25 : 0);
  });
  let best = 0;
  scored.forEach((v, i) => {
    if (v > scored[best]) best = i;
  });
  const matching = new Set<string>();
  for (const [token, row] of credits) if (row.some((v, k) => v > 0 && highlights(token, concepts[k]))) matching.add(token);
  return { pw, scored, leadIn, best, matching, concepts };
}

/** A numbered paragraph or clause: "(2) …", "5.3 …", "§ 4 …". */
const NUMBERED = /^\s*(?:\(\d{1,2}[a-z]?\)|\d{1,2}(?:\.\d{1,2})+\s|§\s*\d)/;

/** Whether `next` goes on in the paragraph of `sentence`: no line break between them, and not a new numbered paragraph or list item. */
function continuesParagraph(flat: string, sentence: Sentence, next: Sentence): boolean {
  if (flat.slice(sentence.end, next.start).includes('\n')) return false;
  const own = flat.slice(next.start, next.end);
  return !NUMBERED.test(own) && !LIST_ITEM.test(own);
}

/** The quote of at most about `maxChars` around the best sentence, with the matched words marked. */
function cutQuote(sp: ScoredPassage, maxChars: number): Fundstelle {
  const { pw, scored, leadIn, best } = sp;
  const { flat, sentences } = pw;
  let first = best;
  let last = best;
  const len = () => sentences[last].end - sentences[first].start;
  const own = flat.slice(sentences[best].start, sentences[best].end);
  // A sentence that leans on the previous one, a list item right under its lead-in, or a heading-like line ending in ":", needs its neighbour.
  if (first > 0 && (LEANS_BACK.test(own) || leadIn[best] === best - 1) && len() + (sentences[first].start - sentences[first - 1].start) <= maxChars) first--;
  // A list item or table row further down: from its lead-in or header, when that fits.
  else if (leadIn[best] >= 0 && sentences[last].end - sentences[leadIn[best]].start <= maxChars) first = leadIn[best];
  if (last + 1 < sentences.length && (/:$/.test(own) || len() < 90) && sentences[last + 1].end - sentences[first].start <= maxChars) last++;
  // Still room, and the next sentence matches too: keep it (often the amount follows the rule).
  if (last + 1 < sentences.length && scored[last + 1] >= 1 && sentences[last + 1].end - sentences[first].start <= maxChars) last++;
  // Still room: the rest of the paragraph, which goes on with the same rule ("… wird gesperrt. Die
  // Sperre wird nach 30 Minuten aufgehoben."), up to a line break or a new numbered paragraph or item.
  while (last + 1 < sentences.length && continuesParagraph(flat, sentences[last], sentences[last + 1]) && sentences[last + 1].end - sentences[first].start <= maxChars) last++;
  let start = sentences[first].start;
  let end = sentences[last].end;
  if (end - start > maxChars) {
    // One long sentence: a window around its matched words.
    const tokens = tokenMatches(flat.slice(start, end)).filter((t) => isMatch(sp, t.token));
    const anchor = tokens.length ? start + tokens[0].index : start;
    const from = Math.max(start, anchor - Math.floor(maxChars / 4));
    start = from === sentences[first].start ? from : Math.max(start, flat.lastIndexOf(' ', from) + 1);
    end = Math.min(end, start + maxChars);
    const cut = flat.lastIndexOf(' ', end);
    if (end < sentences[last].end && cut > start + maxChars / 2) end = cut;
  }
  const before = start > 0 ? '… ' : '';
  const after = end < flat.length ? ' …' : '';
  const body = flat.slice(start, end).replace(/\n/g, ' ');
  const highlights: [number, number][] = [];
  for (const t of tokenMatches(body)) {
    if (isMatch(sp, t.token)) highlights.push([before.length + t.index, before.length + t.index + t.length]);
  }
  return { text: `${before}${body}${after}`, highlights };
}

/**
 * The best-matching sentence of `text` for `question` (the neighbouring sentence added when the
 * best one does not stand alone), at most about MAX_QUOTE_CHARS long, with the matched words marked.
 */
export function quoteFundstelle(text: string, question: string, maxChars = MAX_QUOTE_CHARS, matchTerms: readonly string[] = []): Fundstelle {
  return quoteFundstellen(text, question, [maxChars], matchTerms)[0];
}

/**
 * The Fundstelle at several lengths (the chat quote and the Teams abstract): the sentences are
 * scored once, then each quote is cut from the same best sentence.
 */
export function quoteFundstellen(text: string, question: string, lengths: readonly number[], matchTerms: readonly string[] = []): Fundstelle[] {
  const scored = scorePassage(text, question, matchTerms);
  return lengths.map((maxChars) => (scored ? cutQuote(scored, maxChars) : { text: '', highlights: [] }));
}

/** The Fundstelle with its matched words in Markdown bold (Teams). */
export function boldHighlights(f: Fundstelle): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of f.highlights) {
    if (s < pos) continue;
    out += `${f.text.slice(pos, s)}**${f.text.slice(s, e)}**`;
    pos = e;
  }
  return out + f.text.slice(pos);
}

/** Plain quote for lists and abstracts (`rathaus search`, citation abstract). */
export function makeSnippet(text: string, query: string, maxChars = MAX_QUOTE_CHARS, matchTerms: readonly string[] = []): string {
  return quoteFundstelle(text, query, maxChars, matchTerms).text;
}

/** The passage's sentences with their scores for a question (development aid: bench/answers-dev-diagnose.ts). */
export function scoredSentences(text: string, question: string, matchTerms: readonly string[] = []): { sentence: string; score: number }[] {
  const sp = scorePassage(text, question, matchTerms);
  return sp ? sp.pw.sentences.map((s, i) => ({ sentence: sp.pw.flat.slice(s.start, s.end), score: sp.scored[i] })) : [];
}
