/**
 * Splits the cleaned transcript into Tagesordnungspunkte from the chair's calls, in any of the usual
 * wordings ("Wir kommen zu Tagesordnungspunkt 4", "Dann rufe ich TOP 5 auf", "Zu TOP 8:",
 * "Tagesordnungspunkt 63:", "zum nächsten Tagesordnungspunkt", "TOP 4 b", "4.1"), aligned with the
 * agenda by number and, where the chair only reads the title, by the title (fuzzy). Items called
 * together ("zusammen mit Tagesordnungspunkt 78") are linked.
 *
 * Privacy fails closed: every sign of the non-public part starts it, and only an explicit restoring
 * of the public ("Die Öffentlichkeit ist wiederhergestellt") ends it. Talk heard in the non-public
 * part never stays in a public item: the item moves to the non-public document with a warning.
 */
import { readOutcome } from './detect-votes.js';
import { NUMBER_TOKEN, parseGermanNumber } from './number-words.js';
import { splitSentences } from './sentences.js';
import type { AgendaItem, Cue } from './types.js';
import { BARE_NUMBER_CALL, CALL_YES, VOTE_OPENING, FORWARD_NONPUBLIC, ITEM_ANNOUNCED, ITEM_CALL_LEAD, ITEM_NUMBER, ITEM_WORD, NEXT_ITEM_CALL, NONPUBLIC_START, PUBLIC_AGAIN, nonPublicDeferred, STANDING_ITEM, STANDING_SHORT, mattersCall, motionNamed, ordinalCall, ownWordsCall, titleOnlyCall, topicCall } from './vocabulary.js';

export interface Segment {
  number: string;
  title: string;
  public: boolean;
  paper?: string;
  /** Beschlussvorschlag of the item's paper, from the agenda. */
  resolution?: string;
  /** False when the agenda lists the item but no transition to it was heard. */
  found: boolean;
  cues: Cue[];
  /** Public/non-public as heard in the session (before the agenda flag is applied). */
  spokenPublic: boolean;
  /** Some of its talk was heard in the non-public part. */
  heardNonPublic: boolean;
  /** Numbers of items called and debated together with this one. */
  joint: string[];
  /** Found only by its title (no numbered call). */
  byTitle: boolean;
  /**
   * Found by its title without doubt: as the next open agenda item, by most of a title of at least
   * three distinctive words, or by a call without number in a session without agenda.
   */
  titleCertain: boolean;
  /** Warnings about this item only. */
  warnings: string[];
  /** Called by a number the agenda does not have (added in the session). */
  addedInSession?: boolean;
}

export interface Segmentation {
  /** Cues before the first transition (opening, Beschlussfähigkeit, agenda approval). */
  preamble: Cue[];
  segments: Segment[];
  /** Session-wide notes (agenda alignment). */
  warnings: string[];
  /** For each numbered call with a spoken title: does it share words with the agenda's title? */
  titleChecks: { number: string; agree: boolean; titled?: boolean }[];
}

const L = String.raw`(?<![\p{L}\d])`;
const TRANSITION = new RegExp(String.raw`${L}(?:${ITEM_CALL_LEAD}|(?:dann|nun|jetzt)\s+rufe\s+ich|rufe\s+ich(?:\s+(?:nun|jetzt|dann|zuerst|zunächst))?|(?:zunächst|zuerst|dann|nun|jetzt)\s+zu(?:m)?)\s+(?:(?:die\s+|der\s+)?(?:beratung|behandlung|abstimmung|aussprache)\s+(?:des|zu|zum|über\s+den)\s+)?(?:den\s+|dem\s+|die\s+)?(?:aufruf\s+(?:des|von)\s+)?${ITEM_WORD}\s+(?:nummer\s+|nr\.\s+)?${ITEM_NUMBER}`, 'iu');
/** A sentence that starts with the item word: "Tagesordnungspunkt 64: …", "TOP 5 b.", "Zu TOP 8". */
const TRANSITION_AT_START = new RegExp(String.raw`^(?:(?:so|gut|also|dann|danke|vielen\s+dank|okay|ok|damit|nächster\s+punkt|weiter|und|jetzt|nun)[,.:]?\s+)*(?:zu(?:m)?\s+)?(${ITEM_WORD})\s+(?:nummer\s+)?${ITEM_NUMBER}`, 'iu');
/** "Dann, wie vereinbart, Tagesordnungspunkt 9": a short clause between the lead and the item word. */
const TRANSITION_AFTER_CLAUSE = new RegExp(String.raw`^(?:(?:so|gut|also|dann|danke|okay|ok|und|jetzt|nun)[,.:]?\s+)*(?:[^.!?,]{1,30},\s+)(tagesordnungspunkt|top)\s+(?:nummer\s+)?${ITEM_NUMBER}`, 'iu');
/** A sub-item by its number alone: "Zu 3.2, dem Satzungsbeschluss", "wir beginnen mit 3.1", "stimmen wir über 4 b ab". */
const SUB_ITEM_NUMBER = /(?:^|\s)(?:zu|mit|über|unter|bei)\s+(\d{1,2}(?:\.\d{1,2}|\s?[a-h]))(?![\p{L}\d])(?!\.\d)/iu;
/** "Der zweite Bauantrag, …", "Dann die dritte Vorlage": the next sub-item of the item being dealt with, by its ordinal. */
const SUB_ORDINAL = /^(?:(?:[Ss]o|[Gg]ut|[Aa]lso|[Dd]ann|[Uu]nd|[Jj]etzt|[Nn]un)[,.]?\s+)*(?:[Dd]er|[Dd]ie|[Dd]as|[Zz]um|[Zz]ur)\s+(?:zweite|dritte|vierte|fünfte|sechste|siebte|nächste)[nrs]?\s+\p{Lu}\p{Ll}{3,}/u;
/**
 * "Vier b.", "Dann 4 b, die Scheune …", "Und fünf Punkt zwei:": the next sibling of the sub-item being dealt
 * with, by its bare number (digits or words) at the start of the chair's sentence; a sentence of its own or
 * followed by a comma, colon or dash. Only the very next sibling counts ("4a" → "4b", "4.1" → "4.2").
 */
const SIBLING_AT_START = new RegExp(String.raw`^(?:(?:so|gut|also|dann|und|jetzt|nun|weiter\s+mit)[,.]?\s+)*(${NUMBER_TOKEN})(?:\s?([a-h])|\s+punkt\s+(${NUMBER_TOKEN})|\.(\d{1,2}))\s*(?=[.,:;–-]|$)`, 'iu');
/**
 * A chair's turn that opens with one or two nouns and nothing else: "Friedhof.", "Hallenbelegung für 27.",
 * "Dann Kanalbau." Returns the lower-case content words (five letters or more).
 */
