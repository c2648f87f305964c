/**
 * Word-by-word translation of an English question into German search terms, for searching German
 * documents without a model: each English word or two-word phrase ("mileage allowance", "side
 * job") with its German candidates from the Ding dictionary (vendor/ding-en-de, GPL-2.0-or-later,
 * a separate data file read at run time). A dictionary cannot tell which sense is meant, so the
 * index counts any candidate it has, weighted below the German words the question contains.
 * Pure apart from loading the word list once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRootFrom } from '../../admin/project-root.js';
import { germanWordsOf } from './english.js';
import { normalizeWord } from './german.js';
import { germanLexicon } from './lexicon.js';

const require = createRequire(import.meta.url);

/** An English word or phrase of the question with its German candidates (best first). */
export interface TranslatedTerm {
  english: string;
  german: string[];
  /** For a phrase: its words translated one by one, used when no candidate of the phrase is in the documents. */
  words?: TranslatedTerm[];
}

export interface EnglishTranslation {
  /** German words the English question contains as written ("Who approves a Dienstreise?"). */
  germanWords: string[];
  /** The other content words, translated. */
  terms: TranslatedTerm[];
}

/** English → German candidates: a lookup, so tests can hand in a small table. */
export type EnglishGermanDictionary = (english: string) => readonly string[] | undefined;

let shared: Map<string, string[]> | undefined;

/** The built-in dictionary (vendor/ding-en-de/en-de.txt, derived by scripts/build-en-de-dictionary.ts), read on first use. */
export function englishGermanDictionary(): EnglishGermanDictionary {
  if (!shared) {
    const file = path.join(projectRootFrom(import.meta.url), 'vendor', 'ding-en-de', 'en-de.txt');
    shared = parseDictionary(readFileSync(file, 'utf8'));
  }
  const table = shared;
  return (w) => table.get(w);
}

/** Parses `english<TAB>german;german;…` lines (`#` comments). */
export function parseDictionary(text: string): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab > 0) table.set(line.slice(0, tab), line.slice(tab + 1).split(';').filter(Boolean));
  }
  return table;
}

/**
 * English function words (the `stopword` package's English list) and the question words it
 * lacks: they carry no topic, and the dictionary would translate them into noise.
 */
const STOP = new Set<string>([
  ...(require('stopword') as { eng: string[] }).eng,
  ...['when', 'why', 'does', 'doesn', 'don', 'will', 'shall', 'per', 'own', 'please', 'need', 'want', 'there', 'am', 'let', 'us', 'anyone', 'someone', 'something', 'anything', 'ever', 'every', 'whom', 'whose', 'okay', 'hello', 'hi', 'thanks', 'thank'],
]);

interface EnglishLemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

let lemmatizer: EnglishLemmatizer | undefined;

/**
 * Base-form candidates of an English word as the dictionary lists it, the word as written first:
 * regular and irregular plurals and verb forms ("trips" → trip, "kept" → keep, "paid" → pay,
 * "children" → child, "leaves" → leaf and leave), from `wink-lemmatizer` (MIT, WordNet's
 * exception lists and detachment rules; loaded on the first English question). A word can be a
 * noun or a verb, so both lemmas are candidates and the dictionary's senses of each are looked up.
 */
export function englishBaseForms(word: string): string[] {
  lemmatizer ??= require('wink-lemmatizer') as EnglishLemmatizer;
  const out = [word];
  for (const lemma of [lemmatizer.noun(word), lemmatizer.verb(word), lemmatizer.adjective(word)]) if (lemma.length >= 2 && !out.includes(lemma)) out.push(lemma);
  return out;
}

