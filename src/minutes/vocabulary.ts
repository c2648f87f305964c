/**
 * The vocabulary of German council and parliamentary procedure, in one place: how a chair calls a
 * vote and asks for the counter-vote, how results, counts and group votes are announced, which words
 * state an outcome (in every tense, negated or not), how items are called, how the non-public part
 * begins and ends, how a session opens and closes, and how a member declares Befangenheit or a
 * Mitwirkungsverbot (GO NRW § 31, GemO BW § 18, BayGO Art. 49, NKomVG § 41, HGO § 25).
 *
 * Every pattern describes a class of phrasing, never one fixture sentence. Detectors read sentences
 * from sentences.ts and only combine these patterns.
 */
import type { Outcome } from './draft-schema.js';
import { NUMBER_TOKEN } from './number-words.js';
import { WB_L as L, WB_R as R } from './sentences.js';

const re = (src: string, flags = 'iu') => new RegExp(src, flags);
const N = String.raw`${L}(${NUMBER_TOKEN})${R}`;

// ---------------------------------------------------------------------------------------------
// The vote sequence: call (yes) – counter-vote (no) – abstentions – result.

/** The call for yes votes: "Wer ist dafür?", "Wer stimmt dem Antrag zu?", "Wer dem … zustimmt, den bitte ich um das Handzeichen", "Ich bitte um Ihr Handzeichen", "Bitte die Karten hoch", electronic voting. */
export const CALL_YES = re(
  String.raw`${L}wer\s+(?:[^.?!]{0,60}\s)?(?:genehmigt|bestätigt|entlastet|empfiehlt|beschließt|befürwortet|billigt)${R}|wer\s+(?:kann|könnte|möchte|will|würde|wird)\s+[^.?!]{0,80}zustimmen|wer\s+(?:folgt|unterstützt)\s+[^.?!]{0,80}\?|wer\s+(?:ist|stimmt|wäre|sind)\s+(?:[^.?!]{0,100}?\s)?(?:dafür|zu${R}|für\s)|wer\s+[^.?!]{0,160}?(?:zustimmt|zustimmen\s+(?:möchte|will|kann)|zustimmen\s+möchten|dafür\s+ist|unterstützt)|um\s+(?:ihr\s+|das\s+|euer\s+)?handzeichen|bitte\s+(?:die\s+)?hand|hand\s+(?:heben|hoch)|handzeichen\s+(?:bitte|für)|(?:stimmkarten?|karten?)\s+(?:bitte\s+)?(?:hoch|heben)|abstimmung\s+(?:ist\s+)?(?:jetzt\s+)?(?:freigegeben|geöffnet|eröffnet)|stimmen\s+sie\s+(?:jetzt\s+)?(?:bitte\s+)?(?:elektronisch\s+)?ab|ja-stimmen\?|zustimmungen\?|wer\s+ist\s+für\s+den`,
);
/** The counter-vote: "Gegenstimmen?", "Wer ist dagegen?", "Gegenprobe", "Stimmt jemand dagegen?". */
export const CALL_NO = re(String.raw`gegenstimmen?\s*\?|(?:^|[.!]\s+|,\s*)(?:und\s+)?gegen\s*\?|${L}gegenprobe${R}|(?:wer|jemand)\s+(?:ist|stimmt|sind)\s+(?:[^.?!]{0,40}\s)?dagegen|ist\s+jemand\s+dagegen|nein-stimmen\s*\?|wer\s+lehnt\s+[^.?!]{0,60}ab\s*\?|dagegen\s*\?|${L}(?:und\s+)?wer\s+nicht\s*\?|wer\s+(?:ist|stimmt)\s+nicht\s+(?:dafür|zu)${R}`);
/** The abstentions: "Enthaltungen?", "Wer enthält sich?", "Enthält sich jemand (der Stimme)?". */
export const CALL_ABSTAIN = re(String.raw`enthaltung(?:en)?\s*\?|(?:wer|jemand)\s+enthält\s+sich|enthält\s+sich\s+(?:jemand|einer|wer|keiner)|stimmenthaltung(?:en)?\s*\?|wer\s+enthält`);
/** The procedure of an election announced ("Es wird geheim gewählt", "Gewählt wird mit Stimmzetteln"): not its result. */
export const ELECTION_PROCEDURE = re(String.raw`(?:es\s+)?wird\s+(?:jetzt\s+|nun\s+)?(?:geheim|offen|schriftlich|per\s+\p{L}+|mit\s+\p{L}+|durch\s+\p{L}+|in\s+\p{L}+)\s+(?:ab)?gewählt${R}|gewählt\s+wird\s+(?:geheim|offen|schriftlich|per|mit|durch)`);
/** Opens a vote without asking yet: "Ich lasse abstimmen", "Wir kommen zur Abstimmung", "Wir stimmen ab über". */
export const VOTE_OPENING = re(String.raw`stimmen\s+wir\s+(?:(?:jetzt|nun|dann|also|zuerst|zunächst)\s+)?(?:ab|über)${R}|stimmzettel|geheime?\s+wahl|wahlgang|gewählt\s+wird\s+(?:geheim|offen|per|mit)|lasse\s+[^.?!]{0,100}abstimmen|(?:kommen|gehen)\s+(?:wir\s+)?(?:nun\s+|jetzt\s+|dann\s+)*zur\s+abstimmung|wir\s+stimmen\s+(?:jetzt\s+|nun\s+|also\s+|dann\s+)?(?:ab|über)|abstimmung\s+über|zur\s+abstimmung\s+(?:steht|stelle)`);

/** An answer that reports one member's vote, not the count of the room: "Frau Grunert schreibt im Chat Ja.", "Herr Brüning? – Ja." */
export const ONE_MEMBER_ANSWER = re(String.raw`(?:schreibt|schrieb|tippt)\s+(?:[^.?!]{0,30}\s)?(?:ja|nein|enthaltung)${R}|im\s+chat\s+(?:ein\s+)?(?:ja|nein)${R}`);
/** A bare "Ja." / "Auch." answering the chair's question to one member ("Herr Brüning?"). */
export const BARE_MEMBER_ANSWER = /^(?:ja|nein|auch|enthaltung)(?:,?\s+(?:danke|auch|im\s+chat))?[.!]?$/iu;
/** The chair asks one member for the vote: "Herr Brüning?", "Frau Grunert, wie stimmen Sie?" */
export const ASK_MEMBER = /^(?:und\s+)?(?:frau|herr)\s+(?:dr\.\s+)?\p{Lu}[\p{L}-]+(?:,\s+(?:wie\s+stimmen\s+sie|sie\s+auch|online))?\s*\?$/iu;
/** A member asked for their vote one by one, often online: "Frau X, Sie sind zugeschaltet – wie stimmen Sie?", "Herr Y online?" */
export const INDIVIDUAL_VOTE = re(String.raw`wie\s+stimm(?:en|st)\s+(?:sie|du|ihr)|(?:sie|du)\s+(?:sind|bist)\s+(?:online|zugeschaltet|digital|per\s+video)|(?:online|zugeschaltet|digital)\s*\?|ihre\s+stimme\s*\?|(?:im|per|über\s+den)\s+chat|(?:stimmen|stimmt)\s+(?:sie|du)\s+(?:zu|mit|dafür)\s*\?`);
/** "Das ist die Mehrheit." – the chair names the majority without an outcome word. */
export const MAJORITY_STATED = re(String.raw`^(?:(?:das|dies)\s+(?:ist|war)\s+(?!nicht)(?:ganz\s+)?(?:klar\s+|eindeutig\s+|deutlich\s+)?(?:die\s+(?:große\s+|überwiegende\s+)?|eine\s+(?:klare|deutliche|große)\s+)mehrheit)${R}`);
/** The chair corrects a count just given: "Ich korrigiere: …", "Korrektur: es waren vier Enthaltungen", "Ich habe mich verzählt, …", "Richtig ist: …". */
export const COUNT_CORRECTION = re(String.raw`${L}(?:ich\s+)?korrigiere${R}|${L}korrektur${R}|${L}berichtigung${R}|(?:muss|möchte|darf)\s+(?:mich\s+|das\s+)?(?:kurz\s+)?korrigieren|(?:habe\s+mich|hab\s+mich)\s+verzählt|nachgezählt|${L}(?:richtig|korrekt)\s+(?:ist|sind)\s*:|(?:es|das)\s+(?:waren|sind)\s+(?:doch|aber|tatsächlich|in\s+wahrheit)\s`);
// After the result: what puts a stated result back into question (certainty.ts, rule 7 and 8).
/** The vote is repeated or the result withdrawn: "Wir wiederholen die Abstimmung", "Wir stimmen noch einmal ab", "Die Abstimmung ist ungültig", "Ich nehme das Ergebnis zurück", "Kommando zurück", "Ich korrigiere mich". */
export const RESULT_REVOKED = re(
  String.raw`wiederhol\p{L}*\s+(?:wir\s+|ich\s+)?(?:die\s+|diese\s+)?abstimmung|abstimmung\s+(?:\p{L}+\s+){0,3}wiederhol|wiederholung\s+der\s+abstimmung|(?:stimmen|lasse|lassen)\s+(?:wir\s+|ich\s+)?(?:das\s+|darüber\s+|hierüber\s+)?(?:bitte\s+)?(?:noch\s+(?:ein)?mal|nochmal|erneut|neu)\s+(?:ab|abstimmen)${R}|(?:noch\s+(?:ein)?mal|nochmal|erneut|neu)\s+abstimmen|abstimmung\s+(?:ist|war|wird)\s+(?:damit\s+|leider\s+|so\s+)?(?:ungültig|nichtig|hinfällig|aufgehoben)|(?:nehme|nehmen)\s+(?:ich\s+|wir\s+)?(?:das|die\s+feststellung|das\s+ergebnis|den\s+beschluss)\s+(?:so\s+)?(?:wieder\s+)?zurück|kommando\s+zurück|(?:ich\s+)?korrigiere\s+mich|(?:das\s+)?ergebnis\s+(?:ist|war)\s+(?:so\s+)?(?:falsch|nicht\s+richtig)`,
);
/** A member contests the result just stated: "Einspruch!", "Das war nicht einstimmig", "Da wurde falsch gezählt", "Ich habe aber dagegen gestimmt", "Meine Stimme fehlt". */
export const RESULT_CONTESTED = re(
  String.raw`${L}einspruch${R}|(?:das|es)\s+war\s+(?:aber\s+|doch\s+)?nicht\s+einstimmig|falsch\s+gezählt|nicht\s+(?:richtig\s+)?mitgezählt|(?:ich|wir)\s+(?:habe|haben|hab)\s+(?:aber\s+|doch\s+|eben\s+)?(?:dagegen\s+gestimmt|mit\s+nein\s+gestimmt|mich\s+enthalten|uns\s+enthalten)|(?:meine|unsere)\s+(?:gegen)?stimmen?\s+(?:fehl|wurde\s+nicht|ist\s+nicht)`,
);
/** The body can no longer decide: "Wir sind nicht mehr beschlussfähig", "Die Beschlussfähigkeit ist nicht mehr gegeben", "Beschlussunfähigkeit". */
export const QUORUM_LOST = re(String.raw`nicht\s+(?:mehr\s+)?beschlussfähig|beschlussunfähig|beschlussfähigkeit\s+(?:ist\s+|war\s+)?(?:nicht\s+mehr|nicht|leider\s+nicht)\s+(?:gegeben|vorhanden)|keine\s+beschlussfähigkeit`);
/** It is stated again: "Wir sind wieder beschlussfähig", "Ich stelle die Beschlussfähigkeit fest". */
export const QUORUM_STATED = re(String.raw`(?<!nicht\s)(?<!nicht\smehr\s)${L}beschlussfähig${R}|beschlussfähigkeit\s+(?:ist\s+)?(?:wieder\s+)?(?:gegeben|hergestellt|fest)|stelle\s+(?:ich\s+)?(?:die\s+)?beschlussfähigkeit\s+fest`);
/** A majority more than the simple one is required: "Zweidrittelmehrheit", "zwei Drittel der Stimmen", "Mehrheit der gesetzlichen Mitglieder", "qualifizierte Mehrheit". */
export const QUALIFIED_MAJORITY = re(String.raw`(?:zweidrittel|dreiviertel|2\s*/\s*3-?|3\s*/\s*4-?)mehrheit|(?:zwei\s*drittel|drei\s*viertel|2\s*/\s*3|3\s*/\s*4)[\s-]*(?:mehrheit|der\s+(?:abgegebenen\s+|gültigen\s+)?stimmen|der\s+(?:anwesenden|gesetzlichen|stimmberechtigten)\s+\p{L}*mitglieder|der\s+anwesenden)|qualifizierte[nr]?\s+mehrheit|mehrheit\s+(?:aller\s+(?:gesetzlichen\s+|stimmberechtigten\s+)?|der\s+(?:gesetzlichen|stimmberechtigten)\s+)(?:\p{L}*mitglieder|abgeordneten)`);
/** A condition, not a statement: "Wenn wir nicht mehr beschlussfähig sind, …", "Falls die Zweidrittelmehrheit …". */
export const CONDITIONAL_LEAD = re(String.raw`^(?:[^.?!]{0,40}\s)?(?:wenn|falls|sofern|sobald|sollten?|damit\s+wir\s+nicht)${R}`);