function keywordCall(sentence: string): string[] | undefined {
  const m = /^(?:(?:so|gut|dann|jetzt|nun|und)[,]?\s+)?(\p{Lu}\p{Ll}{4,}(?:-\p{Lu}?\p{Ll}+)?(?:\s+(?:für|zum|zur|im|am|in|der|des|an|und)\s+(?:\p{Lu}[\p{L}-]+|\d{2,4}))?)\s*[.:]$/u.exec(sentence);
  if (!m || NOT_A_KEYWORD.test(m[1])) return undefined;
  const words = (m[1].toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !STOP.has(w));
  return words.length ? words : undefined;
}
const NOT_A_KEYWORD = /^(?:Danke|Prima|Super|Genau|Richtig|Okay|Schön|Bitte|Moment|Ruhe|Achtung|Entschuldigung|Gegenprobe|Enthaltungen?|Gegenstimmen?|Abstimmung|Einstimmig|Mehrheitlich|Angenommen|Abgelehnt|Beschlossen|Vertagt|Weiter|Fertig|Sonst|Nächster|Wortmeldungen?|Fragen?)(?![\p{L}])/u;
/** Length of the longest common substring of two words (compound parts: "hallenbelegung" – "belegungsplan" → 8). */
function sharedPart(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let k = 0;
    while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
    if (k > best) best = k;
  }
  return best;
}
/** A Befangenheit or Mitwirkungsverbot named in the sentence (declared, noted or announced). */
const BIAS_NOTICE = /befangen|(?:persönliche\s+)?beteiligung\s+(?:angezeigt|gemeldet|mitgeteilt|erklärt)|persönlich\s+beteiligt|mitwirkungsverbot|ausschließungsgrund|interessenkollision|an\s+(?:der\s+)?beratung\s+und\s+(?:der\s+)?abstimmung\s+nicht\s+teil/iu;
/** The integer head of an item number ("4.2" → 4, "N 7b" → 7; NaN when there is none). */
const headOf = (n: string): number => Number(/\d{1,3}/u.exec(numberKey(n))?.[0] ?? NaN);
function nextSibling(current: string): string | undefined {
  const k = numberKey(current);
  const letter = /^(\d{1,2})([a-g])$/u.exec(k);
  if (letter) return `${letter[1]}${String.fromCharCode(letter[2].charCodeAt(0) + 1)}`;
  const dotted = /^(\d{1,2})\.(\d{1,2})$/u.exec(k);
  return dotted ? `${dotted[1]}.${Number(dotted[2]) + 1}` : undefined;
}
function siblingCall(sentence: string, current: string): Hit | undefined {
  const next = nextSibling(current);
  const m = next ? SIBLING_AT_START.exec(sentence) : null;
  if (!m || !next) return undefined;
  const head = parseGermanNumber(m[1]);
  const tail = m[2] ?? (m[3] !== undefined ? `.${parseGermanNumber(m[3]) ?? ''}` : `.${m[4]}`);
  if (head === undefined || numberKey(`${head}${tail.toLowerCase()}`) !== numberKey(next)) return undefined;
  return { strong: false, number: next, rest: sentence.slice(m[0].length) };
}
const JOINT = new RegExp(String.raw`(?:zusammen|gemeinsam|verbunden)\s+mit\s+(?:dem\s+)?(?:[^.!?]{0,80}?\s)?${ITEM_WORD}\s+${ITEM_NUMBER}`, 'giu');

/**
 * Items announced to be called together, anywhere in the session ("Dies wird Tagesordnungspunkt 85
 * und kann mit Tagesordnungspunkt 53 aufgerufen werden", "Dann wird dies Punkt 94. Er wird zusammen
 * mit Punkt 78 aufgerufen."): read over a chair's whole turn, since the pair may span two sentences.
 */
const ANNOUNCED_JOINT = new RegExp(String.raw`(?:wird|werden)\s+(?:[^.!?]{0,60}?\s)?${ITEM_WORD}\s+${ITEM_NUMBER}[^!?]{0,160}?\s(?:zusammen\s+|gemeinsam\s+|verbunden\s+)?mit\s+(?:dem\s+)?${ITEM_WORD}\s+${ITEM_NUMBER}[^.!?]{0,80}?(?:aufgerufen|beraten|behandelt)`, 'giu');

/** A sentence that ends on the item word, its number still to come ("… kommen wir zu Tagesordnungspunkt"). */
const DANGLING_ITEM_WORD = new RegExp(String.raw`${ITEM_WORD}(?:\s+(?:nummer|nr\.?))?\s*[:,]?\s*$`, 'iu');
/** Sentences of the non-public part held for the next called item before they form an item of their own. */
const HOLD_BEFORE_UNCALLED = 3;

/** Normalised key for comparing spoken and printed numbers ("Ö 3" → "3", "4 b" → "4b", "vier" → "4"). */
export function numberKey(n: string): string {
  const t = n.replace(/^(?:TOP\s*)?[ÖN]\s+/iu, '').replace(/^TOP\s*/iu, '').replace(/\s+/gu, '').replace(/\.$/u, '').toLowerCase();
  const word = /^(\p{L}{3,})(.*)$/u.exec(t);
  if (word) {
    const v = parseGermanNumber(word[1]);
    if (v !== undefined) return `${v}${word[2]}`;
  }
  return t;
}

interface Hit {
  /** True for an explicit call; false for a bare "Punkt sieben". */
  strong: boolean;
  prefix?: string;
  number: string;
  rest: string;
}

function readNumber(raw: string): string | undefined {
  const m = /^(\p{L}+|\d+)((?:\.\d{1,2})*)(?:\s?([a-h]))?$/u.exec(raw.trim());
  if (!m) return undefined;
  const n = parseGermanNumber(m[1]);
  if (n === undefined || n === 0 || n > 199) return undefined;
  return `${n}${m[2]}${m[3] ?? ''}`;
}

/** Finds an item call in one sentence. */
const ANYWHERE = new RegExp(String.raw`${L}${ITEM_WORD}\s+(?:nummer\s+|nr\.\s+)?${ITEM_NUMBER}`, 'iu');

/** "Punkt vier Punkt zwei" → "Punkt 4.2": a sub-item number spoken as words. */
const SPOKEN_SUB_NUMBER = new RegExp(String.raw`${L}(${ITEM_WORD}|nummer)\s+(\p{L}+|\d{1,2})\s+punkt\s+(\p{L}+|\d{1,2})(?![\p{L}\d])`, 'giu');
/** "Die Nummer 4.3, die Werbewand …", "Dann die Nummer 4.4": an item by "Nummer" and its number. */
const NUMMER_CALL = /^(?:(?:dann|jetzt|nun|und|so)[,]?\s+)*(?:die\s+)?nummer\s+(\d{1,2}(?:\.\d{1,2})?(?:\s?[a-h])?)(?![\p{L}\d])/iu;
/** "Wir kommen zum Rahmenplan Innenstadt, TOP 4 a": the call lead, the matter, then the number. */
const CALL_WITH_CLAUSE = new RegExp(String.raw`^(?:(?:so|gut|also|dann|und)[,.]?\s+)*(?:${ITEM_CALL_LEAD}|dann|jetzt|nun)\s+[^.!?]{3,60}?,\s+(?:(?:zunächst|zuerst|erst(?:mal|einmal)?|als\s+erstes|und\s+zwar|beginnend\s+mit)\s+)?(tagesordnungspunkt|top|punkt)\s+(?:nummer\s+)?${ITEM_NUMBER}`, 'iu');

