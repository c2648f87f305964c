/**
 * Detects motions' results in one TOP from German session phrasing: counts in digits or number words,
 * "einstimmig (bei zwei Enthaltungen)", "mehrheitlich angenommen", "ohne Gegenstimmen",
 * "Gegen … erhebt sich kein Widerspruch", "vertagt", "zur Kenntnis genommen", "zurückgezogen",
 * "verwiesen", "genehmigt". Pure; the model never touches these values.
 */
import type { Outcome, Votes } from './draft-schema.js';
import { NUMBER_TOKEN, parseGermanNumber } from './number-words.js';
import type { Cue } from './types.js';

export interface DetectedDecision {
  text: string;
  outcome: Outcome | null;
  votes: Votes | null;
  unanimous: boolean;
  /** Approved without a formal vote because nobody objected. */
  noObjection: boolean;
  /** "mehrheitlich" without counts. */
  majority: boolean;
  uncertain: boolean;
  /** Why the core is unsure (German, for the warning). */
  reason?: string;
  at: number;
}

const L = String.raw`(?<![\p{L}\d])`;
const R = String.raw`(?![\p{L}\d])`;
const N = String.raw`${L}(${NUMBER_TOKEN})${R}`;
const YES = new RegExp(String.raw`${N}\s+(?:stimmen\s+)?(?:dafür|ja-stimmen|jastimmen|ja${R}|für den antrag|zustimmungen?)|dafür\s+(?:sind|waren|stimmen|stimmten)\s+${N}`, 'giu');
const NO = new RegExp(String.raw`${N}\s+(?:stimmen\s+)?(?:dagegen|nein-stimmen|neinstimmen|nein${R}|gegenstimmen?)|dagegen\s+(?:sind|waren|stimmen|stimmten)\s+${N}`, 'giu');
const ABSTAIN = new RegExp(String.raw`${N}\s+(?:stimm)?enthaltung(?:en)?|ohne\s+(?:stimm)?enthaltung(?:en)?`, 'giu');
const NO_NONE = /ohne gegenstimmen?|keine gegenstimmen?|gegenstimmen: keine/iu;
const UNANIMOUS = /(?<![\p{L}])einstimmig/iu;
const MAJORITY = /mehrheitlich|mit (?:großer |knapper )?mehrheit/iu;
const NO_OBJECTION = /erhebt sich kein widerspruch|kein widerspruch|keine einwände|keine einwendungen/iu;
const CALL = /wer (?:ist|stimmt) (?:dafür|zu)|wer [^.?!]{0,120}zustimmen möchte|wer [^.?!]{0,80}(?:ist|stimmt) dafür|lasse[^.?!]{0,80}abstimmen|bitte um (?:ihr |das )?handzeichen|kommen wir zur abstimmung|wir stimmen (?:jetzt |nun |also )?(?:ab|über)|abstimmung über/iu;
const Q_YES = /wer (?:ist|stimmt) dafür|zustimmen möchte|handzeichen|wer stimmt zu|ja-stimmen\?/iu;
const Q_NO = /gegenstimmen\?|wer (?:ist|stimmt) dagegen|nein-stimmen\?/iu;
const Q_ABSTAIN = /enthaltungen\?|wer enthält sich/iu;
const BARE = new RegExp(String.raw`^(?:(?:das sind|das ist|es sind|ich sehe|ich zähle)\s+)?(?:${N}|(niemand|keiner|keine))(?:\s+(?:stimmen|stimme|hände|personen|mitglieder))?\s*[.!]?$`, 'iu');
const PAST_OR_PROPOSAL = /\?|beantrag|schlage[n]? vor|vorschlag|möchten|sollten|sollen|könnte|würde|wenn |falls |letzten sitzung|im rat wurde|hat der rat/iu;
const SETTLED = /damit|somit|hiermit|(?:ist|sind|wird|werden)\s[^.!?]{0,100}(?:beschlossen|angenommen|abgelehnt|genehmigt|vertagt|verwiesen|zurückgezogen|zurückgestellt|zur kenntnis genommen)|ist (?:so |einstimmig |mehrheitlich )?(?:beschlossen|angenommen|abgelehnt|genehmigt|vertagt|verwiesen|zurückgezogen)|sind (?:so )?(?:beschlossen|angenommen|abgelehnt)|wird (?:hiermit |damit |somit )?(?:vertagt|verwiesen|zurückgezogen|zurückgestellt|zur kenntnis genommen|genehmigt)|nimmt[^.!?]{0,80}zur kenntnis|zieh(?:t|en)[^.!?]{0,80}zurück|einstimmig|mehrheitlich|(?:^|\s)(?:angenommen|abgelehnt|beschlossen|vertagt|genehmigt)[.!]?$/iu;

