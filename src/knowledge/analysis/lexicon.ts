/**
 * General German lexical resources, independent of any knowledge folder: a word list (for
 * splitting compounds whose parts never occur alone in the folder) and synonym sets, both from
 * OpenThesaurus (vendor/openthesaurus-de, LGPL-2.1-or-later), plus the admins' own synonym and
 * abbreviation file (`synonyme.txt` in the knowledge folder) for local jargon.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRootFrom } from '../../admin/project-root.js';
import { normalizeWord, stem } from './german.js';

export interface Lexicon {
  /** True for a normalised single word of the general German word list. */
  has(word: string): boolean;
  /** True for the word or an inflected form of a listed word ("abrechnungen", "angeboten"). */
  hasInflected(word: string): boolean;
  /** Normalised single-word synonyms of a normalised word or of its base form (without the word itself). */
  synonyms(word: string): readonly string[];
  /**
   * True when OpenThesaurus writes the word (or its base form) in lower case only, never
   * capitalised: a verb, adjective, adverb or function word, not a noun ("gültig", "nehmen",
   * "wofür"; not "Termin", nor "kosten"/"Kosten", which is both).
   */
  lowercaseOnly(word: string): boolean;
  /** The standard words a colloquial word of a large set stands for ("Karre" → "Auto"); empty for any other word. */
  standardWords(word: string): readonly string[];
}

/** Synonym sets larger than this are too vague to widen a question with ("machen", "gut"). */
const MAX_SET = 12;
/** Usage labels whose entries would widen a question in a misleading way. */
const SKIP_LABEL = /\((?:veraltet|derb|vulg\.|abwertend|scherzh\.|historisch|fachspr\.)\)/i;

/** Most standard words a large set may have for its colloquial members to be mapped to them. */
const MAX_STANDARD = 3;
const COLLOQUIAL = /\(ugs\.?[,)]/i;
/** OpenThesaurus marks the usual word of a set "(Hauptform)" ("Geld (Hauptform)", "Website (engl., Hauptform)"). */
const HEAD = /\([^)]*\bHauptform\b[^)]*\)/i;
/** A single abbreviated word written with its dot ("max.", "ca.", "inkl."). */
const ABBREVIATION = /^\p{L}{3,}\.$/u;
/** The label of a unit symbol ("km (Einheitenzeichen)"); other two-letter abbreviations mean too many things ("MA", "HR"). */
const UNIT = /\((?:[^)]*, )?Einheitenzeichen\b/i;

/**
 * Parses OpenThesaurus text format (one `;`-separated synonym set per line, `#` comments).
 * Besides the synonym sets: colloquial words of sets too large to use as a whole, each mapped
 * to the set's head word marked "(Hauptform)" or, without one, to its few unlabelled standard
 * words ("Kohle (ugs.)", "Knete (ugs.)" … → "Geld").
 */