/** Answers that mean nobody: "Niemand.", "Keine.", "Das ist nicht der Fall.", "Sehe ich nicht." */
export const ZERO_ANSWER = re(String.raw`^(?:(?:das\s+ist\s+)?(?:niemand|keiner|keine|keins|null)|(?:das\s+ist\s+)?nicht\s+der\s+fall|sehe\s+ich\s+(?:nicht|keine[n]?)|ich\s+sehe\s+(?:niemanden|keine[n]?|nichts)|keine\s+(?:gegenstimmen?|enthaltung(?:en)?)|auch\s+(?:niemand|keiner|nicht|keine))${R}`);
/** A bare count as the answer: "Vierzehn.", "Das sind 12.", "Ich zähle drei Stimmen." */
export const COUNT_ANSWER = re(String.raw`^(?:(?:danke[,.]?\s+)?(?:das\s+sind(?:\s+zusammen)?|das\s+ist|es\s+sind|ich\s+sehe|ich\s+zähle|gezählt|macht(?:\s+zusammen)?|zusammen|insgesamt|also)\s+)?(?:${N})(?:\s+(?:stimmen|stimme|hände|hand|personen|person|mitglieder|mitglied|ja|nein|dafür|dagegen|enthaltung(?:en)?))?\s*[.!]?$`);

/** The end of the clause after a count: "dagegen vier, …", "Enthaltungen zwei." (not "dagegen ein Einwand"). */
const CLAUSE_END = String.raw`(?=\s*(?:[,.;!–-]|und\s|$))`;
/** Counts inside a result sentence. Each pattern captures the number in its first non-empty group. */
export const COUNT_YES = [
  re(String.raw`(?:^|[\s,(])(${NUMBER_TOKEN})\s+(?:zu|:)\s+(?:${NUMBER_TOKEN})(?=[\s,.!)]|$)(?!\s*uhr)`, 'giu'),
  re(String.raw`${N}\s+(?:stimmen\s+)?(?:dafür|ja-stimmen|jastimmen|ja${R}|für\s+den\s+antrag|zustimmungen?|befürwortungen?)`, 'giu'),
  re(String.raw`(?:dafür|ja)\s*:\s*${N}`, 'giu'),
  re(String.raw`dafür\s+(?:sind|waren|stimmen|stimmten|haben)\s+(?:gestimmt\s+)?${N}`, 'giu'),
  // "Dafür neun, dagegen vier, Enthaltungen zwei."
  re(String.raw`${L}dafür\s+${N}${CLAUSE_END}`, 'giu'),
  re(String.raw`mit\s+${N}\s+(?:zu|gegen|:)\s+(?:${NUMBER_TOKEN})${R}`, 'giu'),
  re(String.raw`${L}(\d{1,3})\s*:\s*\d{1,3}\s+stimmen`, 'giu'),
  // Roll-call result: "Mit Ja haben 99 Abgeordnete gestimmt, mit Nein 78 …".
  re(String.raw`${L}mit\s+ja\s+(?:haben|stimmten|votierten)\s+${N}${R}`, 'giu'),
];
export const COUNT_NO = [
  re(String.raw`(?:^|[\s,(])(?:${NUMBER_TOKEN})\s+(?:zu|:)\s+(${NUMBER_TOKEN})(?=[\s,.!)]|$)(?!\s*uhr)`, 'giu'),
  re(String.raw`${N}\s+(?:stimmen\s+)?(?:dagegen|nein-stimmen|neinstimmen|nein${R}|gegenstimmen?|gegen\s+den\s+antrag)`, 'giu'),
  re(String.raw`(?:dagegen|nein)\s*:\s*${N}`, 'giu'),
  re(String.raw`dagegen\s+(?:sind|waren|stimmen|stimmten|haben)\s+(?:gestimmt\s+)?${N}`, 'giu'),
  re(String.raw`${L}dagegen\s+${N}${CLAUSE_END}`, 'giu'),
  re(String.raw`mit\s+(?:${NUMBER_TOKEN})\s+(?:zu|gegen|:)\s+${N}`, 'giu'),
  re(String.raw`${L}\d{1,3}\s*:\s*(\d{1,3})\s+stimmen`, 'giu'),
  re(String.raw`bei\s+${N}\s+gegenstimmen?`, 'giu'),
  re(String.raw`${L}mit\s+nein\s+(?:(?:haben|stimmten|votierten)\s+)?${N}${R}`, 'giu'),
];
export const COUNT_ABSTAIN = [
  re(String.raw`${N}\s+(?:stimm)?enthaltung(?:en)?`, 'giu'),
  re(String.raw`(?:stimm)?enthaltung(?:en)?\s*:\s*${N}`, 'giu'),
  re(String.raw`${L}(?:stimm)?enthaltung(?:en)?\s+${N}${CLAUSE_END}`, 'giu'),
  re(String.raw`enthalten\s+(?:haben\s+)?sich\s+${N}${CLAUSE_END}`, 'giu'),
];
/** "ohne Gegenstimme", "keine Gegenstimmen", "Gegenstimmen: keine". */
export const NO_NONE = re(String.raw`(?:ohne|keine)\s+gegenstimmen?|gegenstimmen?\s*:\s*keine|niemand\s+(?:ist\s+|stimmt\s+)?dagegen|(?:gegenstimmen?|nein-stimmen)\s+sehe\s+ich\s+(?:keine|nicht)|sehe\s+ich\s+keine\s+gegenstimmen?`);
export const ABSTAIN_NONE = re(String.raw`(?:ohne|keine)\s+(?:stimm)?enthaltung(?:en)?|enthaltung(?:en)?\s+keine|enthaltung(?:en)?\s*:\s*keine|(?:es\s+)?enthält\s+sich\s+(?:niemand|keiner)|(?:stimm)?enthaltung(?:en)?\s+sehe\s+ich\s+(?:keine|nicht)|sehe\s+ich\s+keine\s+(?:stimm)?enthaltung(?:en)?`);
export const UNANIMOUS = re(String.raw`${L}einstimmig|${L}einmütig|ohne\s+gegenstimmen?\s+und\s+(?:ohne\s+)?enthaltung|(?:das\s+)?(?:ganze|gesamte)\s+haus|alle\s+(?:fraktionen|mitglieder)\s+(?:haben\s+)?(?:zugestimmt|dafür)`);
export const MAJORITY = re(String.raw`mehrheitlich|mit\s+(?:großer\s+|knapper\s+|breiter\s+|deutlicher\s+)?mehrheit(?!\s+(?:der|von))`);
export const NO_OBJECTION = re(String.raw`(?:erhebt\s+sich|gibt\s+es|sehe\s+ich|ich\s+sehe)\s+kein(?:en)?\s+widerspruch|kein\s+widerspruch|keine\s+einwände|keine\s+einwendungen|widerspricht\s+(?:dem\s+)?(?:niemand|keiner)|wenn\s+(?:dem\s+)?(?:niemand|keiner)\s+widerspricht|ohne\s+widerspruch`);
/** The call for objections, the vote of councils that decide by consent: "Erhebt sich Widerspruch?", "Gibt es Einwände?", "Widerspricht jemand?", "Sind alle einverstanden?" */
export const OBJECTION_CALL = re(String.raw`(?:erhebt\s+sich|gibt\s+es|gibt's|sehe\s+ich)\s+(?:[^.?!]{0,80}\s)?(?:widerspruch|einwände|einwendungen|bedenken|gegenrede)(?:\s+[^.?!]{0,60})?\s*\?|widerspricht\s+(?:dem\s+)?jemand|(?:ist|sind)\s+(?:alle|sie\s+alle|sie|ihr\s+alle|alle\s+damit)\s+(?:damit\s+|so\s+)?einverstanden\s*\?|(?:möchte|will)\s+jemand\s+widersprechen`);
/** Assent to a proposal on procedure: "Dann machen wir das so." "Das machen wir hiermit." */
export const ASSENT = re(String.raw`(?:machen|verfahren|halten)\s+wir\s+(?:das\s+)?(?:so|hiermit)|so\s+(?:machen|verfahren)\s+wir|(?:dann\s+)?ist\s+das\s+so\s+beschlossen|so\s+beschlossen|das\s+machen\s+wir\s+(?:hiermit|so)|(?:dann\s+)?verfahren\s+wir\s+(?:so|entsprechend)|ich\s+sehe\s+(?:keinen\s+widerspruch|einverständnis|nicken)|(?:allgemeines\s+)?einverständnis|dann\s+ist\s+(?:das|dies)\s+so`);

// ---------------------------------------------------------------------------------------------
// Outcomes.

interface OutcomeRule {
  outcome: Outcome;
  re: RegExp;
  /** Performative first person plural by the chair ("überweisen wir", "vertagen wir"): settles by itself. */
  performative?: RegExp;
}

/**
 * A recommendation to the council adopted, said as the result: "Das ist … so empfohlen.", "Also sechs zu drei,
 * empfohlen." (not "Die Verwaltung hat empfohlen": a report, not this body's result).
 */
