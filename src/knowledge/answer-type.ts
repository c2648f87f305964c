/**
 * What kind of fact a question asks for, and whether a quoted Fundstelle holds a fact of that
 * kind: a question that asks for an amount ("Was kostet …?", "Wie hoch ist die Pauschale?", "How
 * much …?", "Pauschale für …?", "Gibt es einen Zuschuss …?") is not answered by a passage that
 * names the thing but no sum (nor says that none is paid); one that asks for a time or deadline
 * ("Bis wann …?", "Wie lange …?", "Wie viele Tage …?") not by one without a date, a period or a
 * time of day; one that asks how many ("Wie viele Plätze …?") not by one without a number. Used
 * by the answer rule (answer-threshold.ts) for every source. Pure.
 */
import { normalizeWord } from './analysis/german.js';

export type AnswerType =
  /** A sum of money (or a percentage, or a statement that it is free of charge). */
  | { kind: 'money' }
  /** A deadline or a point in time: a date, a period, a time of day ("Bis wann …?", "Welche Frist …?"). */
  | { kind: 'time' }
  /** A length of time or a frequency ("Wie lange …?", "Wie oft …?"); `unit` when the question names one ("wie viele Tage"). */
  | { kind: 'duration'; unit?: TimeUnit }
  /** A number of something ("Wie viele Plätze …?", "Wie viel Speicherplatz …?"). */
  | { kind: 'count' }
  /** A place, an office or a channel ("Wo melde ich …?", "Wo liegt …?", "Bei wem …?"). */
  | { kind: 'place' };

type TimeUnit = 'minute' | 'stunde' | 'tag' | 'woche' | 'monat' | 'jahr';

/** Normalised word (see normalizeWord) → time unit, for the question's noun and the passage's. */
const TIME_UNIT = /(minute|stunde|tag|woche|monat|jahr|quartal|halbjahr|zeit|dauer|zeitraum)(?:e|en|es|s|n)?$/;
const TIME_UNIT_WORD: Record<string, TimeUnit | undefined> = { minute: 'minute', stunde: 'stunde', tag: 'tag', woche: 'woche', monat: 'monat', jahr: 'jahr', quartal: 'monat', halbjahr: 'monat' };

/** Nouns that name a sum of money ("Tagegeld", "Gebühr", "Zuschuss", "Pauschale", "Wertgrenze"). */
const MONEY_NOUN = /(geld|gebuehr|gebuehren|kosten|betrag|betraege|preis|pauschale|zulage|zuschuss|zuschlag|entschaedigung|erstattung|verguetung|budget|eigenanteil|beitrag|entgelt|honorar|summe|wertgrenze|grenze|obergrenze|hoechstbetrag|limit|gehalt|lohn|kohle|euro|rabatt|skonto|ermaessigung|miete|auslagen|vorschuss|kaution|bussgeld|verwarnungsgeld|steuer|abgabe|abgaben|zuwendung|selbstbeteiligung|tagegeld|satz|saetze|zahlung)$/;

