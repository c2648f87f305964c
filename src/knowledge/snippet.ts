/**
 * The Fundstelle: the sentence(s) of a passage that best match the question, with the matched
 * words marked, so the quote shows the amount, deadline or form instead of the first lines of
 * the chunk. One function for the chat answer, the Teams citation abstract and `rathaus search`.
 * Pure.
 */
import { compoundParts, contentWords, numberTwin, participleInfinitive, splitCompound, stem, tokenMatches, verbForms, type TokenMatch } from './analysis/german.js';
import { germanLexicon } from './analysis/lexicon.js';
import { correctTypo } from './analysis/typo.js';

export interface Fundstelle {
  /** Plain text of the quoted sentence(s), with "…" where the passage continues. */
  text: string;
  /** Ranges [start, end) in `text` of words that match the question. */
  highlights: [number, number][];
}

const MAX_CHARS = 420;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['abs', 'nr', 'bzw', 'z', 'b', 'ca', 'vgl', 'ggf', 'usw', 'd', 'h', 'u', 'a', 'dr', 'hr', 'fr', 's', 'ziff', 'lit', 'max', 'min', 'inkl', 'zzgl', 'evtl', 'gem', 'i', 'v', 'm', 'o', 'ä', 'st', 'tel', 'bzgl', 'einschl', 'allg', 'art', 'aufl', 'geb', 'str', 'e', 'sog', 'zz', 'zzt']);
/** A sentence that leans on the one before ("Dies gilt …", "Sie …"). */
const LEANS_BACK = /^(dies|diese[rsmn]?|das|dabei|dafür|dazu|hierfür|hierzu|sie|er|es|ausgenommen|ausnahme|davon|sofern|soweit|wenn|in diesem fall|in diesen fällen)\b/i;
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
}

/** Weight of each part of a compound question word, as its own concept. */
const PART_WEIGHT = 0.6;

/**
 * The question's words resolved against this passage the way the index does: compound parts
 * (split against the general lexicon and the passage's own words), OpenThesaurus synonyms, and
 * a close spelling among the passage's words for a typo. Each part of a compound is a concept of
 * its own, so the sentence with the rarer part ("Sprechstunde" in "Personalratssprechstunde",
 * where every sentence names the Personalrat) wins, and one with both parts wins over either.
 */
function questionConcepts(question: string, passageTokens: string[], matchTerms: readonly string[]): QuoteConcept[] {
  const lexicon = germanLexicon();
  const surface = new Set(passageTokens);
  const passageStems = new Set(passageTokens.map(stem));
  const passageInfinitives = new Set(passageTokens.map(participleInfinitive).filter((w): w is string => !!w).map(stem));
  const vocabulary = { has: (w: string) => surface.has(w) || lexicon.has(w), hasInflected: (w: string) => passageStems.has(stem(w)) || lexicon.hasInflected(w) };
  const concept = (word: string, weight: number, withParts: boolean): QuoteConcept => {
    const whole = stem(word);
    const stems = [whole, ...(withParts ? compoundParts(word, vocabulary) : []).map(stem).filter((x) => x.length >= 3 && x !== whole)];
    const alternatives: string[] = [];
    if (!passageStems.has(whole)) {
      const verbs = verbForms(word).filter((f) => lexicon.has(f));
      for (const syn of [word, ...verbs].flatMap((w) => lexicon.synonyms(w))) if (passageStems.has(stem(syn)) || passageInfinitives.has(stem(syn))) alternatives.push(stem(syn));
      const typo = correctTypo(word, [...surface], () => 1);
      if (typo) alternatives.push(stem(typo));
      // Another form of the word ("reservier", "getippt") and a number in digits or words ("5", "fünf").
      for (const form of [...verbForms(word), numberTwin(word)]) if (form && passageStems.has(stem(form))) alternatives.push(stem(form));
    }
    return { stems, alternatives, weight };
  };
  const concepts: QuoteConcept[] = [];
  for (const word of new Set(contentWords(question))) {
    const parts = splitCompound(word, vocabulary);
    concepts.push(concept(word, 1, parts.length === 0));
    for (const part of parts) if (part.length >= 3) concepts.push(concept(part, PART_WEIGHT, true));
  }
  // What the index matched the passage through (the admins' synonyms among them): credited like a synonym.
  const covered = new Set(concepts.flatMap((c) => [...c.stems, ...c.alternatives]));
  for (const term of matchTerms) if (passageStems.has(term) && !covered.has(term)) concepts.push({ stems: [term], alternatives: [], weight: 0.8 });
  return concepts;
}

/** How well a token stands for a concept: 1 the word, 0.6 a compound part, 0.8 a synonym or typo correction. */
function tokenCredit(token: string, c: QuoteConcept): number {
  if (token.length < 2) return 0;
  const s = stem(token);
  const [whole, ...parts] = c.stems;
  if (s === whole || (whole.length >= 4 && token.includes(whole))) return 1;
  // A participle in the passage stands for its verb ("gebucht" for "buchen").
  const infinitive = participleInfinitive(token);
  if (c.alternatives.includes(s) || (infinitive && c.alternatives.includes(stem(infinitive)))) return 0.8;
  if (infinitive && stem(infinitive) === whole) return 0.9;
  if (parts.some((p) => p === s || (p.length >= 4 && token.includes(p)))) return 0.6;
  return 0;
}