const OUTCOME_RULES: [RegExp, Outcome][] = [
  [/zurückgezogen|zieh(?:t|en)[^.!?]{0,80}zurück/iu, 'zurückgezogen'],
  [/vertagt|zurückgestellt|auf die nächste sitzung verschoben/iu, 'vertagt'],
  [/(?:ver|über)wiesen/iu, 'verwiesen'],
  [/zur kenntnis genommen|nimmt[^.!?]{0,80}zur kenntnis/iu, 'zur Kenntnis genommen'],
  [/abgelehnt/iu, 'abgelehnt'],
  [/genehmigt/iu, 'genehmigt'],
  [/angenommen|beschlossen|zugestimmt/iu, 'angenommen'],
];

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d–-])/u).map((s) => s.trim()).filter(Boolean);
}

function firstCount(re: RegExp, s: string): number | undefined {
  re.lastIndex = 0;
  const m = re.exec(s);
  if (!m) return undefined;
  const token = m.slice(1).find((g) => g !== undefined);
  if (token === undefined) return 0; // "ohne Enthaltungen"
  return parseGermanNumber(token);
}

interface Episode {
  texts: string[];
  yes?: number;
  no?: number;
  abstain?: number;
  unanimous: boolean;
  majority: boolean;
  noObjection: boolean;
  called: boolean;
  outcome?: Outcome;
  at: number;
}

function outcomeOf(s: string): Outcome | undefined {
  if (PAST_OR_PROPOSAL.test(s) && !/damit|somit|hiermit/iu.test(s)) return undefined;
  if (!SETTLED.test(s)) return undefined;
  return OUTCOME_RULES.find(([re]) => re.test(s))?.[1];
}

/**
 * Finds decisions in one TOP's cues. `maxVoters` (members present) lets the core flag counts that
 * cannot be right.
 */
export function detectDecisions(cues: Cue[], maxVoters?: number): DetectedDecision[] {
  const out: DetectedDecision[] = [];
  let ep: Episode | undefined;
  let lastQuestion: 'yes' | 'no' | 'abstain' | undefined;
  // The last closed episode stays reachable for a confirming sentence ("Dagegen erhebt sich kein Widerspruch.").
  let closed: Episode | undefined;
  let sinceClose = 0;
  const open = (at: number): Episode => (ep ??= { texts: [], unanimous: false, majority: false, noObjection: false, called: false, at });
  const close = () => {
    if (ep) {
      out.push(finish(ep, maxVoters));
      closed = ep;
      sinceClose = 0;
    }
    ep = undefined;
    lastQuestion = undefined;
  };
  const hasResult = (e?: Episode) => !!e && (e.yes !== undefined || e.no !== undefined || e.abstain !== undefined || e.unanimous || e.majority || e.noObjection || !!e.outcome);

  for (const cue of cues) {
    for (const s of sentences(cue.text)) {
      sinceClose++;
      const isCall = CALL.test(s);
      if (isCall && hasResult(ep)) close();
      if (isCall) {
        open(cue.start).called = true;
        ep!.texts.push(s);
      }
      const question = Q_ABSTAIN.test(s) ? 'abstain' : Q_NO.test(s) ? 'no' : Q_YES.test(s) ? 'yes' : undefined;
      const bare = BARE.exec(s);
      if (bare && lastQuestion && ep) {
        const token = bare.slice(1).find((g) => g !== undefined) ?? '';
        const n = /^(niemand|keiner|keine)$/i.test(token) ? 0 : parseGermanNumber(token);
        if (n !== undefined) ep[lastQuestion] = n;
        lastQuestion = undefined;
        continue;
      }
      if (question) {
        open(cue.start).called = true;
        if (!isCall) ep!.texts.push(s);
        lastQuestion = question;
      }
      const yes = firstCount(YES, s);
      const no = NO_NONE.test(s) ? 0 : firstCount(NO, s);
      const abstain = firstCount(ABSTAIN, s);
      const unanimous = UNANIMOUS.test(s) && !PAST_OR_PROPOSAL.test(s.replace(/damit|somit/giu, ''));
      const majority = MAJORITY.test(s) && !/\?/.test(s);
      const noObjection = NO_OBJECTION.test(s) && !/\?/.test(s);
      const outcome = outcomeOf(s);
      const counts = yes !== undefined || no !== undefined || abstain !== undefined;
      if (!counts && !unanimous && !majority && !noObjection && !outcome) continue;
      if (question && !counts && !outcome) continue;
      if (!ep && closed && sinceClose <= 3 && !counts && !isCall && (!outcome || outcome === closed.outcome)) {
        // Confirms the decision just stated; not a second decision.
        closed.texts.push(s);
        closed.unanimous ||= unanimous;
        closed.noObjection ||= noObjection;
        out[out.length - 1] = finish(closed, maxVoters);
        continue;
      }
      const e = open(cue.start);
      if (!isCall && !question) e.texts.push(s);
      if (yes !== undefined) e.yes = yes;
      if (no !== undefined) e.no = no;
      if (abstain !== undefined) e.abstain = abstain;
      e.unanimous ||= unanimous;
      e.majority ||= majority;
      e.noObjection ||= noObjection;
      if (outcome) {
        e.outcome = outcome;
        close();
      }
    }
  }
  if (ep) close();
  return out;
}

