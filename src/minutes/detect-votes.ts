/**
 * Decisions of one TOP from the vote sequence as German councils and parliaments run it:
 * call ("Wer ist dafür?") – answer (a count, a group list, "niemand") – counter-vote ("Gegenprobe",
 * "Wer ist dagegen?") – abstentions – result ("Damit ist der Antrag angenommen."). Also results
 * stated without a call, procedural decisions agreed without a vote (referral, postponement,
 * taking note) and several decisions per TOP in order, each with its subject.
 *
 * Every decision carries the sentences it rests on and a status: "sicher" only when a result was
 * stated by the chair in settled form and nothing contradicts it; "unsicher" when it was inferred,
 * proposed without a recorded decision, or contradicts itself; "nicht erkannt" when a vote was
 * called but no result was heard. Pure; the model never touches these values.
 */
import type { Outcome, Votes } from './draft-schema.js';
import { NUMBER_TOKEN, parseGermanNumber } from './number-words.js';
import { readRegional } from './regional-speech.js';
import { sentencesOf, type Sentence } from './sentences.js';
import {
  ABSTAIN_NONE,
  ASSENT,
  CALL_ABSTAIN,
  CALL_NO,
  CALL_YES,
  COUNT_ABSTAIN,
  COUNT_ANSWER,
  COUNT_NO,
  COUNT_YES,
  HYPOTHETICAL,
  INDIVIDUAL_VOTE,
  MAJORITY,
  MAJORITY_STATED,
  NEGATION,
  NO_NONE,
  NO_OBJECTION,
  OBJECTION_CALL,
  OUTCOME_RULES,
  parseGroupList,
  REPORTED,
  RECOMMENDED_BY_US,
  RESULT_FORM,
  REST_OF_HOUSE,
  SETTLING,
  SUBJECT,
  COUNT_CORRECTION,
  ONE_MEMBER_ANSWER,
  BARE_MEMBER_ANSWER,
  ASK_MEMBER,
  ELECTION_PROCEDURE,
  JOINT_VOTE_PROPOSAL,
  THIRD_PARTY,
  UNANIMOUS,
  VOTE_OPENING,
  WHOLE_HOUSE,
  ZERO_ANSWER,
  type GroupList,
} from './vocabulary.js';
import type { Cue } from './types.js';

export type FactStatus = 'sicher' | 'unsicher' | 'nicht erkannt';

export interface EvidenceRef {
  cueId: string | null;
  at: number;
  speaker: string | null;
  quote: string;
}

export interface GroupVotes {
  yes: string[];
  no: string[];
  abstain: string[];
}

export interface DetectedDecision {
  text: string;
  subject: string | null;
  outcome: Outcome | null;
  votes: Votes | null;
  /** Groups as announced; may hold placeholders ("*rest*") that core-draft resolves per session. */
  votesByGroup: GroupVotes | null;
  unanimous: boolean;
  /** Approved without a formal vote because nobody objected. */
  noObjection: boolean;
  /** "mehrheitlich" without counts. */
  majority: boolean;
  status: FactStatus;
  /** True unless status is "sicher" (kept for older readers of the draft). */
  uncertain: boolean;
  /** Why the core is unsure (German, for the clerk). */
  reason?: string;
  reasons: string[];
  evidence: EvidenceRef[];
  at: number;
}

type Q = 'yes' | 'no' | 'abstain';

interface Episode {
  sentences: Sentence[];
  /** The question answered last (a member asked after the count answers to it). */
  lastAnswered?: Q;
  /** Groups or a member the chair asked for separately ("Was ist mit …?"), waiting for the answer. */
  askedOne?: string[];
  called: boolean;
  counts: Partial<Record<Q, number>>;
  /** Counts inferred as 0 because the next question followed at once; a stated count replaces them. */
  inferred?: Set<Q>;
  groups: Partial<Record<Q, string[]>>;
  lastQ?: Q;
  /** The open question is a call for objections: "niemand" means agreed without objection. */
  objection?: boolean;
  /** An answer with a number was heard but not read just now: no silence before the next question is read as 0. */
  unreadAnswer?: boolean;
  /** A procedure the chair proposed without a verb just before the consent ("Überweisung an den …"). */
  proposed?: Outcome;
  /** Members' contributions (not vote answers) heard between the call and the result. */
  debate?: number;
  /** Answers with a number not read, with the question they answer and the number they begin with. */
  unread?: { q: Q | undefined; n: number | undefined; text: string }[];
  /** A member was asked for the vote one by one (online): counts said for the room may leave them out. */
  individual?: boolean;
  /** "Das ist die Mehrheit.": the side just counted carries it, no outcome word said. */
  majorityStated?: boolean;
  unanimous: boolean;
  majority: boolean;
  noObjection: boolean;
  outcome?: Outcome;
  /** The sentence that stated the outcome (for the rules on what makes a result sure). */
  result?: Sentence;
  subject?: string;
  reasons: string[];
  at: number;
}

export interface ReadOutcome {
  outcome: Outcome;
  /** Stated as this session's result ("Damit ist …", "ist angenommen", "überweisen wir"). */
  settled: boolean;
  /** Proposed, hypothetical or conditional. */
  hypothetical: boolean;
  /** About an earlier session or another body. */
  reported: boolean;
  /** Outcome word was negated and flipped (nicht angenommen → abgelehnt). */
  flipped: boolean;
  /** Another outcome named in the same sentence: the reading is not sure. */
  alsoNamed?: Outcome;
}

/**
 * Dots of abbreviations and ordinals inside a sentence ("Drucks. 20/6033", "Art. 104 Abs. 2",
 * "z. B.", "am 31. Dezember") would stop the patterns' in-sentence windows; they are dropped before
 * reading (the sentence splitter already kept them inside the sentence).
 */
const INNER_DOT = /(?<![\p{L}\d])(Drucks|Drs|Nr|Abs|Art|Ziff|Buchst|Dr|Prof|Abg|vgl|bzw|ggf|gem|lt|Vorl|Kap|Anl|S|z|B|d|h|u|a|i|v)\.(?=\s)|(?<=\d)\.(?=\s+[\p{Ll}\p{Lu}])(?!\s+(?:Damit|Dann|Das|Der|Die|Wer|Ich|Wir)\s)/gu;
export const withoutInnerDots = (text: string): string => text.replace(INNER_DOT, (m, abbr?: string) => abbr ?? '');

const INDIRECT_QUESTION = /(?:^|[\s,])(?:an\s+welchen|in\s+welchen|welche[rsnm]?|ob|was\s+mit|wie\s+mit)\s+[^.?!,]{0,60}$/iu;
const NOT_NEEDED = /^\s*(?:(?:ist|sind|wäre|wären|war|waren)\s+(?:hier\s+|dann\s+|also\s+)?(?:nicht|kein(?:e)?)\s+(?:mehr\s+)?(?:notwendig|nötig|erforderlich|vorgesehen|beantragt)|(?:entfällt|entfallen|erübrigt\s+sich|erübrigen\s+sich))/iu;

/** A result stated by this body in the first person or as the house ("Damit haben wir … gewählt."): never a third party's. */
const OWN_RESULT = /(?:damit|somit|hiermit)\s+(?:haben|hat|ist|sind)\s+(?:wir|der\s+landtag|das\s+haus|der\s+rat|der\s+ausschuss|der\s+kreistag|der\s+gemeinderat|der\s+stadtrat)\s/iu;

/** Outcome words that go together in one result ("nicht angenommen" = abgelehnt; "Wahlvorschlag angenommen, X gewählt"). */
const COMPATIBLE: [Outcome, Outcome][] = [
  ['abgelehnt', 'angenommen'],
  ['gewählt', 'angenommen'],
  ['genehmigt', 'angenommen'],
];

/** A motion on procedure ("Vertagungsantrag", "Antrag auf Überweisung"): adopted, it decides that procedure. */
const PROCEDURAL_MOTION = /(?:vertagungs|verweisungs|überweisungs|absetzungs)antrag|antrag\s+auf\s+(?:vertagung|verweisung|überweisung|absetzung)/iu;
const MOTION_RESULT = /(?:die|der)\s+((?:rück)?(?:verweisung|überweisung|vertagung|absetzung)(?:santrag)?|(?:vertagungs|verweisungs|überweisungs|absetzungs)antrag)\s+(?:ist|wird|wurde|hat)\s+(?:(?:damit|somit|also|mehrheitlich|einstimmig)\s+)*(abgelehnt|angenommen|beschlossen|keine\s+mehrheit)/iu;
/** "Damit ist die Vertagung abgelehnt.", "Somit wurde der Überweisungsantrag angenommen.": the verb before the motion. */
const MOTION_RESULT_INVERTED = /(?:damit|somit|also|dann)\s+(?:ist|wird|wurde)\s+(?:(?:damit|somit|auch|mehrheitlich|einstimmig)\s+)*(?:die|der)\s+((?:rück)?(?:verweisung|überweisung|vertagung|absetzung)(?:santrag)?|(?:vertagungs|verweisungs|überweisungs|absetzungs)antrag)\s+(?:(?:damit|somit|also|mehrheitlich|einstimmig)\s+)*(abgelehnt|angenommen|beschlossen)[.!]?$/iu;
const motionOutcome = (m: string): Outcome => (/vertag/iu.test(m) ? 'vertagt' : /absetz/iu.test(m) ? 'abgesetzt' : 'verwiesen');

