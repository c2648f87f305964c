/**
 * The checkable facts of a sentence or passage (pure): numbers and amounts, dates, times,
 * paragraph references and form or file ids, each normalised so that "0,30 €" and "0,30 Euro",
 * "15.03.2025" and "15. März 2025", "§5" and "§ 5", "sechs Monate" and "6 Monate" compare equal.
 * A generated sentence is supported only when every fact in it occurs in a passage it cites.
 */

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, january: 1, jänner: 1, februar: 2, feb: 2, february: 2, märz: 3, maerz: 3, mär: 3, march: 3, april: 4, apr: 4,
  mai: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, dezember: 12, dez: 12, december: 12, dec: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Cardinal number words that carry a deadline or amount ("sechs Monate", "drei Angebote"); "ein/eine" is an article too often. */
const NUMBER_WORDS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, zwoelf: 12,
  vierzehn: 14, fünfzehn: 15, zwanzig: 20, dreißig: 30, hundert: 100, tausend: 1000,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, hundred: 100,
};
const NUMBER_WORD = new RegExp(`(?<![\\p{L}])(${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}])`, 'giu');

const NUMERIC_DATE = /(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)/g;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const NAMED_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s*(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'giu');
const TIME = /(?<!\d)(\d{1,2})(?:[:.](\d{2}))?\s*uhr(?![\p{L}])/giu;
const PARAGRAPH = /§§?\s*(\d+\s?[a-z]?)(?![\p{L}\d])/giu;
/** Form, file and record ids: letters and digits in one token ("A-12", "VD034", "Az. 32-1/2025" keeps "32-1/2025"). */
const ID = /(?<![\p{L}\d])(?=[\p{L}\d/-]*\d)(?=[\p{L}\d/-]*\p{L})[\p{L}\d]+(?:[-/][\p{L}\d]+)+(?![\p{L}\d])|(?<![\p{L}\d])(?:\p{L}{1,4}\d+\p{L}?|\d+\p{L})(?![\p{L}\d])/gu;
const NUMBER = /(?<![\p{L}\d])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?!\d)/gu;

const pad = (n: number | string) => String(n).padStart(2, '0');
const year = (y: string) => (y.length === 2 ? `20${y}` : y);

function canonicalNumber(raw: string): string {
  let s = raw;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  s = s.replace(/^0+(?=\d)/, '');
  return `n:${s}`;
}

export interface FactOptions {
  /** Passage side: also count the parts of dates and ids, so "2025" in a sentence matches "15.03.2025" in the passage. */
  lenient?: boolean;
}

/** The normalised facts of a text. */
export function extractFacts(input: string, options: FactOptions = {}): Set<string> {
  const facts = new Set<string>();
  const lenient = options.lenient ?? false;
  // Citation markers are not facts.
  let text = input.normalize('NFKC').replace(/\[\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*\]/g, ' ').toLowerCase();
  const consume = (re: RegExp, fn: (m: RegExpExecArray) => string[]) => {
    text = text.replace(re, (...args: unknown[]) => {
      const match = args.slice(0, -2) as string[] & { index?: number };
      for (const f of fn(Object.assign([...match], { index: 0, input: '' }) as unknown as RegExpExecArray)) facts.add(f);
      return lenient ? ` ${match[0]} ` : ' ';
    });
  };
  consume(ISO_DATE, (m) => [`d:${m[1]}-${m[2]}-${m[3]}`, ...(lenient ? [`d:--${m[2]}-${m[3]}`] : [])]);
  consume(NUMERIC_DATE, (m) => [`d:${year(m[3])}-${pad(m[2])}-${pad(m[1])}`, ...(lenient ? [`d:--${pad(m[2])}-${pad(m[1])}`] : [])]);
  consume(NAMED_DATE, (m) => {
    const month = pad(MONTHS[m[2].toLowerCase()]);
    return m[3] ? [`d:${m[3]}-${month}-${pad(m[1])}`, ...(lenient ? [`d:--${month}-${pad(m[1])}`] : [])] : [`d:--${month}-${pad(m[1])}`];
  });
  consume(TIME, (m) => [`t:${pad(m[1])}:${m[2] ?? '00'}`]);
  consume(PARAGRAPH, (m) => [`§:${m[1].replace(/\s/g, '')}`]);
  consume(ID, (m) => [`id:${m[0].replace(/[-/]/g, '')}`]);
  for (const m of text.matchAll(NUMBER)) facts.add(canonicalNumber(m[0]));
  for (const m of text.matchAll(NUMBER_WORD)) facts.add(`n:${NUMBER_WORDS[m[1].toLowerCase()]}`);
  return facts;
}
