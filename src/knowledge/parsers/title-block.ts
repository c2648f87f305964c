/**
 * Letterheads, title blocks and page furniture: the lines at the top of an official document that
 * name the authority, its unit, address, file number and date ("Stadt X · Der Bürgermeister ·
 * Rathausplatz 1 · 12345 X", "Team 31 Ordnung · Az. 31.02 · Stand: Januar 2026"), and the lines a
 * page or web page repeats ("Seite 2 von 3", "Impressum · Datenschutz"). Quoted as an answer they
 * show nothing, so chunking leaves them out of the passages. Pure.
 *
 * A line counts as such when it is short, at least one of the patterns below matches, and what
 * the patterns leave over is a few words and no sentence. A line naming a contact person
 * ("Auskunft: Frau X, Durchwahl -312") is content, not letterhead.
 */

const MONTH = '(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
/** 01.03.2025, 1. März 2026, März 2026, 02/2026, 2018. */
const DATE = `(?:\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?|${MONTH}\\s+)\\d{2,4}|${MONTH}\\s+\\d{4}|\\d{1,2}\\/\\d{4}|(?:19|20)\\d{2})`;
const NAME = '[\\p{Lu}][\\p{L}.-]*';
const UNIT = '(?:Fachbereich|Fachdienst|Fachgebiet|FB|Dezernat|Referat|Abteilung|Sachgebiet|Stabsstelle|Geschäftsbereich|Team|Amt|Sachbereich)';

const MARKERS: RegExp[] = [
  // The authority: "Stadt Wulfsbüttel", "STADT X", "Landkreis Y", "Der Bürgermeister".
  new RegExp(`\\b(?:Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Landkreis|Kreis|Hansestadt|Landeshauptstadt|Markt|Stadtverwaltung|Gemeindeverwaltung|Kreisverwaltung|Bezirksamt)\\s+[\\p{L}][\\p{L}.-]*`, 'giu'),
  /\b(?:Der|Die)\s+(?:Ober)?(?:Bürgermeister(?:in)?|Landrat|Landrätin|Amtsdirektor(?:in)?|Gemeindedirektor(?:in)?|Stadtdirektor(?:in)?|Magistrat|Kreisausschuss|Präsident(?:in)?)\b/giu,
  // The unit: "Fachbereich 3", "Team 31 Ordnung und Sicherheit", "Fachbereich 5 – Bauen", "Amt für Ordnung".
  new RegExp(`\\b${UNIT}\\s+\\d[\\d.]*(?:(?:\\s*[-–]\\s*|\\s+)(?!${UNIT}\\b)${NAME}(?:\\s+(?:und|für)\\s+${NAME}|\\s+(?!${UNIT}\\b)${NAME})?)?`, 'gu'),
  new RegExp(`\\bAmt\\s+für\\s+${NAME}(?:\\s+und\\s+${NAME})?`, 'gu'),
  // Address and contact: street and number, postcode and place, telephone, mail, web.
  new RegExp(`\\b${NAME}(?:straße|strasse|str\\.|platz|weg|allee|gasse|ring|markt|damm|ufer|wall|chaussee)\\s+\\d+\\s?[a-z]?\\b`, 'gu'),
  /\b\d{5}\s+[\p{Lu}][\p{L}-]*/gu,
  /\bPostfach\s+\d[\d\s]*/gu,
  /\b(?:Tel(?:efon)?\.?|Fax|Telefax|Mobil)\s*:?\s*[+\d(][\d\s()/+-]*\d/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /\b(?:https?:\/\/|www\.)\S+/giu,
  // File number and dates of the document.
  /\b(?:Az\.|Aktenzeichen|Gz\.|Geschäftszeichen|Unser Zeichen|Ihr Zeichen)\s*:?\s*[\w.-]+(?:\s*\/\s*\d{4})?/giu,
  new RegExp(`\\(?\\bStand\\s*:?\\s+(?:vom\\s+)?${DATE}\\)?`, 'giu'),
  new RegExp(`\\b(?:gültig|gilt)\\s+(?:ab|seit|vom)\\s+(?:dem\\s+)?${DATE}`, 'giu'),
  new RegExp(`\\bin\\s+Kraft\\s+(?:seit|ab|am)\\s+(?:dem\\s+)?${DATE}`, 'giu'),
  new RegExp(`\\bzuletzt\\s+(?:aktualisiert|geändert)(?:\\s+durch\\s+\\p{L}+)?\\s+(?:am|vom)\\s+${DATE}`, 'giu'),
  new RegExp(`\\bersetzt\\s+(?:die|das|den)?\\s*[\\p{L} .-]{0,40}?\\s+vom\\s+${DATE}`, 'giu'),
  new RegExp(`^\\s*vom\\s+${DATE}`, 'giu'),
  new RegExp(`\\b(?:Fassung|beschlossen|abgestimmt|ausgefertigt|bekannt\\s+gemacht|veröffentlicht)\\b[^·|]{0,60}?\\b(?:am|vom)\\s+${DATE}`, 'giu'),
  new RegExp(`^\\s*(?:[\\p{Lu}][\\p{L}-]*,\\s+(?:den\\s+)?)?${DATE}\\s*$`, 'gu'),
  // Page furniture and status words.
  /\bSeite\s+\d+(?:\s+von\s+\d+)?\b/giu,
  /\b(?:Nur für den Dienstgebrauch|Lesefassung|Entwurf|Impressum|Datenschutz(?:erklärung)?|Barrierefreiheit|Kontakt)\b/giu,
];

/** Page numbers and site footers: furniture wherever it stands, not only at the top. */
const FURNITURE = /\bSeite\s+\d+(?:\s+von\s+\d+)?\b|^\s*[-–]\s*\d+\s*[-–]\s*$|\b(?:Impressum|Datenschutzerklärung|Barrierefreiheit)\b/iu;

/** Lines naming a contact or asking for something are content even in a title block. */
const CONTENT = /\b(?:Frau|Herr|Ansprech\w*|Auskunft|Fragen|Rückfragen)\b|\bKontakt\s*:/iu;

/** Words that name a kind of document: what is left of a title line. */
const DOCUMENT_KIND = /(?:merkblatt|richtlinie|dienstanweisung|dienstvereinbarung|satzung|verordnung|verfügung|leitfaden|hinweise|rundschreiben|infoblatt|info-blatt|informationsblatt|checkliste|anleitung|ordnung)$/iu;

/** A word that names a kind of document ("MERKBLATT", "Dienstanweisung", "Hausordnung"). */
export function isDocumentKind(word: string): boolean {
  return DOCUMENT_KIND.test(word.trim());
}

/** A line of a letterhead longer than this many words is no letterhead. */
const MAX_WORDS = 40;
/** At most this many words (or LEFTOVER_SHARE of them) may remain besides the patterns. */
const LEFTOVER_WORDS = 3;
const LEFTOVER_SHARE = 0.4;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];

