/**
 * Splits a generated answer into sentences (pure), line by line so lists and paragraphs keep
 * their shape. ICU's sentence segmenter (Intl.Segmenter) does the work; German abbreviations,
 * ordinals before a month or a word in lower case, and citation markers written after the full
 * stop are then joined back to the sentence they belong to.
 */

export interface AnswerLine {
  /** Sentences of one line, in order; joined by a space they give the line again. */
  sentences: string[];
}

const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });

/** Common abbreviations in German administrative text that end in a full stop but not a sentence. */
const ABBREVIATIONS = new Set(
  [
    'abs', 'art', 'nr', 'nrn', 'ziff', 's', 'vgl', 'ggf', 'bzw', 'ca', 'gem', 'lt', 'inkl', 'zzgl', 'usw', 'etc', 'dr', 'prof', 'hr', 'fr', 'str', 'tel',
    'az', 'bd', 'kap', 'anl', 'lfd', 'max', 'min', 'mind', 'evtl', 'z', 'b', 'u', 'a', 'd', 'h', 'o', 'i', 'v', 'm', 'r', 'e', 'j', 'buchst', 'satz', 'aufl', 'bzgl',
    'einschl', 'sog', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'mio', 'mrd', 'tsd', 'std', 'mo', 'di', 'mi', 'do', 'sa', 'so',
    'geb', 'verf', 'ref', 'abt', 'dez', 'fb', 'vers', 'e.v', 'gmbh', 'no', 'para', 'sec', 'p', 'pp', 'ff', 'f', 'rn', 'rdnr', 'bzw', 'ua', 'zb', 'dh', 'vs', 'eg',
  ].map((a) => a.toLowerCase()),
);
const MONTH_START = /^(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)\b/i;
const LEADING_CITATIONS = /^(?:\s*\[[^\]\n]{1,40}\])+\s*/;
const ONLY_CITATIONS = /^(\s*\[[^\]\n]{1,40}\])+\s*[.!?]?\s*$/;

function joinsNext(current: string, next: string): boolean {
  const cur = current.trimEnd();
  const nxt = next.trimStart();
  if (!nxt) return false;
  if (ONLY_CITATIONS.test(nxt)) return true;
  if (!cur.endsWith('.')) return false;
  // "z. B.", "Abs.", "Nr." …: the word before the stop is a known abbreviation.
  const word = /([\p{L}.]+)\.$/u.exec(cur)?.[1]?.toLowerCase().replace(/^\./, '');
  if (word && (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\./g, '')))) return true;
  // "1. März", "3. Stufe": an ordinal; a sentence rarely ends in a bare number of one or two digits.
  if (/(^|[\s(])\d{1,2}\.$/.test(cur) && (MONTH_START.test(nxt) || /^[\p{Ll}\d]/u.test(nxt))) return true;
  // A "sentence" that continues in lower case was cut at an abbreviation we do not know.
  return /^[\p{Ll}]/u.test(nxt);
}

/** The sentences of one line of text. */
export function splitSentences(line: string): string[] {
  const parts = [...segmenter.segment(line)].map((s) => s.segment);
  const out: string[] = [];
  for (let part of parts) {
    // Citations written after the full stop ("… zu spät. [2] Weiter …") belong to the sentence before.
    const lead = out.length ? LEADING_CITATIONS.exec(part)?.[0] : undefined;
    if (lead && lead.trim() !== part.trim()) {
      out[out.length - 1] = `${out[out.length - 1].trimEnd()} ${lead.trim()}`;
      part = part.slice(lead.length);
    }
    if (out.length && joinsNext(out[out.length - 1], part)) out[out.length - 1] += part;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The answer as lines of sentences; empty lines are kept as paragraph breaks. */
export function splitAnswer(text: string): AnswerLine[] {
  return text.split('\n').map((line) => ({ sentences: splitSentences(line) }));
}
