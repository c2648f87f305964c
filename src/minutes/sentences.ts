/**
 * The one sentence segmenter of the minutes engine. Every detector (votes, procedure, Befangenheit,
 * segmentation, quotes) reads a TOP as a stream of sentences that keep their cue id, speaker and time,
 * so that each recognised fact can point to the words it rests on.
 *
 * German session talk has two traps for naive splitting: abbreviations and ordinals ("Drucks. 20/7",
 * "Nr. 12", "Dr. Weber", "die 14. Sitzung", "TOP 4."), and the protocol dash that separates a chair's
 * question from the answer in the same turn ("Wer stimmt zu? – CDU und SPD."). The dash answer is a
 * sentence of its own, flagged `answer`.
 */
import type { Cue } from './types.js';

export interface Sentence {
  text: string;
  /** Cue the sentence comes from (a merged turn keeps the id of its first cue). */
  cueId: string | null;
  speaker: string | null;
  /** Seconds from the start of the recording. */
  at: number;
  /** Starts with a protocol dash: the answer to the question before it. */
  answer: boolean;
  /** Index of the cue in the input list. */
  cue: number;
  /** The words as said, when `text` is a standard reading of regional speech (see regional-speech.ts). */
  verbatim?: string;
  /** The regional forms read, when the reading is not sure (more than the copula). */
  regional?: string[];
}

/** Word boundaries for German text (letters incl. umlauts and digits); use in RegExp sources with the `u` flag. */
export const WB_L = String.raw`(?<![\p{L}\d])`;
export const WB_R = String.raw`(?![\p{L}\d])`;

/** Words after which a dot does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'nr', 'drucks', 'drs', 'ds', 'abs', 'art', 'dr', 'prof', 'vgl', 'bzw', 'ca', 'ggf', 'inkl', 'u', 'a', 'z', 'b', 'd', 'h', 'st', 'str', 'abg', 'hr', 'fr',
    'gem', 'lt', 'ziff', 'buchst', 'tgo', 'top', 'tsd', 'mio', 'mrd', 'evtl', 'usw', 'etc', 'allg', 'bzgl', 'dipl', 'ing', 'kap', 'anl', 'vorl', 'tel', 'c', 'e', 'v', 'o', 'i', 's',
  ],
);

/** Splits one text into sentences; the protocol dash after ?/!/. starts a new one. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.!?:])(\s+)(?=(?:[–-]\s)|[\p{Lu}\d„"(])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + 1;
    if (m[1] === '.' && !endsSentence(text, m.index)) continue;
    if (m[1] === ':' && !/^\s+[–-]\s/u.test(text.slice(end))) continue;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end + m[2].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Does the dot at `dot` end a sentence? Not after an abbreviation, an initial or an ordinal number. */
function endsSentence(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 24), dot);
  const word = /([\p{L}\d]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\d{1,3}$/u.test(word)) {
    // "die 14. Sitzung", "am 6. Februar", "TOP 4. Bebauungsplan": an ordinal when a lower-case word,
    // a month or a capitalised noun phrase continues it; "…, es sind 12. Damit …" is a sentence end.
    const after = text.slice(dot + 1, dot + 30);
    if (/^\s+(?:\p{Ll}|(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Sitzung|Plenarsitzung|Lesung|Änderung|Nachtrag|Satzung)\b)/u.test(after)) return false;
    return true;
  }
  return true;
}

/** The sentence stream of a list of cues. */
export function sentencesOf(cues: Cue[]): Sentence[] {
  const out: Sentence[] = [];
  cues.forEach((cue, i) => {
    for (const s of splitSentences(cue.text)) {
      const answer = /^[–-]\s/u.test(s);
      out.push({ text: answer ? s.replace(/^[–-]\s+/u, '') : s, cueId: cue.id ?? null, speaker: cue.speaker, at: cue.start, answer, cue: i });
    }
  });
  return out;
}

/** Hesitation sounds as Teams transcribes them ("äh", "ähm", "äääh", "öhm", "hm", "mhm", "ehm"); not "eh" (a word). */
const FILLER = /(?<![\p{L}])(?:ä+h+m*|ö+h+m*|e+h*m+|h+m+|m+h+m+)(?![\p{L}])(?:\s*(?:\.{3}|…))?/giu;
const GAP = '\uE000';

/**
 * Fillers removed from quoted contributions, with the punctuation they bring: "ob die Stadt, äh, auch"
 * → "ob die Stadt, auch"; "Äh, hallo?" → "Hallo?" (the sentence keeps its capital); "Ja, äh." → "Ja.".
 */
export function withoutFillers(text: string): string {
  return text
    // A capitalised "Öhm" after a word is a name ("Herr Öhm"); Teams writes fillers in lower case mid-sentence.
    .replace(FILLER, (m: string, at: number, all: string) => (/^\p{Lu}/u.test(m) && /\p{L}\s+$/u.test(all.slice(Math.max(0, at - 3), at)) ? m : GAP))
    // "Ja, äh, das stimmt" keeps the comma after the interjection; "Dann, äh, kommen wir" loses both.
    .replace(/(?<![\p{L}])(ja|nein|gut|danke|okay|ok|na|tja|also|bitte|genau|so)([,;])\s*\uE000\s*[,;]/giu, '$1$2')
    .replace(/([,;])\s*\uE000\s*[,;]\s*(?=(?:dass|weil|wenn|ob|oder|aber|sondern|denn|obwohl|damit)(?![\p{L}]))/giu, '$1 ')
    .replace(/[,;]\s*\uE000\s*[,;]/gu, ' ')
    .replace(/(^|[.!?…]\s+)\uE000\s*[.!?…]+\s*/gu, '$1')
    .replace(/(^|[.!?…:]\s+|„)\uE000[\s,;]*(\p{Ll})/gu, (_m, before: string, first: string) => `${before}${first.toUpperCase()}`)
    .replace(/\s*\uE000[\s,;]*/gu, ' ')
    .replace(/[,;]\s*([.!?…])/gu, '$1')
    .replace(/\s+([,.!?;:])/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
}