/** A separator rule ("-----", "=====", "_____"). */
export function isRule(text: string): boolean {
  return /^\s*[-=_*~·]{3,}\s*$/.test(text);
}

/** A letterhead, address, file-number, date or page line (see module comment). */
export function isTitleBlockLine(text: string): boolean {
  if (isRule(text)) return true;
  const words = wordsOf(text).length;
  if (!words || words > MAX_WORDS || CONTENT.test(text)) return false;
  let found = 0;
  let rest = text;
  for (const re of MARKERS) {
    rest = rest.replace(re, () => {
      found++;
      return ' · ';
    });
  }
  if (!found) return false;
  // What the patterns leave: a unit's name ("Zentrale Dienste", "Fuhrparkverwaltung") is fine, a sentence is not.
  const leftover = wordsOf(rest.replace(/[-=_]{3,}/g, ' '));
  // "Merkblatt Mutterschutz · Stand 04/2027": a title with its date, not a letterhead.
  if (leftover.some((w) => DOCUMENT_KIND.test(w))) return false;
  if (/\p{L}{2,}[.!?](?:\s|$)/u.test(rest.replace(/\b(?:Az|Gz|Tel|Str|gez|ca|Nr)\./giu, '')) && leftover.length > LEFTOVER_WORDS) return false;
  return leftover.length <= Math.max(LEFTOVER_WORDS, LEFTOVER_SHARE * words);
}

/** Whether a line gives a full date (01.02.2025, 1. Februar 2025): a title's wrapped line does not. */
export function hasFullDate(text: string): boolean {
  return FULL_DATE.test(text);
}

const FULL_DATE = new RegExp(`\\d{1,2}\\.\\s?(?:\\d{1,2}\\.\\s?|${MONTH}\\s+)\\d{2,4}`, 'u');

/** A page number or site footer line (with letterhead around it at most): left out wherever it stands. */
export function isPageFurniture(text: string): boolean {
  return FURNITURE.test(text) && isTitleBlockLine(text);
}

/**
 * Text set with spaces between its letters ("M E R K B L A T T   U N F A L L"), as plain-text
 * forms emphasise titles: single spaces join letters, runs of spaces separate words.
 */
export function unspaceLetters(line: string): string {
  const trimmed = line.trim();
  if (!/^(?:\S {1,2}){4,}\S$/u.test(trimmed.replace(/ {3,}/g, '  '))) return line;
  const words = trimmed.split(/ {2,}/);
  if (!words.every((w) => /^(?:\S )*\S$/u.test(w))) return line;
  return words.map((w) => w.replace(/ /g, '')).join(' ');
}