/**
 * Light verbs in any of their forms ("using", "got", "took"): in a question they carry the
 * grammar, not the topic ("get roaming unlocked", "take a side job", "make a booking"), and their
 * many dictionary senses (get → bekommen, besorgen, kapieren …) pull in passages about nothing asked.
 * "use" too: "for using my own car" asks about the car, and Nutzung, Gebrauch, Verwendung stand in
 * nearly every rule. Verbs with a meaning of their own in an administration ("tell"/"ask" → melden,
 * beantragen) stay.
 */
const LIGHT_VERBS = new Set(['get', 'make', 'take', 'give', 'go', 'come', 'put', 'let', 'seem', 'become', 'try', 'use']);

/** A verb's past form that is no noun ("paid", "kept", "approved"; not "leaves", "parking"). */
function isPastForm(word: string): boolean {
  lemmatizer ??= require('wink-lemmatizer') as EnglishLemmatizer;
  return !word.endsWith('ing') && lemmatizer.verb(word) !== word && lemmatizer.noun(word) === word;
}

/** A word that carries no topic: a function word, or a light verb in any form. */
function isStopWord(word: string): boolean {
  if (STOP.has(word)) return true;
  lemmatizer ??= require('wink-lemmatizer') as EnglishLemmatizer;
  return LIGHT_VERBS.has(lemmatizer.verb(word));
}

/** Most candidates kept per word: those of the word as written first, then of its base forms. */
const MAX_CANDIDATES = 12;

/** Candidates of the word (or phrase) as written and of its base forms ("leaves": Blätter … and, from "leave", Urlaub …). */
function lookup(dictionary: EnglishGermanDictionary, words: string[]): { english: string; german: readonly string[] } | undefined {
  const head = words.slice(0, -1).join(' ');
  let english: string | undefined;
  const german: string[] = [];
  const forms = englishBaseForms(words[words.length - 1]);
  // Round-robin over the forms, so every form's best candidates are in.
  const lists = forms.map((last) => {
    const key = head ? `${head} ${last}` : last;
    const hit = dictionary(key);
    if (hit?.length) english ??= key;
    return hit ?? [];
  });
  for (let i = 0; german.length < MAX_CANDIDATES && lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length && !german.includes(l[i]) && german.length < MAX_CANDIDATES) german.push(l[i]);
  }
  return english ? { english, german } : undefined;
}

/** "how long", "how many", "how much", "how often": question words, not the topic. */
const QUESTION_PHRASE = /\bhow\s+(?:long|many|much|often|far|soon)\b/gi;

