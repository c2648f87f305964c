/**
 * The main words (Hauptwörter) of a question, for the record of unanswered questions and the
 * documentation gaps built from it. Same analysis as retrieval: normalisation, stop words,
 * Snowball stems, compound parts from the general German lexicon. Pure functions.
 */
import { isStopWord, normalizeWord, splitCompound, stem } from '../analysis/german.js';
import { germanLexicon, type Lexicon } from '../analysis/lexicon.js';

/** Question words that carry no topic, beyond the stop words. */
const NOISE = new Set(
  ['frage', 'fragen', 'wie', 'was', 'wo', 'wann', 'wer', 'welche', 'welcher', 'welches', 'gibt', 'kann', 'koennen', 'beantragen', 'brauche', 'erhalte', 'bekomme', 'info', 'infos', 'informationen', 'entfernt', 'finde', 'finden', 'frau', 'herr', 'herrn', 'kollege', 'kollegin', 'question', 'what', 'where', 'when', 'which', 'does', 'have'].map(normalizeWord),
);

/** Redaction placeholders ("[IBAN entfernt]") are not words of the question. */
const PLACEHOLDER = /\[[^\]]{1,40} entfernt\]/g;

/**
 * The main words of a question in their spelling, one per stem, in order: its nouns (German
 * capitalises them, so "Wo finde ich …" yields no "finde"); a question typed all in lower case
 * falls back to its content words. Words with digits (file numbers, amounts) are left out.
 */
export function mainWords(text: string): string[] {
  const words = [...text.replace(PLACEHOLDER, ' ').normalize('NFKC').matchAll(/[\p{L}][\p{L}\p{N}-]*/gu)]
    .map((m) => m[0].replace(/-+$/, ''))
    .filter((w) => {
      const norm = normalizeWord(w);
      return norm.length >= 4 && !/\d/.test(w) && !isStopWord(norm) && !NOISE.has(norm);
    });
  const nouns = words.filter((w) => /^\p{Lu}/u.test(w));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of nouns.length ? nouns : words) {
    const s = stem(normalizeWord(word));
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(word);
  }
  return out;
}

const known = (w: string, lexicon: Lexicon) => lexicon.has(w) || lexicon.hasInflected(w);

/** Linking elements (Fugenelemente), as in the retrieval's compound splitting. */
const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];

/**
 * Of the two-part readings of a compound, the one with the longest known head word: "hundesteuer"
 * is Hund + e + Steuer, not Hund + es + teuer. Longer splits are kept as they are.
 */
function preferLongTail(word: string, split: string[], lexicon: Lexicon): string[] {
  if (split.length !== 2) return split;
  let best = split;
  for (let end = 3; end <= word.length - 3; end++) {
    const modifier = word.slice(0, end);
    if (!lexicon.has(modifier) || isStopWord(modifier)) continue;
    for (const link of LINKS) {
      if (link && !word.startsWith(link, end)) continue;
      const head = word.slice(end + link.length);
      if (head.length > best[1].length && head.length >= 3 && known(head, lexicon)) best = [modifier, head];
    }
  }
  return best;
}

/**
 * True for a word of the general German vocabulary: listed in the lexicon, or a compound whose
 * parts all are ("Hundesteuer" = Hund + Steuer). Proper names, typos and codes are not — used to
 * keep personal names out when only main words are recorded (RECORD_UNANSWERED=false).
 */
export function isGeneralWord(word: string, lexicon: Lexicon = germanLexicon()): boolean {
  const norm = normalizeWord(word.replace(/-/g, ''));
  if (known(norm, lexicon)) return true;
  const parts = splitCompound(norm, lexicon);
  return parts.length > 1 && parts.every((p) => known(p, lexicon) || isGeneralWord(p, lexicon));
}

/** One part of a compound in its original spelling ("Hundesteuerermäßigung" → "Steuer"). */
export interface WordPart {
  stem: string;
  spelling: string;
}

/**
 * The stem of a main word and the stems of its compound parts, each with a spelling taken from
 * the word itself, so "Hundesteuer" and "Hundesteuerermäßigung" meet on "Steuer" and "Hund".
 */
export function topicKeys(word: string, lexicon: Lexicon = germanLexicon()): { stem: string; parts: WordPart[] } {
  // Normalised form with a map back to the original characters (ä → ae is two characters).
  let norm = '';
  const origin: number[] = [];
  const chars = [...word.normalize('NFKC')];
  chars.forEach((c, i) => {
    const n = normalizeWord(c);
    norm += n;
    for (let k = 0; k < n.length; k++) origin.push(i);
  });
  origin.push(chars.length);
  const parts: WordPart[] = [];
  let from = 0;
  // A word of the lexicon is a topic of its own ("Abmeldung" is not "Abmel" + "Dung").
  const split = known(norm, lexicon) ? [] : preferLongTail(norm, splitCompound(norm, lexicon), lexicon);
  for (const part of split) {
    const at = norm.indexOf(part, from);
    if (at < 0 || part.length < 4) continue;
    from = at + part.length;
    const spelled = chars.slice(origin[at], origin[at + part.length]).join('');
    parts.push({ stem: stem(part), spelling: spelled.charAt(0).toLocaleUpperCase('de-DE') + spelled.slice(1) });
  }
  return { stem: stem(norm), parts };
}