/** The chair's address before a call: "Meine Damen und Herren, ich rufe jetzt noch auf: 10, …". */
const ADDRESS = String.raw`(?:meine\s+(?:sehr\s+(?:geehrten|verehrten)\s+)?damen\s+und\s+herren|liebe\s+kolleginnen\s+und\s+kollegen)`;
/**
 * "Wir kommen zu vier, dem Antrag …", "Kommen wir zu 5." – the call lead and a bare number, no item word;
 * the number stands alone (a comma, colon or the end follows), so "zu vier Punkten" or "zu einer Frage" is no call.
 */
const LEAD_BARE_NUMBER = new RegExp(String.raw`^(?:${ADDRESS}[,]?\s+)?(?:(?:so|gut|also|dann|und|damit)[,.]?\s+)*(?:(?:wir\s+kommen|kommen\s+wir)(?:\s+(?:nun|jetzt|dann|damit|also))*\s+zu:?\s+|(?:(?:ich\s+)?rufe|rufe\s+ich)(?:\s+(?:nun|jetzt|dann|noch|als\s+nächstes))*\s+auf:\s+)(?!(?:eine[rnm]?|ein|keine[rnm]?|kein)(?![\p{L}]))(${NUMBER_TOKEN}(?:\.\d{1,2})*(?:\s?[a-h])?)\s*(?=[,:;–-]|\.?$)`, 'iu');
/** "Zu 5: Vergabe der Straßenbauarbeiten …", "Zu 7: Anfragen.": the chair's "zu" and the bare number, then the title. */
const ZU_NUMBER_TITLE = /^(?:(?:[Dd]ann|[Uu]nd|[Ss]o|[Gg]ut|[Jj]etzt|[Nn]un)[,]?\s+)?[Zz]u\s+(\d{1,2}(?:\.\d{1,2})?(?:\s?[a-h])?)\s*[:–-]\s+(?!(?:Ich|Wir|Sie|Er|Es|Man)\s)\p{Lu}/u;
/** "Vier Punkt eins, der Vorbescheid …": a sub-item number spoken as words at the start of the chair's sentence. */
const SUB_NUMBER_AT_START = new RegExp(String.raw`^(?:(?:so|gut|also|dann|und|jetzt|nun)[,.]?\s+)*(${NUMBER_TOKEN})\s+punkt\s+(${NUMBER_TOKEN})\s*(?=[,:;–-]|\.?$)`, 'iu');

export function findTransition(raw: string): Hit | undefined {
  if (ITEM_ANNOUNCED.test(raw)) return undefined;
  const text = raw.replace(SPOKEN_SUB_NUMBER, (m, word: string, a: string, b: string) => {
    const x = parseGermanNumber(a);
    const y = parseGermanNumber(b);
    return x !== undefined && y !== undefined && x > 0 && y > 0 && y < 20 ? `${word} ${x}.${y}` : m;
  });
  if (NEXT_ITEM_CALL.test(text)) {
    // "Wir kommen zum nächsten Tagesordnungspunkt, Tagesordnungspunkt 3, …": the number wins.
    const n = ANYWHERE.exec(text.slice(NEXT_ITEM_CALL.exec(text)!.index + 10));
    const number = n ? readNumber(n[2]) : undefined;
    if (n && number) return { strong: true, prefix: n[1]?.toUpperCase(), number, rest: text.slice(text.indexOf(n[0]) + n[0].length) };
  }
  const strong = TRANSITION.exec(text);
  if (strong) {
    const number = readNumber(strong[2]);
    if (number) return { strong: true, prefix: strong[1]?.toUpperCase(), number, rest: text.slice(strong.index + strong[0].length) };
  }
  const clause = TRANSITION_AFTER_CLAUSE.exec(text);
  if (clause) {
    const number = readNumber(clause[3]);
    if (number) return { strong: true, prefix: clause[2]?.toUpperCase(), number, rest: text.slice(clause.index + clause[0].length) };
  }
  const withClause = CALL_WITH_CLAUSE.exec(text);
  if (withClause) {
    const number = readNumber(withClause[3]);
    if (number) return { strong: true, prefix: withClause[2]?.toUpperCase(), number, rest: text.slice(withClause.index + withClause[0].length) };
  }
  const bareLead = LEAD_BARE_NUMBER.exec(text);
  if (bareLead) {
    const number = readNumber(bareLead[1]);
    if (number) return { strong: true, number, rest: text.slice(bareLead.index + bareLead[0].length) };
  }
  const zu = ZU_NUMBER_TITLE.exec(text);
  if (zu) {
    const number = readNumber(zu[1].replace(/\s+/gu, ''));
    if (number) return { strong: false, number, rest: text.slice(zu.index + zu[0].length - 1) };
  }
  const subAtStart = SUB_NUMBER_AT_START.exec(text);
  if (subAtStart) {
    const [x, y] = [parseGermanNumber(subAtStart[1]), parseGermanNumber(subAtStart[2])];
    if (x !== undefined && y !== undefined && x > 0 && y > 0 && y < 20) return { strong: false, number: `${x}.${y}`, rest: text.slice(subAtStart.index + subAtStart[0].length) };
  }
  const m = TRANSITION_AT_START.exec(text);
  if (!m) {
    const nummer = NUMMER_CALL.exec(text);
    const byNummer = nummer ? readNumber(nummer[1].replace(/\s+/gu, '')) : undefined;
    if (byNummer) return { strong: false, number: byNummer, rest: text.slice(nummer!.index + nummer![0].length) };
    const ordinal = ordinalCall(text);
    if (ordinal) return { strong: false, number: ordinal, rest: text.replace(/^[^,:]*[,:]\s*/u, '') };
    const bare = BARE_NUMBER_CALL.exec(text);
    const number = bare ? readNumber(bare[1]) : undefined;
    return number ? { strong: false, number, rest: text.slice(bare!.index + bare![0].length) } : undefined;
  }
  const number = readNumber(m[3]);
  if (!number) return undefined;
  // "Tagesordnungspunkt 64: …" and "TOP 5" open an item; a bare "Punkt zwei" may be an enumeration.
  const isWord = /^(?:tagesordnungspunkt|top|tob)/iu.test(m[1]);
  return { strong: isWord, prefix: m[2]?.toUpperCase(), number, rest: text.slice(m.index + m[0].length) };
}

/** Title spoken after the number ("…, Bebauungsplan Nr. 812 – Ostwall. Herr …") for agenda-less sessions. */
/** Lead-ins before a spoken title: "Wir kommen jetzt zum Bericht …", "Es geht um die Fortschreibung …", "Thema ist …". */
const TITLE_LEAD = /^(?:(?:wir\s+kommen|kommen\s+wir)(?:\s+(?:nun|jetzt|dann|damit|also))*\s+(?:zu[mr]?|zu\s+(?:den|dem|der))\s+|(?:(?:hier|da|dabei|jetzt|nun)\s+)?geht\s+es\s+(?:hier\s+|jetzt\s+|nun\s+|heute\s+)?um\s+(?:(?:den|die|das|dem|der|einen|eine|ein)\s+)?|es\s+geht\s+(?:hier\s+|jetzt\s+|nun\s+|heute\s+)?um\s+(?:(?:den|die|das|dem|der|einen|eine|ein)\s+)?|(?:das\s+)?thema\s+ist\s+(?:(?:der|die|das)\s+)?)/iu;
/**
 * A sentence of procedure or speech, not a title: "Ich stelle fest, dass …", "da möchte ich kurz erläutern, …",
 * "Wer ist dafür?" – it opens with a pronoun or a verb of the chair, or is a question.
 */
