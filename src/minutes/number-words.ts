/**
 * German number words as spoken in sessions ("elf dafür", "Punkt siebzehn", "einundzwanzig").
 * Covers 0–199, enough for votes in a council and agenda numbers.
 */
const UNITS: Record<string, number> = {
  null: 0, kein: 0, keine: 0, keiner: 0, ein: 1, eins: 1, eine: 1, einer: 1, einen: 1, zwei: 2, zwo: 2, drei: 3, vier: 4,
  fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14,
  fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };
const UNIT_STEMS: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };

/** Regex source matching one number token (digits or a German number word); use with the `i` flag. */
export const NUMBER_TOKEN =
  '(?:\\d{1,3}|(?:hundert(?:und)?)?(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|(?:hundert(?:und)?)?(?:null|keine[rn]?|kein|eins|eine[rn]?|ein|zwei|zwo|drei|vierzehn|vier|fünfzehn|fünf|sechzehn|sechs|siebzehn|sieben|achtzehn|acht|neunzehn|neun|zehn|elf|zwölf|dreizehn)|hundert)';

/** Parses digits or a German number word; undefined when it is neither. */
export function parseGermanNumber(token: string): number | undefined {
  let t = token.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  let base = 0;
  if (t.startsWith('hundert')) {
    base = 100;
    t = t.slice('hundert'.length).replace(/^und/, '');
    if (!t) return 100;
  } else if (t.startsWith('einhundert')) {
    base = 100;
    t = t.slice('einhundert'.length).replace(/^und/, '');
    if (!t) return 100;
  }
  if (t in UNITS) return base + UNITS[t];
  if (t in TENS) return base + TENS[t];
  const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/.exec(t);
  if (m) return base + UNIT_STEMS[m[1]] + TENS[m[2]];
  return undefined;
}