const EMPFOHLEN = String.raw`(?:(?:ist|sind|wird|werden)\s+(?:[^.?!]{0,120}\s)?|(?:^|,\s*)(?:(?:so|damit|also|einstimmig|mehrheitlich)\s+)*)empfohlen[.!]?$`;
/** Outcome words in every tense; checked in this order (the more specific before the general). */
/** "Der Antrag ist durch.", "Damit ist die Vorlage durch.": adopted (colloquial); not "Dann sind wir durch" (the session's end). */
const DURCH = String.raw`(?:antrag|änderungsantrag|vorlage|beschlussvorschlag|beschluss|satzung|das)\s+(?:ist|wäre)\s+(?:damit\s+|somit\s+|also\s+|dann\s+)?durch[.!]?$`;
/** "Dann empfehlen wir dem Stadtrat …": an advisory body states its adopted recommendation (a result, not a proposal). */
export const RECOMMENDED_BY_US = re(String.raw`${L}(?:dann|damit|somit|also)\s+empfehlen\s+wir\s+(?:hiermit\s+|also\s+|damit\s+)?(?:dem|der)\s+(?:[\p{L}-]*(?:rat|tag|versammlung|vertretung|ausschuss))${R}`);
export const OUTCOME_RULES: OutcomeRule[] = [
  { outcome: 'abgesetzt', re: re(String.raw`(?:tagesordnungspunkt|top|punkt)\s+\S+\s+(?:[^.?!]{0,20}\s)?entfällt|entfällt\s+(?:heute\s+)?(?:der\s+)?(?:tagesordnungspunkt|top|punkt)|abgesetzt|von\s+der\s+tagesordnung\s+(?:genommen|gestrichen|abgesetzt)|setzen\s+wir\s+[^.?!]{0,60}ab${R}`), performative: re(String.raw`entfällt|setzen\s+wir\s+[^.?!]{0,60}ab${R}|nehmen\s+wir\s+[^.?!]{0,40}von\s+der\s+tagesordnung`) },
  { outcome: 'zurückgezogen', re: re(String.raw`zurückgezogen|zieh(?:t|en|e)\s+[^.?!]{0,80}zurück${R}|zurückziehen`), performative: re(String.raw`zieh(?:t|en|e)\s+[^.?!]{0,80}zurück${R}`) },
  { outcome: 'vertagt', re: re(String.raw`schieben\s+wir|(?:kommt|kommen|geht|gehen|nehmen\s+wir\s+[^.?!]{0,60}|wir\s+nehmen\s+[^.?!]{0,60})\s+(?:in|auf)\s+die\s+nächste\s+sitzung|(?:in|auf)\s+die\s+nächste\s+sitzung\s+(?:mit|geschoben)|vertagt|vertagen|vertagung|zurückgestellt|zurückzustellen|(?:ge|ver)schoben|vertagen\s+wir|stellen\s+wir\s+[^.?!]{0,60}zurück${R}|(?:auf|in)\s+die\s+nächste\s+sitzung\s+(?:verschoben|vertagt)|verschieben\s+wir`), performative: re(String.raw`schieben\s+wir|wir\s+nehmen\s+[^.?!]{0,60}(?:in|auf)\s+die\s+nächste\s+sitzung|nehmen\s+wir\s+[^.?!]{0,60}(?:in|auf)\s+die\s+nächste\s+sitzung|(?:kommt|kommen)\s+(?:[^.?!]{0,30}\s)?(?:in|auf)\s+die\s+nächste\s+sitzung|vertagen\s+wir|stellen\s+wir\s+[^.?!]{0,60}zurück|verschieben\s+wir`) },
  { outcome: 'verwiesen', re: re(String.raw`(?:geht|gehen|geben|gibt)\s+(?:[^.?!]{0,80}\s)?(?:in|an)\s+den\s+[\p{L}-]*(?:ausschuss|beirat|ortsrat|ortschaftsrat|bezirksbeirat)|(?:zurück)?(?:über|ver)wiesen|(?:zurück)?(?:über|ver)weisen|(?:zurück)?(?:über|ver)weisung`), performative: re(String.raw`(?:geht|gehen|geben\s+wir|wir\s+geben|gibt)\s+(?:[^.?!]{0,80}\s)?(?:in|an)\s+den\s+[\p{L}-]*(?:ausschuss|beirat|ortsrat|ortschaftsrat|bezirksbeirat)|(?:über|ver)weisen\s+wir|${L}wir\s+(?!(?:wollen|werden|müssen|können|sollen|möchten|würden|dürfen)\s)(?:[^.?!]{0,80}\s)?(?:über|ver)weisen${R}|wird\s+[^.?!]{0,260}(?:über|ver)wiesen|(?:ist|sind|wurde|wurden)\s+[^.?!]{0,260}(?:über|ver)wiesen`) },
  { outcome: 'gewählt', re: re(String.raw`${L}(?:wieder)?gewählt${R}|${L}(?:(?:frau|herr)\s+[^.?!]{1,60}?\s(?:hat|erhält|erhielt)\s+(?:damit\s+|somit\s+|also\s+)?|(?:hat|erhält|erhielt)\s+(?:damit\s+|somit\s+|also\s+)?(?:frau|herr)\s+[^.?!]{1,60}?\s)die\s+(?:erforderliche|notwendige|absolute|einfache|nötige)\s+mehrheit\s+(?:erreicht|erhalten|bekommen)${R}|${L}(?:zum|zur)\s+[^.?!]{0,60}(?:bestellt|berufen|benannt|ernannt)${R}`) },
  { outcome: 'erledigt', re: re(String.raw`(?:hat\s+sich|ist|sind|als|für)\s+[^.?!]{0,60}erledigt|erledigt\s+(?:erklärt|sich)`) },
  { outcome: 'zur Kenntnis genommen', re: re(String.raw`zur\s+kenntnis\s+(?:genommen|nimmt|nehmen)|nimmt\s+[^.?!]{0,100}zur\s+kenntnis|nehmen\s+[^.?!]{0,80}zur\s+kenntnis|entgegengenommen|(?:antwort|große\s+anfrage|bericht|mitteilung|zwischenbericht|jahresbericht|sachstandsbericht)[^.?!]{0,80}(?:besprochen|abgehalten|erörtert)|kenntnisnahme\s+(?:ist\s+)?erfolgt`), performative: re(String.raw`nehmen\s+wir\s+[^.?!]{0,80}zur\s+kenntnis|nimmt\s+[^.?!]{0,100}zur\s+kenntnis`) },
  // "Damit ist das Einvernehmen versagt": the body adopts the refusal of what it is asked to grant (§ 36 BauGB); "Dem Antrag wird die Zustimmung versagt" rejects.
  { outcome: 'angenommen', re: re(String.raw`(?:einvernehmen|genehmigung|befreiung|ausnahmegenehmigung|erlaubnis)\s+(?:[^.?!]{0,40}\s)?(?:versagt|verweigert)${R}`) },
  { outcome: 'abgelehnt', re: re(String.raw`abgelehnt|versagt|verweigert|durchgefallen|gescheitert|keine\s+zustimmung\s+(?:gefunden|erhalten|bekommen)|mehrheit\s+(?:[^.?!]{0,30}\s)?(?:nicht|verfehlt)(?:\s+(?:erreicht|erhalten|gefunden|bekommen))?${R}|nicht\s+die\s+(?:erforderliche\s+|notwendige\s+)?mehrheit|(?:findet|fand|hat|hatte|erhält|erhielt|bekommt)\s+(?:[^.?!]{0,80}\s)?keine\s+mehrheit|keine\s+mehrheit\s+(?:gefunden|erhalten|bekommen|erreicht)|ohne\s+mehrheit|${L}lehnt\s+[^.?!]{0,100}ab${R}|${L}lehnen\s+[^.?!]{0,80}ab${R}|nicht\s+(?:angenommen|beschlossen|zugestimmt|entsprochen|stattgegeben)`) },
  { outcome: 'genehmigt', re: re(String.raw`genehmigt`) },
  // "Dann empfehlen wir dem Stadtrat den Bebauungsplan mit großer Mehrheit …": the advisory body's recommendation, adopted (said after its vote).
  { outcome: 'angenommen', re: RECOMMENDED_BY_US, performative: RECOMMENDED_BY_US },
  {
    outcome: 'angenommen',
    // Left word boundaries: "verteilt" is not "erteilt", "abgeschlossen" not "beschlossen".
    re: re(String.raw`(?:rednerliste|redeliste)\s+(?:ist|wird)\s+(?:damit\s+|somit\s+|also\s+)?(?:geschlossen|beendet)${R}|${L}(?:angenommen|beschlossen|zugestimmt|erteilt)|${EMPFOHLEN}|(?:antrag|anregung|eingabe|bitte|petition|wunsch|begehren)\s+(?:[^.?!]{0,60}\s)?(?:entsprochen|stattgegeben)${R}|${L}(?:entsprochen|stattgegeben)\s+(?:worden|wurde|ist)${R}|(?:frau|herr|herrn|kollegin|kollege|bewerber(?:in)?)\s+(?:[^.?!]{0,60}\s)?(?:bestellt|ernannt|eingestellt|befördert)${R}|${L}entlastet${R}|(?:jahresabschluss|abschluss|bilanz|jahresrechnung|wirtschaftsplan)[^.?!]{0,60}festgestellt${R}|(?:ist|sind|wird|werden|einstimmig|mehrheitlich|damit|so)\s+(?:[^.?!]{0,60}\s)?vergeben${R}|(?<!keine\s)(?:die\s+|eine\s+)(?:erforderliche\s+|notwendige\s+|große\s+|breite\s+)?mehrheit\s+(?:gefunden|erhalten|bekommen|erreicht)|(?:findet|fand|erhält|erhielt|bekommt)\s+(?:[^.?!]{0,60}\s)?(?:die|eine)\s+(?:[\p{L}]+\s+)?mehrheit|mehrheit\s+ist\s+erreicht|(?:damit|somit)\s+folg(?:t|en)\s+[^.?!]{0,80}(?:beschlussvorschlag|beschlussempfehlung|empfehlung|vorschlag|vorlage)|(?:damit|somit|hiermit)\s+empfiehlt\s+[^.?!]{0,80}(?:annahme|zuzustimmen|anzunehmen|zustimmung)|${L}(?:stimmt|stimmen)\s+[^.?!]{0,100}zu${R}|beschließt|eingesetzt|beschluss\s+(?:ist\s+)?gefasst|so\s+beschlossen|bestätigt${R}|${L}bewilligt${R}|${DURCH}`),
  },
];

