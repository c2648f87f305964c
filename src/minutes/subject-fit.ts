/**
 * Does a decision's subject fit the TOP it was filed under? The words of the vote call and the
 * result sentence ("Wer stimmt dem Wärmeplan zu?", "Damit ist die Vergabe beschlossen.") against the
 * words of the item's title and paper. A missed item call puts the next item's decision under the
 * item before it; its subject then names the next item's matter, not this one's. Pure.
 */
import { readOutcome } from './detect-votes.js';
import { CALL_YES, normaliseGroup, OBJECTION_CALL, VOTE_OPENING } from './vocabulary.js';

/**
 * Nouns of procedure that name no matter of their own: the kind of paper, the vote, the body, the
 * reading. A decision that names only these fits any item.
 */
const PROCEDURE_NOUN = new RegExp(
  String.raw`^(?:(?:dringliche[rnms]?|änderungs|ergänzungs|zusatz|entschließungs|gegen|haupt|ursprungs|sach|geschäftsordnungs|vertagungs|dringlichkeits)?antr(?:ag|äge|ages|ags|ägen)|vorlagen?|(?:beschluss|verwaltungs|sitzungs)vorlagen?|beschlussvorschl(?:ag|äge|ages)|vorschl(?:ag|äge|ages)|beschlussempfehlung(?:en)?|empfehlung(?:en)?|beschlu(?:ss|sses)|beschlussfassung|gesetzentw(?:urf|urfs|ürfe)|gesetz(?:es)?|lesung|fassung|ziffer(?:n)?|buchst(?:abe|aben)?|punkt(?:e|es|en)?|tagesordnungspunkt(?:e|es|en)?|top|tagesordnung|dringlichkeit|mehrheit|stimmen?|gegenstimmen?|enthaltung(?:en)?|stimmenthaltung(?:en)?|handzeichen|hand|hände|karten?|stimmkarten?|gegenprobe|widerspruch|einwände|zustimmung|ablehnung|abstimmung(?:en)?|wahlgang|stimmzettel(?:n)?|haus(?:es|e)?|landtag(?:es|s)?|plenum|gremium|rat(?:es)?|ausschuss(?:es)?|protokoll(?:s)?|sitzung|verwaltung|fraktion(?:en)?|abgeordnete[nr]?|abg|kollege[n]?|kollegin|herr[n]?|frau|dr|prof|mitglied(?:er|ern)?|vorbereitung|beratung|behandlung|aussprache|überweisung|verweisung|vertagung|kenntnis|kenntnisnahme|drucks|drucksache|nr|chat|saal|liste|ergebnis|sinne|weise|art|form|text|wortlaut|ja|nein|ok|okay|frage|fragen|sache|thema|dank|zweidrittelmehrheit|debatte|schluss|redeliste)$`,
  'iu',
);

/** A matter the item's kind implies: the Einvernehmen is decided on a building application, a Satzung under a Bebauungsplan. */
const IMPLIED: [RegExp, RegExp][] = [
  [/^einvernehmen/iu, /bau|neubau|umbau|anbau|erweiterung|errichtung|nutzungsänderung|abbruch|abriss|vorhaben|voranfrage|befreiung/iu],
  [/^(?:satzung|aufstellung|offenlage|auslegung|abwägung|satzungsbeschluss|planentwurf|entwurf)/iu, /bebauungsplan|flächennutzungsplan|satzung|bauleitplan|planung|plan\b/iu],
  [/^(?:vergabe|auftrag|auftragsvergabe|zuschlag)/iu, /vergabe|auftrag|ausschreibung|sanierung|beschaffung|lieferung|leistung|bau|erneuerung/iu],
  [/^(?:verkauf|ankauf|kauf|erwerb|veräußerung|tausch)/iu, /grundstück|liegenschaft|flurstück|fläche|verkauf|ankauf|erwerb|veräußerung/iu],
  [/^(?:wahl|bestellung|berufung|benennung)/iu, /wahl|bestellung|besetzung|berufung|benennung|nachfolge|vorsitz/iu],
];

const DET = String.raw`(?:dem|der|den|die|das|diesem|dieser|diesen|diese|dieses|zur|zum|für\s+(?:den|die|das))`;
const NP = String.raw`((?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}-]+)`;
/**
 * Where a chair names the matter voted on: the object of the call ("Wer stimmt dem Wärmeplan zu?",
 * "Wer dem Vergleich zustimmt"), the subject of the result ("Damit ist die Vergabe beschlossen",
 * "Der Bericht ist zur Kenntnis genommen"), the person's new office ("zur Schiedsperson gewählt"),
 * the object of the chair's act ("überweisen wir den Gesetzentwurf", "nimmt den Bericht zur Kenntnis").
 */