export function parseThesaurus(text: string): { words: Set<string>; sets: string[][]; colloquial: Map<string, string[]>; lowercase: Set<string> } {
  const words = new Set<string>();
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  const sets: string[][] = [];
  const colloquial = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const set: string[] = [];
    const standard: string[] = [];
    const informal: string[] = [];
    let head: string | undefined;
    for (const raw of line.split(';')) {
      const annotated = raw.includes('(');
      const labelled = annotated && SKIP_LABEL.test(raw);
      const written = annotated ? raw.replace(/\([^)]*\)/g, '').trim() : raw.trim();
      // An abbreviation ("max.", "inkl.", "km (Einheitenzeichen)") stands for its set like a word,
      // as people type it without the dot; it is no word of the list (no compound part, no word class).
      const abbreviation = ABBREVIATION.test(written) || (annotated && UNIT.test(raw) && /^\p{L}{2}$/u.test(written));
      const term = ABBREVIATION.test(written) ? written.slice(0, -1) : written;
      // A head phrase ending in a noun ("altes Auto (Hauptform)") names what its set stands for by that noun.
      const phraseHead = HEAD.test(raw) && !SKIP_LABEL.test(raw) ? /^[\p{L} ]+ (\p{Lu}\p{Ll}{2,})$/u.exec(term)?.[1] : undefined;
      if (phraseHead) head ??= normalizeWord(phraseHead);
      if (!term || /[\s\d.]/.test(term)) continue;
      // Hyphenated entries ("E-Mail") are split by the tokenizer anyway; keep words only.
      if (term.includes('-')) continue;
      const w = normalizeWord(term);
      if (w.length < (abbreviation ? 2 : 3)) continue;
      if (!abbreviation) {
        words.add(w);
        (term[0] === term[0].toLowerCase() ? lower : capitalised).add(w);
      }
      if (!labelled && !set.includes(w)) set.push(w);
      if (!annotated) standard.push(w);
      else if (HEAD.test(raw) && !labelled) head ??= w;
      else if (COLLOQUIAL.test(raw) && !labelled) informal.push(w);
    }
    if (set.length > 1 && set.length <= MAX_SET) sets.push(set);
    else if (set.length > MAX_SET) {
      // The head word is the one a set's colloquial words stand for; without one, a set with many
      // standard words has no clear meaning to map them to.
      const targets = head ? [head] : standard.length <= MAX_STANDARD ? standard : [];
      if (targets.length) for (const w of informal) if (w !== head) colloquial.set(w, [...new Set([...(colloquial.get(w) ?? []), ...targets])]);
    }
  }
  const lowercase = new Set([...lower].filter((w) => !capitalised.has(w)));
  return { words, sets, colloquial, lowercase };
}

/**
 * Parses the admins' synonym file. One group per line: `DA = Dienstanweisung`,
 * `Knöllchen = Verwarnungsgeld, Strafzettel` or `Kita, Kindertagesstätte`; `#` starts a comment.
 * Multi-word phrases are kept as phrases of normalised words joined by a space.
 */
export function parseSynonymFile(text: string): string[][] {
  const groups: string[][] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const terms = line
      .split(/\s*(?:=|,|;)\s*/)
      .map((t) => t.trim().split(/\s+/).filter(Boolean).map(normalizeWord).join(' '))
      .filter(Boolean);
    const unique = [...new Set(terms)];
    if (unique.length > 1) groups.push(unique);
  }
  return groups;
}

/** Sorted unique stems of a word list (written to vendor/openthesaurus-de/stems.txt by scripts/build-lexicon-stems.ts). */
export function lexiconStems(words: Iterable<string>): string[] {
  return [...new Set([...words].map(stem))].sort();
}

/** Inflection endings tried, longest first, to find the listed base form of a word (no stemmer: loading stays fast). */
const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'n', 'e', 's'];

/** The word itself and its candidate base forms ("angeboten" → "angeboten", "angebot", "angebote"). */
export function baseForms(word: string): string[] {
  const out = [word];
  for (const end of ENDINGS) if (word.length - end.length >= 4 && word.endsWith(end)) out.push(word.slice(0, -end.length));
  return out;
}

