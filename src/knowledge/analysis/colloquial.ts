/**
 * Chat-register spellings of function words: the clipped and contracted forms people type
 * ("ner" for "einer", "is" for "ist", "werd" for "werde", "übers" for "über das", "unterm" for
 * "unter dem", "rum" for "herum"). They say nothing about the topic, like the full forms (stop
 * words), but unrecognised they count as unknown words and dilute the question's coverage, or,
 * where they happen to look like a noun ("rum", "ran"), even as a topic the folder lacks.
 * Recognised by general rules of German clipping, checked against the stop-word list; never by a
 * list of a folder's words.
 */
import { isStopWord } from './german.js';

/** Short forms of the her-/hin- adverbs ("rum" herum, "raus" heraus, "rüber" herüber), standing alone. */
const DIRECTIONAL = new Set(['ran', 'rauf', 'raus', 'rein', 'rueber', 'rum', 'runter', 'drauf', 'dran', 'drum', 'drueber', 'drunter']);

/** Prepositions that take a clipped article as "-s" (das) or "-m" (dem): "fürs", "aufs", "aufm", "unterm". */
const CLITIC_HOSTS = new Set(['an', 'auf', 'aus', 'bei', 'durch', 'fuer', 'hinter', 'in', 'mit', 'nach', 'ueber', 'um', 'unter', 'von', 'vor', 'zu']);

/**
 * True for a normalised word that is the chat form of a function word. `isWord` tells whether
 * the general lexicon lists the word as written: such a word ("warm", "Kurs") keeps its own
 * meaning, except for the closed classes of directional adverbs and contracted prepositions.
 */
export function isColloquialFunctionWord(word: string, isWord: (w: string) => boolean): boolean {
  if (isStopWord(word)) return false;
  if (DIRECTIONAL.has(word)) return true;
  // A preposition with a clipped article: "übers", "durchs", "aufm", "hinterm" (the lexicon lists some of them).
  const host = word.slice(0, -1);
  if (/[sm]$/.test(word) && CLITIC_HOSTS.has(host)) return true;
  if (isWord(word)) return false;
  // Indefinite article without its first syllable: "ne", "nen", "nem", "ner", "nes".
  if (/^n(?:e|en|em|er|es)$/.test(word) && isStopWord(`ei${word}`)) return true;
  // A function word without its final "e" or "t": "werd", "hätt", "würd"; "is", "nich", "jetz".
  if (word.length >= 2 && (isStopWord(`${word}e`) || isStopWord(`${word}t`))) return true;
  // A finite verb of the stop list with a clipped "es": "gibts", "ists", "hats", "wars".
  return word.length >= 4 && word.endsWith('s') && isStopWord(host) && /t$|ar$/.test(host);
}