function finish(e: Episode, maxVoters?: number): DetectedDecision {
  const reasons: string[] = [];
  const counted = e.yes !== undefined || e.no !== undefined || e.abstain !== undefined;
  let outcome: Outcome | null = e.outcome ?? null;
  if (!outcome && e.noObjection) outcome = e.texts.some((t) => /niederschrift|protokoll|tagesordnung/iu.test(t)) ? 'genehmigt' : 'angenommen';
  if (!outcome && e.unanimous) outcome = 'angenommen';
  if (!outcome && e.yes !== undefined && e.no !== undefined) outcome = e.yes > e.no ? 'angenommen' : 'abgelehnt';
  const unanimous = e.unanimous || e.noObjection || (outcome === 'angenommen' && e.no === 0 && (e.yes === undefined || e.yes > 0));
  const rejectedByAll = outcome === 'abgelehnt' && e.unanimous;
  const no = e.no ?? (unanimous && !rejectedByAll ? 0 : undefined);
  const yes = e.yes ?? (rejectedByAll ? 0 : undefined);
  const votes: Votes | null = counted || e.unanimous ? { yes: yes ?? null, no: no ?? null, abstain: e.abstain ?? null } : null;
  if (!outcome) reasons.push(e.called ? 'kein Ergebnis nach dem Abstimmungsaufruf gefunden' : 'Ergebnis unklar');
  if (e.unanimous && !rejectedByAll && (e.no ?? 0) > 0) reasons.push('„einstimmig“ und Gegenstimmen widersprechen sich');
  if (outcome === 'angenommen' && e.yes !== undefined && e.no !== undefined && e.yes <= e.no) reasons.push('„angenommen“ passt nicht zu den Stimmenzahlen');
  if (outcome === 'abgelehnt' && e.yes !== undefined && e.no !== undefined && e.yes > e.no) reasons.push('„abgelehnt“ passt nicht zu den Stimmenzahlen');
  const total = (e.yes ?? 0) + (e.no ?? 0) + (e.abstain ?? 0);
  if (maxVoters !== undefined && total > maxVoters) reasons.push(`${total} Stimmen bei ${maxVoters} Anwesenden`);
  const text = e.texts.join(' ').slice(0, 600);
  return { text, outcome, votes, unanimous, noObjection: e.noObjection && !counted && !e.unanimous, majority: e.majority && !counted, uncertain: reasons.length > 0, ...(reasons.length ? { reason: reasons.join('; ') } : {}), at: e.at };
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
  return d.majority || v ? 'mehrheitlich' : '';
}