/** "Also, Antrag auf Vertagung.", "Dann der Verweisungsantrag der SPD.": the motion named as the heading of its vote, no result. */
const MOTION_HEADING = /^(?:(?:also|dann|jetzt|nun|so|gut|zuerst|zunächst|erst)[,:]?\s+)*(?:(?:der|den|zum|über\s+den)\s+)?(?:(?:geschäftsordnungs)?antrag\s+auf\s+(?:vertagung|verweisung|überweisung|rücküberweisung|absetzung|zurückstellung)|(?:vertagungs|verweisungs|überweisungs|absetzungs)antrag)(?:\s+(?:von|der|des|bis|in|an|auf|zur|zum|nach)\s+[^.?!,]{1,60})?[.!:]?$/iu;

/**
 * "Dann ist die Beschlussempfehlung so angenommen und der Antrag … abgelehnt": the vote was on the committee's
 * recommendation; what it means for the motion follows from it. The recommendation's outcome is the decision.
 */
const RECOMMENDATION_THEN_MOTION = /beschlussempfehlung\s+(?:[^.?!,]{0,40}\s)?(?:so\s+)?(?:angenommen|zugestimmt|gefolgt)\s+(?:worden\s+)?und\s+(?:damit\s+|somit\s+)?(?:der|die|das)\s+[^.?!]{1,100}\s(?:abgelehnt|angenommen|verabschiedet|erledigt)[.!]?$/iu;
/**
 * "Wir stimmen zuerst über die Verweisung ab.", "Über den Vertagungsantrag lasse ich sofort abstimmen.": the order of
 * the votes announced, no result yet (the procedure word names what is voted on).
 */
const VOTE_ANNOUNCED = /^(?:(?:dann|jetzt|nun|also|so|gut)[,]?\s+)*(?:(?:wir\s+stimmen|stimmen\s+wir)\s+(?:(?:jetzt|nun|dann|also|zuerst|zunächst|getrennt|einzeln|gemeinsam)\s+)*ab\s*[,:]\s+(?![^.?!]*(?:angenommen|abgelehnt|beschlossen|zugestimmt|genehmigt|vertagt|verwiesen|überwiesen|abgesetzt|gewählt)(?![\p{L}]))[^.?!]+|(?:wir\s+stimmen|stimmen\s+wir)\s+(?:(?:jetzt|nun|dann|also|zuerst|zunächst|erst|sofort|als\s+erstes|getrennt)\s+)*über\s+[^.?!]{1,120}\s+ab|(?:über\s+[^.?!]{1,100}\s+)?lasse\s+ich\s+(?:(?:jetzt|nun|dann|zuerst|zunächst|sofort)\s+)*(?:über\s+[^.?!]{1,100}\s+)?abstimmen)[.!:]?$/iu;