function firstListed<T>(word: string, lookup: (w: string) => T | undefined): T | undefined {
  for (const w of baseForms(word)) {
    const hit = lookup(w);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function indexSets(sets: string[][]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const set of sets) {
    for (const member of set) {
      const w = member;
      const list = map.get(w) ?? [];
      for (const other of set) if (other !== member && !list.includes(other)) list.push(other);
      map.set(w, list);
    }
  }
  return map;
}

/**
 * A lexicon from OpenThesaurus text; `stemsText` (one stem per line) lets inflected forms be
 * recognised by stem ("wartet", "Aufzüge"); without it only simple endings are tried.
 */
export function createLexicon(thesaurusText: string, stemsText?: string): Lexicon {
  const { words, sets, colloquial, lowercase } = parseThesaurus(thesaurusText);
  return lexiconFrom(words, sets, stemsText, () => colloquial, lowercase);
}

/** The compact derived files (scripts/build-lexicon.ts): words, synonym sets and stems, one entry per line. */
export interface CompactLexicon {
  words: string;
  synsets: string;
  stems: string;
  /** Colloquial word;standard word;… per line. */
  colloquial: string;
  /** Words written in lower case only (see Lexicon.lowercaseOnly), one per line. */
  lowercase: string;
}

/** Writes the compact form of a parsed thesaurus. */
export function compactLexicon(words: Set<string>, sets: string[][], colloquial: Map<string, string[]> = new Map(), lowercase: Set<string> = new Set()): CompactLexicon {
  return {
    lowercase: `${[...lowercase].sort().join('\n')}\n`,
    words: `${[...words].sort().join('\n')}\n`,
    synsets: `${sets.map((s) => s.join(';')).join('\n')}\n`,
    stems: `${lexiconStems(words).join('\n')}\n`,
    colloquial: `${[...colloquial.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, std]) => [w, ...std].join(';')).join('\n')}\n`,
  };
}

/** Reads the compact form (fast: no parsing of annotations, no stemming at start-up). */
export function lexiconFromCompact(c: CompactLexicon): Lexicon {
  const lines = (t: string) => t.split('\n').filter(Boolean);
  const colloquial = () => new Map(lines(c.colloquial).map((l) => { const [w, ...std] = l.split(';'); return [w, std] as [string, string[]]; }));
  return lexiconFrom(new Set(lines(c.words)), () => lines(c.synsets).map((l) => l.split(';')), c.stems, colloquial, new Set(lines(c.lowercase)));
}

function lexiconFrom(words: Set<string>, sets: string[][] | (() => string[][]), stemsText?: string, colloquial?: () => Map<string, string[]>, lowercase: Set<string> = new Set()): Lexicon {
  // The synonym table is only needed for question words the folder does not know: built on first use.
  let map: Map<string, string[]> | undefined;
  let standard: Map<string, string[]> | undefined;
  const synonymMap = () => {
    if (!map) {
      map = indexSets(typeof sets === 'function' ? sets() : sets);
      standard = colloquial?.() ?? new Map();
      // A colloquial word stands for its standard words (one direction: "Kohle" → "Geld", not back).
      for (const [w, std] of standard) map.set(w, [...new Set([...(map.get(w) ?? []), ...std])]);
    }
    return map;
  };
  const stems = stemsText ? new Set(stemsText.split('\n').filter(Boolean)) : undefined;
  return {
    has: (w) => words.has(w),
    hasInflected: (w) => (stems?.has(stem(w)) || firstListed(w, (x) => (words.has(x) ? true : undefined))) ?? false,
    synonyms: (w) => firstListed(w, (x) => synonymMap().get(x)) ?? [],
    // The first listed base form decides: "kosten" is listed capitalised too, so "kostet" is not lower-case only.
    lowercaseOnly: (w) => firstListed(w, (x) => (words.has(x) ? lowercase.has(x) : undefined)) ?? false,
    standardWords: (w) => {
      synonymMap();
      return firstListed(w, (x) => standard?.get(x)) ?? [];
    },
  };
}

let shared: Lexicon | undefined;

/**
 * The built-in lexicon, read once from the compact files derived from vendor/openthesaurus-de
 * (scripts/build-lexicon.ts; a test checks they match openthesaurus.txt). A data
 * table, not a client: every index and query uses the same immutable word list.
 */
export function germanLexicon(): Lexicon {
  if (!shared) {
    const dir = path.join(projectRootFrom(import.meta.url), 'vendor', 'openthesaurus-de');
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    shared = lexiconFromCompact({ words: read('words.txt'), synsets: read('synsets.txt'), stems: read('stems.txt'), colloquial: read('colloquial.txt'), lowercase: read('lowercase.txt') });
  }
  return shared;
}

/** An empty lexicon (tests of corpus-only behaviour). */
export const EMPTY_LEXICON: Lexicon = { has: () => false, hasInflected: () => false, synonyms: () => [], lowercaseOnly: () => false, standardWords: () => [] };

/** Admin synonym groups as a lookup: normalised word or phrase → the other members. */
export function synonymLookup(groups: string[][]): (word: string) => readonly string[] {
  const map = indexSets(groups);
  return (w) => (w.includes(' ') ? map.get(w) : firstListed(w, (x) => map.get(x))) ?? [];
}
