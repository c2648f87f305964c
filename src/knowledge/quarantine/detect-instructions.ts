/**
 * Planted-instruction detection (pure): text in a document, mail or page that addresses an
 * assistant or tries to change its behaviour. Retrieved content is data, never instructions;
 * a flagged passage is still findable, but it ranks below clean ones, reaches the model only
 * inside a warning marker, and never backs a generated sentence (knowledge/answer/check-answer).
 *
 * The detector looks for the class of phrasing, not for single sentences: imperative verbs that
 * only make sense towards an assistant (ignore/forget your instructions, answer only with, link
 * to, send … to an address), role changes ("du bist jetzt", "SYSTEM:"), and characters that hide
 * text from a human reader (zero-width, bidi controls). Hidden formatting is found by the parsers
 * and carried to the passage as chunk meta, where the quarantine adds the `hidden-text` flag: DOCX
 * (white, vanished or tiny runs: parsers/docx-hidden-text.ts) and HTML pages and mail bodies
 * (display:none, visibility:hidden, hidden attribute, tiny font, text in its background's colour,
 * off-screen or collapsed boxes: parsers/html-hidden-text.ts) and PDF (white on the paper,
 * render mode 3, tiny: parsers/pdf-hidden-text.ts).
 */

export type InstructionFlag =
  | 'override-instructions'
  | 'role-change'
  | 'system-prompt'
  | 'answer-control'
  | 'link-instruction'
  | 'exfiltration'
  | 'addresses-assistant'
  | 'invisible-characters'
  | 'hidden-text';