/** Words that negate the outcome word they precede. */
export const NEGATION = re(String.raw`${L}(?:nicht|kein|keine|keinen|nie)${R}`);
/** Hypothetical or proposed, not decided: conditionals, recommendations, motions, questions. */
export const HYPOTHETICAL = re(
  String.raw`(?:beschlossen|abgestimmt|entschieden|gewählt)\s+wird\s+(?:dann\s+)?(?:erst\s+)?(?:im|am|in|nach|bei|später|nächste)${R}|nur\s+(?:die\s+)?erste\s+(?:beratung|lesung)|werden\s+soll(?:en|te|ten)?${R}|ich\s+(?:gehe\s+davon\s+aus|nehme\s+an|unterstelle)|(?:hat|haben)\s+(?:mir\s+|uns\s+)?(?:mitgeteilt|signalisiert|angekündigt|gebeten)|${L}(?:wenn|falls|sofern|würde[n]?|könnte[n]?|sollte[n]?|möchte[n]?|müsste[n]?|dürfte[n]?|wäre[n]?|hätte[n]?)${R}|${L}beantrag|${L}(?:schlage|schlagen)\s+[^.?!]{0,40}vor${R}|${L}vorgeschlagen|${L}vorschlag|${L}empfiehlt|${L}empfehlen|${L}empfohlen(?!\s*[.!]?$)|empfehlung\s+lautet|(?:beschlussvorschlag|beschlussentwurf|beschlusstext|antrag|vorschlag|wortlaut|formulierung)\s+lautet${R}|bitte\s+(?:ich|wir)|soll(?:en)?\s+[^.?!]{0,120}werden|hoffe|erwarte`,
);
/** Reports of earlier or other bodies' decisions: not this session's vote. */
export const REPORTED = re(
  String.raw`(?:der|die|das)\s+(?:[\p{L}-]+\s+und\s+)?\p{L}+(?:ausschuss|ortsrat|ortschaftsrat|beirat|magistrat|kreisausschuss)\s+(?:hat|hatte|haben)\s+(?![^.?!]{0,40}(?:damit|somit|hiermit))[^.?!]{0,80}(?:zugestimmt|beschlossen|empfohlen|abgelehnt|befürwortet)|letzte[nm]?\s+(?:sitzung|jahr|woche|monat)|vergangene[nm]?\s+(?:sitzung|jahr|woche)|vorige[nm]?\s+(?:sitzung|jahr)|damals|seinerzeit|bereits\s+(?:im|am|in\s+der)|in\s+seiner\s+(?:\d+\.\s+)?sitzung|am\s+\d{1,2}\.\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)|im\s+(?:ausschuss|rat|kreistag|bundestag|bundesrat)\s+(?:wurde|ist|hat)|${L}im\s+\p{L}+(?:ausschuss|rat|kreistag|beirat|bezirksvertretung)${R}|zuvor\s+wurde|(?:vom|von\s+der|von\s+dem|durch\s+das|durch\s+den|durch\s+die)\s+(?:land|bund|ministerium|landkreis|kreis|bezirksregierung|regierungspräsidium|landratsamt|fördergeber|zuwendungsgeber|kommunalaufsicht|aufsichtsbehörde)${R}[^.?!]{0,60}(?:bewilligt|genehmigt|zugestimmt|abgelehnt)|${L}(?:ja\s+)?(?:vorhin|eingangs|zu\s+beginn(?:\s+der\s+sitzung)?|unter\s+(?:top|tagesordnungspunkt|punkt)\s+\S+)\s+(?:[^.?!]{0,40}\s)?(?:abgesetzt|beschlossen|vertagt|abgelehnt|angenommen|verwiesen|überwiesen|zurückgezogen|genehmigt)${R}|(?:hat|hatte)\s+der\s+(?:rat|ausschuss|kreistag)\s+[^.?!]{0,60}(?:beschlossen|abgelehnt|angenommen)`,
);
/** A third party's choice ("Die Jury hat einstimmig …"): never the committee's own vote. */
export const THIRD_PARTY = re(
  String.raw`(?:(?<!(?:des|eines)\s+[\p{L}-]*)(?:jury|preisgericht|auswahlkommission|kommission|gutachter|gericht|aufsichtsrat|vorstand|verwaltungsrat|beirat|stiftung|landesregierung|bundesregierung|ministerium|nachbarstadt)(?:en|n)?(?![\p{L}])|gemeinde\s+\p{Lu}|kreis\s+hat|bürgerinnen\s+und\s+bürger)[^.?!]{0,80}(?:hat|haben|hatte|hatten|entschied|entschieden|votiert|beschlossen|gewählt)`,
);
/** Markers that the sentence states this session's result now. */
export const SETTLING = re(String.raw`${L}(?:damit|somit|hiermit|also|folglich)${R}|(?:ich\s+)?stelle\s+(?:hiermit\s+|damit\s+)?fest|festzustellen|für\s+das\s+protokoll|für\s+die\s+niederschrift|(?:halte|halten)\s+(?:ich|wir)\s+(?:hiermit\s+|damit\s+|also\s+)?fest|das\s+ergebnis|ergebnis\s*:|(?:dann|das)\s+(?:ist|sind)\s|so\s+beschlossen`);
/**
 * A verbless result, as chairs state it after a vote: "Angenommen.", "Mit dieser Mehrheit beschlossen.",
 * "Einstimmig so beschlossen.", "Bei Enthaltung der SPD mehrheitlich angenommen." (the whole sentence).
 */
export const ELLIPTIC_RESULT = String.raw`^(?:(?:damit|somit|also|dann|und|ebenfalls|auch|so|einstimmig|mehrheitlich|gegen\s+[^.?!]{1,60}?|bei\s+[^.?!]{1,60}?|mit\s+(?:dieser|der\s+gleichen|gleicher|derselben|großer|breiter|knapper|deutlicher|übergroßer|klarer|(?:der\s+)?erforderlichen)\s+mehrheit(?:\s+des\s+hauses)?|mit\s+(?:${NUMBER_TOKEN})\s+(?:zu|gegen|:)\s+(?:${NUMBER_TOKEN})\s+stimmen|mit\s+(?:${NUMBER_TOKEN})\s+(?:ja-)?stimmen(?:\s+dafür)?)[,]?\s+)*(?:angenommen|abgelehnt|beschlossen|vertagt|genehmigt|gewählt|überwiesen|verwiesen|zurückgestellt|vergeben|entlastet|bewilligt|zur\s+kenntnis\s+genommen)(?:\s+(?:auf|in|an|bis|zur|zum)\s+[^.?!]{1,60})?[.!]?$|^(?:einstimmig|mehrheitlich|gegen\s+[^.?!]{1,60}?|bei\s+[^.?!]{1,60}?)\s+(?:angenommen|abgelehnt|beschlossen|vertagt|genehmigt|gewählt|überwiesen|verwiesen|zurückgestellt|bewilligt),\s+(?!(?:wenn|falls|sofern|aber|oder)\s)[^.?!]{1,100}[.!]?$`;
/** Outcome forms in the present or perfect that state a result by themselves ("ist angenommen", "wurde abgelehnt"). */
export const RESULT_FORM = re(
  String.raw`(?:ist|sind|wurde|wurden|wird|werden|sei|seien|haben|hat|habe)\s+(?:[^.?!]{0,260}\s)?(?:angenommen|abgelehnt|beschlossen|zugestimmt|genehmigt|vertagt|zurückgestellt|(?:zurück)?(?:über|ver)wiesen|zurückgezogen|erledigt|abgesetzt|gewählt|eingesetzt|erteilt|versagt|(?:ge|ver)schoben|zur\s+kenntnis\s+genommen|entgegengenommen|besprochen|festgestellt|entlastet|vergeben|bestätigt|bestellt|gefasst|geschlossen|entsprochen|stattgegeben|bewilligt)|${DURCH}|${L}(?:stimmt|stimmen|beschließt|beschließen|lehnt|lehnen|nimmt|nehmen)(?!\s+wir\s+(?:(?:jetzt|nun|dann|also|zuerst|zunächst)\s+)?(?:ab|über)${R})\s+[^.?!]{0,100}(?:zu|ab|zur\s+kenntnis)${R}|(?:angenommen|abgelehnt|beschlossen|genehmigt|vertagt|zurückgestellt|(?:über|ver)wiesen|zurückgezogen|abgesetzt|erledigt|gewählt)\s+(?:wird|wurde|worden\s+ist|worden\s+sind|ist|sind|werden|wurden)[.!]?$|${EMPFOHLEN}|^(?:(?:einstimmig|mehrheitlich|so|damit|also)\s+)?(?:angenommen|beschlossen|abgelehnt|genehmigt|bestätigt)\s+(?:mit|bei|gegen|ohne)\s|findet\s+keine\s+mehrheit|keine\s+mehrheit|(?:ist|sind|wurde|hat|haben)\s+(?:[^.?!]{0,100}\s)?(?:durchgefallen|gescheitert)|mehrheit\s+(?:[^.?!]{0,30}\s)?(?:nicht\s+)?(?:erreicht|gefunden|erhalten|verfehlt)|keine\s+zustimmung\s+(?:gefunden|erhalten)|nicht\s+die\s+(?:erforderliche\s+|notwendige\s+)?mehrheit|(?:geht|gehen|geben\s+wir)\s+[^.?!]{0,80}(?:in|an)\s+den|(?:in|auf)\s+die\s+nächste\s+sitzung|(?:damit|somit|hiermit)\s+empfiehlt|${L}beschließ(?:t|en)${R}|${ELLIPTIC_RESULT}`,
);

// ---------------------------------------------------------------------------------------------
// Subjects of a decision.

/** The thing voted on: "Änderungsantrag der FDP", "Beschlussempfehlung", "Ziffer 2", "Punkt 4", "Buchstabe a". */
export const SUBJECT = re(
  String.raw`${L}((?:dringliche[rnms]?\s+)?(?:änderungsantr(?:ag|äge)|ergänzungsantr(?:ag|äge)|zusatzantr(?:ag|äge)|entschließungsantr(?:ag|äge)|gegenantr(?:ag|äge)|antr(?:ag|äge)|beschlussempfehlung(?:en)?|beschlussvorschl(?:ag|äge)|beschlussvorlage|gesetzentwurf|vorlage|wahlvorschl(?:ag|äge)|haushaltssatzung|satzung|niederschrift|tagesordnung|dringlichkeit|ziffer(?:n)?\s+[\dIVX]+(?:\s*(?:bis|und|,)\s*[\dIVX]+)?|punkt(?:e)?\s+\d+(?:\s*(?:bis|und)\s*\d+)?|buchst(?:abe|\.)\s+[a-z]|restlichen\s+(?:punkte|ziffern)|übrigen\s+(?:punkte|ziffern|beschlussempfehlungen)|bericht|mitteilung|große[rn]?\s+anfrage|bebauungsplan[^,.?!]{0,30}|ursprungsantrag|hauptantrag)(?:\s+(?:der|des|von|zu|zur|zum|in\s+der|mit|nr\.?|aus)\s+[^,.?!–]{1,60}?)?)(?=\s+(?:zu${R}|zustimm|ist${R}|sind${R}|wird${R}|wurde|einstimmig|mehrheitlich|damit|somit|angenommen|abgelehnt|an\s+den|in\s+den|abstimm|zur\s+abstimmung|laut|mit\s+\d)|[,.?!–]|$)`,
);

// ---------------------------------------------------------------------------------------------
// Parliamentary groups and members without a group.

const GROUP_ALIASES: [RegExp, string][] = [
  [re(String.raw`${L}(?:(?:der\s+)?fraktion\s+)?(?:bündnis\s*90\s*/\s*die\s+grünen|bündnis\s*90|b90\s*/\s*grüne|die\s+grünen|grünen|grüne|grünen-fraktion)${R}`), 'BÜNDNIS 90/DIE GRÜNEN'],
  [re(String.raw`${L}(?:cdu(?:-fraktion)?|union|cdu\s*/\s*csu)${R}`), 'CDU'],
  [re(String.raw`${L}csu${R}`), 'CSU'],
  [re(String.raw`${L}(?:spd(?:-fraktion)?|sozialdemokraten|sozialdemokratie|sozialdemokratische\s+fraktion)${R}`), 'SPD'],
  [re(String.raw`${L}afd(?:-fraktion)?${R}`), 'AfD'],
  [re(String.raw`${L}(?:fdp(?:-fraktion)?|freien?\s+demokraten|liberalen)${R}`), 'Freie Demokraten'],
  [re(String.raw`${L}(?:(?:die\s+)?linken?|linke-fraktion|linksfraktion)${R}`), 'DIE LINKE'],
  [re(String.raw`${L}(?:freie[n]?\s+wähler|fw)${R}`), 'Freie Wähler'],
  [re(String.raw`${L}bsw${R}`), 'BSW'],
  [re(String.raw`${L}volt${R}`), 'Volt'],
  [re(String.raw`${L}(?:die\s+)?partei${R}(?=[^.]{0,3}(?:,|und|$|\.))`, 'u'), 'Die PARTEI'],
  [re(String.raw`${L}ödp${R}`), 'ÖDP'],
  [re(String.raw`${L}(?:uwg|wählergemeinschaft)${R}`), 'UWG'],
  [re(String.raw`${L}piraten${R}`), 'Piraten'],
];

/** Canonical label of a group or a member's name (last name) for comparison. */
export function normaliseGroup(label: string): string {
  const t = label.trim();
  for (const [alias, canonical] of GROUP_ALIASES) {
    const m = alias.exec(t);
    if (m && m[0].length >= t.replace(/^(?:die|der|das)\s+/iu, '').length - 12) return canonical;
  }
  const name = t.replace(/\((?:fraktionslos|parteilos)\)/iu, '').replace(/^(?:der|die)\s+(?:kollege|kollegin|abg\.|abgeordnete[rn]?)\s+/iu, '').trim();
  return name.split(/\s+/).pop()?.toLowerCase() ?? name.toLowerCase();
}

/** Placeholders in a parsed group list, resolved against the session's groups afterwards. */
export const REST_OF_HOUSE = '*rest*';
export const WHOLE_HOUSE = '*alle*';
export const UNNAMED_INDEPENDENT = '*fraktionslos*';