const WORD = /[\p{L}][\p{L}'’-]*|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu;

/** An English number as the German index spells it: "25,000" → "25000", "0.30" → "0,30". */
export function germanNumber(english: string): string {
  return english.replace(/,/g, '').replace('.', ',');
}

/**
 * The German words of an English question and its other content words translated, two-word
 * phrases before single words ("staff council" → Personalrat, not "staff" and "council").
 */
export function translateEnglishQuestion(question: string, dictionary: EnglishGermanDictionary = englishGermanDictionary()): EnglishTranslation {
  // A capitalised word the dictionary has as an English headword and the German lexicon does not know
  // ("Fridays", "January") is English, to be translated, not a German noun.
  const germanWords = germanWordsOf(question).filter((w) => !englishName(dictionary, w));
  const german = new Set(germanWords.map((w) => w.toLowerCase()));
  // Content words in order; a German word, a stop word or a number breaks a phrase.
  const runs: string[][] = [[]];
  const terms: TranslatedTerm[] = [];
  const tokens = [...question.normalize('NFKC').replace(QUESTION_PHRASE, ' , ').matchAll(WORD)].map((m) => m[0]);
  // Abbreviations as written ("PC", "HR"): German writes them apart ("Arbeits-PC"), never inside a compound.
  const capitals = new Set(tokens.filter((t) => t.length >= 2 && /^[\p{Lu}\d]+$/u.test(t)).map((t) => t.toLowerCase()));
  const phrasal = phrasalVerbs(tokens, dictionary);
  tokens.forEach((token, i) => {
    if (/^\d/.test(token)) {
      runs.push([]);
      const n = germanNumber(token);
      // Amounts and limits; a lone small number ("3 days") is left to the words around it.
      if (n.length >= 3) terms.push({ english: token, german: [n] });
      return;
    }
    const verb = phrasal.get(i);
    if (verb) {
      runs.push([]);
      if (verb !== 'particle') terms.push(verb);
      return;
    }
    const surface = token.replace(/[’']s$/i, '').replace(/[-'’]+$/, '');
    const w = surface.toLowerCase().replace(/’/g, "'");
    if (german.has(w) || isStopWord(w) || w.length < 2 || (w.includes("'") && STOP.has(w.split("'")[0]))) {
      runs.push([]);
      return;
    }
    runs[runs.length - 1].push(w);
  });
  const seen = new Set<string>(terms.map((t) => t.english));
  const push = (t: TranslatedTerm) => {
    if (seen.has(t.english)) return;
    seen.add(t.english);
    terms.push(t);
  };
  for (const run of runs) {
    for (let i = 0; i < run.length; i++) {
      const phrase = i + 1 < run.length ? lookup(dictionary, run.slice(i, i + 2)) : undefined;
      if (phrase) {
        const words = run.slice(i, i + 2).map((w) => single(dictionary, w));
        push({ english: phrase.english, german: [...phrase.german], words });
        i++;
        continue;
      }
      // A dictionary phrase starting at the next word wins over a compound guessed from this one
      // ("paid side job": "side job" → Nebenjob, not "paid side" → Lohnseite).
      if (i + 2 < run.length && lookup(dictionary, run.slice(i + 1, i + 3))) {
        push(single(dictionary, run[i]));
        continue;
      }
      const pair = i + 1 < run.length && !capitals.has(run[i]) && !capitals.has(run[i + 1]) ? compoundTerm(run[i], run[i + 1], single(dictionary, run[i]), single(dictionary, run[i + 1])) : undefined;
      if (pair) {
        push(pair);
        i++;
        continue;
      }
      push(single(dictionary, run[i]));
    }
  }
  return { germanWords, terms };
}

/** Particles of English phrasal verbs, and the short objects that may stand between verb and particle ("pay it back"). */
const PARTICLES = new Set(['in', 'up', 'back', 'out', 'off', 'on', 'over', 'down', 'away', 'through', 'ahead', 'forward']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'this', 'that', 'him', 'her', 'me', 'us']);
/** Particles that are just as often prepositions ("work in the town hall"), and the words that start a noun phrase after one. */
const PREPOSITIONS = new Set(['in', 'on', 'over', 'down', 'through']);
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'every', 'each', 'any', 'some']);

/**
 * Phrasal verbs the dictionary has ("hand in" → einreichen, "pay back" → zurückzahlen, "sign up"
 * → anmelden), also inflected ("paid back"), with a pronoun between verb and particle ("fill it
 * in") and with the word that completes them ("call in sick" → krankmelden, "fill in for" →
 * vertreten): their meaning is not that of the verb and the particle, which is a function word and
 * would break the phrase. Returns, by token position, the term at the verb and a mark at the particle.
 */
