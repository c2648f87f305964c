/**
 * Regional and casual speech in the vote sequence. Chairs of Ortschaftsräte, Gemeinderäte and small
 * committees often run the vote in their dialect: Swabian/Alemannic ("Des isch abglehnt", "Gegenstimmen?
 * – Koine.", "Dann hemmer des zur Kenntnis gnomme"), Bavarian ("Is ogno'mma", "koaner", "ned"), northern
 * colloquial ("Is bestätigt.", "Nee.", "nix"). The vote detectors read standard German; this module gives
 * them the standard reading of such words. The evidence quoted to the clerk stays verbatim.
 *
 * Only word forms that are not standard German words are mapped ("des", "mir", "hen" stay: they are
 * standard words too, or too ambiguous). A reading that needed more than the copula ("isch" / "is" →
 * "ist") is not sure: the decision built on it is marked for review.
 */

/** Dialect form → standard form. Keys lower case; the match is on whole words. */
const FORMS: Record<string, string> = {
  // copula and auxiliaries
  isch: 'ist',
  is: 'ist',
  bisch: 'bist',
  hasch: 'hast',
  hemmer: 'haben wir',
  hamma: 'haben wir',
  simmer: 'sind wir',
  samma: 'sind wir',
  sammer: 'sind wir',
  // negation and "nobody"
  net: 'nicht',
  ned: 'nicht',
  nit: 'nicht',
  nöd: 'nicht',
  nüd: 'nicht',
  nich: 'nicht',
  nix: 'nichts',
  koi: 'kein',
  koin: 'keinen',
  koine: 'keine',
  koiner: 'keiner',
  koins: 'keins',
  koa: 'kein',
  koan: 'keinen',
  koane: 'keine',
  koaner: 'keiner',
  koans: 'keins',
  kaaner: 'keiner',
  kaane: 'keine',
  keener: 'keiner',
  keene: 'keine',
  keen: 'kein',
  niemert: 'niemand',
  neamd: 'niemand',
  neamad: 'niemand',
  nee: 'nein',
  nö: 'nein',
  nä: 'nein',
  // the sides of the vote
  dagege: 'dagegen',
  degege: 'dagegen',
  dageche: 'dagegen',
  defür: 'dafür',
  dafir: 'dafür',
  enthaltunge: 'Enthaltungen',
  gegestimme: 'Gegenstimmen',
  // outcome participles
  abglehnt: 'abgelehnt',
  abgleht: 'abgelehnt',
  ogleht: 'abgelehnt',
  agnomme: 'angenommen',
  agnomma: 'angenommen',
  agnumme: 'angenommen',
  angnomme: 'angenommen',
  angenomme: 'angenommen',
  angenomma: 'angenommen',
  ognomme: 'angenommen',
  ognomma: 'angenommen',
  "ogno'mma": 'angenommen',
  gnomme: 'genommen',
  gnomma: 'genommen',
  gnumme: 'genommen',
  empfohle: 'empfohlen',
  beschlosse: 'beschlossen',
  bschlosse: 'beschlossen',
  gwählt: 'gewählt',
  gwählet: 'gewählt',
  gnehmigt: 'genehmigt',
  verwiese: 'verwiesen',
  überwiese: 'überwiesen',
  zruckgstellt: 'zurückgestellt',
  zruckgezoge: 'zurückgezogen',
  zruckzoge: 'zurückgezogen',
  zurückgezoge: 'zurückgezogen',
  abgsetzt: 'abgesetzt',
  zugstimmt: 'zugestimmt',
  gstimmt: 'gestimmt',
  vertaget: 'vertagt',
  // counts
  oiner: 'einer',
  oine: 'eine',
  oins: 'eins',
  oans: 'eins',
  zwoi: 'zwei',
  zwoa: 'zwei',
  viere: 'vier',
  fünfe: 'fünf',
  sechse: 'sechs',
  siebene: 'sieben',
  neune: 'neun',
  zehne: 'zehn',
  elfe: 'elf',
  zwölfe: 'zwölf',
};

/** Forms whose reading is clear: the copula only. */
const CLEAR = new Set(['isch', 'is', 'bisch', 'hasch']);

export interface RegionalReading {
  /** The sentence in standard German, for the detectors. */
  text: string;
  /** The dialect forms that were read (verbatim), for the clerk's note. */
  read: string[];
  /** Something beyond the copula was read: a decision built on it is not sure. */
  doubtful: boolean;
}

const WORD = /(?<![\p{L}\d'’])(?:[dD]['’](?=\p{L})|[\p{L}]+(?:['’]\p{L}+)?)(?![\p{L}\d])/gu;

const matchCase = (from: string, to: string): string => (/^\p{Lu}/u.test(from) ? to.charAt(0).toUpperCase() + to.slice(1) : to);

/** The standard reading of a sentence said in regional or casual speech. */
export function readRegional(text: string): RegionalReading {
  const read: string[] = [];
  let doubtful = false;
  const out = text.replace(WORD, (w) => {
    // "d'Grüne", "d'Hand": the Alemannic/Bavarian article.
    if (/^d['’]$/iu.test(w)) {
      read.push(w);
      return matchCase(w, 'die ');
    }
    const key = w.toLowerCase().replace(/’/gu, "'");
    const to = Object.hasOwn(FORMS, key) ? FORMS[key] : undefined;
    if (to === undefined) return w;
    read.push(w);
    if (!CLEAR.has(key)) doubtful = true;
    return /^\p{Lu}/u.test(to) ? to : matchCase(w, to);
  });
  return { text: out, read, doubtful };
}
