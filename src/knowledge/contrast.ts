/**
 * Modifiers that split one topic into cases a passage states separately: half and whole days, an
 * upper and a lower bound, the simple and the extended version of a certificate, part-time and
 * full-time staff, travel abroad and at home, one relative and another. A question that asks for one case ("Wie viele halbe
 * Gleittage …?", "Wie lange höchstens …?", "Was kostet die erweiterte Auskunft?") is not answered
 * by a sentence that names the other case and not the asked one ("zwölf ganze Gleittage",
 * "mindestens drei Monate vorher", "die einfache Auskunft kostet 10 Euro"): the sentence gives the
 * figure of the neighbouring case. A yes/no question ("Gilt das auch für Teilzeitkräfte?") is
 * answered by the other case too ("nur für Vollzeitkräfte"), so only a question with an
 * interrogative asks for one case. The pairs are German word classes, not words of any one
 * folder. Used by the answer rule (answer-threshold.ts) for every source. Pure.
 */

/** Both sides of a contrast, each as a pattern over lower-cased text (NFKC). */
const PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  // halbe / ganze (Tage, Stellen, Gleittage); "halbtags" / "ganztags".
  [/\bhalbe[nrs]?\b|\bhalbtag\p{L}*|\bhalbtägig\p{L}*/u, /\bganze[nrs]?\b|\bganztag\p{L}*|\bganztägig\p{L}*/u],
  // An upper and a lower bound of an amount or a period.
  [/\b(?:höchstens|maximal|längstens|max\.)(?!\p{L})/u, /\b(?:mindestens|wenigstens|minimal|min\.)(?!\p{L})/u],
  // The earliest and the latest point in time.
  [/\bfrühestens\b/u, /\bspätestens\b/u],
  // The simple and the extended form of a certificate or an information (attributive forms only: "einfach" alone is an adverb).
  [/\beinfache[nrms]?\b/u, /\berweitert\p{L}*|\bqualifiziert\p{L}*/u],
  // Part-time and full-time, also inside compounds ("Teilzeitbeschäftigte").
  [/\p{L}*teilzeit\p{L}*/u, /\p{L}*vollzeit\p{L}*/u],
  // Abroad and at home, also as a compound's first part ("Auslandsdienstreise"); not inside a name ("Rheinland").
  [/\bausland\p{L}*|\bausländisch\p{L}*/u, /\binland\p{L}*|\binländisch\p{L}*/u],
  // Trips of one day and of several.
  [/\beintägig\p{L}*/u, /\bmehrtägig\p{L}*/u],
  // Fixed-term and permanent.
  [/\bbefristet\p{L}*/u, /\bunbefristet\p{L}*/u],
  // Gross and net sums.
  [/\bbrutto\b/u, /\bnetto\b/u],
  // The weekend and the working week ("samstags" / "montags bis freitags").
  [/\b(?:samstag|sonnabend|sonntag|wochenende)\p{L}*/u, /\b(?:montag|dienstag|mittwoch|donnerstag|freitag|werktag|wochentag)\p{L}*/u],
  // An ordinary and an extraordinary notice or meeting.
  [/\bordentlich\p{L}*/u, /\baußerordentlich\p{L}*|\bfristlos\p{L}*/u],
  // Minors and adults.
  [/\bminderjährig\p{L}*/u, /\bvolljährig\p{L}*|\berwachsene[nr]?\b/u],
];

/** A whole word (no letter before or after: "\\b" would split at an umlaut or "ß", "Großmutter" is no "Mutter"). */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'u');

/**
 * Relatives, each kind a case of its own: a rule for the death or the illness of one relative
 * ("beim Tod der Ehegattin, eines Kindes oder Elternteils") says nothing of another ("der Großmutter").
 */
const RELATIVES: readonly RegExp[] = [
  word('großmutter|großmütter|großvater|großväter|großeltern|großelternteils?|oma|opa'),
  word('mutter|mütter|vater|väter|vaters|eltern|elternteils?|elternteilen|mama|papa'),
  word('kind|kinder|kindes|kindern|sohn|sohnes|söhne|tochter|töchter'),
  word('ehegatte|ehegatten|ehegattin|ehefrau|ehemann|ehemannes|ehepartners?|ehepartnerin|lebenspartners?|lebenspartnerin'),
  word('bruder|bruders|brüder|schwester|schwestern|geschwister|geschwistern'),
  word('enkel|enkels|enkelin|enkelkind|enkelkinder|enkelkindes'),
  word('onkel|onkels|tante|tanten|neffe|neffen|nichte|nichten|cousin|cousine'),
  word('schwiegermutter|schwiegervater|schwiegervaters|schwiegereltern|schwiegersohn|schwiegertochter'),
];

/** Interrogatives: a question with one asks for a fact of one case; without one it may be a yes/no question. */
const INTERROGATIVE = /\b(?:wie|was|wer|wen|wem|wessen|wann|wo|wohin|woher|welche[nmrs]?|wieviele?|wozu|womit|wofür)\b/u;

/** A case the question asks for: its own side of a contrast, and the other side. */
export interface AskedCase {
  own: RegExp;
  other: RegExp;
}

/** The cases a question asks for: for each contrast of which it names one side only; none for a question without an interrogative. */
export function askedCases(question: string): AskedCase[] {
  const q = flat(question);
  if (!INTERROGATIVE.test(q)) return [];
  const out: AskedCase[] = [];
  for (const [a, b] of PAIRS) {
    const hasA = a.test(q);
    const hasB = b.test(q);
    if (hasA && !hasB) out.push({ own: a, other: b });
    else if (hasB && !hasA) out.push({ own: b, other: a });
  }
  const named = RELATIVES.filter((r) => r.test(q));
  if (named.length === 1) out.push({ own: named[0], other: anyOf(RELATIVES.filter((r) => r !== named[0])) });
  return out;
}

/** Whether a text names the other side of an asked case and not the asked side: it states the neighbouring case. */
export function statesOtherCase(cases: readonly AskedCase[], text: string): boolean {
  if (!cases.length) return false;
  const t = flat(text);
  return cases.some((c) => c.other.test(t) && !c.own.test(t));
}

function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join('|'), 'u');
}

function flat(text: string): string {
  return text.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();
}
