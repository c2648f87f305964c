/**
 * German text analysis for lexical retrieval: normalisation (case, ä/ae, ß/ss), stop words,
 * Snowball stemming and compound splitting. Pure functions; the index and the query side use
 * the same code, so a document and a question meet on the same terms.
 */
import { createRequire } from 'node:module';
import { stemmer as snowballGerman } from '@orama/stemmers/german';

// CommonJS without type declarations (a JSON file).
const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

/** Bumped whenever analysis changes, so stored indexes built with another version are rebuilt. */
export const ANALYZER_VERSION = 11;

/**
 * Words of the stopwords-iso list that carry meaning in administrative questions
 * ("drei Angebote", "zehn Tage", "Arbeitszeit", "Ordnung") and are therefore kept.
 */
const KEEP = new Set([
  'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig',
  'tag', 'tage', 'tagen', 'jahr', 'jahre', 'jahren', 'zeit', 'uhr', 'ordnung', 'recht', 'rechte', 'rechten',
  'sache', 'ende', 'teil', 'mittel', 'schluss', 'suche', 'mensch', 'menschen', 'offen',
]);

/**
 * Unicode NFKC (decomposed umlauts from macOS or PDF copy-paste, full-width letters, ligatures),
 * lower case, and umlauts and ß folded to their two-letter spellings: "Größe" → "groesse".
 */
export function normalizeWord(word: string): string {
  // Fast path for plain ASCII words (most of any text): nothing to compose or fold but case.
  if (/^[\x20-\x7e]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
}

const STOP_WORDS: ReadonlySet<string> = new Set(
  stopwordsIso.de
    .concat(['bzw', 'ggf', 'usw', 'sowie', 'bitte', 'gilt', 'gelten', 'muss', 'darf', 'brauche', 'brauchen'])
    // Function words of the chat register ("krieg ich nen …", "mitm Dienstauto"): they say nothing about the topic.
    .concat(['fuers', 'nem', 'nen', 'ne', 'mitm', 'aufm', 'gibts', 'nix', 'nich', 'krieg', 'kriege', 'kriegt', 'kriegen', 'komm', 'brauch', 'eigentlich', 'halt', 'irgendwo', 'irgendwie', 'bekomme', 'bekommen', 'bekommt', 'gell', 'eh', 'quasi', 'okay', 'hallo', 'danke', 'moin', 'servus', 'wieviel', 'wieviele', 'gehts', 'klappt', 'geht'])
    .filter((w) => !KEEP.has(w))
    .map(normalizeWord),
);

export function isStopWord(normalized: string): boolean {
  return STOP_WORDS.has(normalized);
}

/**
 * One token of a text: paragraph references ("§ 31", "§31a" → "§31a"), dates ("10.06.2026"),
 * amounts ("25.000" → "25000", "0,30" → "0,30") and words. Thousands separators are dropped so
 * "25.000" and "25000" meet; a decimal comma is kept.
 */
const TOKEN = /§{1,2}\s*(\d+[a-z]?)|(\d{1,2}\.\d{1,2}\.\d{2,4})(?!\d)|(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)(?![\d.,]\d)|[\p{L}\p{N}]+/gu;

export interface TokenMatch {
  /** Normalised token. */
  token: string;
  /** Offset and length in the original text (for highlighting). */
  index: number;
  length: number;
}

/** Tokens with their positions in `text` (NFKC is applied first, so offsets refer to the NFKC form when it differs). */
export function tokenMatches(text: string): TokenMatch[] {
  const source = text.normalize('NFKC');
  const out: TokenMatch[] = [];
  for (const m of source.matchAll(TOKEN)) {
    let w: string;
    if (m[1] !== undefined) w = `§${m[1].toLowerCase()}`;
    else if (m[2] !== undefined) w = m[2];
    else if (m[3] !== undefined) w = m[3].replace(/\./g, '');
    else w = normalizeWord(m[0]);
    if (w.length > 1 || /\d/.test(w)) out.push({ token: w, index: m.index ?? 0, length: m[0].length });
  }
  return out;
}

/**
 * Splits text into normalised tokens (letters and digits; hyphenated words split: "E-Mail" →
 * "e", "mail"; single letters dropped; §-references, dates and amounts kept whole).
 */
export function tokenize(text: string): string[] {
  return tokenMatches(text).map((t) => t.token);
}

const stemCache = new Map<string, string>();

/**
 * Snowball German stem of a normalised word (the Snowball project's generated JavaScript, as
 * packaged by @orama/stemmers: the same stems as the snowball-stemmers port used before, on the
 * 1.57 million words and word parts checked, at an eighth of its time; compound splitting stems
 * many candidate parts, so this was a tenth of a chat turn's CPU). The two-letter spellings are turned back into
 * umlauts first (as Snowball's "german2" variant does), so the stemmer can fold umlaut plurals:
 * "Ausschüsse" and "Ausschuss" share a stem. Participles in "-igt" ("genehmigt") are stemmed
 * like their infinitive ("genehmigen"), so they meet "Genehmigung".
 */
export function stem(normalized: string): string {
  let s = stemCache.get(normalized);
  if (s === undefined) {
    const word = normalized.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/(?<!q)ue/g, 'ü');
    if (/\d/.test(normalized)) s = normalized;
    else if (word.length > 5 && word.endsWith('igt')) s = snowballGerman(`${word.slice(0, -1)}en`);
    else s = snowballGerman(word);
    if (stemCache.size > 500_000) stemCache.clear();
    stemCache.set(normalized, s);
  }
  return s;
}