const FRAMES = [
  new RegExp(String.raw`(?:^|\s)[Ww]er\s+(?:[\p{L}]+\s+){0,3}?${DET}\s+${NP}`, 'gu'),
  new RegExp(String.raw`(?:ist|sind|wird|wurde|wurden|[Hh]aben\s+wir|hat\s+(?:der|die|das)\s+\p{L}+)\s+(?:(?:damit|somit|also|hiermit|nun|jetzt|dann|auch|ebenfalls)\s+)*${DET}\s+${NP}`, 'gu'),
  new RegExp(String.raw`^(?:(?:damit|somit|dann|also|so)\s+)?(?:der|die|das|diese[rs]?)\s+${NP}(?=\s+(?:ist|sind|wird|wurde|wurden)\s)`, 'giu'),
  new RegExp(String.raw`(?:zur|zum)\s+${NP}\s+(?:[^.?!]{0,30}\s)?(?:gewählt|bestellt|berufen|benannt)`, 'gu'),
  new RegExp(String.raw`(?:[Üü]berweisen|[Vv]erweisen|[Vv]ertagen|[Nn]ehmen|nimmt|[Ss]etzen|[Ss]tellen)\s+wir\s+(?:[\p{L}]+\s+){0,2}?${DET}\s+${NP}`, 'gu'),
];

/** The head noun of a matched noun phrase, unless it names procedure, a body, a group or a person. */
function headNoun(np: string): string | undefined {
  const w = np.split(/\s+/u).pop()!.replace(/-$/u, '');
  if (w.length < 4 || PROCEDURE_NOUN.test(w) || /(?:ausschuss|ausschusses|beirat|beirates|kommission|versammlung)$/iu.test(w)) return undefined;
  if (normaliseGroup(w) !== w.toLowerCase()) return undefined;
  return w;
}

/** The distinctive words the decision's call and result sentences give its subject. */
export function subjectWords(quotes: string[]): string[] {
  const out = new Set<string>();
  for (const q of quotes) {
    if (!(CALL_YES.test(q) || VOTE_OPENING.test(q) || OBJECTION_CALL.test(q) || readOutcome(q))) continue;
    for (const f of FRAMES) {
      f.lastIndex = 0;
      for (const m of q.matchAll(f)) {
        const w = headNoun(m[1]);
        if (w) out.add(w);
      }
    }
  }
  return [...out];
}

const stem = (w: string) => w.toLowerCase().replace(/(?:es|en|er|e|s|n)$/u, '');
const titleWords = (title: string) => (title.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !PROCEDURE_NOUN.test(w));

/** One subject word fits a title: the same word or stem, or one a compound part of the other ("Satzung" – "Satzungsbeschluss"). */
export function wordFits(word: string, title: string): boolean {
  const w = word.toLowerCase();
  const s = stem(word);
  const tws = titleWords(title);
  if (tws.some((t) => t === w || stem(t) === s || (s.length >= 5 && t.includes(s)) || (t.length >= 5 && w.includes(stem(t))) || (s.length >= 6 && stem(t).length >= 6 && s.slice(0, 6) === stem(t).slice(0, 6)))) return true;
  return IMPLIED.some(([kind, item]) => kind.test(w) && item.test(title));
}

export interface Fit {
  /** Distinctive words of the subject. */
  words: string[];
  /** Some of them occur in the item's title or paper. */
  fitsOwn: boolean;
  /** Another item whose title has them, when the own title has none. */
  other?: { number: string; title: string };
}

/** How the decision's subject relates to the item's title and to the other items of the agenda. */
export function subjectFit(quotes: string[], own: string, others: { number: string; title: string }[], names: string[] = []): Fit {
  const nameParts = new Set(names.flatMap((n) => n.toLowerCase().split(/[\s-]+/u)));
  const words = subjectWords(quotes).filter((w) => !nameParts.has(w.toLowerCase()));
  if (!words.length) return { words, fitsOwn: true };
  const fitsOwn = words.some((w) => wordFits(w, own));
  if (fitsOwn) return { words, fitsOwn };
  let best: { number: string; title: string; hits: number } | undefined;
  for (const o of others) {
    const hits = words.filter((w) => wordFits(w, o.title)).length;
    if (hits && (!best || hits > best.hits)) best = { ...o, hits };
  }
  return { words, fitsOwn, ...(best ? { other: { number: best.number, title: best.title } } : {}) };
}