function phrasalVerbs(tokens: readonly string[], dictionary: EnglishGermanDictionary): Map<number, TranslatedTerm | 'particle'> {
  const out = new Map<number, TranslatedTerm | 'particle'>();
  const lower = tokens.map((t) => t.toLowerCase().replace(/’/g, "'"));
  lower.forEach((w, i) => {
    if (out.has(i) || !/^\p{Ll}/u.test(tokens[i]) || PARTICLES.has(w) || STOP.has(w)) return;
    const at = OBJECT_PRONOUNS.has(lower[i + 1] ?? '') ? i + 2 : i + 1;
    const particle = lower[at];
    if (!particle || !PARTICLES.has(particle)) return;
    // "in the …", "on my …": a preposition with its noun phrase, unless a pronoun stood between ("fill it in").
    if (at === i + 1 && PREPOSITIONS.has(particle) && DETERMINERS.has(lower[at + 1] ?? '')) return;
    // A phrasal verb with its complement first ("call in sick" → krankmelden, not "call in" → hinzuziehen).
    const complement = lower[at + 1];
    if (complement && !STOP.has(complement)) {
      for (const form of englishBaseForms(w)) {
        const german = dictionary(`${form} ${particle} ${complement}`);
        if (!german?.length) continue;
        out.set(i, { english: `${form} ${particle} ${complement}`, german: [...german] });
        out.set(at, 'particle');
        out.set(at + 1, 'particle');
        return;
      }
    }
    for (const form of englishBaseForms(w)) {
      const german = dictionary(`${form} ${particle}`);
      if (!german?.length) continue;
      out.set(i, { english: `${form} ${particle}`, german: [...german] });
      out.set(at, 'particle');
      return;
    }
  });
  return out;
}

/** A German noun as the dictionary writes it: capitalised, not an abbreviation. */
const isNoun = (g: string | undefined) => g !== undefined && /^\p{Lu}\p{Ll}+$/u.test(g);

/** Nouns of each part used to build compounds, and the linking elements tried ("Arbeit|s|zeit", "Reise|kosten", "Seite|n|zahl"). */
const COMPOUND_PARTS = 6;
const LINKS = ['', 's', 'n'];

/**
 * Two English nouns the dictionary has no phrase for, as the German compounds their translations
 * build ("travel expenses" → Reisekosten, "personnel files" → Personalakten): German writes as one
 * word what English writes as two. The candidates are guesses; the index counts only those the
 * documents use and otherwise falls back to the two words translated one by one.
 */
function compoundTerm(first: string, second: string, a: TranslatedTerm, b: TranslatedTerm): TranslatedTerm | undefined {
  // A past form ("paid", "kept", "approved") is a verb, not the first part of a German compound ("the city paid …").
  if (isPastForm(first) || isPastForm(second)) return undefined;
  // Nor is a word whose first sense is no noun ("tell" → sagen, not its rare noun Ruinenhügel; "remotely" → entfernt).
  if (!isNoun(a.german[0]) || !isNoun(b.german[0])) return undefined;
  const nouns = (t: TranslatedTerm) => t.german.filter(isNoun).slice(0, COMPOUND_PARTS);
  // A plural first part stands as its singular ("Reisen" → Reise|kosten).
  const heads = [...new Set(nouns(a).flatMap((h) => (h.endsWith('en') ? [h.slice(0, -1), h] : [h])))];
  const tails = nouns(b);
  if (!heads.length || !tails.length) return undefined;
  const german: string[] = [];
  for (const h of heads)
    for (const link of LINKS) {
      if (link === 'n' && !h.endsWith('e')) continue;
      if (link === 's' && /[sxzß]$/.test(h)) continue;
      for (const t of tails) {
        const c = `${h}${link}${t.toLowerCase()}`;
        if (!german.includes(c)) german.push(c);
      }
    }
  return { english: `${first} ${second}`, german, words: [a, b] };
}

function englishName(dictionary: EnglishGermanDictionary, surface: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(surface) || /[äöüß]/.test(surface)) return false;
  const normalized = normalizeWord(surface);
  if (germanLexicon().hasInflected(normalized)) return false;
  return lookup(dictionary, [surface.toLowerCase()]) !== undefined;
}

/** One word translated; a hyphenated word ("cut-off") also as its parts. */
function single(dictionary: EnglishGermanDictionary, word: string): TranslatedTerm {
  const hit = lookup(dictionary, [word]) ?? (word.includes('-') ? lookup(dictionary, word.split('-').filter(Boolean)) : undefined);
  return hit ? { english: hit.english, german: [...hit.german] } : { english: word, german: [] };
}