const NOT_A_TITLE = /^(?:ich|wir|sie|er|es|man|da|dazu|damit|dann|hier|jetzt|nun|bitte|gibt|wer|gut|so|also|ja|lassen|lasst|meine|liebe|danke|vielen|herzlich|sehr\s+geehrte|darf|möchte|kann|können|haben|hat|ist|sind|wird|werden)(?![\p{L}])/iu;

function spokenTitle(rest: string, number: string): string {
  const first = splitSentences(rest.replace(/^[\s,:;–-]+/u, '').replace(/^(?:auf|und\s+zwar|das\s+ist|betreffend)\s+/iu, ''))[0] ?? '';
  const t = first.replace(/[.!?:]\s*$/u, '').replace(/\s+auf$/iu, '').trim().replace(TITLE_LEAD, '');
  if (t.length < 3 || /\?\s*$/u.test(first) || NOT_A_TITLE.test(t)) return placeholderTitle(number);
  return t.length > 200 ? `${t.slice(0, 200).replace(/\s+\S*$/u, '')} …` : t;
}
const placeholderTitle = (number: string) => (number ? `Tagesordnungspunkt ${number}` : 'Tagesordnungspunkt (Titel bitte ergänzen)');

const STOP = new Set(['antrag', 'fraktion', 'der', 'die', 'das', 'und', 'für', 'zur', 'zum', 'von', 'des', 'über', 'beschlussempfehlung', 'bericht', 'vorlage', 'drucks', 'sowie', 'einer', 'eines', 'gesetz', 'änderung']);
const tokens = (s: string) => new Set((s.toLowerCase().match(/[\p{L}]{5,}/gu) ?? []).filter((w) => !STOP.has(w)));

/**
 * Teams text without punctuation runs several item calls into one "sentence" ("… also beschlussfähig Top eins
 * hätten wir damit äh Top zwei die Niederschrift …"). In a sentence without commas, a call word with its number
 * opens a sentence of its own, unless a preposition, article or verb before it makes it a mention ("damit ist Top
 * fünf abgesetzt", "zu Top drei").
 */
const RUN_ON_CALL = new RegExp(String.raw`\s(?=(?:top|tob|tagesordnungspunkt)\s+(?:${NUMBER_TOKEN})(?![\p{L}\d]))`, 'giu');
const MENTION_BEFORE = /(?:^|\s)(?:zu|zum|bei|beim|unter|für|von|vom|in|im|mit|nach|vor|über|bis|ist|sind|wird|werden|war|wurde|haben|hatten|hat|den|dem|der|die|das|des|auch|wie|als|ob)$/iu;
export function splitRunOnCalls(sentence: string): string[] {
  if (/[,;:]/u.test(sentence) || sentence.split(/\s+/u).length < 6) return [sentence];
  const parts: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(RUN_ON_CALL)) {
    const before = sentence.slice(from, m.index);
    if (!before.trim() || MENTION_BEFORE.test(before.trimEnd())) continue;
    parts.push(before.trim());
    from = m.index + 1;
  }
  parts.push(sentence.slice(from).trim());
  return parts.filter((x) => x.length > 0);
}
/**
 * "Vier a ist der Antrag des Heimatvereins …", "4 a, der Zuschuss …": a sub-item by its bare number at the start of the
 * chair's sentence. Taken only for the next open agenda item, so an enumeration or an amount is no call.
 */
const SUB_ITEM_AT_START = new RegExp(String.raw`^(?:(?:so|gut|also|dann|und|jetzt|nun)[,.]?\s+)*(${NUMBER_TOKEN})\s?([a-h])(?=\s*[,:;–-]|\s+(?:ist|betrifft|sind)\s|\s*\.?$)`, 'iu');
/** "Zur Niederschrift vom 7. Dezember gab es keine Einwendungen.": the minutes item named without its number. */
const MINUTES_NAMED = /^(?:(?:danke|gut|so|also|dann|jetzt|nun)[,.]?\s+)*(?:zur|die|der)\s+(?:niederschrift|sitzungsniederschrift|protokoll)\s+(?:der\s+(?:letzten\s+)?sitzung\s+)?vom\s/iu;
/** "Ich rufe die Tagesordnungspunkte 4 und 5 zur gemeinsamen Beratung auf": two items called in one. */
const PLURAL_CALL = new RegExp(String.raw`(?:tagesordnungspunkte|punkte|tops)\s+(${NUMBER_TOKEN})\s+und\s+(${NUMBER_TOKEN})(?![\p{L}\d])`, 'iu');

/**
 * "Bevor wir abstimmen, gebe ich das Ergebnis der Wahl zu Tagesordnungspunkt 3 bekannt.": the result of an earlier
 * item, announced later (a ballot counted outside the hall). The result that follows belongs to that item.
 */
const RESULT_FOR_ITEM = new RegExp(String.raw`(?:ergebnis|wahlergebnis|abstimmungsergebnis)\s+(?:der\s+(?:geheimen\s+|namentlichen\s+)?(?:wahl|abstimmung|auszählung)\s+)?(?:zu|zum|für|unter|von)\s+(?:${ITEM_WORD})\s+(${NUMBER_TOKEN}(?:\s?[a-h])?)(?![\p{L}\d])[^.?!]{0,40}(?:bekannt|mit)`, 'iu');
/** Sentences of a late result at most taken to its item before the talk returns to the current one. */
const LATE_RESULT_SENTENCES = 6;