const REST = re(String.raw`(?:der|das)\s+(?:rest|übrige[n]?|andere[n]?)\s+(?:des\s+)?(?:hauses|haus|ausschusses|rates|gremiums)|alle\s+(?:anderen|übrigen)|(?:der|die)\s+übrigen\s+(?:fraktionen|mitglieder)|(?:rest|übrige)\s+des\s+hauses`);
const WHOLE = re(String.raw`(?:das\s+)?(?:ganze|gesamte|komplette)\s+(?:haus|ausschuss|gremium|rat)|alle\s+fraktionen|(?:das\s+ist\s+)?einstimmig|alle${R}`);
const INDEPENDENT_NAMED = re(String.raw`(?:[Kk]ollegen?|[Kk]ollegin|[Aa]bg\.|[Aa]bgeordnete[rn]?|[Hh]errn?|[Ff]rau|[Rr]atsmitglied|[Ss]tadtverordnete[rn]?)\s+(?:Dr\.\s+)?(\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+)?)`, 'gu');
const INDEPENDENT_UNNAMED = re(String.raw`[Ff]raktionslose[rn]?\s+(?:[Kk]ollegen?|[Kk]ollegin|[Aa]bgeordnete[rn]?|[Mm]itglied(?:er)?)`, 'gu');

/** Parses a spoken group list ("CDU, BÜNDNIS 90/DIE GRÜNEN und der Kollege Kahnt"); null when it names none. */
export function parseGroupList(text: string): GroupList | null {
  const found: { at: number; label: string }[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const add = (at: number, len: number, label: string) => {
    if (overlaps(at, at + len)) return;
    taken.push([at, at + len]);
    found.push({ at, label });
  };
  const rest = REST.exec(text);
  if (rest) add(rest.index, rest[0].length, REST_OF_HOUSE);
  const whole = WHOLE.exec(text);
  if (whole && !rest) add(whole.index, whole[0].length, WHOLE_HOUSE);
  for (const m of text.matchAll(INDEPENDENT_UNNAMED)) add(m.index, m[0].length, UNNAMED_INDEPENDENT);
  for (const m of text.matchAll(INDEPENDENT_NAMED)) {
    if (GROUP_ALIASES.some(([alias]) => alias.test(m[1]))) continue;
    add(m.index, m[0].length, m[1]);
  }
  for (const [alias, canonical] of GROUP_ALIASES) {
    const g = new RegExp(alias.source, 'giu');
    for (const m of text.matchAll(g)) add(m.index, m[0].length, canonical);
  }
  let left = text;
  for (const [a, b] of taken) left = left.slice(0, a) + ' '.repeat(b - a) + left.slice(b);
  const unexplained = (left.match(/[\p{L}][\p{L}'-]*/gu) ?? []).filter((w) => !LIST_FILLER.has(w.toLowerCase()));
  // Local groups the vocabulary cannot know ("SSW", "UFG", "Pro Arnstadt", "Bürgerfraktion") join the list
  // when it names known groups too, but stay unexplained: the list is read, not sure.
  if (found.length) for (const m of left.matchAll(LOCAL_GROUP)) found.push({ at: m.index, label: m[0].trim() });
  if (!found.length) return null;
  const list = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.label))];
  return Object.assign(list, { unexplained });
}

/** A local group's label in a list: an acronym ("SSW", "BfP", "UWK") or "Pro <Ort>", "Bürgerfraktion", "Unabhängige Bürger", "Bürgerliste <Ort>". */
const LOCAL_GROUP = /(?<![\p{L}])(?:\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,3}|Pro\s+\p{Lu}\p{Ll}+|Bürgerfraktion|Unabhängigen?\s+Bürger|Bürgerliste(?:\s+\p{Lu}\p{Ll}+)?|Wählergruppe(?:\s+\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;

/** Words of a group answer that name nobody ("Das sind die CDU und die Grünen, danke."). */
const LIST_FILLER = new Set(['das', 'sind', 'ist', 'es', 'die', 'der', 'den', 'dem', 'des', 'und', 'sowie', 'auch', 'ebenfalls', 'fraktion', 'fraktionen', 'gruppe', 'gruppen', 'von', 'danke', 'vielen', 'dank', 'schön', 'sehr', 'bitte', 'gut', 'so', 'also', 'jetzt', 'hier', 'ok', 'okay', 'stimmen', 'zu', 'dafür', 'dagegen', 'enthalten', 'sich', 'enthält', 'ja', 'nein', 'mit', 'abg', 'abgeordnete', 'abgeordneten', 'abgeordneter', 'kollege', 'kollegin', 'kollegen', 'herr', 'herrn', 'frau', 'dr', 'fraktionslos', 'fraktionslose', 'fraktionslosen', 'fraktionsloser', 'bei', 'im', 'hause', 'hauses', 'dann', 'gegen', 'beiden', 'beide', 'online', 'saal', 'zugeschaltet']);

/** The labels of a group list, with the words of the answer that no label explains (a group the vocabulary does not know, "Teile der SPD"). */
export type GroupList = string[] & { unexplained?: string[] };

// ---------------------------------------------------------------------------------------------
// Item calls and session procedure.

/** "Tagesordnungspunkt", "TOP", "Punkt", in any case and inflection. */
export const ITEM_WORD = String.raw`(?:tage?s?-?ordn?u?ngs?-?punkt(?:e[sn]?|s)?|top|tob|punkt(?:e[sn]?)?)`;
/** An item announced for later ("Tagesordnungspunkt 7 wird nach der Mittagspause aufgerufen werden"): not a call. */
export const ITEM_ANNOUNCED = re(String.raw`(?:aufgerufen|behandelt|beraten|aufgerufen)\s+werden${R}|(?:wird|werden)\s+(?:[^.?!]{0,200}\s)?(?:morgen|später|nachher|im\s+anschluss|nach\s+der\s+mittagspause|heute\s+(?:vor|nach)\s+der)\s+[^.?!]{0,60}(?:aufgerufen|behandelt|beraten)`);
/** Item number as spoken: "4", "4a", "4 b", "4.1", "Ö 3", "N 1", "vier". */
export const ITEM_NUMBER = String.raw`(?:([ÖN])\s?)?(${NUMBER_TOKEN}(?:\.\d{1,2})*(?:\s?[a-h](?![\p{L}\d]))?)(?![\p{L}\d])`;
/** Explicit calls of an item, in the usual wordings. */
export const ITEM_CALL_LEAD = String.raw`(?:wir\s+kommen(?:\s+(?:nun|jetzt|dann|damit|also|somit|zuerst|zunächst|als\s+nächstes))*\s+(?:zu|zum)|kommen\s+wir(?:\s+(?:nun|jetzt|dann|damit|also|somit|zuerst|zunächst|als\s+nächstes))*\s+(?:zu|zum)|gehen\s+wir(?:\s+(?:nun|jetzt|dann|damit|also|weiter|noch\s+einmal|nochmal|zurück))*\s+(?:zu|zum)|wir\s+gehen(?:\s+(?:nun|jetzt|dann|weiter|noch\s+einmal|nochmal|zurück))*\s+(?:zu|zum)|(?:zurück|nochmal|noch\s+einmal)\s+zu(?:m)?|(?:ich\s+)?rufe(?:\s+(?:nun|jetzt|dann|zuerst|zunächst|als\s+nächstes))?(?:\s+auf)?|ich\s+darf\s+(?:jetzt\s+|nun\s+|dann\s+)?|aufgerufen\s+(?:wird|ist|sind)|(?:weiter|fort)\s+(?:geht\s+es\s+)?mit|wir\s+fahren\s+fort\s+mit|ich\s+komme(?:\s+(?:nun|jetzt|dann|zu))*\s+(?:zu|zum)?|wir\s+machen\s+weiter\s+mit|es\s+folgt|wir\s+sind\s+(?:jetzt\s+|nun\s+)?bei|(?:nächster|weiter\s+mit)\s+punkt(?:\s+ist)?|wir\s+beginnen\s+mit|wir\s+behandeln|wir\s+beraten)`;
/** Calls of the next item without its number: "zum nächsten Tagesordnungspunkt". */
export const NEXT_ITEM_CALL = re(String.raw`(?:kommen|gehen|komme|gehe|machen|mache)\s+(?:wir\s+|ich\s+)?(?:nun\s+|jetzt\s+|dann\s+|ohne\s+beschluss\s+|gleich\s+)*(?:weiter\s+)?(?:zum|zu\s+dem|mit\s+dem)\s+nächsten\s+(?:tagesordnungspunkt|punkt|top)|nächster\s+tagesordnungspunkt|(?:rufe|ich\s+rufe)\s+(?:nun\s+|jetzt\s+)?den\s+nächsten\s+(?:tagesordnungspunkt|punkt)\s+auf`);

const FUNCTION_WORDS = new Set(['von', 'der', 'die', 'das', 'den', 'dem', 'des', 'zur', 'zum', 'zu', 'für', 'am', 'an', 'im', 'in', 'mit', 'und', 'über', 'vom', 'bei', 'auf', 'aus', 'nach', 'einer', 'eines', 'ein', 'eine', 'nr', 'betreffend', 'bzw', 'sowie']);
const MOTION_NOUN = /^(?:Der|Die|Das)\s+(?:Antrag|Anträge|Vorlage|Beschlussvorlage|Bericht|Bauantrag|Bauvoranfrage|Anfrage|Vergabe|Wahl|Satzung|Bebauungsplan|Haushalt\p{L}*|Jahresabschluss|Stellungnahme|Förderrichtlinie|Sachstand)(?![\p{L}])/u;
/** A chair's sentence that only names a motion ("Der Antrag von den Grünen zur Baumschutzverordnung, Claudia."): no verb, nouns and function words only. */
export function motionNamed(sentence: string): string | undefined {
  if (!MOTION_NOUN.test(sentence)) return undefined;
  const words = sentence.replace(/[.,:;!?–-]/gu, ' ').split(/\s+/u).filter(Boolean);
  if (words.length > 16) return undefined;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) return undefined;
  return sentence.replace(/^(?:Der|Die|Das)\s+/u, '').replace(/,\s*(?:Herr|Frau)?\s*\p{Lu}[\p{L}-]+\.?$/u, '').replace(/[.!]$/u, '');
}

/**
 * Calls of an item in the chair's own words, the matter after the lead: "Nächster Punkt,
 * Zweckentfremdung", "Jetzt zum Lärm", "Dann machen wir mit der Hundesteuer weiter", "Dann geht es jetzt
 * um die Sporthalle", "Es folgt der Bericht der Oberbürgermeisterin", "Dann der große Punkt des Abends,
 * das Radverkehrskonzept". Returns the matter.
 */
const OWN_WORDS_CALLS = [
  /^nächste[rs]?\s+(?:punkt|thema|tagesordnungspunkt|top)\s*(?:ist\s+)?[,:]?\s+(?:(?:der|die|das|den|dem)\s+)?(\p{Lu}.*)$/iu,
  /^(?:(?:und\s+)?dann|jetzt|nun)\s+(?:geht\s*(?:es|'s)\s+(?:jetzt\s+|nun\s+|dann\s+)?um|zu[mr])\s+(?:(?:der|die|das|den|dem)\s+)?(\p{Lu}.*)$/iu,
  /^(?:(?:und\s+)?dann|jetzt|nun)\s+machen\s+wir\s+(?:weiter\s+)?mit\s+(?:der|dem|den)\s+(\p{Lu}.*?)(?:\s+weiter)?(?=[,.]|$)/iu,
  /^es\s+folgt\s+(?:jetzt\s+|nun\s+|dann\s+)?(?:der|die|das)\s+(\p{Lu}.*)$/iu,
  /^(?:(?:und\s+)?dann\s+|jetzt\s+|nun\s+)?(?:haben\s+wir|wir\s+haben)\s+(?:(?:jetzt|nun|noch|dann|heute)\s+)*(?:der|die|das|den)\s+(\p{Lu}(?:[^.?!]|(?<=\d)\.){2,140}?)\s+zu\s+(?:genehmigen|bestätigen|wählen|bestellen)[.!]?$/iu,
  /^(?:(?:und\s+)?dann|jetzt|nun)\s+(?:der|die|das)\s+[^,.?!]{0,40}?(?:punkt|thema)(?![\p{L}])[^,.?!]{0,30},\s+(?:der|die|das|den)\s+(\p{Lu}.*)$/iu,
];
export function ownWordsCall(sentence: string): string | undefined {
  const t = sentence.replace(/^(?:(?:gut|so|also|ok(?:ay)?|danke|ja|prima|schön)[,.!]?\s+)+/iu, '');
  for (const r of OWN_WORDS_CALLS) {
    const m = r.exec(t);
    if (!m) continue;
    const rest = m[1].replace(/[.!]$/u, '');
    if (!/^\p{Lu}/u.test(rest) || NOT_A_TOPIC.test(rest)) return undefined;
    return rest;
  }
  return undefined;
}

/** An item called by its ordinal: "Siebtens, der Antrag der AfD-Fraktion …". Returns the number. */
const ORDINALS = ['erstens', 'zweitens', 'drittens', 'viertens', 'fünftens', 'sechstens', 'siebtens', 'achtens', 'neuntens', 'zehntens', 'elftens', 'zwölftens'];
export function ordinalCall(sentence: string): string | undefined {
  const m = /^(?:(?:und|dann|so|gut)[,]?\s+)?(\p{L}+tens)[,:]\s+(?:(?:der|die|das|den)\s+)?\p{Lu}/iu.exec(sentence);
  const i = m ? ORDINALS.indexOf(m[1].toLowerCase()) : -1;
  return i >= 0 && sentence.split(/\s+/u).length <= 20 ? String(i + 1) : undefined;
}

/** Attributive adjectives of agenda titles ("die Niederschrift der letzten Sitzung", "der städtische Haushalt"). */
const TITLE_ADJECTIVE = /^(?:letzt|vorig|heutig|neu|nächst|erst|zweit|dritt|öffentlich|nichtöffentlich|städtisch|gemeindlich|kommunal|geplant|ehemalig|jährlich|überplanmäßig|außerplanmäßig)(?:e|er|en|es|em)?$/u;

/**
 * A chair's turn that opens with a bare title: "Das Gestaltungskonzept für die Ortsdurchfahrt." –
 * article, nouns and function words, no verb. Returns the title. Group lists ("Die SPD und die Grünen.")
 * are answers, not titles.
 */
export function titleOnlyCall(raw: string): string | undefined {
  // "Und das Grundstück am Frankenteich, …": a joining word before the article.
  const sentence = raw.replace(/^(?:Und|Dann|Jetzt|Nun)\s+(d)(?=(?:er|ie|as)\s)/u, (_m, d: string) => d.toUpperCase());
  if (!/^(?:Der|Die|Das)\s+\p{Lu}\p{Ll}{3,}/u.test(sentence) || /[?]$/u.test(sentence)) return undefined;
  const words = sentence.replace(/[.,:;!–-]/gu, ' ').split(/\s+/u).filter(Boolean);
  if (words.length < 3 || words.length > 14) return undefined;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || TITLE_ADJECTIVE.test(w))) return undefined;
  if (words.slice(1).some((w) => normaliseGroup(w) !== w.toLowerCase().split(/\s+/u).pop())) return undefined;
  if (NOT_A_TOPIC.test(words[1])) return undefined;
  return sentence.replace(/^(?:Der|Die|Das)\s+/u, '').replace(/[.!]$/u, '');
}
/** "Es geht um den Verkauf eines Gewerbegrundstücks": the chair names the matter of a new item. Returns it. */
export function mattersCall(sentence: string): string | undefined {
  const m = /^(?:(?:so|gut|also|jetzt|nun|hier|dann)[,]?\s+)?(?:es\s+geht\s+(?:jetzt\s+|nun\s+|hier\s+|heute\s+)?um|thema\s+ist|gegenstand\s+ist)\s+(?:(?:den|die|das|dem|der|einen|eine|ein)\s+)?(\p{Lu}[^.?!]{3,150})/iu.exec(sentence);
  return m ? m[1].replace(/[.!]$/u, '') : undefined;
}

/** An item called by its subject only: "Dann das Thema Solarpflicht.", "Als Erstes die Niederschrift …", "Erstens Mitteilungen." */
const TOPIC_LEAD_RE = /^(?:(?:gut|so|also|ok(?:ay)?|danke|ja)[,.]?\s+)?(?:(?:(?:und\s+)?(?:dann|damit)\s+)?(?:kommen\s+wir|wir\s+kommen)(?:\s+(?:nun|jetzt|dann|damit|also|als\s+nächstes))*(?=\s+zu[mr]?\s)|(?:und\s+)?dann|als\s+(?:erstes|nächstes|letztes)|erstens|zweitens|drittens|jetzt|nun|weiter\s+mit|zum\s+schluss|zuletzt)[,:]?\s+(?:(?:noch\s+)?(?:zu[mr]\s+|(?:zu\s+)?(?:die|der|das|den|dem)\s+))?(?:(?:zum\s+)?thema\s+)?/iu;
const NOT_A_TOPIC = /^(?:Rednerliste|Redeliste|Stimme|Mehrheit|Hand|Anlage|Gäste|Presse|Öffentlichkeit|Abstimmung|Beschlussfassung|Aussprache|Beratung|Ende|Schluss|Sache|Tagesordnung|Wortmeldung|Frage|Gegenprobe|Enthaltung|Beschluss|Pause|Sitzung|Ergebnis|Vorsitz|Verwaltung|Kollege|Kollegin|Herr|Frau|Damen|Fraktion)/u;
/** An item called by its subject only: "Dann das Thema Solarpflicht.", "Als Erstes die Niederschrift …", "Erstens Mitteilungen." Returns the subject. */
export function topicCall(sentence: string): string | undefined {
  const m = TOPIC_LEAD_RE.exec(sentence);
  if (!m || !m[0].trim()) return undefined;
  const rest = sentence.slice(m[0].length);
  // Case-sensitive on purpose: a capitalised noun follows ("Dann die Wahl …"), not a verb ("Dann stimmen wir ab").
  if (!/^\p{Lu}/u.test(rest) || NOT_A_TOPIC.test(rest)) return undefined;
  // "Dann der Antrag in der Ursprungsfassung": the next vote of the same item, not a new item.
  if (/(?<!neu)fassung|hauptantrag|ursprungs|änderungsantrag|ergänzungsantrag|ziffer|buchstabe|punkt\s+\d/iu.test(rest)) return undefined;
  if (!/(?:die|der|das|den|dem|zur|zum|thema)\s+$/iu.test(m[0]) && !/^(?:erstens|zweitens|drittens|als)/iu.test(m[0])) return undefined;
  return rest;
}
/** Items every agenda has that need no decision; a sentence that starts with one by the chair calls it. */
export const STANDING_ITEM = /^(?:(?:gut|so|also|dann|und\s+dann|jetzt|nun)[,.]?\s+)*(?:punkt\s+\S+\s+|(?:wir\s+haben|es\s+folg(?:t|en))\s+(?:jetzt\s+|nun\s+|dann\s+)?(?:die\s+|das\s+)?(?=\p{L}+\s*[.:!]$))?(verschiedenes|anfragen|mitteilungen(?:\s+der\s+verwaltung)?|bekanntgaben|einwohnerfragestunde|bürgerfragestunde|fragestunde|einwohnerfragen|bürgerfragen|bürgeranfragen|einwohneranfragen|anregungen\s+und\s+beschwerden|sonstiges)(?![\p{L}])/iu;
/** "Infos vom Bauamt noch.", "Informationen der Verwaltung.": a standing item named in a short sentence of its own. */
export const STANDING_SHORT = /^(?:(?:gut|so|also|dann|und\s+dann|jetzt|nun|und)[,.]?\s+)*(infos?|informationen)(?:\s+(?:vom|von\s+der|aus\s+dem|der|des|aus\s+der)\s+\p{L}+)?(?:\s+noch)?\s*[.:!]?$/iu;
/** A bare sub-item or number after "(und) dann": "Und dann 4 b die frühzeitige Beteiligung". */
export const BARE_NUMBER_CALL = /^(?:(?:gut|so|also)[,.]?\s+)?(?:(?:und\s+)?dann|jetzt|nun|weiter\s+mit|zuerst|zunächst|als\s+erstes|erstens|(?:wir\s+)?beginnen(?:\s+wir)?\s+mit)\s+(\d{1,2}(?:\.\d{1,2})?(?:\s?[a-h])?)(?![\p{L}\d])/iu;

/** A joint vote proposed on consent: "Wenn niemand widerspricht, stimmen wir über die Punkte 5 bis 7 gemeinsam ab." – procedure, not a decision. */
export const JOINT_VOTE_PROPOSAL = re(String.raw`(?:gemeinsam|zusammen|en\s*bloc|im\s+block|in\s+einem\s+abstimmungsgang)[^.?!]{0,40}(?:ab(?:stimmen)?${R}|abzustimmen)|(?:abstimmen|stimmen\s+wir)[^.?!]{0,60}(?:gemeinsam|zusammen|en\s*bloc|im\s+block)`);

/** Any sign that the non-public part begins. */
export const NONPUBLIC_START = re(
  String.raw`nicht\s?-?öffentliche[nr]?\s+(?:teil|sitzung|sitzungsteil|beratung|part)|nichtöffentlich(?:keit)?|(?:stelle|stellen)\s+(?:\S+\s+){0,2}nicht-?öffentlichkeit\s+her|öffentlichkeit[^.!?]{0,80}(?:ausgeschlossen|ausschließen|ausschluss|verlassen|hinaus)|(?:ausschluss|ausschließung)\s+der\s+öffentlichkeit|(?:gäste|zuhörer(?:innen)?|zuschauer(?:innen)?|besucher(?:innen)?|presse|pressevertreter(?:innen)?|öffentlichkeit)[^.!?]{0,100}(?:(?:raum|saal|sitzungssaal|tribüne)\s+zu\s+verlassen|(?:raum|saal|tribüne)\s+(?:verlassen|räumen)|${L}(?:hinaus|raus|heraus|nach\s+draußen|vor\s+die\s+tür)${R})|(?:livestream|übertragung|aufzeichnung)[^.!?]{0,60}(?:beenden|beendet|abgeschaltet|abschalten|unterbrochen|stoppen)|(?:schließe|beende)\s+(?:\S+\s+){0,2}öffentlichen\s+teil|öffentliche[rn]?\s+teil[^.!?]{0,40}(?:beendet|geschlossen|abgeschlossen|zu\s+ende)|unter\s+ausschluss|schließ\p{L}*\s+(?:[^.!?]{0,40}\s)?öffentlichkeit\s+aus${R}|geschlossene[nr]?\s+(?:teil|sitzung|sitzungsteil)|hinter\s+verschlossenen\s+türen|nicht\s+(?:dem|zum)\s+(?:gremium|ausschuss|rat|kreistag|gemeinderat|stadtrat)\s+(?:an)?gehör\p{L}*[^.!?]{0,80}(?:hinaus|raus|verlassen|gehen|draußen)|(?:gäste|zuhörer(?:innen)?|zuschauer(?:innen)?|besucher(?:innen)?|presse|pressevertreter(?:innen)?)[^.!?]{0,60}(?:zu\s+gehen|draußen\s+zu\s+warten|hinauszugehen|rauszugehen)|vertraulich(?:e[rn]?)?\s+(?:teil|beratung|sitzung)|(?:personal|grundstücks|vertrags)angelegenheiten[^.!?]{0,60}(?:nicht\s?öffentlich|vertraulich)`,
);
/**
 * A matter put off to the non-public part, said in public: "Dazu später im nichtöffentlichen Teil.", "Das
 * besprechen wir nachher unter TOP 9 nichtöffentlich." It names the non-public part but does not start it:
 * a deferral word and no act of starting it (no "jetzt", "weiter", "verlassen", "schließe", "stelle … her").
 */
export const NONPUBLIC_LATER = re(String.raw`${L}(?:später|nachher|nachher\s+noch|im\s+weiteren\s+verlauf|(?:unter|bei|in)\s+(?:tagesordnungspunkt|top|punkt)\s+\d{1,2})${R}`);
export const NONPUBLIC_ACT = re(String.raw`${L}(?:jetzt|nun|gleich|sofort|weiter|fort|verlassen|hinaus|raus|heraus|räumen|schließe|beende|beendet|ausgeschlossen|ausschließen|ausschluss|herstellen|hergestellt|stelle|stellen|wechseln|bitte|beginnt|beginnen)${R}|(?:kommen|gehen|wechseln)\s+wir\s+(?:(?:jetzt|nun|dann|damit)\s+)*(?:zum|in\s+den)\s`);
export const nonPublicDeferred = (sentence: string): boolean => NONPUBLIC_LATER.test(sentence) && !NONPUBLIC_ACT.test(sentence);
/** The public part begins again. */
export const PUBLIC_AGAIN = re(String.raw`öffentlichkeit\s+(?:ist\s+)?(?:wieder\s*(?:hergestellt|herstellen|zugelassen)|hergestellt)|stelle\s+(?:die\s+)?öffentlichkeit\s+(?:wieder\s+)?her|wieder\s+(?:zum|in\s+den)\s+öffentlichen\s+teil|(?:setzen|fahren)\s+(?:wir\s+)?(?:die\s+sitzung\s+)?(?:wieder\s+)?öffentlich\s+fort|gäste[^.!?]{0,60}wieder\s+(?:herein|hereinbitten|dazu)`);
/** Moving forward into the non-public part (what follows belongs to it). */
export const FORWARD_NONPUBLIC = re(String.raw`(?:kommen|gehen|wechseln|treten)\s+(?:wir\s+)?(?:nun\s+|jetzt\s+|damit\s+|dann\s+)*(?:zum|in\s+den)\s+nicht|(?:setzen|fahren)\s+(?:wir\s+)?(?:die\s+sitzung\s+)?(?:nun\s+|jetzt\s+)?nicht\s?-?öffentlich\s+fort|stelle[n]?\s+(?:\S+\s+){0,2}nicht-?öffentlichkeit\s+her|(?:schließe|beende)\s+(?:\S+\s+){0,2}öffentlichen\s+teil|(?:machen|geht\s*(?:es|'s))\s+(?:wir\s+)?(?:\S+\s+){0,2}nicht\s?-?öffentlich\s+weiter|verlassen|hinaus|${L}raus${R}`);

/** A spoken time inside the opening or closing sentence: "um 18:01 Uhr", "um 18.05 Uhr", "um halb sieben", "pünktlich um sechs". */
const SPOKEN_AT = String.raw`(?:(?:pünktlich\s+|genau\s+|jetzt\s+)?um\s+(?:\d{1,2}(?:[:.]\d{2})?\s+uhr(?:\s+\d{1,2})?|(?:halb|viertel\s+(?:nach|vor))\s+\S+|\p{L}+\s+uhr(?:\s+\p{L}+)?)\s+)`;
export const SESSION_OPEN = re(String.raw`(?:ich\s+)?eröffne\s+(?:hiermit\s+|nun\s+|damit\s+)?${SPOKEN_AT}?(?:hiermit\s+)?(?:die|unsere|diese)\s+(?:heutige\s+)?((?:\d{1,3}\.|[^.!?]){0,140}?)(?:sitzung|plenarsitzung|versammlung|ratssitzung)|(?:die\s+)?sitzung\s+(?:ist|wird)\s+(?:hiermit\s+|damit\s+)?${SPOKEN_AT}?eröffnet|hiermit\s+eröffne\s+ich\s+(?:die\s+)?(?:\S+\s+){0,6}sitzung`);
export const SESSION_CLOSE = re(String.raw`(?:schließe|beende)\s+(?:ich\s+)?(?:hiermit\s+|nun\s+|damit\s+|jetzt\s+)?${SPOKEN_AT}?(?:die\s+)?(?:heutige\s+)?(?:\S+\s+)?(?:sitzung|plenarsitzung)|sitzung\s+ist\s+(?:hiermit\s+|damit\s+|somit\s+)?(?:geschlossen|beendet)|damit\s+(?:ist\s+)?(?:die\s+)?(?:heutige\s+)?sitzung\s+(?:ist\s+)?(?:geschlossen|beendet)`);
export const SESSION_PAUSE = re(String.raw`unterbreche\s+(?:ich\s+)?(?:hiermit\s+|jetzt\s+|kurz\s+)?(?:die\s+)?sitzung|sitzung\s+(?:ist|wird)\s+(?:hiermit\s+|kurz\s+)?unterbrochen|(?:machen|legen)\s+wir\s+(?:jetzt\s+|nun\s+)?(?:eine\s+)?(?:kurze\s+)?pause|kurze\s+pause\s+(?:bis|von)`);
export const SESSION_RESUME = re(String.raw`(?:setzen|nehmen|fahren)\s+(?:wir\s+)?(?:die\s+sitzung\s+)?(?:wieder\s+)?(?:fort|auf)(?:\s|[.!]|$)|eröffne\s+die\s+sitzung\s+wieder|sitzung\s+wird\s+fortgesetzt|sitzung\s+ist\s+wieder\s+eröffnet|machen\s+wir\s+weiter`);

// ---------------------------------------------------------------------------------------------
// Befangenheit / Mitwirkungsverbot.

const MEMBER_TITLE = String.raw`(?:Herr|Frau|Herrn|Ratsherr|Ratsfrau|Ratsmitglied|Stadtrat|Stadträtin|Gemeinderat|Gemeinderätin|Kreisrat|Kreisrätin|Stadtverordnete[rn]?|Bezirksverordnete[rn]?|Ortsbürgermeister(?:in)?|Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Beigeordnete[rn]?|Kollege|Kollegin|sachkundige[rn]?\s+(?:Bürger(?:in)?|Einwohner(?:in)?))`;
/** A member's name after a title: "Stadträtin Dr. Anna von der Heide", "Herr Becker". */
export const PERSON = String.raw`(${MEMBER_TITLE}\s+(?:Dr\.\s+|Prof\.\s+|Dipl\.-\S+\s+)*(?:(?:von|van|de|zu|von\s+der|von\s+dem|van\s+der|de\s+la)\s+)?\p{Lu}[\p{L}'-]+(?:\s+(?:(?:von|van|de|zu|von\s+der|van\s+der)\s+)?\p{Lu}[\p{L}'-]+)?)`;

/** The speaker declares it: "Ich bin befangen", "Ich zeige meine Befangenheit an", "nehme an Beratung und Abstimmung nicht teil", "persönlich beteiligt". */
export const SELF_BIAS = re(
  String.raw`${L}ich\s+(?:melde|zeige|erkläre)\s+(?:[^.!?]{0,50}\s)?(?:meine\s+|eine\s+|einen\s+)?(?:befangenheit|ausschließungsgrund|mitwirkungsverbot)${R}|(?:für\s+mich|bei\s+mir|in\s+meiner\s+person)\s+(?:[^.!?]{0,30}\s)?(?:ein\s+)?(?:ausschließungsgrund|mitwirkungsverbot|befangenheitsgrund)[^.!?]{0,60}(?:besteht|vorliegt|gilt|greift)${R}|mich\s+(?:trifft|betrifft)\s+(?:hier\s+|in\s+diesem\s+punkt\s+)?(?:das|ein)\s+(?:mitwirkungsverbot|ausschließungsgrund)|(?:gilt|greift|besteht)\s+(?:hier\s+|bei\s+diesem\s+punkt\s+)?für\s+mich\s+(?:[^.!?]{0,30}\s)?(?:das\s+|ein\s+)?(?:mitwirkungsverbot|ausschließungsgrund|befangenheit)|ich\s+erkläre\s+mich\s+(?:[^.!?]{0,40}\s)?(?:für\s+)?persönlich\s+beteiligt|(?:für\s+mich|bei\s+mir|in\s+meiner\s+person)\s+(?:liegt|besteht|gilt)\s+(?:[^.!?]{0,30}\s)?(?:ein\s+)?(?:ausschließungsgrund|befangenheit|mitwirkungsverbot|interessenkonflikt|widerstreit)|(?:bin\s+ich|ich\s+bin)\s+(?:[^.!?]{0,50}\s)?(?:(?:von\s+der\s+(?:mitwirkung|beratung|abstimmung)\s+)?ausgeschlossen)${R}|ich\s+erkläre\s+mich\s+(?:[^.!?]{0,40}\s)?(?:für\s+)?befangen|ich\s+(?:[^.!?]{0,100}\s)?nicht\s+mitwirken\s+(?:darf|kann|werde)|ich\s+darf\s+(?:[^.!?]{0,80}\s)?nicht\s+mitwirken|(?:ich\s+bin|bin\s+ich)\s+(?:[^.!?]{0,60}\s)?von\s+der\s+(?:mitwirkung|beratung|abstimmung)(?:\s+[^.!?]{0,30})?\s+ausgeschlossen|persönlich\s+beteiligt[^.!?]{0,10}[,;–]\s*ich\s+nehme\s+nicht\s+teil|ich\s+(?:erkläre\s+mich\s+(?:hier\s+|in\s+diesem\s+punkt\s+|zu\s+diesem\s+punkt\s+|bei\s+[^.!?]{0,40})?(?:für\s+)?befangen|bin\s+(?:[^.!?]{0,60}\s)?(?:befangen|persönlich\s+beteiligt|(?:vom\s+)?mitwirkungsverbot\s+betroffen)|zeige\s+(?:hiermit\s+)?(?:meine\s+)?befangenheit\s+an|melde\s+(?:hiermit\s+)?(?:meine\s+)?befangenheit\s+an|erkläre\s+(?:hiermit\s+)?(?:meine\s+)?befangenheit|nehme\s+(?:an\s+)?(?:der\s+)?(?:beratung|abstimmung)[^.!?]{0,40}nicht\s+teil|werde\s+(?:an\s+)?(?:der\s+)?(?:beratung|abstimmung)[^.!?]{0,40}nicht\s+teilnehmen|darf\s+(?:hier\s+)?nicht\s+mitwirken|unterliege\s+(?:hier\s+)?(?:dem\s+)?mitwirkungsverbot|muss\s+mich\s+(?:[^.!?]{0,40}\s)?(?:für\s+)?befangen\s+erklären)|(?:muss|werde|möchte)\s+ich\s+mich\s+(?:[^.!?]{0,40}\s)?(?:für\s+)?befangen\s+erklären|(?:anlieger(?:in)?|eigentümer(?:in)?|angehörige[rn]?|persönlich\s+betroffen)[^.!?]{0,80}(?:nehme|nehmen)\s+(?:[^.!?]{0,30}\s)?nicht\s+teil|meine\s+befangenheit\s+(?:an|erklären|anzeigen)|wegen\s+befangenheit\s+(?:verlasse|gehe|nehme)|bin\s+ich\s+(?:[^.!?]{0,40}\s)?(?:befangen|persönlich\s+beteiligt)|erkläre\s+ich\s+mich\s+(?:[^.!?]{0,40}\s)?(?:für\s+)?befangen|(?:ich|mein|mich|mir)[^.!?]{0,120}(?:widerstreit\s+der\s+interessen|interessenkollision|sonderinteresse)|(?:widerstreit\s+der\s+interessen|interessenkollision)[^.!?]{0,80}(?:\svor|ich\s)|ich\s+(?:muss|möchte)\s+(?:hier\s+)?(?:meine\s+)?befangenheit|(?:dass|weil)\s+ich\s+[^.!?]{0,140}(?:befangen|persönlich\s+beteiligt|mitwirkungsverbot\s+unterliege)\s+bin`,
);
/**
 * A reference to the Befangenheit rule of a Land's local government law, as members cite it: "§ 31 GO NRW",
 * "§ 18 GemO", "§ 20 SächsGemO", "Artikel 49 GO", "§ 41 NKomVG", "§ 25 HGO", "§ 24 KV M-V", "§ 33 KVG LSA",
 * "§ 38 ThürKO", "§ 22 BbgKVerf", "§ 22 GO SH", "§ 27 KSVG".
 */
export const LAW_REFERENCE = re(
  String.raw`(?:§{1,2}|${L}paragra(?:f|ph)(?:en)?|${L}art(?:ikel|\.))\s*\d+[a-z]?(?:\s*(?:abs(?:atz|\.)?|satz|nr\.?|ziffer)\s*\d+)*\s+(?:(?:der|des)\s+)?(?:go\s*nrw|go\s*sh|gemo(?:\s*(?:bw|rp|rlp))?|sächsgemo|thürko|bbgkverf|kv\s*m-?v|kvg\s*lsa|nkomvg|hgo|baygo|ksvg|gemeindeordnung|kommunalverfassung(?:sgesetz)?|(?:land)?kreisordnung|lkro|kro|go)${R}`,
);
/** What a member citing the law declares: ausgeschlossen, befangen, does not take part, leaves the table. */
const LAW_BIAS_ACT = re(String.raw`nicht\s+teil|ausgeschlossen|befangen|beteiligt|${L}verlasse${R}|nicht\s+mit(?:wirken|${R})|mitwirkungsverbot|ausschließungsgrund|(?:liegt|besteht)\s+[^.!?]{0,80}${L}vor${R}|${L}vor\s*[.!]?$|(?:setze|begebe)\s+(?:ich\s+)?mich|(?:zuschauer|zuhörer|besucher)\p{L}*|${L}(?:raus|hinaus|nach\s+hinten)${R}`);
/** A general reminder of the rule by the chair, not a declaration: "Ich weise auf § 31 GO NRW hin: wer befangen ist, …". */
const LAW_REMINDER = re(String.raw`${L}(?:wer|jemand|falls|sollte[n]?|möge[n]?|bitte|hinweis\p{L}*|weise|erinner\p{L}*|ggf|gegebenenfalls|wenn|ob)${R}`);
const FIRST_PERSON = re(String.raw`${L}(?:ich|mich|mir)${R}`);
/** "Ich halte § 31 GO NRW hier nicht für einschlägig": the law named to deny a Befangenheit. */
const LAW_DENIED = re(String.raw`nicht\s+(?:[^.!?]{0,20}\s)?(?:befangen|ausgeschlossen|beteiligt|einschlägig|betroffen)|${L}kein(?:e|en)?\s+(?:befangenheit|ausschließungsgrund|mitwirkungsverbot|fall)${R}`);
/** A Befangenheit denied, or the rule recalled to everyone: "ich bin nicht befangen", "Ich erinnere an die Pflicht, …", "wer befangen ist, …". */
export const BIAS_DENIED = re(String.raw`nicht\s+(?:\S+\s+)?(?:befangen|ausgeschlossen|persönlich\s+beteiligt|einschlägig)|${L}kein(?:e|en)?\s+(?:befangenheit|ausschließungsgrund|mitwirkungsverbot|interessenkollision)`);
export const BIAS_REMINDER = re(String.raw`erinnere\s+(?:ich\s+)?(?:sie\s+|alle\s+)?an|weise\s+(?:ich\s+)?(?:sie\s+|alle\s+)?(?:auf|darauf)\s|hinweis\s+auf|${L}wer\s+(?:[^.!?]{0,40}\s)?(?:befangen|betroffen|beteiligt)`);
const OWN_DECLARATION = re(String.raw`(?:dass|weil)\s+ich|${L}ich\s+bin${R}|${L}bin\s+ich${R}`);
/** "Ich weise darauf hin, dass ich befangen bin" declares; "Ich weise darauf hin: wer befangen ist, …" recalls the rule. */
export const biasRecalledOrDenied = (sentence: string) => BIAS_DENIED.test(sentence) || (BIAS_REMINDER.test(sentence) && !OWN_DECLARATION.test(sentence));

/** A member declares Befangenheit by citing the law: "Für mich gilt § 38 ThürKO, ich nehme nicht teil.", "Ich bin nach § 18 GemO befangen." */
/** "Ausschließungsgrund nach § 31, ich gehe raus": a bare section with the rule's own word. */
const BARE_SECTION_WITH_RULE = re(String.raw`(?:ausschließungsgrund|mitwirkungsverbot|befangen\p{L}*|persönlich\s+beteiligt)[^.!?]{0,40}(?:§|${L}paragra(?:f|ph)|${L}art(?:ikel|\.))\s*\d+|(?:§|${L}paragra(?:f|ph)|${L}art(?:ikel|\.))\s*\d+[^.!?]{0,40}(?:ausschließungsgrund|mitwirkungsverbot|befangen|persönlich\s+beteiligt)`);
export function lawCitedBias(sentence: string): boolean {
  return (LAW_REFERENCE.test(sentence) || BARE_SECTION_WITH_RULE.test(sentence)) && FIRST_PERSON.test(sentence) && LAW_BIAS_ACT.test(sentence) && !LAW_REMINDER.test(sentence) && !LAW_DENIED.test(sentence);
}

/** A member named with a title (case-sensitive: names are capitalised) … */
export const PERSON_NAMED = new RegExp(PERSON, 'gu');
/** … and what the chair says about them right after (case-insensitive). */
export const BIAS_AFTER_PERSON = re(
  String.raw`^\s*(?:(?:hat|zeigt|meldet)\s+(?:seine|ihre)\s+befangenheit|(?:hat|zeigt|meldet|erklärt)\s+(?:mir\s+|uns\s+|dem\s+vorsitz\s+|vorab\s+|rechtzeitig\s+)*(?:seine\s+|ihre\s+|eine[n]?\s+|die\s+)?(?:befangenheit|ausschließungsgrund|mitwirkungsverbot)|(?:liegt|besteht|gilt|greift)\s+(?:hier\s+|bei\s+diesem\s+punkt\s+)?(?:ein\s+|das\s+)?(?:ausschließungsgrund|mitwirkungsverbot|befangenheit)|,\s*sie\s+sind\s+(?:[^.!?]{0,30}\s)?(?:befangen|ausgeschlossen)${R}|(?:ist|hat\s+sich|erklärt\s+sich|hat\s+(?:seine|ihre)\s+befangenheit|zeigt\s+(?:seine|ihre)\s+befangenheit|hat\s+befangenheit|nimmt|verlässt|unterliegt|ist\s+nach|wird|hat\s+(?:mir\s+|uns\s+)?(?:(?:vor\s+der\s+sitzung|vorab|vorher|heute|schriftlich|rechtzeitig|bereits|schon)\s+)*(?:mitgeteilt|angezeigt|erklärt|gemeldet|signalisiert),?\s+dass\s+(?:er|sie))[^.!?]{0,120}(?:befangen|befangenheit|mitwirkungsverbot|widerstreit\s+der\s+interessen|(?:beratung|abstimmung)[^.!?]{0,30}nicht\s+teil|persönlich\s+beteiligt|nicht\s+mit(?:wirk|berat|stimm)\p{L}*|nach\s+(?:art(?:ikel|\.)?|§|paragraf)\s*\d+[^.!?]{0,30}nicht\s+teil)|(?:ist|wird)\s+(?:[^.!?]{0,30}\s)?von\s+der\s+(?:beratung|abstimmung|mitwirkung)[^.!?]{0,40}ausgeschlossen|wirkt\s+(?:hier\s+|bei\s+diesem\s+punkt\s+)?(?:nach|gemäß|wegen)\s+[^.!?]{0,50}\snicht\s+mit|(?:ist|wird|bleibt)\s+(?:hier\s+|bei\s+diesem\s+punkt\s+)?(?:nach|gemäß|wegen)\s+[^.!?]{0,50}(?:ausgeschlossen|befangen|nicht\s+(?:teil|mit)${R})|(?:gilt|greift|besteht)\s+(?:hier\s+)?(?:das\s+|ein\s+)?(?:mitwirkungsverbot|ausschließungsgrund))`,
);
/** "Frau Dr. Selle hat mir das angezeigt": the member named right after a sentence on the Mitwirkungsverbot of a role ("die Oberbürgermeisterin … darf nach § 33 nicht mitwirken"). */
export const BIAS_ANAPHOR = re(String.raw`^\s*(?:hat|hatte)\s+(?:mir|uns|dem\s+vorsitz)\s+(?:das|dies)\s+(?:auch\s+|so\s+|vorab\s+)?(?:angezeigt|mitgeteilt|gemeldet|erklärt)`);
/** A sentence on someone's exclusion that names no member (a role, "er", "sie"): the next sentence may name them. */
export const BIAS_UNNAMED = re(String.raw`(?:darf|dürfen|kann)\s+(?:[^.!?]{0,40}\s)?nicht\s+mitwirken|mitwirkungsverbot|ausschließungsgrund|befangen|widerstreit\s+der\s+interessen|(?:beratung|abstimmung)[^.!?]{0,30}nicht\s+teil`);
/** A member by first name with an article, as in Bavarian sessions: "der Thomas nimmt nach Artikel 49 nicht teil". */
export const ARTICLE_NAME = /(?:der|die)\s+(\p{Lu}[\p{L}-]+)(?=\s)/gu;
/** A declaration made early for a later item: "zu TOP 7", "bei Tagesordnungspunkt 5", "für Punkt 4 b". */
export const BIAS_FOR_ITEM = re(String.raw`(?:zu|zum|bei|beim|für|unter|in)\s+(?:dem\s+)?${ITEM_WORD}\s+${ITEM_NUMBER}`);
/** The Land's law cited for the form; the draft names the general rule when the Land is unknown. */
export const BIAS_MENTION = re(String.raw`befangen|befangenheit|mitwirkungsverbot|widerstreit\s+der\s+interessen|persönlich\s+beteiligt|(?:beratung|abstimmung)[^.!?]{0,40}nicht\s+teil`);

/** Phrases only the chair uses; the speakers who say them most are the chairs of the session. */
export const CHAIR_PHRASE = re(String.raw`wer\s+(?:ist|stimmt)\s+(?:dafür|dagegen|zu)|gegenstimmen\?|enthaltungen\?|enthält\s+sich|ich\s+rufe|rufe\s+[^.]{0,40}auf|ich\s+erteile|erteile\s+ich\s+[^.]{0,80}das\s+wort|bitte\s+ich\s+[^.]{0,80}(?:ans\s+rednerpult|nach\s+vorne|um\s+(?:ihre|seine)\s+rede)|(?:überweisen|vertagen)\s+wir|das\s+wort\s+hat|hat\s+das\s+wort|damit\s+ist\s+[^.]{0,80}(?:angenommen|abgelehnt|überwiesen)|ich\s+eröffne|ich\s+schließe|wir\s+kommen\s+zu(?:m)?\s+(?:tagesordnungspunkt|top|punkt|abstimmung)|handzeichen`);