/**
 * A quantity a "wie lange / wie viel / ab wann" question asks for: digits (not a paragraph
 * number "(2)" or "§ 5"), or a number word with a unit ("ein Jahr", "zwei Wochen").
 */
const QUANTITY_WORDS = /\b(ein|eine|einen|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|halbe[nm]?)\s+(?:\p{L}+\s+)?(minute|minuten|stunde|stunden|tag|tage|tagen|arbeitstag|arbeitstage|arbeitstagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|euro|prozent)\b/iu;

function hasQuantity(sentence: string, tokens: TokenMatch[]): boolean {
  const body = sentence.replace(/^\s*(?:\(\d+[a-z]?\)|\d+\.(?=\s))\s*/, '');
  return tokens.some((t) => /\d/.test(t.token) && !t.token.startsWith('§') && t.index >= sentence.length - body.length) || QUANTITY_WORDS.test(body);
}

/**
 * The best-matching sentence of `text` for `question` (the neighbouring sentence added when the
 * best one does not stand alone), at most about MAX_CHARS long, with the matched words marked.
 */
export function quoteFundstelle(text: string, question: string, maxChars = MAX_CHARS, matchTerms: readonly string[] = []): Fundstelle {
  const flat = text.normalize('NFKC').replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
  const sentences = splitSentences(flat);
  if (!sentences.length) return { text: '', highlights: [] };
  const sentenceTokens = sentences.map((sn) => tokenMatches(flat.slice(sn.start, sn.end)));
  const concepts = questionConcepts(question, sentenceTokens.flatMap((ts) => ts.map((t) => t.token)), matchTerms);
  const isMatch = (token: string) => concepts.some((c) => tokenCredit(token, c) > 0);
  // A concept found in few sentences of the passage says more about where the answer is (IDF within the passage).
  // Each word of a sentence counts for one question concept only, the one it stands for best
  // ("Poolfahrzeuge" is the admins' synonym of "Poolauto", not also its part "Pool").
  const perSentence = sentenceTokens.map((ts) => {
    const row = concepts.map(() => 0);
    for (const t of ts) {
      let best = -1;
      let bestValue = 0;
      concepts.forEach((c, k) => {
        const v = tokenCredit(t.token, c);
        if (v * c.weight > bestValue) [best, bestValue] = [k, v * c.weight];
      });
      if (best >= 0) row[best] = Math.max(row[best], tokenCredit(t.token, concepts[best]));
    }
    return row;
  });
  const spread = concepts.map((_, k) => perSentence.filter((row) => row[k] > 0).length);
  // A list item stands under its lead-in line ("Es gelten folgende Wertgrenzen:" / "- Sachbearbeitung
  // bis 2.500 Euro"): what the lead-in matches counts for each of its items too.
  const leadIn = sentences.map(() => -1);
  let currentLeadIn = -1;
  sentences.forEach((sn, i) => {
    const own = flat.slice(sn.start, sn.end);
    if (currentLeadIn >= 0 && LIST_ITEM.test(own)) leadIn[i] = currentLeadIn;
    else currentLeadIn = /:$/.test(own) ? i : -1;
  });
  const inContext = perSentence.map((row, i) => (leadIn[i] >= 0 ? row.map((v, k) => Math.max(v, perSentence[leadIn[i]][k])) : row));
  const wantsNumber = ASKS_NUMBER.test(question);
  const scored = sentences.map((sn, i) => {
    const matched = inContext[i].reduce((sum, v, k) => sum + concepts[k].weight * v * (1 + Math.log(sentences.length / Math.max(1, spread[k]))), 0);
    const quantity = wantsNumber && hasQuantity(flat.slice(sn.start, sn.end), sentenceTokens[i]);
    return matched + (quantity ? 0.75 : 0) - (sn.end - sn.start < 25 ? 0.25 : 0);
  });
  let best = 0;
  scored.forEach((v, i) => {
    if (v > scored[best]) best = i;
  });
  let first = best;
  let last = best;
  const len = () => sentences[last].end - sentences[first].start;
  const own = flat.slice(sentences[best].start, sentences[best].end);
  // A sentence that leans on the previous one, a list item right under its lead-in, or a heading-like line ending in ":", needs its neighbour.
  if (first > 0 && (LEANS_BACK.test(own) || leadIn[best] === best - 1) && len() + (sentences[first].start - sentences[first - 1].start) <= maxChars) first--;
  if (last + 1 < sentences.length && (/:$/.test(own) || len() < 90) && sentences[last + 1].end - sentences[first].start <= maxChars) last++;
  // Still room, and the next sentence matches too: keep it (often the amount follows the rule).
  if (last + 1 < sentences.length && scored[last + 1] >= 1 && sentences[last + 1].end - sentences[first].start <= maxChars) last++;
  let start = sentences[first].start;
  let end = sentences[last].end;
  if (end - start > maxChars) {
    // One long sentence: a window around its matched words.
    const tokens = tokenMatches(flat.slice(start, end)).filter((t) => isMatch(t.token));
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
    if (isMatch(t.token)) highlights.push([before.length + t.index, before.length + t.index + t.length]);
  }
  return { text: `${before}${body}${after}`, highlights };
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
export function makeSnippet(text: string, query: string, maxChars = MAX_CHARS, matchTerms: readonly string[] = []): string {
  return quoteFundstelle(text, query, maxChars, matchTerms).text;
}