/** A count of none in the vote sequence ("Enthaltungen keine", "Gegenstimmen keine"), not a negation of the result. */
const COUNTED_NONE = /(?:gegenstimmen?|(?:stimm)?enthaltungen?|nein-stimmen|dagegen|widerspruch|einwände)\s+(?:keine[rn]?|kein|niemand)(?![\p{L}])/giu;
/** Reads the outcome a sentence states, with negation, tense and mood; undefined when it states none. */
export function readOutcome(raw: string): ReadOutcome | undefined {
  if (/\?\s*$/u.test(raw)) return undefined;
  if (MOTION_HEADING.test(raw.trim())) return undefined;
  if (VOTE_ANNOUNCED.test(raw.trim())) return undefined;
  if (RECOMMENDATION_THEN_MOTION.test(raw) && !NEGATION.test(/beschlussempfehlung[^.?!]*?und/iu.exec(raw)?.[0] ?? '')) return { outcome: 'angenommen', settled: SETTLING.test(raw) || RESULT_FORM.test(raw), hypothetical: false, reported: false, flipped: false };
  if (ELECTION_PROCEDURE.test(raw) && !/(?:damit|somit|ist|sind)\s+[^.?!]{0,80}gewählt/iu.test(raw)) return undefined;
  // "Die Rückverweisung ist abgelehnt": the vote on a motion on procedure; rejected, nothing happens to the item.
  const onMotion = MOTION_RESULT.exec(raw) ?? MOTION_RESULT_INVERTED.exec(raw);
  if (onMotion) {
    const rejected = /abgelehnt|keine\s+mehrheit/iu.test(onMotion[2]);
    return { outcome: rejected ? 'abgelehnt' : motionOutcome(onMotion[1]), settled: true, hypothetical: false, reported: false, flipped: false };
  }
  // "möchte ich darauf hinweisen, dass …" announces, it does not wish.
  const text = withoutInnerDots(raw).replace(/möchte\s+ich\s+(?:sie\s+|ihnen\s+)?(?:darauf\s+|davon\s+)?(?:hinweisen|mitteilen|bekanntgeben|bekannt\s+geben|informieren|unterrichten)/giu, 'teile ich mit');
  for (const [index, rule] of OUTCOME_RULES.entries()) {
    const m = rule.re.exec(text);
    if (!m) continue;
    // "… bitte ich zu sagen, an welchen Ausschuss er überwiesen werden soll": an indirect question.
    if (INDIRECT_QUESTION.test(text.slice(Math.max(0, m.index - 80), m.index))) return undefined;
    // "Ich nehme das bedauernd zur Kenntnis": the speaker's own acknowledgement, not the body's.
    if (rule.outcome === 'zur Kenntnis genommen' && /(?:^|[\s,–-])(?:ich\s+nehme|nehme\s+ich)\s/iu.test(text)) return undefined;
    // "Abstimmung oder Überweisung sind nicht notwendig", "eine Überweisung erübrigt sich": named, not decided.
    if (NOT_NEEDED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "… Gegenstimmen zwei Enthaltungen keine damit ist Top fünf abgesetzt": a "keine" that counts votes negates nothing.
    const clause = (before.split(/[,;–]/u).pop() ?? '').replace(COUNTED_NONE, ' ');
    const negated = NEGATION.test(clause) || /^nicht\s/iu.test(m[0]);
    let outcome: Outcome = rule.outcome;
    let flipped = false;
    if (negated || (rule.outcome === 'abgelehnt' && /nicht\s+(?:angenommen|beschlossen|zugestimmt|entsprochen|stattgegeben)/iu.test(m[0]))) {
      if (rule.outcome === 'angenommen' || rule.outcome === 'genehmigt') {
        outcome = 'abgelehnt';
        flipped = true;
      } else if (rule.outcome === 'abgelehnt' && /nicht\s+(?:angenommen|beschlossen|zugestimmt|entsprochen|stattgegeben)/iu.test(m[0])) {
        outcome = 'abgelehnt';
      } else if (rule.outcome === 'abgelehnt' && /^nicht\s+die\s/iu.test(m[0])) {
        outcome = 'abgelehnt';
      } else if (rule.outcome === 'abgelehnt' && negated) {
        // "nicht abgelehnt" is rare and ambiguous; state it, but never as sure.
        outcome = 'angenommen';
        flipped = true;
      } else if (negated) {
        // "nicht vertagt", "nicht überwiesen": no decision in this sentence.
        return undefined;
      }
    }
    const performative = !!rule.performative?.test(text);
    const hypothetical = HYPOTHETICAL.test(text) && !/(?:damit|somit|hiermit)\s/iu.test(text) && !RECOMMENDED_BY_US.test(text);
    const reported = !OWN_RESULT.test(text) && (REPORTED.test(text) || THIRD_PARTY.test(text));
    const settled = !hypothetical && !reported && (SETTLING.test(text) || RESULT_FORM.test(text) || performative);
    // A second, different outcome word in the same sentence ("… zur Kenntnis genommen: Diskussion,
    // Abstimmung oder Überweisung sind nicht notwendig"): the sentence is read, but not as sure.
    // "Damit ist der Vertagungsantrag angenommen": the item is postponed.
    const motion = outcome === 'angenommen' ? PROCEDURAL_MOTION.exec(text) : null;
    if (motion) return { outcome: motionOutcome(motion[0]), settled, hypothetical, reported, flipped };
    const other = OUTCOME_RULES.slice(index + 1).find((r) => r.outcome !== rule.outcome && r.re.test(text) && !COMPATIBLE.some(([a, b]) => (a === rule.outcome && b === r.outcome) || (b === rule.outcome && a === r.outcome)));
    return { outcome, settled, hypothetical, reported, flipped, ...(other ? { alsoNamed: other.outcome } : {}) };
  }
  return undefined;
}

function countOf(res: RegExp[], s: string): number | undefined {
  for (const r of res) {
    r.lastIndex = 0;
    // "17 Ja, 38 Nein, … mit der Stimme von Frau Seipp sind es 39 Nein": the last count of a kind is the total.
    const all = r.global ? [...s.matchAll(r)] : [r.exec(s)].filter((x): x is RegExpExecArray => !!x);
    const m = all[all.length - 1];
    if (!m) continue;
    const token = m.slice(1).find((g) => g !== undefined);
    if (token !== undefined) {
      const n = parseGermanNumber(token);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

/** The subject voted on, from a call or a result sentence ("Änderungsantrag der FDP", "Ziffer 2"). */
export function subjectOf(text: string): string | undefined {
  const m = SUBJECT.exec(text);
  if (!m) return undefined;
  const s = m[1].replace(/\s+/gu, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The sentence as the call patterns read it: without the dots of abbreviations, ordinals and thousands. */
const callText = (text: string): string => withoutInnerDots(text).replace(/(?<=\d)\.(?=\d)/gu, '');

function questionIn(s: string): Q | undefined {
  const hits: [number, Q][] = [];
  for (const [re, q] of [
    [CALL_YES, 'yes'],
    [CALL_NO, 'no'],
    [CALL_ABSTAIN, 'abstain'],
  ] as const) {
    const m = re.exec(s);
    if (m) hits.push([m.index, q]);
  }
  if (!hits.length) return undefined;
  return hits.sort((a, b) => a[0] - b[0])[hits.length - 1][1];
}

/** A procedure named without a finite verb: "Überweisung an den Innenausschuss.", "Der Antrag soll an den Bauausschuss gehen." */
function proposedProcedure(text: string): Outcome | undefined {
  if (/^(?:(?:also|dann|und)\s+)?(?:rück)?(?:überweisung|verweisung)\s+(?:an|in)\s+den\s/iu.test(text) || /soll(?:en)?\s+(?:[^.?!]{0,80}\s)?(?:an|in)\s+den\s+[^.?!]{0,80}(?:gehen|überwiesen\s+werden|verwiesen\s+werden)[.!]?$/iu.test(text)) return 'verwiesen';
  if (/^(?:(?:also|dann|und)\s+)?vertagung\s+(?:auf|in)\s/iu.test(text)) return 'vertagt';
  return undefined;
}

const MAJORITY_VOTES = new RegExp(String.raw`mit\s+(${NUMBER_TOKEN})\s+(?:ja-)?stimmen\s+(?:bei|gegen)\s`, 'iu');

/** The words that name a side of the vote in a count sentence. */
const SIDE_WORDS: [Q, RegExp][] = [
  ['yes', /^(?:dafür|ja|ja-stimmen|zustimmungen?)[,.;:!]?$/iu],
  ['no', /^(?:dagegen|nein|nein-stimmen|gegenstimmen?)[,.;:!]?$/iu],
  ['abstain', /^(?:(?:stimm)?enthaltung(?:en)?|enthalten|enthielten)[,.;:!]?$/iu],
];
/** A count in an answer: digits, a number word from two up, or "ein(e) Stimme/Mitglied" (not the article alone, not "kein"). */
const HAS_NUMBER = /(?<![\p{L}\d])(?:\d{1,3}|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\p{L}+zehn|\p{L}*zwanzig|\p{L}*(?:dreißig|vierzig|fünfzig)|ein(?:e|er)?\s+(?:einzige[rs]?\s+)?(?:stimme|mitglied|person|gegenstimme|enthaltung|kollegin|kollege|hand))(?![\p{L}\d])/iu;
/** A short sentence carrying a number, not a question, not a result and not a time: an answer with a count. */
const isUnreadCount = (text: string): boolean =>
  !/\?/u.test(text) && text.split(/\s+/u).length <= 14 && HAS_NUMBER.test(text) && !readOutcome(text) && !/^\(|(?<![\p{L}])(?:uhr|prozent|euro|minuten?|stunden?|jahre?n?|seiten?|punkte?)(?![\p{L}])|[%€]|\d\.(?:\s|$)/iu.test(text);

/** A short answer that is not a filler ("Danke.", "Gut."): "– Die FWG.", "– Die Unabhängigen." */
const FILLER = /^(?:(?:danke|vielen\s+dank|dankeschön|gut|okay|ok|so|bitte|ja|prima|schön|alles\s+klar|moment|einen\s+moment)(?:\s+schön|\s+sehr)?[\s,.!–-]*)+$/iu;
/** An answer that names no number on purpose: "– Die Mehrheit.", "– Einige.", "– Der Rest." */
const VAGUE_ANSWER = /^(?:(?:das\s+(?:ist|sind)|es\s+sind)\s+)?(?:die\s+(?:große\s+|überwiegende\s+)?(?:mehrheit|minderheit|anderen|übrigen)|einige|wenige|viele|mehrere|etliche|ein\s+paar|der\s+rest|alle(?:\s+(?:anderen|übrigen))?)[.!]?$/iu;
const isShortAnswer = (text: string): boolean =>
  !/\?/u.test(text) && text.split(/\s+/u).length <= 6 && !FILLER.test(text) && !VAGUE_ANSWER.test(text) && !readOutcome(text) && !/^\(|^(?:damit|somit|dann\s+ist)\s|\d\.$|^(?:und\s+)?(?:die\s+)?(?:gegenstimmen|gegenprobe|enthaltungen|stimmenthaltungen)[.!]?$/iu.test(text);

/** "Punkt 7 ist abgesetzt" said inside another item: the segmenter owns that sentence, not this item's vote. */
const OTHER_ITEM = /^(?:(?:und|dann|also)\s+)?(?:tagesordnungspunkt|top|punkt)\s+(\d{1,3}(?:\.\d{1,2})?\s?[a-h]?)(?![\p{L}\d])/iu;
/** A late addition needs its particle ("mit", "auch", "ebenfalls"); "Das ganze Haus hat zugestimmt" is a result. */
const MAJORITY_FIRST = /mit\s+\S+\s+(?:zu|gegen|:)\s+\S+\s+stimmen/iu;
const LATE_VOTE = /(?:hat|haben)\s+(?:(?:auch|ebenfalls)\s+(?:mit\s+)?|mit\s+)(?:zugestimmt|dafür\s+gestimmt|dagegen\s+gestimmt|mit\s+nein\s+gestimmt)|(?:hat|haben)\s+sich\s+(?:auch|ebenfalls)\s+enthalten|(?:stimmt|stimmen)\s+(?:auch|ebenfalls)\s+(?:zu|dagegen)|(?:enthält|enthalten)\s+sich\s+(?:auch|ebenfalls)/iu;

const GROUP_COUNT_TAIL = new RegExp(String.raw`(?:,\s*|\s+)(?:(?:das\s+sind|zusammen|insgesamt|macht)\s+)?(${NUMBER_TOKEN})\s*[.!]?$`, 'iu');
const COUNT_CORRECTED = 'Stimmenzahlen in der Sitzung korrigiert – bitte prüfen';

/** Sentences within which the same outcome for the same subject, restated, is one decision. */
const RESTATE_WINDOW = 6;
const CONFIRM = /so\s+beschlossen|(?:ist|wäre)\s+(?:das|dies)\s+so|kein(?:en)?\s+widerspruch|so\s+geschehen/iu;

export interface DetectOptions {
  /** The item's own number; results that name another item are left to that item. */
  itemNumber?: string;
  /** Members present: counts above it cannot be right. */
  maxVoters?: number;
  /** Speakers who chair the session; results from others are not taken as decisions. */
  chairs?: Set<string>;
}

/**
 * Teams text without punctuation runs the whole vote into one "sentence" ("wer ist dafür das sind alle Gegenstimmen
 * keine damit ist der Zuschuss beschlossen"): the result ("damit ist …") is read as a sentence of its own, after the
 * call and the counts. Only in a sentence without commas that calls a vote.
 */
const RUN_ON_VOTE_CALL = /(?:^|\s)(?:wer\s+(?:ist|stimmt|möchte|will|wählt)|(?:karten|hände|hand)\s+hoch|handzeichen)(?![\p{L}])/iu;
const RUN_ON_RESULT = /\s(?=(?:damit|somit)\s+(?:ist|sind|hat|haben)\s)/giu;
function splitRunOnResult(s: Sentence): Sentence[] {
  if (/[,;:]/u.test(s.text) || !RUN_ON_VOTE_CALL.test(s.text)) return [s];
  const parts = s.text.split(RUN_ON_RESULT).map((x) => x.trim()).filter((x) => x.length > 0);
  return parts.length > 1 && parts.slice(1).every((x) => readOutcome(x)) ? parts.map((text) => ({ ...s, text })) : [s];
}

/** Finds the decisions of one TOP, in order. */
export function detectDecisions(cues: Cue[], opts: DetectOptions | number = {}): DetectedDecision[] {
  const options: DetectOptions = typeof opts === 'number' ? { maxVoters: opts } : opts;
  // "Gegenstimmen? – Koine. Dann isch des abglehnt.": the standard reading for the detectors, the words as said for the evidence.
  const sentences = sentencesOf(cues).flatMap(splitRunOnResult).map((s): Sentence => {
    const r = readRegional(s.text);
    return r.read.length ? { ...s, text: r.text, verbatim: s.text, ...(r.doubtful ? { regional: r.read } : {}) } : s;
  });
  const out: DetectedDecision[] = [];
  let ep: Episode | undefined;
  let closed: { ep: Episode; index: number } | undefined;
  let proposal: { s: Sentence; outcome: Outcome; subject?: string; index: number; asked?: boolean } | undefined;
  const isChair = (s: Sentence) => !options.chairs?.size || s.speaker === null || options.chairs.has(s.speaker);
  const open = (s: Sentence, called: boolean): Episode => {
    ep ??= { sentences: [], called, counts: {}, groups: {}, unanimous: false, majority: false, noObjection: false, reasons: [], at: s.at };
    ep.called ||= called;
    return ep;
  };
  // "Gibt es Einwände? – Nein. Wer zustimmt, …": the objection call leads into the formal vote, one decision.
  const pendingObjection = (e?: Episode) => !!e?.objection && !e.outcome && !Object.keys(e.counts).length && !Object.keys(e.groups).length;
  const close = (index: number) => {
    if (!ep) return;
    // "Gibt es Widerspruch? – Nein." and nothing decided: consent to the procedure, not a decision.
    if (pendingObjection(ep) && !ep.unanimous) {
      ep = undefined;
      return;
    }
    out.push(finish(ep, options.maxVoters));
    closed = { ep, index };
    ep = undefined;
  };
  const hasResult = (e?: Episode) => !!e && (!!e.outcome || Object.keys(e.counts).length > 0 || Object.keys(e.groups).length > 0 || e.unanimous || e.noObjection);
  const settleProposal = (assent: Sentence | undefined) => {
    if (!proposal) return;
    const e: Episode = { sentences: [proposal.s, ...(assent ? [assent] : [])], called: false, counts: {}, groups: {}, unanimous: false, majority: false, noObjection: !!assent, outcome: proposal.outcome, reasons: [], at: proposal.s.at };
    if (proposal.subject) e.subject = proposal.subject;
    e.result = proposal.s;
    if (!assent) e.reasons.push('nur vorgeschlagen, kein Beschluss festgestellt');
    out.push(finish(e, options.maxVoters));
    closed = { ep: e, index: proposal.index };
    proposal = undefined;
  };

  const step = (s: Sentence, i: number): void => {
    const text = s.text;
    if (proposal && i - proposal.index > 4) settleProposal(undefined);
    if (proposal && isChair(s) && (ASSENT.test(text) || NO_OBJECTION.test(text))) {
      settleProposal(s);
      return;
    }
    // "Wer stimmt der Erhöhung um 200.000 Euro zu?", "Wer stimmt dem Bebauungsplan Nr. 47 zu?": dots inside the
    // call (numbers, abbreviations) would stop the call patterns' in-sentence windows.
    const q = questionIn(callText(text));
    // A member's vote given apart ("Dazu kommt die Stimme von Frau Seipp im Chat, Nein."): in the count or not?
    if (ep && (ep.called || Object.keys(ep.counts).length) && isChair(s) && (INDIVIDUAL_VOTE.test(text) || /(?:dazu\s+kommt|hinzu\s+kommt|plus|zuzüglich)\s+(?:noch\s+)?(?:die\s+)?stimme/iu.test(text))) ep.individual = true;
    const nobody = ZERO_ANSWER.test(text) || /^nein[.!]?$/iu.test(text);
    // "Ich schlage vor, den Punkt zu vertagen. Erhebt sich Widerspruch? – Das ist nicht der Fall."
    if (proposal && !q && isChair(s) && OBJECTION_CALL.test(text)) {
      proposal.asked = true;
      return;
    }
    if (proposal?.asked && nobody) {
      settleProposal(s);
      return;
    }
    if (!q && isChair(s) && OBJECTION_CALL.test(text) && !readOutcome(text)) {
      if (hasResult(ep)) close(i);
      const e = open(s, true);
      e.objection = true;
      e.lastQ = 'no';
      e.sentences.push(s);
      return;
    }
    // "Korrektur: es waren vier Enthaltungen": the counts of the vote just held change; no new decision.
    const fix = isChair(s) && COUNT_CORRECTION.test(text) ? (ep ?? (closed && i - closed.index <= RESTATE_WINDOW ? closed.ep : undefined)) : undefined;
    if (fix && !readOutcome(text)) {
      const probe: Episode = { sentences: [], called: false, counts: {}, groups: {}, unanimous: false, majority: false, noObjection: false, reasons: [], at: s.at };
      readCounts(probe, text);
      if (Object.keys(probe.counts).length) {
        for (const [q, n] of Object.entries(probe.counts) as [Q, number][]) {
          fix.inferred?.delete(q);
          fix.counts[q] = n;
        }
        if (!fix.reasons.includes(COUNT_CORRECTED)) fix.reasons.push(COUNT_CORRECTED);
        fix.sentences.push(s);
        if (fix !== ep) out[out.length - 1] = finish(fix, options.maxVoters);
        return;
      }
    }
    // "Was ist mit dem fraktionslosen Kollegen? – Enthaltung.": the chair asks one group or member after the lists.
    const askOne = ep?.called && isChair(s) ? /^(?:und\s+)?(?:was\s+ist\s+mit|wie\s+(?:stimmt|stimmen|votiert)|und)\s+(.{3,60}?)\s*\?$/iu.exec(text) : null;
    const askedGroups = askOne ? parseGroupList(askOne[1]) : null;
    if (ep && askedGroups?.length && !askedGroups.unexplained?.length) {
      ep.askedOne = [...askedGroups];
      ep.sentences.push(s);
      return;
    }
    if (ep?.askedOne) {
      const asked = ep.askedOne;
      ep.askedOne = undefined;
      const side: Q | undefined = /^(?:(?:eine?\s+)?enthaltung|enthält\s+sich|enthalten)/iu.test(text) ? 'abstain' : /^(?:zustimmung|ja|dafür|stimmt\s+zu)/iu.test(text) ? 'yes' : /^(?:dagegen|nein|ablehnung|stimmt\s+dagegen)/iu.test(text) ? 'no' : undefined;
      if (side) {
        ep.groups[side] = [...(ep.groups[side] ?? []), ...asked];
        ep.sentences.push(s);
        return;
      }
    }
    // "Frau Grunert schreibt im Chat Ja." between the question and the count: one member's vote; the count follows.
    const prev = i > 0 ? sentences[i - 1].text : '';
    // "Herr Brüning?": the chair asks the member online for the vote; the room's count is still to come.
    if (ep?.called && isChair(s) && ASK_MEMBER.test(text)) {
      // Asked before the room's count is given, the count that follows includes the member; asked after it, maybe not.
      if (!ep.lastQ || ep.counts[ep.lastQ] !== undefined) ep.individual = true;
      ep.lastQ ??= ep.lastAnswered;
      ep.sentences.push(s);
      return;
    }
    if (ep?.lastQ && !q && (ONE_MEMBER_ANSWER.test(text) || (BARE_MEMBER_ANSWER.test(text) && ASK_MEMBER.test(prev))) && !COUNT_ANSWER.test(text)) {
      // Before the count: "Frau Grunert schreibt im Chat Ja. – Das sind elf." counts her in; without a count after it, unsure.
      const countFollows = sentences.slice(i + 1, i + 3).some((x) => COUNT_ANSWER.test(x.text) || GROUP_COUNT_TAIL.test(x.text));
      if (ep.counts[ep.lastQ] !== undefined || !countFollows) ep.individual = true;
      ep.sentences.push(s);
      // "Das sind die Linke und die Grünen, und Herr Brüning schreibt im Chat Ja.": the groups before the member.
      const before = text.split(/,?\s+und\s+(?=(?:herr|frau|kollege|kollegin)\s)/iu)[0];
      const groups = before !== text ? parseGroupList(before) : null;
      if (groups?.length) ep.groups[ep.lastQ] = [...groups];
      return;
    }
    // An answer to the question before it: a count, "niemand", or a group list.
    if (ep?.lastQ && !q) {
      const last = ep.lastQ;
      // "Nein, keine.", "Danke, drei.", "Gut, zwölf.": an interjection before the answer.
      const answer = text.replace(/^(?:nein|ja|danke|gut|okay|also|so)\s*[,.!–-]\s*(?=\S)/iu, '');
      // "Ist jemand dagegen? – Nein.": nobody against (after a call for yes votes "Nein" answers nothing).
      const zero = ZERO_ANSWER.test(answer) || ((!!ep.objection || last !== 'yes') && nobody);
      const bare = COUNT_ANSWER.exec(answer);
      // "CDU, AfD, UFG, das sind zwölf.", "Die SPD, sechs.": a group list with its count.
      const tail = /\s(?:zu|gegen|:)\s+\S+\s*[.!]?$/iu.test(text) ? null : GROUP_COUNT_TAIL.exec(text);
      // "Gegenstimmen? – Einstimmig.": the chair states the result, not a list of those against.
      const unanimousResult = last !== 'yes' && UNANIMOUS.test(text);
      const groups = !zero && !bare && !unanimousResult && (s.answer || text.split(/\s+/u).length <= 16) && !readOutcome(text) ? parseGroupList(tail ? text.slice(0, tail.index) : text) : null;
      if (zero || bare || groups) {
        const e = ep;
        if (zero && e.objection && last === 'no') e.noObjection = true;
        else if (zero) {
          e.counts[last] = 0;
          e.groups[last] = [];
        } else if (bare) {
          const token = bare.slice(1).find((g) => g !== undefined) ?? '';
          const n = parseGermanNumber(token);
          if (n !== undefined) setCount(e, last, n);
        } else if (groups) {
          e.groups[last] = [...groups];
          const n = tail ? parseGermanNumber(tail[1]) : undefined;
          if (n !== undefined) setCount(e, last, n);
          else readCounts(e, text);
          // "Enthaltungen? – Frau Vogt und Herr Lenz.": members named one by one are counted.
          const persons = text.match(/(?<![\p{L}])(?:herrn?|frau|kollegin|kollege)\s+(?:dr\.?\s+)?\p{Lu}/giu)?.length ?? 0;
          if (e.counts[last] === undefined && persons > 0 && persons === groups.length && !groups.unexplained?.length) setCount(e, last, persons);
          // "CDU, SPD und die Bürgerliste", "Teile der SPD": a list not fully read is not sure.
          if (groups.unexplained?.length) e.reasons.push(`Fraktionsliste nicht vollständig gelesen („${groups.unexplained.slice(0, 4).join(' ')}“)`);
          if (last === 'yes' && UNANIMOUS.test(text)) e.unanimous = true;
        }
        e.sentences.push(s);
        e.lastAnswered = last;
        e.lastQ = undefined;
        return;
      }
    }
    if (ep?.called && MAJORITY_STATED.test(text) && !readOutcome(text)) {
      ep.majorityStated = true;
      ep.sentences.push(s);
      readCounts(ep, text);
      ep.lastQ = undefined;
      return;
    }
    // "Der fraktionslose Kollege hat mit zugestimmt.", "Die Linke enthält sich ebenfalls.": a late addition to a list.
    const late = ep?.called ? LATE_VOTE.exec(text) : null;
    if (late && ep) {
      const groups = parseGroupList(text.slice(0, late.index));
      if (groups && !groups.includes(WHOLE_HOUSE) && !groups.includes(REST_OF_HOUSE) && !SETTLING.test(text)) {
        const q: Q = /enthalt|enthält/iu.test(late[0]) ? 'abstain' : /dagegen|nein/iu.test(late[0]) ? 'no' : 'yes';
        ep.groups[q] = [...(ep.groups[q] ?? []), ...groups];
        ep.sentences.push(s);
        return;
      }
    }
    if (q) {
      if (q === 'yes' && pendingObjection(ep)) Object.assign(ep!, { objection: false, lastQ: undefined });
      else if (q === 'yes' && hasResult(ep) && (ep!.outcome || ep!.lastQ === undefined)) close(i);
      const e = open(s, true);
      // A question followed directly by the next one had no hands.
      if (e.lastQ && e.lastQ !== 'yes' && e.lastQ !== q && !e.unreadAnswer) {
        if (e.counts[e.lastQ] === undefined) (e.inferred ??= new Set()).add(e.lastQ);
        e.counts[e.lastQ] ??= 0;
        e.groups[e.lastQ] ??= [];
      }
      if (q === 'yes' && !e.subject) {
        const subj = subjectOf(text);
        if (subj) e.subject = subj;
      }
      e.lastQ = q;
      e.unreadAnswer = false;
      e.sentences.push(s);
      if (!/\?/u.test(text)) {
        // "Wer dem Antrag zustimmt, den bitte ich um das Handzeichen." may carry inline counts too.
        readCounts(e, text);
      }
      return;
    }
    // "Wenn niemand widerspricht, stimmen wir über die Punkte 5 bis 7 gemeinsam ab.": the consent asked is on procedure.
    // "Ich schlage vor, über die Punkte 2 bis 4 gemeinsam abzustimmen. Widerspricht jemand?": the same, in two sentences.
    const objectionNext = !!sentences[i + 1] && OBJECTION_CALL.test(sentences[i + 1].text);
    if (isChair(s) && JOINT_VOTE_PROPOSAL.test(text) && (NO_OBJECTION.test(text) || OBJECTION_CALL.test(text) || objectionNext) && !readOutcome(text)) {
      if (hasResult(ep)) close(i);
      const e = open(s, true);
      e.objection = true;
      e.lastQ = 'no';
      e.sentences.push(s);
      return;
    }
    if (VOTE_OPENING.test(callText(text)) && isChair(s)) {
      if (pendingObjection(ep)) Object.assign(ep!, { objection: false, lastQ: undefined });
      // "Zur Niederschrift gab es keine Einwendungen. Ich bitte um Abstimmung …": the formal vote that follows decides.
      else if (ep && !ep.called && ep.noObjection && !ep.outcome && !ep.unanimous && !Object.keys(ep.counts).length && !Object.keys(ep.groups).length) ep.noObjection = false;
      else if (hasResult(ep)) close(i);
      const e = open(s, true);
      const subj = subjectOf(text);
      if (subj && !e.subject) e.subject = subj;
      e.sentences.push(s);
      // "Dann stimmen wir ab über die Rückverweisung": the vote opens; a result needs its own settled words.
      if (!readOutcome(text)?.settled) return;
    }
    const other = OTHER_ITEM.exec(text);
    if (other && options.itemNumber && other[1].replace(/\s+/gu, '').toLowerCase() !== options.itemNumber.replace(/^[ÖN]\s*/iu, '').replace(/\s+/gu, '').toLowerCase()) return;
    const o = readOutcome(text);
    if (o) {
      // A member's speech is never a result; only a short statement (a clerk reading the count) inside a called vote.
      if (!isChair(s) && (!ep?.called || text.split(/\s+/u).length > 14)) return;
      if (!o.settled) {
        const procedural = o.outcome === 'verwiesen' || o.outcome === 'vertagt' || o.outcome === 'abgesetzt' || o.outcome === 'zur Kenntnis genommen';
        // "Ich beantrage, … zu vertagen" is a motion that needs its own vote, not the chair's proposal.
        if (procedural && o.hypothetical && !o.reported && isChair(s) && !/beantrag/iu.test(text)) {
          if (proposal) settleProposal(undefined);
          proposal = { s, outcome: o.outcome, subject: subjectOf(text), index: i };
          return;
        }
        if (o.hypothetical || o.reported) return;
      }
    }
    if (o?.settled) {
      const third = (UNANIMOUS.test(text) || MAJORITY.test(text)) && THIRD_PARTY.test(text);
      if (third) return;
      // A confirmation of the decision just stated ("Dagegen erhebt sich kein Widerspruch.") is not a second one.
      const newSubject = subjectOf(text);
      const sameSubject = !newSubject || !closed?.ep.subject || closed.ep.subject.toLowerCase().includes(newSubject.toLowerCase()) || newSubject.toLowerCase().includes(closed.ep.subject.toLowerCase());
      // The chair restating the same result for the protocol a few sentences later, with no vote in
      // between, is the same decision.
      if (!ep && closed && ((i - closed.index <= RESTATE_WINDOW && o.outcome === closed.ep.outcome && sameSubject) || (i - closed.index <= 2 && CONFIRM.test(text) && !newSubject))) {
        closed.ep.sentences.push(s);
        closed.ep.unanimous ||= UNANIMOUS.test(text);
        out[out.length - 1] = finish(closed.ep, options.maxVoters);
        return;
      }
      if (proposal) proposal = undefined;
      const e = open(s, false);
      e.sentences.push(s);
      readCounts(e, text);
      if (e.outcome && e.outcome !== o.outcome) e.reasons.push('zwei verschiedene Ergebnisse genannt');
      e.outcome = o.outcome;
      e.result = s;
      const subj = subjectOf(text);
      if (subj && !e.subject) e.subject = subj;
      if (o.flipped && o.outcome === 'angenommen') e.reasons.push('verneinte Ablehnung – Ergebnis bitte prüfen');
      if (o.alsoNamed) e.reasons.push(`im selben Satz auch „${o.alsoNamed}“ genannt`);
      // "Das Einvernehmen wird versagt" adopts a refusal; "Dem Antrag wird die Zustimmung versagt" rejects.
      if (/versag|verweiger/iu.test(text)) {
        e.reasons.push('„versagt“: Antrag abgelehnt oder Beschluss, etwas zu versagen (z. B. das Einvernehmen)?');
        // "Wer ist für das Einvernehmen? – Zwei. Dagegen? – Sieben. Damit ist das Einvernehmen versagt.": the motion
        // voted on failed; only a refusal voted for ("Wer möchte das Einvernehmen versagen? …") is adopted.
        if (e.outcome === 'angenommen' && e.counts.yes !== undefined && e.counts.no !== undefined && e.counts.yes < e.counts.no) e.outcome = 'abgelehnt';
      }
      // "Die Dringlichkeit wird bejaht/bestätigt" decides on the agenda, not on the motion itself.
      if (/dringlichkeit/iu.test(text) && !e.called) e.reasons.push('Beschluss über die Dringlichkeit (Tagesordnung), nicht über den Antrag selbst');
      if (!isChair(s)) e.reasons.push('Ergebnis nicht vom Vorsitz festgestellt');
      close(i);
      return;
    }
    // Counts, "einstimmig", "ohne Widerspruch" without an outcome word.
    if (/\?/u.test(text)) return;
    if (!isChair(s) && !ep) return;
    const probe: Episode = { sentences: [], called: false, counts: {}, groups: {}, unanimous: false, majority: false, noObjection: false, reasons: [], at: s.at };
    readCounts(probe, text);
    const unanimous = UNANIMOUS.test(text) && !THIRD_PARTY.test(text) && !REPORTED.test(text);
    const noObjection = NO_OBJECTION.test(text) && !HYPOTHETICAL.test(text);
    if (!Object.keys(probe.counts).length && !unanimous && !noObjection && !(MAJORITY.test(text) && ep)) return;
    if (!ep && !Object.keys(probe.counts).length && !noObjection) return;
    if (!ep && closed && i - closed.index <= 2 && !Object.keys(probe.counts).length) {
      closed.ep.sentences.push(s);
      closed.ep.unanimous ||= unanimous;
      closed.ep.noObjection ||= noObjection;
      out[out.length - 1] = finish(closed.ep, options.maxVoters);
      return;
    }
    const e = open(s, false);
    // "Überweisung an den Wirtschaftsausschuss. – Kein Widerspruch.": the chair's proposal, said without a verb, is what was agreed.
    const prevS = i > 0 ? sentences[i - 1] : undefined;
    const proposed = noObjection && prevS && isChair(prevS) && !e.sentences.length ? proposedProcedure(prevS.text) : undefined;
    if (proposed && prevS) {
      e.sentences.push(prevS);
      e.proposed = proposed;
    }
    e.sentences.push(s);
    readCounts(e, text);
    e.unanimous ||= unanimous;
    e.noObjection ||= noObjection;
    e.majority ||= MAJORITY.test(text);
  };
  sentences.forEach((s, i) => {
    const before = ep;
    const counted = before ? JSON.stringify(before.counts) : '';
    step(s, i);
    // A short answer with a number inside a called vote that changed no count ("Zehn, nein, Moment, elf.",
    // "Ein Mitglied.", "Dagegen vier."): the counts are incomplete, and no silence may be read as 0.
    // A member's contribution between the call and the result ("Wer ist dafür?" – a question, a debate – "Damit
    // angenommen."): the hands were not heard for what was decided.
    if (before && before === ep && before.called && !hasResult(before) && !before.objection && !before.sentences.includes(s) && !isChair(s) && s.text.split(/\s+/u).length > 4) before.debate = (before.debate ?? 0) + 1;
    const adjacent = i > 0 && !!before?.sentences.includes(sentences[i - 1]);
    const pending = before?.lastQ;
    if (before && before === ep && adjacent && before.called && !before.outcome && !before.sentences.includes(s) && JSON.stringify(before.counts) === counted && (isUnreadCount(s.text) || (pending !== undefined && isShortAnswer(s.text)))) {
      const n = HAS_NUMBER.exec(s.text);
      (before.unread ??= []).push({ q: before.lastQ ?? before.lastAnswered, n: n ? parseGermanNumber(n[0].split(/\s+/u)[0]) : undefined, text: s.text });
      before.sentences.push(s);
      before.unreadAnswer = true;
    }
  });
  if (proposal) settleProposal(undefined);
  if (ep) close(sentences.length);
  // "Die Dringlichkeit ist bestätigt", then the vote on the motion itself: the urgency decides only that
  // the item is dealt with today (agenda procedure), so it is no decision of the item beside the motion's.
  // Alone in an item (the agenda item where an urgent motion is added) it stays.
  return out.filter((d, i) => !(aboutUrgency(d) && out.slice(i + 1).some((x) => !aboutUrgency(x) && x.outcome)));
}

/** The urgency itself, not an urgent motion ("Dringlichkeitsantrag"): "Wer ist für die Dringlichkeit?", "Die Dringlichkeit wird bejaht." */
const URGENCY = /(?<![\p{L}])dringlichkeit(?![\p{L}])/iu;
const aboutUrgency = (d: DetectedDecision) => URGENCY.test(d.subject ?? '') || d.evidence.some((ev) => URGENCY.test(ev.quote) && !!readOutcome(ev.quote)?.settled);

/** A count heard twice with different values ("Wer ist dafür? – Neun." … "mit 10 zu 2 angenommen") is not sure. */
function setCount(e: Episode, q: Q, n: number): void {
  const before = e.inferred?.delete(q) ? undefined : e.counts[q];
  if (before !== undefined && before !== n && !e.reasons.includes('Stimmenzahlen widersprechen sich')) e.reasons.push('Stimmenzahlen widersprechen sich');
  e.counts[q] = n;
}

/** Outcomes of a vote: sure only when the vote itself was heard (a call, a "kein Widerspruch", or the votes stated with the result). */
const VOTE_OUTCOMES = new Set<Outcome>(['angenommen', 'abgelehnt', 'gewählt', 'genehmigt']);
/** The result sentence says how the vote went ("einstimmig", "mehrheitlich", "mit 12 zu 3", "gegen die Stimmen der SPD", "bei zwei Enthaltungen"). */
const VOTE_STATED = new RegExp(String.raw`einstimmig|einmütig|mehrheitlich|(?<!keine\s)mehrheit|gegen\s+(?:die\s+)?stimme|bei\s+[^.?!]{0,60}(?:enthaltung|gegenstimme)|ohne\s+(?:gegenstimme|widerspruch)|(?<![\p{L}])${NUMBER_TOKEN}\s+(?:zu|gegen|:)\s+${NUMBER_TOKEN}(?![\p{L}])|ja-stimmen|nein-stimmen|dafür|dagegen`, 'iu');

const GROUP_LIST_END = String.raw`(?=\s+(?:und\s+(?:bei\s+)?(?:der\s+)?(?:stimm)?enthaltung|bei|einstimmig|mehrheitlich|angenommen|abgelehnt|beschlossen|zugestimmt|so|gefasst|bewilligt|gewählt|genehmigt|verwiesen|überwiesen|vertagt|in|an|als|ist|sind|wird|werden|damit)(?![\p{L}])|[,;.!?]|$)`;
const AGAINST_GROUPS = new RegExp(String.raw`(?:gegen\s+(?:die\s+)?stimmen?|bei\s+gegenstimmen?)\s+((?:der|des|von|aus\s+der)\s+[^,;.!?]{2,80}?)${GROUP_LIST_END}`, 'iu');
const FOR_GROUPS = new RegExp(String.raw`(?:dafür\s+(?:haben|hat|stimmten|stimmte)\s+([^,;.!?]{2,80}?)\s+(?:gestimmt|votiert)|bei\s+zustimmung\s+((?:der|des|von)\s+[^,;.!?]{2,80}?)${GROUP_LIST_END})`, 'iu');

/**
 * Groups a result sentence names for or against: "… gegen die Stimmen der AfD abgelehnt" (the AfD voted for
 * the motion), "… bei Gegenstimmen der Grünen beschlossen", "…, dafür haben CDU und FDP gestimmt".
 * "bei Gegenstimmen der X abgelehnt" is left unread: the words do not say which side X was on.
 */
function resultGroups(text: string): { yes?: string[]; no?: string[] } | undefined {
  const clean = (l: GroupList | null) => (l?.length && !l.includes(WHOLE_HOUSE) && !l.includes(REST_OF_HOUSE) && !l.unexplained?.length ? [...l] : undefined);
  const outcome = readOutcome(text)?.outcome;
  const out: { yes?: string[]; no?: string[] } = {};
  const against = AGAINST_GROUPS.exec(text);
  if (against) {
    const list = clean(parseGroupList(against[1]));
    if (list && outcome === 'abgelehnt' && /^gegen/iu.test(against[0])) out.yes = list;
    else if (list && outcome && outcome !== 'abgelehnt') out.no = list;
  }
  // "Bei Zustimmung aller übrigen Fraktionen gegen die Stimmen der LINKEN": the rest of the house voted yes.
  if (out.no && /zustimmung\s+(?:aller|der\s+übrigen|des\s+(?:übrigen|restlichen)\s+hauses)(?![\p{L}])/iu.test(text)) out.yes = [REST_OF_HOUSE];
  const pro = FOR_GROUPS.exec(text);
  if (pro && !out.yes) {
    const list = clean(parseGroupList(pro[1] ?? pro[2]));
    if (list) out.yes = list;
  }
  return out.yes || out.no ? out : undefined;
}

/** Groups named as abstaining in a result sentence ("bei Enthaltung der FDP", "die Linke hat sich enthalten"). */
function groupAbstention(text: string): string[] | undefined {
  const m = /(?:bei|und)\s+(?:(?:der\s+)?stimm)?enthaltung(?:en)?\s+((?:der|des|von|aus\s+der)\s+[^,;.!?]{2,80}?)(?=\s+(?:einstimmig|angenommen|beschlossen|zugestimmt|so\s|gefasst|bewilligt|gebilligt|gewählt|genehmigt|ist|sind|wird|werden)|[,;.!?]|$)|(?:^|,\s*|\s(?:und|wobei)\s+)((?:die|der)\s+[^,;.!?]{2,60}?)\s+(?:hat|haben)\s+sich\s+(?:der\s+stimme\s+)?enthalten/iu.exec(text);
  const named = m?.[1] ?? m?.[2];
  if (!named) return undefined;
  const list = parseGroupList(named);
  return list?.length && !list.includes(WHOLE_HOUSE) && !list.includes(REST_OF_HOUSE) ? [...list] : undefined;
}

const COUNT_WORD = String.raw`(?:${NUMBER_TOKEN}|keine[rn]?|kein|niemand)`;
const LABEL_FIRST_COUNTS = new RegExp(String.raw`(?<![\p{L}])(?:gegenstimmen?|dagegen|nein-stimmen)\s+(${COUNT_WORD})\s+(?:stimm)?enthaltung(?:en)?\s+(${COUNT_WORD})(?![\p{L}\d])`, 'iu');
function readCounts(e: Episode, text: string): void {
  let yes = countOf(COUNT_YES, text);
  let no = NO_NONE.test(text) ? 0 : countOf(COUNT_NO, text);
  // "mit 7 zu 5 Stimmen abgelehnt": the majority is named first, so for a rejection it is the no side.
  if (MAJORITY_FIRST.test(text) && readOutcome(text)?.outcome === 'abgelehnt' && yes !== undefined && no !== undefined && yes > no) [yes, no] = [no, yes];
  // "Beschlossen mit 13 Stimmen bei 3 Gegenstimmen": the votes for an adopted motion (for a rejection the side is unclear).
  const withVotes = yes === undefined ? MAJORITY_VOTES.exec(text) : null;
  if (withVotes && readOutcome(text)?.outcome !== 'abgelehnt') yes = parseGermanNumber(withVotes[1]);
  let abstain = ABSTAIN_NONE.test(text) ? 0 : countOf(COUNT_ABSTAIN, text) ?? (/bei\s+(?:einer|eine)\s+(?:stimm)?enthaltung/iu.test(text) ? 1 : undefined);
  const singleNo = /bei\s+(?:einer|eine)\s+gegenstimme/iu.test(text) ? 1 : undefined;
  // "… dagegen zwei Enthaltung eine", "Gegenstimmen keine Enthaltungen zwei" without punctuation: each label before its count.
  const labelFirst = /[,;]/u.test(text) ? null : LABEL_FIRST_COUNTS.exec(text);
  if (labelFirst) {
    const [n, a] = [labelFirst[1], labelFirst[2]].map((x) => (/^(?:kein|niemand)/iu.test(x) ? 0 : parseGermanNumber(x)));
    if (n !== undefined && a !== undefined) {
      no = n;
      abstain = a;
    }
  }
  if (yes !== undefined) setCount(e, 'yes', yes);
  if (no !== undefined) setCount(e, 'no', no);
  else if (singleNo !== undefined) setCount(e, 'no', singleNo);
  if (abstain !== undefined) setCount(e, 'abstain', abstain);
  // "Dafür neun, dagegen waren es dann vier": a side named with a number next to it that was not read.
  if (yes !== undefined || no !== undefined || singleNo !== undefined || abstain !== undefined) {
    for (const [q, side] of SIDE_WORDS) {
      if (e.counts[q] !== undefined || (q === 'no' && NO_NONE.test(text)) || (q === 'abstain' && ABSTAIN_NONE.test(text))) continue;
      const words = text.split(/\s+/u);
      const unread = words.some((w, k) => side.test(w) && HAS_NUMBER.test(words.slice(Math.max(0, k - 3), k + 4).join(' ').replace(/(?<![\p{L}\d])\d{1,3}\s*(?:zu|:)\s*\d{1,3}(?![\p{L}\d])/gu, '')));
      const reason = 'Stimmenzahl im Ergebnissatz nicht vollständig gelesen – bitte prüfen';
      if (unread && !e.reasons.includes(reason)) e.reasons.push(reason);
    }
  }
  if (UNANIMOUS.test(text) && !THIRD_PARTY.test(text)) e.unanimous = true;
  // "einstimmig bei Enthaltung der FDP", "…, die Linke hat sich enthalten": a group abstained, so the
  // whole house did not vote yes; the group goes to the abstentions and the vote is not unanimous.
  const abstaining = groupAbstention(text);
  if (abstaining && !e.groups.abstain?.length) {
    e.groups.abstain = abstaining;
    // "Enthaltungen? – Der Antrag ist … bei Enthaltung der Linken angenommen": the call had hands after all.
    if (e.inferred?.delete('abstain')) delete e.counts.abstain;
  }
  // "gegen die Stimmen der Grünen", "bei Gegenstimmen der AfD", "dafür haben CDU und FDP gestimmt": groups named in the result.
  const named = resultGroups(text);
  if (named && !e.groups.yes?.length && !e.groups.no?.length) {
    for (const q of ['yes', 'no'] as const) if (named[q]) e.groups[q] = named[q];
    // Hands the transcript did not catch: a count inferred from silence ("Gegenprobe. Enthaltungen?") is void.
    for (const q of ['yes', 'no', 'abstain'] as const) if (e.inferred?.delete(q)) delete e.counts[q];
  }
  if (MAJORITY.test(text) && !/\?/u.test(text)) e.majority = true;
  if (NO_OBJECTION.test(text) && !HYPOTHETICAL.test(text)) e.noObjection = true;
}

function finish(e: Episode, maxVoters?: number): DetectedDecision {
  const reasons = [...e.reasons];
  const c = e.counts;
  // "einstimmig bei Enthaltung der FDP": nobody against, but not everyone for.
  const groupAbstained = e.unanimous && !!e.groups.abstain?.length && !e.groups.yes?.length && !e.groups.no?.length;
  if (groupAbstained) c.no ??= 0;
  const counted = c.yes !== undefined || c.no !== undefined || c.abstain !== undefined;
  let outcome: Outcome | null = e.outcome ?? null;
  if (!outcome && e.noObjection && e.proposed) {
    outcome = e.proposed;
    reasons.push('ohne Widerspruch, kein Ergebnis ausgesprochen');
  }
  if (!outcome && e.noObjection) {
    outcome = e.sentences.some((s) => /niederschrift|protokoll\s+der|tagesordnung/iu.test(s.text)) ? 'genehmigt' : 'angenommen';
    reasons.push('ohne Widerspruch, kein Ergebnis ausgesprochen');
  }
  if (!outcome && e.majorityStated) {
    outcome = 'angenommen';
    reasons.push('nur „Das ist die Mehrheit“ gehört – Ergebnis nicht ausdrücklich festgestellt');
  }
  if (!outcome && e.unanimous) {
    outcome = 'angenommen';
    // "Wer ist dafür? – Einstimmig." answers the call itself; without a call it is only a hint.
    if (!(e.called && e.groups.yes?.length)) reasons.push('nur „einstimmig“ gehört, kein Ergebnis ausgesprochen');
  }
  if (!outcome && c.yes !== undefined && c.no !== undefined) {
    outcome = c.yes > c.no ? 'angenommen' : 'abgelehnt';
    reasons.push('Ergebnis aus den Stimmenzahlen abgeleitet');
  }
  const rejectedByAll = outcome === 'abgelehnt' && e.unanimous;
  const unanimous = !groupAbstained && ((e.unanimous && !rejectedByAll) || (e.noObjection && !counted) || (outcome === 'angenommen' && c.no === 0 && (c.yes === undefined || c.yes > 0)));
  const no = c.no ?? (unanimous && !rejectedByAll && e.unanimous ? 0 : undefined);
  const yes = c.yes ?? (rejectedByAll ? 0 : undefined);
  const votes: Votes | null = counted || e.unanimous ? { yes: yes ?? null, no: no ?? null, abstain: c.abstain ?? null } : null;
  let votesByGroup: GroupVotes | null = null;
  if (Object.keys(e.groups).length) votesByGroup = { yes: e.groups.yes ?? [], no: e.groups.no ?? [], abstain: e.groups.abstain ?? [] };
  // "einstimmig bei drei Enthaltungen": not the whole house voted yes.
  else if (e.unanimous && e.called && outcome === 'angenommen' && !c.abstain) votesByGroup = { yes: [WHOLE_HOUSE], no: [], abstain: [] };
  if (!outcome) reasons.push(e.called ? 'kein Ergebnis nach dem Abstimmungsaufruf gefunden' : 'Ergebnis unklar');
  // A result is sure only with the sequence that earns it (see certainty.ts for the whole rule).
  if (outcome && e.result && !e.called && !e.noObjection) {
    const r = withoutInnerDots(e.result.text);
    if (VOTE_OUTCOMES.has(outcome) && !VOTE_STATED.test(r) && !counted) reasons.push('nur das Ergebnis genannt – keine Abstimmung (Aufruf, Stimmen) gehört');
    if (e.result.speaker === null) reasons.push('Sprecher des Ergebnisses unbekannt');
  }
  if (e.unanimous && !rejectedByAll && (c.no ?? 0) > 0) reasons.push('„einstimmig“ und Gegenstimmen widersprechen sich');
  const listed = (xs?: string[]) => (xs ?? []).filter((g) => g !== WHOLE_HOUSE && g !== REST_OF_HOUSE);
  if (e.unanimous && !rejectedByAll && listed(e.groups.no).length) reasons.push(`„einstimmig“, aber Gegenstimmen von ${listed(e.groups.no).join(', ')} genannt – bitte prüfen`);
  // "Wer ist dafür? – Die SPD. – Einstimmig.": one group named for a vote of the whole house; the list is the house's.
  if (votesByGroup && e.unanimous && !rejectedByAll && listed(e.groups.yes).length === 1 && !e.groups.yes!.includes(WHOLE_HOUSE) && !e.groups.yes!.includes(REST_OF_HOUSE) && !e.groups.no?.length && !e.groups.abstain?.length) {
    reasons.push(`„einstimmig“, aber nur ${listed(e.groups.yes).join(', ')} als zustimmend genannt – Fraktionsliste bitte prüfen`);
    votesByGroup = { yes: [WHOLE_HOUSE], no: [], abstain: [] };
  }
  if (outcome === 'angenommen' && c.yes !== undefined && c.no !== undefined && c.yes <= c.no) reasons.push('„angenommen“ passt nicht zu den Stimmenzahlen');
  if (outcome === 'abgelehnt' && c.yes !== undefined && c.no !== undefined && c.yes > c.no) reasons.push('„abgelehnt“ passt nicht zu den Stimmenzahlen');
  if (outcome === 'abgelehnt' && !rejectedByAll && c.no === 0) reasons.push('„abgelehnt“ ohne Gegenstimmen');
  // "mehrheitlich gegen die Stimmen der Grünen": only the opponents are named, the majority is stated.
  if (outcome === 'angenommen' && votesByGroup && !votesByGroup.yes.length && votesByGroup.no.length && !e.sentences.some((x) => x === e.result && /mehrheitlich|gegen\s+(?:die\s+)?stimme|bei\s+gegenstimme/iu.test(x.text))) reasons.push('„angenommen“ ohne Ja-Stimmen');
  // "Zehn, nein, Moment, elf.", "Ein Mitglied.": an answer heard but not read leaves its count in doubt,
  // unless the count it begins with is the one the vote ended with (an election's tallies are no yes/no counts).
  for (const u of e.unread ?? []) {
    if (outcome === 'gewählt' || (u.q && u.n !== undefined && c[u.q] === u.n) || (u.q && u.n === undefined && (c[u.q] !== undefined || !!e.groups[u.q]?.length))) continue;
    const reason = `Antwort auf den Abstimmungsaufruf nicht gelesen („${u.text.slice(0, 60)}“) – Stimmenzahlen bitte prüfen`;
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  if (outcome && outcome !== 'gewählt' && (e.debate ?? 0) >= 2) reasons.push('zwischen Abstimmungsaufruf und Ergebnis wurde weiter beraten – Abstimmung und Ergebnis bitte prüfen');
  if (counted && e.individual) reasons.push('eine Stimme einzeln (online) abgefragt – gehört sie zu den genannten Zahlen?');
  const total = (c.yes ?? 0) + (c.no ?? 0) + (c.abstain ?? 0);
  if (maxVoters !== undefined && total > maxVoters) reasons.push(`${total} Stimmen bei ${maxVoters} Anwesenden`);
  // "Koine.", "Des isch abglehnt.": read from regional speech; the clerk checks the reading.
  const regional = [...new Set(e.sentences.flatMap((s) => s.regional ?? []))];
  if (regional.length) reasons.push(`in Mundart gesprochen (${regional.slice(0, 4).map((w) => `„${w}“`).join(', ')}) – Lesart bitte prüfen`);
  const status: FactStatus = !outcome ? 'nicht erkannt' : reasons.length ? 'unsicher' : 'sicher';
  const evidence = e.sentences.map((s) => ({ cueId: s.cueId, at: s.at, speaker: s.speaker, quote: s.verbatim ?? s.text }));
  const text = e.sentences.map((s) => s.verbatim ?? s.text).join(' ').slice(0, 600);
  return {
    text,
    subject: e.subject ?? null,
    outcome,
    votes,
    votesByGroup,
    unanimous,
    noObjection: e.noObjection && !counted && !e.unanimous,
    majority: e.majority && !counted,
    status,
    uncertain: status !== 'sicher',
    ...(reasons.length ? { reason: reasons.join('; ') } : {}),
    reasons,
    evidence,
    at: e.at,
  };
}

/** "einstimmig bei 2 Enthaltungen", "12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung", "mehrheitlich". */
export function voteText(d: Pick<DetectedDecision, 'votes' | 'unanimous' | 'outcome'> & { majority?: boolean; noObjection?: boolean }): string {
  const v = d.votes;
  const plural = (n: number, one: string, many: string) => (n === 0 ? `keine ${many}` : `${n} ${n === 1 ? one : many}`);
  if (d.noObjection && !v) return 'ohne Widerspruch';
  if (d.unanimous) {
    if (d.outcome === 'abgelehnt') return 'einstimmig';
    return v?.abstain ? `einstimmig bei ${plural(v.abstain, 'Enthaltung', 'Enthaltungen')}` : 'einstimmig';
  }
  if (v && v.yes !== null && v.no !== null) {
    const parts = [plural(v.yes, 'Ja-Stimme', 'Ja-Stimmen'), plural(v.no, 'Nein-Stimme', 'Nein-Stimmen')];
    if (v.abstain !== null) parts.push(plural(v.abstain, 'Enthaltung', 'Enthaltungen'));
    return parts.join(', ');
  }
  if (v && v.no === 0 && v.yes === null) return v.abstain ? `ohne Gegenstimmen bei ${plural(v.abstain, 'Enthaltung', 'Enthaltungen')}` : 'ohne Gegenstimmen';
  if (v && v.no !== null && v.no > 0 && v.yes === null) return `bei ${plural(v.no, 'Gegenstimme', 'Gegenstimmen')}${v.abstain ? ` und ${plural(v.abstain, 'Enthaltung', 'Enthaltungen')}` : ''}`;
  return d.majority || v ? 'mehrheitlich' : '';
}