/** Characters that hide or reorder text for a human reader: zero-width and bidi controls. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

// A compound that only starts with one of these words names people or a topic ("KI-Team",
// "KI-Beauftragte", "Bot-Stammtisch"), not an assistant; one that ends in one ("KI-Assistent") does.
const ASSISTANT =
  '(?:(?:ki|ai)-(?:assistent(?:in|en)?|assistant|chat-?bot|bot|sprachmodell|modell|model|system)|ki|k\\.\\s?i\\.|assistent(?:in|en)?|chat-?bot|bot|sprachmodell|modell|llm|ai|a\\.i\\.|assistant|language model|model|copilot|gpt|chatgpt|rathaus-assistent)(?![-\\p{L}])';
const PREVIOUS = '(?:alle[ns]?|sämtliche[n]?|die|deine|ihre|jegliche|bisherigen|vorherigen|vorigen|obigen|früheren|ursprünglichen|all|any|the|your|previous|prior|above|earlier|original|system)';
const RULES = '(?:anweisung(?:en)?|instruktion(?:en)?|regeln|vorgaben|befehle|richtlinien|systemanweisung(?:en)?|prompts?|instructions?|rules|guidelines|directives|context)';

const PATTERNS: [InstructionFlag, RegExp][] = [
  ['override-instructions', new RegExp(`\\b(?:ignoriere|ignorier|ignoriert|ignorieren\\s+sie|vergiss|vergesst|vergessen\\s+sie|missachte|missachtet|missachten\\s+sie|überschreibe|setze?\\s+\\w+\\s+außer kraft|ignore|disregard|forget|override|bypass)\\b(?:\\s+\\S+){0,4}?\\s+${PREVIOUS}?\\s*(?:\\S+\\s+){0,2}${RULES}\\b`, 'iu')],
  ['override-instructions', /\b(?:neue|geänderte|aktualisierte|new|updated)\s+(?:anweisung(?:en)?|regeln|instructions?|rules)\s*[:!]/iu],
  ['role-change', /\b(?:du\s+bist\s+(?:jetzt|nun|ab\s+sofort|ab\s+jetzt|von\s+nun\s+an)|ab\s+sofort\s+bist\s+du|you\s+are\s+now|from\s+now\s+on\s+you\s+are|act\s+as|pretend\s+to\s+be|spiele?\s+die\s+rolle|verhalte\s+dich\s+(?:wie|als))\b/iu],
  ['role-change', new RegExp(`\\b(?:sie\\s+sind|you\\s+are)\\s+(?:jetzt|nun|ab\\s+sofort|now)\\s+(?:ein(?:e)?|der|die|im|in|a|an|the)\\s+(?:\\S+\\s+)?(?:${ASSISTANT}|admin\\S*|modus|mode|entwickler\\S*|developer)\\b`, 'iu')],
  ['role-change', /\b(?:admin-?modus|entwicklermodus|developer\s+mode|jailbreak|dan\s+mode|god\s*mode)\b/iu],
  ['system-prompt', /(?:^|\n|[.!?]\s)\s*(?:#{1,3}\s*)?(?:system|systemnachricht|system prompt|assistant|developer)\s*:/iu],
  ['system-prompt', /<\/?\s*(?:system|assistant|instructions?|im_start|im_end)\s*>|\[\/?(?:system|inst)\]|<\|(?:im_start|im_end|system)\|>/iu],
  ['answer-control', /\b(?:antworte\w*|antworten\s+sie|beantworte\w*|schreibe?|gib|sage?)\s+(?:\S+\s+){0,3}?(?:nur|ausschließlich|immer|stattdessen|lediglich)\s+(?:noch\s+)?(?:mit|mit\s+dem\s+wort|,|das\s+wort|folgendes|den\s+text|„|"|aus|:)/iu],
  ['answer-control', /\b(?:respond|reply|answer|say|output|print|write)\s+(?:\S+\s+){0,2}?(?:only|just|exclusively|always)\b/iu],
  ['answer-control', /\b(?:zitiere|cite)\s+(?:\S+\s+){0,3}?\[\s*\d+\s*\]/iu],
  ['answer-control', /\b(?:erwähne|verrate|sage?)\s+(?:\S+\s+){0,3}?(?:nicht|niemals|keinesfalls)\b.{0,60}\b(?:nutzer\w*|benutzer\w*|user|fragende\w*|anwender\w*)\b/iu],
  ['link-instruction', /\b(?:verlinke\w*|verweise?\s+(?:\S+\s+){0,3}?auf\s+(?:https?:|www\.)|füge\s+(?:\S+\s+){0,4}?(?:link|url)|include\s+(?:\S+\s+){0,3}?(?:link|url)|link\s+to\s+(?:https?:|www\.)|(?:leite|schicke|führe)\s+(?:\S+\s+){0,3}?(?:nutzer\w*|benutzer\w*|user|person\w*)\s+(?:\S+\s+){0,3}?(?:auf|zu|nach)\s+(?:https?:|www\.))/iu],
  // Sending is an instruction to the assistant when it is in the du-form or English, or when it
  // asks for everything ("alle Abrechnungen"); "Senden Sie den Antrag an …@…" is ordinary guidance.
  ['exfiltration', /\b(?:sende|schicke?|leite|übermittle|maile|send|forward|exfiltrate)\b(?!\s+sie\b).{0,120}?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/isu],
  ['exfiltration', /\b(?:senden|schicken|leiten|übermitteln)\s+sie\s+(?:\S+\s+){0,3}?(?:alle|sämtliche|jede|die\s+gesamte\w*|den\s+gesamten|vollständige\w*)\b.{0,120}?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/isu],
  ['exfiltration', /\b(?:gib|zeige?|liste|nenne|verrate|reveal|show|list|output|print|dump)\s+(?:\S+\s+){0,4}?(?:alle[rn]?|sämtliche|der\s+anderen|other|all)\s+(?:\S+\s+){0,3}?(?:e-?mails?|passw\w*|kennw\w*|gehälter|personaldaten|daten\s+(?:anderer|aller)|urlaubsanträge|tokens?|geheim\w*|secrets?|credentials|api.?keys?|systemprompt|system\s+prompt|anweisungen)/iu],
  ['addresses-assistant', new RegExp(`(?:^|[\\s(„"'])(?:liebe[rs]?|hallo|hey|hi|an\\s+(?:die|den|das)|für\\s+(?:die|den|das)|note\\s+to(?:\\s+the)?|hinweis\\s+(?:an|für)\\s+(?:die|den|das)|dear|attention)\\s+${ASSISTANT}\\b`, 'iu')],
  ['addresses-assistant', new RegExp(`\\b(?:wenn|falls|if)\\s+(?:du|sie|you)\\s+(?:ein(?:e)?|an?|der|die|the)\\s+${ASSISTANT}\\s+(?:bist|sind|are)\\b`, 'iu')],
  ['addresses-assistant', /\bprompt[-\s]?injection\b/iu],
];

/** The flags of one text (empty when it reads as ordinary content). */
export function detectInstructions(text: string): InstructionFlag[] {
  const flags = new Set<InstructionFlag>();
  // Bidi overrides reorder what a reader sees; zero-width characters inside words hide a phrase
  // from word search and from the eye. A byte-order mark at the start or a stray one is neither.
  const insideWords = text.match(/\p{L}[\u200B-\u200D\u2060\uFEFF]+(?=\p{L})/gu) ?? [];
  if (BIDI.test(text) || insideWords.length >= 3) flags.add('invisible-characters');
  // Hidden characters must not split a phrase past the patterns: "ign\u200Boriere".
  const visible = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ');
  for (const [flag, pattern] of PATTERNS) if (pattern.test(visible)) flags.add(flag);
  return [...flags];
}

/** German wording of a flag for warnings (`rathaus index --json`, the log, the model marker). */
export const FLAG_TEXT: Record<InstructionFlag, string> = {
  'override-instructions': 'fordert dazu auf, Anweisungen zu ignorieren',
  'role-change': 'versucht, die Rolle des Assistenten zu ändern',
  'system-prompt': 'gibt sich als Systemnachricht aus',
  'answer-control': 'schreibt dem Assistenten die Antwort vor',
  'link-instruction': 'verlangt einen Link',
  exfiltration: 'verlangt, Daten zu senden oder preiszugeben',
  'addresses-assistant': 'richtet sich an einen Assistenten',
  'invisible-characters': 'enthält unsichtbare Zeichen (Nullbreite oder Schreibrichtung)',
  'hidden-text': 'enthält versteckten Text (ausgeblendet oder weiße Schrift)',
};