/** Linking elements (Fugenelemente) allowed between the parts of a compound. */
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
const MIN_PART = 3;
const MIN_COMPOUND = 7;

/** Anything that can tell whether a normalised word is a known standalone word. */
export interface Vocabulary {
  has(word: string): boolean;
  /** Optional looser check for the last part, which may be inflected ("…abrechnungen"). */
  hasInflected?(word: string): boolean;
}

/**
 * Splits a normalised compound into known parts: "reisekostenabrechnung" → ["reisekosten",
 * "abrechnung"]. Parts must be known words of at least three letters and no stop words; a
 * linking element ("s" in "urlaubsantrag") may sit between parts. Of the splits into known
 * parts, the one with the fewest parts wins, and among those the one whose parts are longest
 * (the least left to linking elements): "hundesteuer" is hund + e + steuer, not hund + es +
 * teuer. Returns [] when the word is not a compound of known words. With `lenient` (the default),
 * a compound with one unknown part is split too (see lenientSplit).
 */
export function splitCompound(word: string, vocabulary: Vocabulary, options: { lenient?: boolean } = {}): string[] {
  if (word.length < MIN_COMPOUND || /\d/.test(word)) return [];
  const memo = new Map<number, string[] | null>();
  // Best split of word[start..]: the fewest parts, then the longest; the whole rest counts when it is known.
  const best = (start: number, allowWhole: boolean): string[] | null => {
    const key = allowWhole ? start : -start - 1;
    if (memo.has(key)) return memo.get(key) ?? null;
    let result: string[] | null = null;
    const rest = word.slice(start);
    if (allowWhole && rest.length >= MIN_PART && (known(rest, vocabulary) || knownInflected(rest, vocabulary))) result = [rest];
    else {
      for (let end = word.length - MIN_PART; end >= start + MIN_PART; end--) {
        const written = word.slice(start, end);
        // A modifier may drop its final "e" ("Farb-druck" from Farbe, "Schul-buch" from Schule).
        const part = known(written, vocabulary) ? written : written.length >= 4 && known(`${written}e`, vocabulary) ? `${written}e` : undefined;
        if (!part) continue;
        for (const link of LINKS) {
          if (link && !word.startsWith(link, end)) continue;
          const next = end + link.length;
          if (word.length - next < MIN_PART) continue;
          const tail = best(next, true);
          // An elided modifier only before a head that is one known word: "Sperr-müll-abholung" is no Sperre.
          if (tail && part !== written && tail.length > 1) continue;
          if (tail && (!result || tail.length + 1 < result.length || (tail.length + 1 === result.length && partLength([part, ...tail]) > partLength(result)))) result = [part, ...tail];
        }
      }
    }
    memo.set(key, result);
    return result;
  };
  // A word that is itself known is split only into known parts (no guessing at an unknown modifier).
  return best(0, false) ?? (options.lenient === false ? [] : lenientSplit(word, vocabulary));
}

/** Letters in the parts (the rest are linking elements). */
function partLength(parts: string[]): number {
  return parts.reduce((a, p) => a + p.length, 0);
}

/**
 * Fallback for compounds with one part that never occurs on its own in the corpus
 * ("Auslandsdienstreisen" where only "Dienstreisen" is known, "Datenschutzvorfall" where only
 * "Datenschutz" is): two parts, one known, the other unknown (known head at least four letters, modifiers at least five).
 */
function lenientSplit(word: string, vocabulary: Vocabulary): string[] {
  for (let end = 5; end <= word.length - 4; end++) {
    for (const link of LINKS) {
      if (link && !word.startsWith(link, end)) continue;
      const head = word.slice(end + link.length);
      if (head.length >= 4 && end >= 5 && (known(head, vocabulary) || knownInflected(head, vocabulary))) return [word.slice(0, end), head];
    }
  }
  for (let end = word.length - 5; end >= 5; end--) {
    const modifier = word.slice(0, end);
    if (!known(modifier, vocabulary)) continue;
    for (const link of LINKS) {
      if (link && !word.startsWith(link, end)) continue;
      const head = word.slice(end + link.length);
      if (head.length >= 5) return [modifier, head];
    }
  }
  return [];
}