/** Segments the transcript; `agenda` may be empty (TOPs then come from the calls alone). */
export function segmentTranscript(cues: Cue[], agenda: AgendaItem[] = [], options: { chair?: string | null; chairs?: Set<string> } = {}): Segmentation {
  const preamble: Cue[] = [];
  const order: Segment[] = [];
  const warnings: string[] = [];
  const titleChecks: { number: string; agree: boolean; titled?: boolean }[] = [];
  let current: Segment | undefined;
  let spokenPublic = true;
  const make = (a: { number: string; title: string; public: boolean; paper?: string; resolution?: string }, found: boolean): Segment => ({
    number: a.number,
    title: a.title,
    public: a.public,
    ...(a.paper ? { paper: a.paper } : {}),
    ...(a.resolution ? { resolution: a.resolution } : {}),
    found,
    cues: [],
    spokenPublic: a.public,
    heardNonPublic: false,
    joint: [],
    byTitle: false,
    titleCertain: false,
    warnings: [],
  });
  const agendaSegments: Segment[] = agenda.map((a) => make(a, false));
  const titleTokens = agenda.map((a) => tokens(a.title));
  const chairs = options.chairs?.size ? options.chairs : options.chair ? new Set([options.chair]) : undefined;
  const isChair = (speaker: string | null) => !chairs || speaker === null || chairs.has(speaker);

  const extra: Segment[] = [];
  /** A non-public segment for talk the agenda does not explain; it can only ever go to the non-public part. */
  /** Without an agenda, items called without a number get the next running number. */
  const running = () => String(Math.max(0, ...order.map((o) => Number.parseInt(numberKey(o.number), 10)).filter(Number.isFinite)) + 1);
  const unnumbered = (title: string): Segment => {
    const s = make({ number: running(), title, public: spokenPublic }, true);
    s.spokenPublic = spokenPublic;
    s.byTitle = true;
    // Without an agenda its number is only counted: a missed call shifts every number after it.
    s.titleCertain = false;
    order.push(s);
    return s;
  };
  const pseudo = (number: string): Segment => {
    if (!agenda.length) {
      const s = unnumbered('Nichtöffentlicher Tagesordnungspunkt (Titel bitte ergänzen)');
      s.heardNonPublic = true;
      s.public = false;
      return s;
    }
    const s: Segment = { ...make({ number, title: 'Nichtöffentlicher Tagesordnungspunkt (nicht in der Tagesordnung erkannt)', public: false }, true), heardNonPublic: true };
    s.warnings.push(`TOP ${number}: Beratung im nichtöffentlichen Teil ohne passenden Tagesordnungspunkt – bitte zuordnen.`);
    extra.push(s);
    return s;
  };

  /** Items the agenda does not have but the chair called by number, each after the item it followed. */
  const addedAfter = new Map<Segment, Segment | undefined>();
  const added = (hit: Hit): Segment | undefined => {
    const key = numberKey(hit.number);
    const seen = [...addedAfter.keys()].find((s) => numberKey(s.number) === key && s.spokenPublic === spokenPublic);
    if (seen) return seen;
    // Only a number that fits the agenda's numbering ("6a" beside "6", the number after the last).
    const numbers = agendaSegments.map((a) => Number.parseInt(numberKey(a.number), 10)).filter(Number.isFinite);
    const head = Number.parseInt(key, 10);
    if (!Number.isFinite(head) || !numbers.length || head > Math.max(...numbers) + 2) return undefined;
    const s = make({ number: hit.prefix ? `${hit.prefix} ${hit.number}` : hit.number, title: spokenTitle(hit.rest.replace(/^[\s,:;–-]*(?:auf[\s,:;–-]+)?(?:dem|den|der|die|das)\s+/iu, ''), hit.number), public: spokenPublic }, true);
    s.spokenPublic = spokenPublic;
    s.addedInSession = true;
    s.warnings.push(`TOP ${s.number} steht nicht in der Tagesordnung, wurde aber in der Sitzung aufgerufen (z. B. Dringlichkeitsantrag) – Titel und Zuordnung bitte prüfen.`);
    addedAfter.set(s, current);
    return s;
  };

  const pick = (hit: Hit, newOnly = false): Segment | undefined => {
    if (!agenda.length) {
      const seen = order.find((s) => numberKey(s.number) === numberKey(hit.number) && s.spokenPublic === spokenPublic);
      // A number only counted (an item called by its title) yields to the number the chair says: the count was off.
      if (seen && seen.byTitle && seen !== current && !seen.cues.some((c) => findTransition(c.text)?.number === hit.number)) seen.number = `${seen.number} ?`;
      else if (seen) return newOnly ? undefined : seen;
      const s = make({ number: hit.prefix ? `${hit.prefix} ${hit.number}` : hit.number, title: spokenTitle(hit.rest, hit.number), public: spokenPublic }, true);
      s.spokenPublic = spokenPublic;
      order.push(s);
      return s;
    }
    const key = numberKey(hit.number);
    const candidates = agendaSegments.filter((s) => numberKey(s.number) === key && !(newOnly && s.found));
    if (!candidates.length) {
      // "TOP 4" when the agenda has only "4 a" and "4 b": the first sub-item not yet dealt with.
      const sub = agendaSegments.filter((s) => numberKey(s.number).startsWith(key) && /^[a-h.]/u.test(numberKey(s.number).slice(key.length)) && !s.found);
      if (sub.length) return sub[0];
      // An explicit call of a number the agenda lacks: an item added in the session (Dringlichkeitsantrag,
      // "als TOP 6a"). Its own item, never the one before it, and marked for review.
      return hit.strong && !newOnly ? added(hit) : undefined;
    }
    const wantPublic = hit.prefix === 'N' ? false : hit.prefix === 'Ö' ? true : spokenPublic;
    // In the non-public part, a number the agenda has only as a public item that was already dealt
    // with is a non-public item missing from the agenda: keep it apart rather than reopen the public one.
    if (!wantPublic && !candidates.some((s) => !s.public) && candidates.every((s) => s.found)) return pseudo(`N ${hit.number}`);
    return candidates.find((s) => s.public === wantPublic && !s.found) ?? candidates.find((s) => s.public === wantPublic) ?? candidates.find((s) => !s.found) ?? candidates[0];
  };

  /**
   * The chair reads only the title: the agenda item not yet found whose title words the sentence
   * holds. A sentence that has the form of a call ("Dann das Thema Solarpflicht.") needs one
   * distinctive word, provided no other open item has it; any other sentence most of the title.
   */
  const byTitle = (sentence: string, call: boolean): Segment | undefined => {
    if (!agenda.length || sentence.length < 12) return undefined;
    const words = call ? new Set([...tokens(sentence), ...(sentence.match(/(?<!\p{L})\p{Lu}\p{Ll}{3}(?!\p{L})/gu) ?? []).map((w) => w.toLowerCase())]) : tokens(sentence);
    if (!words.size) return undefined;
    const scored: { i: number; hits: number; score: number }[] = [];
    agendaSegments.forEach((s, i) => {
      if (s.found) return;
      const t = titleTokens[i];
      if (!t.size) return;
      let hits = 0;
      // A call names a part of a compound title word: "Lärm" – "Lärmaktionsplan", "Hundesteuer" – "Hundesteuersatzung".
      for (const w of t) if (words.has(w) || [...words].some((x) => (x.length >= 7 && (x.startsWith(w.slice(0, 7)) || w.startsWith(x.slice(0, 7)))) || (call && x.length >= 4 && w.length > x.length + 2 && (w.startsWith(x) || w.endsWith(x))))) hits++;
      if (hits) scored.push({ i, hits, score: hits / t.size });
    });
    scored.sort((a, b) => b.hits - a.hits || b.score - a.score);
    const best = scored[0];
    if (!best) return undefined;
    // The chair reading the title of the item just called ("Tagesordnungspunkt 63:" – title): stay.
    if (current && !call) {
      const own = titleTokens[agendaSegments.indexOf(current)];
      let ownHits = 0;
      if (own) for (const w of own) if (words.has(w)) ownHits++;
      if (ownHits >= best.hits) return undefined;
    }
    const seg = agendaSegments[best.i];
    const clear = best.hits >= 3 && best.score >= 0.75 && (scored.length === 1 || scored[1].hits <= best.hits / 2);
    if ((call && (scored.length === 1 || scored[1].hits < best.hits)) || (best.hits >= 2 && best.score >= 0.75 && (scored.length === 1 || scored[1].score < best.score))) {
      seg.titleCertain = clear || seg === nextAgendaItem();
      return seg;
    }
    return undefined;
  };
  /** Another agenda item (called or not) whose title a sentence names nearly in full. */
  const titleMention = (sentence: string): Segment | undefined => {
    const words = tokens(sentence);
    let best: { seg: Segment; hits: number; score: number } | undefined;
    agendaSegments.forEach((seg, i) => {
      const t = titleTokens[i];
      if (seg === current || t.size < 3) return;
      let hits = 0;
      for (const w of t) if (words.has(w)) hits++;
      const score = hits / t.size;
      if (hits >= 3 && score >= 0.75 && (!best || score > best.score)) best = { seg, hits, score };
    });
    const own = current ? titleTokens[agendaSegments.indexOf(current)] : undefined;
    if (best && own && [...own].filter((w) => words.has(w)).length >= best.hits) return undefined;
    return best?.seg;
  };
  /** "Verschiedenes", "Anfragen", "Mitteilungen": the open agenda item of that name. */
  const standing = (word: string): Segment | undefined => {
    if (!agenda.length) return undefined;
    const w = word.toLowerCase().split(/\s+/u)[0];
    return agendaSegments.find((s) => !s.found && s.title.toLowerCase().includes(w));
  };

  /**
   * A bare keyword that names the next open agenda item, also as part of a compound ("Hallenbelegung" –
   * "Belegungsplan der Gemeindehalle"): that item, unless another of the next open items shares the word.
   */
  const keywordItem = (words: string[]): Segment | undefined => {
    // Before any call the opening is under way: the first open item after it.
    const from = current ? agendaSegments.indexOf(current) + 1 : agendaSegments[0] && /eröffnung|begrüßung|feststellung\s+der\s+(?:ordnungsgemäßen|beschlussfähigkeit)/iu.test(agendaSegments[0].title) ? 1 : 0;
    const open = agendaSegments.slice(from).filter((s) => !s.found).slice(0, 3);
    const fits = (seg: Segment) => {
      const t = [...(titleTokens[agendaSegments.indexOf(seg)] ?? [])];
      return words.some((x) => t.some((w) => x === w || sharedPart(x, w) >= 6));
    };
    const next = open[0];
    if (!next || !fits(next)) return undefined;
    return open.slice(1).some(fits) ? undefined : next;
  };

  const nextAgendaItem = (): Segment | undefined => {
    if (!agenda.length) return undefined;
    const at = current ? agendaSegments.indexOf(current) : -1;
    return agendaSegments.slice(at + 1).find((s) => !s.found);
  };

  let cuesSinceTransition = 0;
  /** The session went non-public inside a public TOP; the next talk (unless a TOP is called) must leave it. */
  let leftPublic = false;
  let held: string[] = [];
  /** A chair's turn that ended on the item word without its number. */
  let dangling: string | undefined;
  let sentencesSinceCall = 0;
  /** The chair stated a result since the last call: a bare keyword at a turn's start may call the next item. */
  let resultSinceCall = false;
  /** Without an agenda, "weiter zum nächsten Punkt": the chair's next turn names it. */
  let nextAnnounced = false;
  /** An earlier item whose result is being announced now (RESULT_FOR_ITEM), and the sentences taken so far. */
  let lateResult: { seg: Segment; taken: number } | undefined;
  // Sentence by sentence, because one merged turn of the chair often ends a TOP, switches to the
  // non-public part and calls the next TOP.
  for (const cue of cues) {
    cuesSinceTransition++;
    let buffer: string[] = [];
    const flush = () => {
      if (!buffer.length) return;
      const target = current ? current.cues : preamble;
      target.push({ ...cue, text: buffer.join(' ') });
      if (current && !spokenPublic) current.heardNonPublic = true;
      buffer = [];
    };
    const chairTurn = isChair(cue.speaker);
    const sentences = splitSentences(cue.text).flatMap(splitRunOnCalls);
    sentences.forEach((sentence, index) => {
      sentencesSinceCall++;
      if (lateResult) {
        flush();
        lateResult.seg.cues.push({ ...cue, text: sentence });
        lateResult.taken++;
        if (readOutcome(sentence)?.settled || lateResult.taken >= LATE_RESULT_SENTENCES) lateResult = undefined;
        return;
      }
      const late = chairTurn && agenda.length && current ? RESULT_FOR_ITEM.exec(sentence) : null;
      const lateNumber = late ? readNumber(late[1].replace(/\s+/gu, '')) : undefined;
      const lateSeg = lateNumber ? agendaSegments.find((x) => x.found && x !== current && numberKey(x.number) === numberKey(lateNumber)) : undefined;
      if (lateSeg) {
        flush();
        lateSeg.cues.push({ ...cue, text: sentence });
        if (!lateSeg.warnings.some((w) => /später bekannt gegeben/u.test(w))) lateSeg.warnings.push(`TOP ${lateSeg.number}: Ergebnis später (unter TOP ${current!.number}) bekannt gegeben und hier zugeordnet – bitte prüfen.`);
        lateResult = readOutcome(sentence)?.settled ? undefined : { seg: lateSeg, taken: 0 };
        return;
      }
      if (chairTurn && current && readOutcome(sentence)?.settled) resultSinceCall = true;
      // "… kommen wir zu Tagesordnungspunkt" | "8: Grundstücksangelegenheit": the number in the next turn.
      const carried = index === 0 && dangling && chairTurn && /^\d/u.test(sentence) ? `${dangling} ${sentence}` : undefined;
      if (index === 0) dangling = undefined;
      let hit = findTransition(carried ?? sentence);
      if (!hit && chairTurn && agenda.length) {
        const sub = SUB_ITEM_NUMBER.exec(sentence);
        const number = sub ? readNumber(sub[1].replace(/\s+/gu, '')) : undefined;
        if (number && agendaSegments.some((s) => numberKey(s.number) === numberKey(number) && !s.found && s !== current)) hit = { strong: true, number, rest: sentence.slice(sub!.index + sub![0].length) };
      }
      if (!hit && chairTurn && agenda.length && current && SUB_ORDINAL.test(sentence)) {
        // Only inside a run of sub-items ("4.1" called, "4.2" open): the next open sub-item of the same head.
        const head = /^(\d{1,2})(?:\.\d{1,2}|[a-h])$/u.exec(numberKey(current.number))?.[1];
        const next = head ? agendaSegments.slice(agendaSegments.indexOf(current) + 1).find((s) => (!s.found || s.byTitle) && new RegExp(`^${head}(?:\\.\\d{1,2}|[a-h])$`, 'u').test(numberKey(s.number))) : undefined;
        if (next) hit = { strong: true, number: next.number, rest: sentence.replace(SUB_ORDINAL, '') };
      }
      // "Vier b. Die Scheune in Devin …": the next sub-item by its bare number.
      if (!hit && chairTurn && current) hit = siblingCall(sentence, current.number);
      if (!hit && chairTurn && agenda.length) {
        const sub = SUB_ITEM_AT_START.exec(sentence);
        const head = sub ? parseGermanNumber(sub[1]) : undefined;
        const next = nextAgendaItem();
        if (sub && head !== undefined && next && numberKey(next.number) === `${head}${sub[2].toLowerCase()}`) hit = { strong: false, number: next.number, rest: sentence.slice(sub[0].length) };
      }
      // "Zu Tagesordnungspunkt 8 hat Frau Thiele eine Beteiligung angezeigt": a Befangenheit noted early for a
      // later item, not its call (the declaration lands on that item, detect-procedure.ts).
      if (hit && BIAS_NOTICE.test(sentence) && headOf(hit.number) > (current ? headOf(current.number) : 0) + 1) hit = undefined;
      if (PUBLIC_AGAIN.test(sentence)) {
        flush();
        spokenPublic = true;
      } else if (NONPUBLIC_START.test(sentence) && !/\?\s*$/u.test(sentence) && !nonPublicDeferred(sentence)) {
        const wasPublic = spokenPublic;
        // What was said before this sentence was said in public.
        if (wasPublic) flush();
        spokenPublic = false;
        if (!hit) {
          // "Ich bitte die Öffentlichkeit, den Saal zu verlassen" right after a TOP was called refers to
          // that TOP; "Wir kommen zum nichtöffentlichen Teil" refers to what follows, and what follows
          // must never stay in a public TOP.
          if (wasPublic && current && current.public && (cuesSinceTransition > 2 || FORWARD_NONPUBLIC.test(sentence))) leftPublic = true;
          // Held until the next non-public item (or the talk that follows) takes it; never the public item.
          if (leftPublic) held.push(sentence);
          else {
            buffer.push(sentence);
            if (current) current.heardNonPublic = true;
          }
          return;
        }
      }
      const joints = chairTurn && current ? [...sentence.matchAll(JOINT)] : [];
      let target: Segment | undefined;
      if (hit && (hit.strong || chairTurn)) {
        target = pick(hit, !hit.strong);
        if (target && agenda.length && !target.found) {
          const spoken = tokens(splitSentences(hit.rest.replace(/^[\s,:;–-]+/u, ''))[0] ?? '');
          const printed = titleTokens[agendaSegments.indexOf(target)] ?? new Set<string>();
          // A title follows the number ("Tagesordnungspunkt 4: Bebauungsplan …", "TOP 4, die Vergabe …"), not a verb ("… wird abgesetzt").
          const titled = /^\s*(?:[:,–-]\s*)?(?:(?:die|der|das|den|dem)\s+)?\p{Lu}/u.test(hit.rest) && !/^\s*(?:[:,–-]\s*)?(?:Ich|Wir|Sie|Er|Es|Hier|Da|Dazu|Damit)\s/u.test(hit.rest);
          // "Tagesordnungspunkte 4 und 5 zur gemeinsamen Beratung": no title follows the number.
          if (spoken.size >= 2 && printed.size && !PLURAL_CALL.test(sentence)) titleChecks.push({ number: target.number, agree: [...spoken].some((w) => printed.has(w) || [...printed].some((x) => x.length >= 6 && w.length >= 6 && x.slice(0, 6) === w.slice(0, 6))), titled });
        }
      }
      else if (chairTurn && NEXT_ITEM_CALL.test(sentence) && agenda.length) target = nextAgendaItem();
      else if (chairTurn && NEXT_ITEM_CALL.test(sentence)) nextAnnounced = true;
      else if (chairTurn && !hit && !joints.length) {
        const stand = STANDING_ITEM.exec(sentence) ?? STANDING_SHORT.exec(sentence);
        const minutesItem = agenda.length && MINUTES_NAMED.test(sentence) ? agendaSegments.find((x) => !x.found && /niederschrift|protokoll/iu.test(x.title)) : undefined;
        // Without an agenda: a turn that opens with a bare title, the matter named after the public left,
        // or the first sentence after "weiter zum nächsten Punkt".
        const bare = (index === 0 && sentencesSinceCall > 2) || (!agenda.length && held.length > 0) ? titleOnlyCall(sentence) : undefined;
        // "TOP 3, da möchte ich kurz erläutern … Es geht um die Fortschreibung des Pflegeplans.": the matter named
        // right after a call without a title is that item's title, not a new item.
        if (!agenda.length && current && current.title === placeholderTitle(current.number) && sentencesSinceCall <= 3) {
          const named = mattersCall(sentence);
          if (named) current.title = spokenTitle(named, current.number);
        }
        const matter = !agenda.length && (held.length > 0 || (current && !current.public && /Titel bitte ergänzen/u.test(current.title) && current.cues.length === 0)) ? mattersCall(sentence) : undefined;
        const announced = !agenda.length && nextAnnounced && !/\?$/u.test(sentence) && !readOutcome(sentence) && /^\p{Lu}/u.test(sentence) ? sentence.replace(/[.!]$/u, '') : undefined;
        if (!agenda.length) nextAnnounced = false;
        let subject = topicCall(sentence) ?? ownWordsCall(sentence) ?? (sentencesSinceCall > 1 ? motionNamed(sentence) : undefined) ?? bare ?? matter ?? announced;
        // Without an agenda, "… ist festgestellt. Nun die Entlastung. Wer entlastet …?" in one turn, between a
        // result and the next vote, names the next vote of the same item: an item call hands the floor to a debate.
        if (subject !== undefined && announced === undefined && !agenda.length && current && !current.public === !spokenPublic && sentences.slice(index + 1, index + 4).some((x) => CALL_YES.test(x) || VOTE_OPENING.test(x)) && sentences.slice(Math.max(0, index - 3), index).some((x) => readOutcome(x))) subject = undefined;
        const topic = subject !== undefined;
        if (minutesItem) {
          minutesItem.byTitle = true;
          target = minutesItem;
        } else if (stand) target = agenda.length ? standing(stand[1]) : current && current.byTitle && current.title.toLowerCase().startsWith(stand[1].toLowerCase()) ? current : unnumbered(stand[1].charAt(0).toUpperCase() + stand[1].slice(1));
        if (!target && agenda.length) {
          const mentioned = !topic && current && readOutcome(sentence) ? titleMention(sentence) : undefined;
          if (mentioned) {
            // "… möchte ich darauf hinweisen, dass der Gesetzentwurf <title of item 18> zurückgezogen
            // wird": a result about another item, said in passing. The sentence goes to that item;
            // the talk that follows stays where it is.
            flush();
            mentioned.cues.push({ ...cue, text: sentence });
            if (!mentioned.found) mentioned.byTitle = true;
            mentioned.found = true;
            return;
          }
          // "Friedhof. Herr Bihler, Sie hen do was mitbracht.", "Hallenbelegung für 27.": a keyword of the next open item.
          const keyword = !topic && !stand && index === 0 && sentencesSinceCall > 2 ? keywordCall(sentence) : undefined;
          const byKeyword = keyword ? keywordItem(keyword) : undefined;
          if (byKeyword) {
            byKeyword.byTitle = true;
            byKeyword.titleCertain = false;
            target = byKeyword;
          }
          const t0 = target ? undefined : byTitle(sentence, topic);
          // A title read alone (no lead, no verb) calls only the next open item: said elsewhere it is a mention.
          const t = t0 && bare !== undefined && subject === bare && t0 !== nextAgendaItem() ? byTitle(sentence, false) : t0;
          if (t) {
            t.byTitle = true;
            target = t;
          }
        } else if (!target && topic) {
          target = unnumbered(spokenTitle(subject!, ''));
        } else if (!target && !agenda.length && !stand && current && resultSinceCall && index === 0 && sentencesSinceCall > 2) {
          // Without an agenda, "Kaispeicher. Der vorhabenbezogene Bebauungsplan 72 …" after the last item's result:
          // a bare keyword opening the chair's turn calls the next item (its number only counted).
          const keyword = keywordCall(sentence);
          const after = sentences[index + 1] ?? '';
          if (keyword && !/\?\s*$/u.test(after) && !CALL_YES.test(after)) target = unnumbered(sentence.replace(/^(?:(?:so|gut|dann|jetzt|nun|und)[,]?\s+)/iu, '').replace(/[.:]$/u, ''));
        }
      }
      if (target) nextAnnounced = false;
      if (target && target !== current) {
        flush();
        current = target;
        resultSinceCall = false;
        current.found = true;
        current.spokenPublic = spokenPublic;
        cuesSinceTransition = 0;
        sentencesSinceCall = 0;
        leftPublic = false;
      } else if (leftPublic && current?.public && !spokenPublic) {
        flush();
        // "So, wir sind unter uns." before the call of the first non-public item: held for that item
        // rather than opening an item of its own; after a few sentences without a call it is one.
        // "Sind alle raus? Tür zu? Gut.": short remarks of procedure do not count.
        if (held.filter((x) => x.split(/\s+/u).length >= 4).length < HOLD_BEFORE_UNCALLED) {
          held.push(sentence);
          return;
        }
        current = pseudo('N ?');
        cuesSinceTransition = 0;
        leftPublic = false;
      }
      if (held.length && current && !current.public) {
        buffer.push(...held);
        held = [];
      }
      for (const j of joints) {
        const number = readNumber(j[2]);
        const other = number ? agendaSegments.find((s) => numberKey(s.number) === numberKey(number) && s !== current) : undefined;
        if (other && current && !current.joint.includes(other.number)) {
          current.joint.push(other.number);
          other.joint.push(current.number);
          other.found = true;
        }
      }
      const plural = hit && current && agenda.length ? PLURAL_CALL.exec(sentence) : null;
      if (plural && current) {
        const [a, b] = [readNumber(plural[1]), readNumber(plural[2])];
        const other = a && b && numberKey(a) === numberKey(current.number) ? agendaSegments.find((x) => numberKey(x.number) === numberKey(b) && x !== current) : undefined;
        if (other && !current.joint.includes(other.number)) {
          current.joint.push(other.number);
          other.joint.push(current.number);
          other.found = true;
        }
      }
      buffer.push(sentence);
    });
    flush();
    lateResult = undefined;
    const last = sentences[sentences.length - 1];
    if (chairTurn && last && DANGLING_ITEM_WORD.test(last) && !findTransition(last)) dangling = last;
  }
  // Talk of the non-public part held back and never claimed by a called item: an item of its own.
  if (held.length && cues.length) pseudo('N ?').cues.push({ ...cues[cues.length - 1], text: held.join(' ') });

  if (agenda.length) {
    for (const cue of cues) {
      if (!isChair(cue.speaker)) continue;
      for (const m of cue.text.matchAll(ANNOUNCED_JOINT)) {
        const [a, b] = [readNumber(m[2]), readNumber(m[4])].map((n) => (n ? agendaSegments.find((s) => numberKey(s.number) === numberKey(n)) : undefined));
        if (!a || !b || a === b) continue;
        if (!a.joint.includes(b.number)) a.joint.push(b.number);
        if (!b.joint.includes(a.number)) b.joint.push(a.number);
        // Debated together: the one never called on its own was dealt with under the other.
        if (a.found && !b.found) b.found = true;
        if (b.found && !a.found) a.found = true;
      }
    }
  }
  // The opening is said before any call: it is the agenda's first item when that item is the opening.
  const opening = agendaSegments[0];
  if (opening && !opening.found && opening.public && preamble.length && /eröffnung|begrüßung|feststellung\s+der\s+(?:ordnungsgemäßen|beschlussfähigkeit)/iu.test(opening.title)) {
    opening.cues.push(...preamble.splice(0));
    opening.found = true;
  }
  // Without an agenda, a first call of "Punkt 2" means the talk before it was item 1 (the opening and its
  // votes, e.g. on an urgent motion): an item of its own, its title for the clerk to fill in.
  const first = order[0];
  if (!agenda.length && first && /^2(?:$|[.a-h])/u.test(numberKey(first.number)) && preamble.some((c) => isChair(c.speaker) && splitSentences(c.text).some((x) => readOutcome(x)))) {
    const one = make({ number: '1', title: 'Eröffnung, Regularien (Titel bitte ergänzen)', public: true }, true);
    one.spokenPublic = true;
    one.byTitle = true;
    one.cues.push(...preamble.splice(0));
    order.unshift(one);
  }
  const ordered = agenda.length ? [...agendaSegments] : order;
  for (const [s, after] of addedAfter) {
    if (!s.cues.length) continue;
    // Right after the item it followed, behind other added items there.
    let at = after ? ordered.indexOf(after) + 1 : 0;
    while (at < ordered.length && ordered[at].addedInSession) at++;
    ordered.splice(at, 0, s);
  }
  const segments = [...ordered, ...extra.filter((s) => s.cues.length)];
  for (const s of segments) {
    if (!agenda.length) s.public = s.spokenPublic && !s.heardNonPublic;
    if (agenda.length && !s.found) s.warnings.push(`TOP ${s.number}: Im Transkript wurde kein Aufruf dieses Tagesordnungspunkts gefunden – bitte prüfen.`);
    if (s.byTitle) s.warnings.push(`TOP ${s.number}: nur über den Titel im Transkript gefunden (kein Aufruf mit Nummer) – Zuordnung bitte prüfen.`);
    if (agenda.length && s.found && s.public && (!s.spokenPublic || s.heardNonPublic)) {
      // The agenda says public, the session was in its non-public part: protect the content.
      s.public = false;
      s.warnings.push(`TOP ${s.number} steht in der Tagesordnung als öffentlich, wurde aber (teilweise) im nichtöffentlichen Teil beraten; er wurde vorsorglich der nichtöffentlichen Niederschrift zugeordnet – bitte prüfen.`);
    }
    if (!agenda.length && !s.public && s.spokenPublic && s.heardNonPublic) s.warnings.push(`TOP ${s.number}: Während der Beratung begann der nichtöffentliche Teil; der Punkt wurde vorsorglich der nichtöffentlichen Niederschrift zugeordnet – bitte prüfen.`);
  }
  return { preamble, segments, warnings, titleChecks };
}