const EN_MONEY = /\bhow\s+much\b.*\b(cost|costs|fee|fees|pay|paid|charge|charged|price|allowance|reimburs\w*|refund\w*|money|euros?|budget|subsid\w*|grant|spend|limit)\b|\bhow\s+much\s+(?:money|is|are|do|does|will|can|would)\b.*\b(cost|fee|pay|allowance|reimburs\w*|refund\w*|euros?)\b|\bwhat\s+(?:does|do|will)\b.*\bcost\b|\bhow\s+expensive\b|\bwhat(?:['’]s|\s+is|\s+are)\s+the\s+(?:[a-z-]+\s+)?(?:fee|fees|price|cost|costs|charge|allowance|amount|limit|fine|penalty|refund|reimbursement|subsidy|deposit|rate)\b|^\s*(?:is|are)\s+there\s+(?:a|an|any)\s+(?:[a-z-]+\s+){0,2}(?:subsidy|subsidies|allowance|grant|discount|bonus|reimbursement|refund|deposit|fee|charge)\b/i;
const EN_TIME = /\b(how\s+long|until\s+when|by\s+when|how\s+soon|how\s+early|how\s+far\s+in\s+advance|how\s+long\s+before|how\s+often|deadline|what\s+time|how\s+many\s+(?:minutes|hours|days|weeks|months|years|working\s+days|calendar\s+days))\b/i;

/** "Wann" with what has a time of its own: opening hours, an event's start or end, a thing to be done by. */
const WHEN_TIME = /\bwann\s+(?:öffnet|öffnen|schließt|schließen|beginnt|beginnen|endet|enden|findet|finden)\b|\bwann\b(?:\s+\S+){0,6}?\s+(?:auf|offen|geöffnet|öffnet|öffnen|geschlossen|schließt|schließen|zu|statt|beginnt|beginnen|anfängt|fängt|endet|enden|fertig|abgegeben|eingereicht|da)(?:\s+(?:sein|haben|werden))?\s*[?!.]*$|\bwann\b.{0,50}\b(?:sprechstunde|sprechzeiten?|öffnungszeiten?)\b/u;

/** With "wie lang", what makes it a question of time: a noun of a period, or a verb of keeping, waiting or lasting. */
const LANG_OF_TIME = /\p{L}*(?:frist|zeit|dauer|zeitraum)(?:en)?\b|\b(?:warten|wartet|warte|dauern|dauert|aufheben|aufbewahren|aufbewahrt|aufgehoben|gelten|gilt|gültig|bleiben|bleibt|läuft|laufen|behalten|speichern|gespeichert|brauchen|braucht)\b/u;

/** Words after "wie viel(e)" that do not name what is counted ("Wie viel bekomme ich?"). */
const NOT_A_NOUN = new Set(['ich', 'man', 'wir', 'sie', 'er', 'es', 'du', 'ihr', 'darf', 'kann', 'muss', 'soll', 'ist', 'sind', 'wird', 'werden', 'gibt', 'bekomme', 'bekommt', 'kriege', 'krieg', 'kriegt', 'zahlt', 'zahle', 'kostet', 'kosten', 'habe', 'hab', 'hat', 'haben', 'bleibt', 'mal', 'der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'ein', 'einen', 'noch', 'denn', 'eigentlich', 'genau', 'maximal', 'max', 'hoechstens', 'mindestens', 'sich', 'uns', 'mir', 'dir']);

/**
 * The kind of fact a question asks for, or undefined when it asks for none in particular
 * ("Gibt es …?", "Wer …?", "Wie beantrage ich …?", a plain "Wann …?" that may be answered by a
 * condition).
 */
export function askedAnswerType(question: string): AnswerType | undefined {
  const q = question.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  if (/[a-z]/.test(q) && (EN_MONEY.test(q) || EN_TIME.test(q))) return englishType(q);
  if (/\bwas\s+(?:kostet|kosten|verlangt|verlangen|nimmt|zahlt|zahlen|bekommt|bekommen|erhält|erhalten)\b.{0,40}\b(?:für|pro|je)\b|\bwas\s+kostet\b|\bwie\s*teuer\b|\bwie\s*viel\s+(?:kostet|kosten|geld|euro|kohle|zahl\w*|muss\s+ich\s+(?:\w+\s+)?(?:zahlen|bezahlen))\b|\bbis\s+zu\s+welche[mrn]\s+(?:betrag|wert|summe|höhe)\b|\b(?:welche[nrm]?|in\s+welcher)\s+(?:betrag|höhe|summe|gebühr|wertgrenze|preis)\b/.test(q)) return { kind: 'money' };
  if (namesMoneyAlone(question)) return { kind: 'money' };
  const hoch = /\bwie\s+hoch\s+(?:ist|sind|liegt|liegen|wäre|fällt|fallen|darf|dürfen|war)?\s*(?:denn\s+|eigentlich\s+|aktuell\s+)?(?:der|die|das|den|dem)?\s*([\p{L}-]+)/u.exec(q);
  if (hoch && MONEY_NOUN.test(normalizeWord(hoch[1]))) return { kind: 'money' };
  if (/\bwie\s+lange\b|\bwie\s+oft\b|\bwie\s+viel\s+zeit\b/.test(q)) return { kind: 'duration' };
  // "Wie lang" asks for a length ("Wie lang muss das Kennwort sein?") unless it asks of a period or of keeping, waiting, lasting.
  if (/\bwie\s+lang\b/.test(q) && LANG_OF_TIME.test(q)) return { kind: 'duration' };
  // A plain "Wann …?" may ask for a condition ("Wann brauche ich eine Genehmigung?"), but not with a verb or noun
  // of opening hours, events and completion: "Wann hat der Betriebsarzt auf?", "Wann findet die Sitzung statt?",
  // "Wann muss der Antrag fertig sein?" ask for a day or a time.
  if (WHEN_TIME.test(q)) return { kind: 'time' };
  if (/\b(?:bis|seit)\s+wann\b|\bwie\s+früh\b|\bwie\s+spät\b|\bum\s+wie\s*viel\s+uhr\b|\b(?:welche[rnm]?|innerhalb\s+welcher|in\s+welcher)\s+(?:frist|zeitraum|zeitpunkt|uhrzeit|zeit)\b|\bwann\b.{0,60}\bspätestens\b|\bspätestens\s+wann\b/.test(q)) return { kind: 'time' };
  const many = /\bwie\s*viel(?:e|en|er|es)?\b((?:\s+[\p{L}-]+){0,2})/u.exec(q);
  // "Wie viele Tage …", "wie viel Prozent Skonto …": what is counted names the kind; a number of anything
  // else ("Wie viele Plätze …?", "Wie viel Speicherplatz …?") is answered by a number too.
  for (const w of many ? many[1].trim().split(' ').filter((x) => x && !NOT_A_NOUN.has(normalizeWord(x))) : []) {
    const unit = timeUnitOf(w);
    if (unit.time) return { kind: 'duration', ...(unit.unit ? { unit: unit.unit } : {}) };
    if (MONEY_NOUN.test(normalizeWord(w))) return { kind: 'money' };
  }
  if (many && many[1].trim().split(' ').some((x) => x && !NOT_A_NOUN.has(normalizeWord(x)))) return { kind: 'count' };
  // "Wo liegt die Grenze …?" asks for a threshold, not a place.
  if (/(?:^|[\s,–-])wo\b(?!\s+(?:liegt|liegen)\s+(?:die|der|das)\s+\p{L}*(?:grenze|schwelle|wert|betrag|unterschied|problem))|\bbei\s+wem\b|\ban\s+wen\b|\bwohin\b/u.test(q)) return { kind: 'place' };
  return undefined;
}

/** Interrogatives: a question with one of them says what it asks in its own words. */
const INTERROGATIVE = /\b(?:wie|was|wer|wen|wem|wessen|wann|wo|wo[r]?(?:her|hin|mit|für|zu|auf|aus|durch|an|über|von|nach|bei|in|um)|welche[nmrs]?|warum|wieso|weshalb|weswegen|ob)\b/i;

/**
 * A question that names a sum of money and nothing else it asks: elliptical ("Pauschale für die
 * Verpflegung auf der Klausur?", "Eigenanteil beim Jobticket?") or "Gibt es einen Zuschuss für …?".
 * Either is answered by an amount, or by a statement that none is paid.
 */
function namesMoneyAlone(question: string): boolean {
  const q = question.normalize('NFKC').trim();
  const gibtEs = /^[Gg]ibt\s+es\s+(?:(?:eine[nm]?|ein|keine[nm]?|kein|auch)\s+)*(?:\p{Ll}+\s+)?(\p{Lu}[\p{L}-]*)/u.exec(q);
  if (gibtEs && MONEY_NOUN.test(normalizeWord(gibtEs[1]))) return true;
  // The sum and what it is for ("Pauschale für …", "Kaution beim …"); not a keyword alone ("Hundesteuerermäßigung?": its
  // conditions as much as its amount) nor a keyword list that names what is asked of it ("Hundesteuer Pflicht?").
  const first = /^(\p{Lu}[\p{L}-]*)\s+(?:für|bei|beim|pro|je|zum|zur|im|in|an|am|auf|nach|mit|ab|bis|von|vom)\s/u.exec(q);
  return !!first && !INTERROGATIVE.test(q) && MONEY_NOUN.test(normalizeWord(first[1])) && q.split(/\s+/).length <= 10;
}

function englishType(q: string): AnswerType | undefined {
  if (EN_MONEY.test(q)) return { kind: 'money' };
  const time = EN_TIME.exec(q);
  if (time) {
    const unit = /\bhow\s+many\s+(?:working\s+|calendar\s+)?(minute|hour|day|week|month|year)s?\b/.exec(q);
    const map: Record<string, TimeUnit> = { minute: 'minute', hour: 'stunde', day: 'tag', week: 'woche', month: 'monat', year: 'jahr' };
    if (/\b(?:until|by)\s+when\b|\bdeadline\b|\bwhat\s+time\b/.test(q)) return { kind: 'time' };
    return { kind: 'duration', ...(unit ? { unit: map[unit[1]] } : {}) };
  }
  return undefined;
}

/** `time`: the word names a period; `unit` when a unit ("Tage"), none for "Zeit", "Dauer". */
function timeUnitOf(word: string): { time?: true; unit?: TimeUnit } {
  const m = TIME_UNIT.exec(normalizeWord(word));
  if (!m) return {};
  const unit = TIME_UNIT_WORD[m[1]];
  return unit ? { time: true, unit } : { time: true };
}

const NUMBER_WORDS = 'eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|sechzig|hundert|tausend|halbe[nr]?|anderthalb|eineinhalb|doppelte[nr]?|\\p{L}+fache[ns]?|hälfte|drittel|viertel';
/** A number as written in a Fundstelle: digits (not a paragraph, a phone number or a room), or a number word. */
const NUMBER = `(?:(?<![§\\d])(?<!§\\s)(?<!(?:abs|nr|ziff|tel|telefon|raum|zimmer|durchwahl|rufnummer|nummer|az|aktenzeichen|tvöd|stufe)\\.?\\s?)\\d+(?:[.,]\\d+)*(?:\\s?-\\s?\\d+)?|\\b(?:${NUMBER_WORDS})\\b)`;
const ARTICLE_NUMBER = '\\b(?:ein|eine|einen|einem|einer|eines|je|pro|jede[nrms]?|jährlich|alle)\\b';
const MONEY = new RegExp(`${NUMBER}\\s?(?:(?:tausend|millionen?|milliarden?|mio\\.?|mrd\\.?)\\s)?(?:euro|eur|€|cent|ct\\b|prozent|%|dollar|us-dollar|\\$|pfund|£|franken|mark)|(?:€|eur|\\$|£)\\s?\\d|\\b(?:kostenlos|kostenfrei|gebührenfrei|unentgeltlich|entgeltfrei|nicht\\s+(?:erstattet|gezahlt|gewährt|übernommen|vergütet|erhoben)|(?:erstattet|zahlt|gezahlt|gewährt|übernimmt|übernommen|vergütet)\\s+(?:\\p{L}+\\s+){0,3}nicht\\b|keine[nr]?\\s+\\p{L}*(?:gebühr|gebühren|kosten|erstattung|zulage|pauschale|zuschuss|zuschlag|entschädigung|vergütung|beitrag|eigenanteil|kaution|selbstbeteiligung|entgelt))`, 'iu');
const TIME_WORDS = '(?:\\p{L}*(?:minute|stunde|tag|woche|monat|jahr|quartal|halbjahr|jahrhundert|jahrzehnt))(?:e|en|es|s|n)?';
const PERIOD = new RegExp(`(?:${NUMBER}\\.?|${ARTICLE_NUMBER}|\\b(?:erste|ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|zehnten|folgenden|nächsten|laufenden|mehrere[nr]?|einige[nr]?|wenige[nr]?)\\b)\\s(?:\\p{L}+\\s)?${TIME_WORDS}\\b`, 'iu');
/** A length of time counted in units ("30 Arbeitstage", "sechs Monate", "einen Tag", "alle zwei Jahre"), no ordinal ("am ersten Tag"). */
const COUNTED_PERIOD = new RegExp(`(?:${NUMBER}|${ARTICLE_NUMBER}|\\b(?:mehrere[nr]?|einige[nr]?|wenige[nr]?)\\b)\\s(?:\\p{L}+\\s)?${TIME_WORDS}\\b`, 'iu');
const MONTHS = 'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';
const POINT_IN_TIME = new RegExp(`\\b\\d{1,2}\\.\\s?(?:\\d{1,2}\\.(?:\\d{2,4})?|(?:${MONTHS}))|\\b(?:${MONTHS})\\b|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?uhr\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:1[5-9]|20)\\d{2}\\b|\\b\\d+\\s?-?mal\\b|\\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|werktag)s?\\b|\\b(?:unverzüglich|sofort|umgehend|spätestens|frühestens|jährlich|monatlich|wöchentlich|täglich|quartalsweise|einmal|zweimal|dreimal|unbefristet|befristet|vorab|vorher|rechtzeitig|vor\\s+beginn|vor\\s+antritt|ende\\s+de[sr]|anfang\\s+de[sr]|beginn\\s+de[sr])\\b`, 'iu');

/** The end of a period ("bis zum 30. April", "bis Ende des Jahres"), a span of years ("1870 bis 1939"), or none ("unbefristet"). */
const UNTIL = new RegExp(`\\bbis\\s(?:zum|zur|ende|spätestens|\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|${MONTHS})|(?:${MONTHS}))\\b|\\b(?:1[5-9]|20)\\d{2}\\s?(?:-|–|bis)\\s?\\d{2,4}\\b|\\b(?:unbefristet|dauerhaft|auf\\s+dauer)\\b`, 'iu');
const FREQUENCY = /\b(?:jährlich|halbjährlich|monatlich|wöchentlich|täglich|quartalsweise|einmal|zweimal|dreimal|\d+\s?-?mal)\b/iu;

/**
 * A number that counts: as NUMBER, but not glued to a name ("FIDO2", "A4") and not an
 * organisation or section code ("Sachgebiet 10.4", "bei 20.3": German writes decimals with a comma).
 */
const COUNT_NUMBER = new RegExp(`(?<![\\p{L}\\d.,])(?:${NUMBER})(?<!\\d\\.\\d{1,2})(?![\\d.]*\\p{L}*\\d)(?!\\.\\d)|\\b(?:${NUMBER_WORDS})\\b`, 'iu');

/**
 * A place, an office or a channel as a Fundstelle states it: a local preposition with what follows
 * ("im Foyer", "an der Pforte", "beim Bürgerbüro", "über das Portal"), a room or an address, an
 * organisation unit, a link, an e-mail address or a way of reaching someone ("online", "telefonisch").
 */
const PLACE = /\b(?:im|am|beim|vom|zum|zur|ins|in\s+(?:der|dem|den|einem|einer|die|das)|an\s+(?:der|dem|den|die|das|einem|einer|jede[mn])|auf\s+(?:der|dem|den|die|das|einem|einer)|bei\s+(?:der|dem|den|einem|einer|ihre[rm]|\d)|über\s+(?:das|den|die)|vor\s+(?:der|dem)|neben|gegenüber|unter\s+(?:https?|www|der\s+(?:adresse|nummer|rufnummer|durchwahl))|raum|zimmer|etage|geschoss|fachbereich|sachgebiet|team|amt|stelle|büro|portal|intranet|online|telefonisch|per\s+(?:e-?mail|mail|post|telefon))\b|@|https?:|www\.|\p{L}(?:straße|str\.|weg|platz|allee)\b/iu;

/** Whether a quoted text holds a fact of the asked kind. */
export function holdsAnswerType(type: AnswerType, text: string): boolean {
  const t = text.normalize('NFKC').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();
  switch (type.kind) {
    case 'money':
      return MONEY.test(t);
    case 'time':
      return PERIOD.test(t) || POINT_IN_TIME.test(t);
    case 'count':
      return COUNT_NUMBER.test(t) || /\b(?:(?:es\s+gibt|gibt\s+es)\s+kein\p{L}*|keine[nrs]?(?=\s*(?:[.;]|$))|mehrere[nr]?|zahlreiche[nr]?|dutzende?|unbegrenzt|beliebig\s+viele)\b/u.test(t);
    case 'place':
      // "in Rheinfeld", "nach Köln": a preposition before a name (read on the text as written).
      return PLACE.test(t) || /\b(?:in|nach|aus|bei)\s+\p{Lu}/u.test(text.normalize('NFKC'));
    case 'duration':
      if (type.unit) return unitPeriods(t).includes(type.unit);
      return COUNTED_PERIOD.test(t) || UNTIL.test(t) || FREQUENCY.test(t);
  }
}

/** The time units of the periods a text names ("30 Arbeitstagen" → tag, "sechs Monate" → monat). */
function unitPeriods(t: string): TimeUnit[] {
  const out: TimeUnit[] = [];
  for (const m of t.matchAll(new RegExp(COUNTED_PERIOD.source, 'giu'))) {
    const u = TIME_UNIT.exec(normalizeWord(m[0].split(' ').pop() ?? ''));
    const unit = u ? TIME_UNIT_WORD[u[1]] : undefined;
    if (unit) out.push(unit);
  }
  return out;
}