function known(part: string, vocabulary: Vocabulary): boolean {
  return !STOP_WORDS.has(part) && vocabulary.has(part);
}

function knownInflected(part: string, vocabulary: Vocabulary): boolean {
  return part.length >= 5 && !STOP_WORDS.has(part) && !!vocabulary.hasInflected?.(part);
}

/**
 * All parts of a compound at every level: "reisekostenabrechnung" → ["reisekosten",
 * "abrechnung", "reise", "kosten"]. Used to index a compound under its parts as well.
 */
export function compoundParts(word: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  const queue = splitCompound(word, vocabulary);
  while (queue.length) {
    const part = queue.shift() as string;
    if (out.includes(part)) continue;
    out.push(part);
    // A known part splits only into known parts ("Bedienstete" is no "bedie" + "stete").
    const sub = splitCompound(part, vocabulary);
    if (!(known(part, vocabulary) || knownInflected(part, vocabulary)) || sub.every((p) => known(p, vocabulary) || knownInflected(p, vocabulary))) queue.push(...sub);
  }
  return out;
}

/** Content words of a text: normalised, without stop words (not yet stemmed). */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => !STOP_WORDS.has(w));
}

/** Cardinal numbers written as words and as digits ("fünf Fehlversuche" / "5 Fehlversuche"); "ein/eine" is an article too often. */
const NUMBER_WORDS = ['zwei', 'drei', 'vier', 'fuenf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwoelf'];

/** The other spelling of a small cardinal number: "5" → "fuenf", "fuenf" → "5" (normalised words). */
export function numberTwin(normalized: string): string | undefined {
  const i = NUMBER_WORDS.indexOf(normalized);
  if (i >= 0) return String(i + 2);
  const n = /^\d{1,2}$/.test(normalized) ? Number(normalized) : NaN;
  return n >= 2 && n <= 12 ? NUMBER_WORDS[n - 2] : undefined;
}

/** Separable verb prefixes, for participles like "abgerechnet" (ab-ge-rechnet). */
/** Separable verb particles ("ab|holen", "an|rufen", "weg|werfen"). */
export const SEPARABLE = ['ab', 'an', 'auf', 'aus', 'bei', 'ein', 'mit', 'nach', 'vor', 'weg', 'zu', 'zurueck', 'um', 'durch', 'hin', 'her'];

/**
 * Candidate base forms of a verb form as people type it: the infinitive of a shortened form
 * ("reservier", "fahr" → "reservieren", "fahren"), of a conjugated form ("zahlt", "meldest" →
 * "zahlen", "melden") and of a weak participle ("getippt" → "tippen", "abgerechnet" →
 * "abrechnen"), the noun in -ung of the same root ("reservier" → "reservierung") and the weak
 * participle of an infinitive ("abholen" → "abgeholt"). Only
 * candidates: the caller keeps those the index or the lexicon knows.
 */
export function verbForms(word: string): string[] {
  if (word.length < 4 || /\d/.test(word)) return [];
  const roots = new Set<string>([word]);
  for (const end of ['est', 'st', 'et', 't', 'e', 'en', 'n']) if (word.length - end.length >= 3 && word.endsWith(end)) roots.add(word.slice(0, -end.length));
  const participle = /^ge(\p{L}{3,}?)e?t$/u.exec(word);
  if (participle) roots.add(participle[1]);
  for (const prefix of SEPARABLE) {
    const m = new RegExp(`^${prefix}ge(\\p{L}{3,}?)e?t$`, 'u').exec(word);
    if (m) roots.add(`${prefix}${m[1]}`);
  }
  const out: string[] = [];
  const add = (form: string) => {
    if (form !== word && !out.includes(form)) out.push(form);
  };
  for (const root of roots) {
    for (const form of [`${root}en`, `${root}n`, `${root}ung`, `${root}e`]) add(form);
    // The participle, as documents state what is done ("abholen" → "abgeholt").
    if (root.length >= 3 && root !== word) {
      const prefix = SEPARABLE.find((p) => root.startsWith(p) && root.length - p.length >= 3);
      add(prefix ? `${prefix}ge${root.slice(prefix.length)}t` : `ge${root}t`);
    }
  }
  return out;
}

/** The infinitive of a weak participle ("gebucht" → "buchen", "abgerechnet" → "abrechnen"), else undefined. */
export function participleInfinitive(word: string): string | undefined {
  const plain = /^ge(\p{L}{3,}?)e?t$/u.exec(word);
  if (plain) return `${plain[1]}en`;
  for (const prefix of SEPARABLE) {
    if (!word.startsWith(`${prefix}ge`)) continue;
    const m = /^(\p{L}{3,}?)e?t$/u.exec(word.slice(prefix.length + 2));
    if (m) return `${prefix}${m[1]}en`;
  }
  return undefined;
}
