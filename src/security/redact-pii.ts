/**
 * Optional redaction (REDACT_PII=true) of personal data before text goes to a language model:
 * IBAN, e-mail addresses, phone numbers, German tax id (Steuer-ID) and ID card numbers.
 * Pure and conservative: checksums (IBAN mod 97, Steuer-ID ISO 7064, ICAO 9303) keep dates,
 * amounts, file numbers and postcodes from being blanked.
 */

export type PiiKind = 'iban' | 'email' | 'phone' | 'taxId' | 'idCard';

export interface RedactionResult {
  text: string;
  /** How many of each kind were replaced. */
  counts: Record<PiiKind, number>;
}

/** Placeholders are German: the model reads them and may mention them in the answer. */
export const PII_PLACEHOLDER: Record<PiiKind, string> = {
  iban: '[IBAN entfernt]',
  email: '[E-Mail entfernt]',
  phone: '[Telefonnummer entfernt]',
  taxId: '[Steuer-ID entfernt]',
  idCard: '[Ausweisnummer entfernt]',
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Country code, check digits, then 11–30 alphanumerics, optionally in groups of four.
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;
const TAX_ID = /(?<![\d.,])[1-9]\d(?:[ ]?\d{3}){3}(?![\d.,]\d)/g;
// Personalausweis since 2010: 9 characters from an alphabet without vowels and easily confused
// letters, first a letter (authority code), optionally followed by the check digit.
const ID_CARD = /\b[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?\b/g;
const ID_CARD_CONTEXT = /((?:Personalausweis|Ausweis|Reisepass|Pass)(?:-?(?:nummer|nr\.?))?|Dokumentennummer)(\s*[:.]?\s*)([A-Z0-9]{9,10})\b/gi;
// German and international phone numbers: +49/0049/0 prefix, area code, subscriber number;
// separators space, slash, hyphen, "(0)". Dots are not separators, so dates and amounts stay.
const PHONE = /(?<![\w+])(?:(?:\+|00)[1-9]\d{0,2}[ ]?(?:\(0\)[ ]?)?|\(0|0)[1-9]\d{1,4}\)?(?:(?:[ ]?[-/][ ]?|[ ])?\d){3,12}(?![\w])/g;

export function redactPii(input: string): RedactionResult {
  const counts: Record<PiiKind, number> = { iban: 0, email: 0, phone: 0, taxId: 0, idCard: 0 };
  const replace = (text: string, pattern: RegExp, kind: PiiKind, accept: (match: string) => boolean = () => true) =>
    text.replace(pattern, (match) => {
      if (!accept(match)) return match;
      counts[kind]++;
      return PII_PLACEHOLDER[kind];
    });

  let text = input;
  text = replace(text, EMAIL, 'email');
  text = replace(text, IBAN, 'iban', (m) => isValidIban(m.replace(/ /g, '')));
  text = replace(text, TAX_ID, 'taxId', (m) => isValidTaxId(m.replace(/ /g, '')));
  text = text.replace(ID_CARD_CONTEXT, (match, label: string, sep: string, value: string) => {
    if (!/\d/.test(value)) return match;
    counts.idCard++;
    return `${label}${sep}${PII_PLACEHOLDER.idCard}`;
  });
  text = replace(text, ID_CARD, 'idCard', isLikelyIdCardNumber);
  text = replace(text, PHONE, 'phone', (m) => {
    const digits = m.replace(/\D/g, '');
    return digits.length >= 7 && digits.length <= 15;
  });
  return { text, counts };
}

/** Redacts only when enabled; returns the text unchanged otherwise. */
export function redactIf(enabled: boolean, text: string): string {
  return enabled ? redactPii(text).text : text;
}

/** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('DE') && iban.length !== 22) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of value) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

/**
 * Steuerliche Identifikationsnummer: 11 digits, first not 0, in the first ten digits exactly one
 * digit occurs twice or three times, check digit by ISO 7064 MOD 11,10.
 */
export function isValidTaxId(id: string): boolean {
  if (!/^[1-9]\d{10}$/.test(id)) return false;
  const occurrences = new Map<string, number>();
  for (const d of id.slice(0, 10)) occurrences.set(d, (occurrences.get(d) ?? 0) + 1);
  const repeated = [...occurrences.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  let product = 10;
  for (const d of id.slice(0, 10)) {
    let sum = (Number(d) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(id[10]);
}

/** ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35). */
export function icaoCheckDigit(value: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  [...value].forEach((ch, i) => {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    sum += v * weights[i % 3];
  });
  return sum % 10;
}

function isLikelyIdCardNumber(match: string): boolean {
  const serial = match.slice(0, 9);
  // Without context a 9-character token is only an ID number when it carries several digits
  // (words in capitals do not) and, if a 10th digit follows, that digit checks.
  if ((serial.match(/\d/g) ?? []).length < 3) return false;
  if (match.length === 10) return icaoCheckDigit(serial) === Number(match[9]);
  return true;
}
