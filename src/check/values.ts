/**
 * Reading and checking single values the way German forms write them: dates (01.03.2026,
 * 1.3.26, 2026-03-01, 1. März 2026), amounts (1.234,56 €), IBAN (ISO 13616 checksum via
 * ibantools), postcodes and e-mail addresses. Pure functions.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  januar: 1, jan: 1, jänner: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, mrz: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
};

/** A date written in the text: numeric (d.m.yyyy, d.m.yy, yyyy-mm-dd) or with a German month name. */
export const DATE_PATTERN = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})\.\s?(januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|mrz|apr|jun|jul|aug|sept?|okt|nov|dez)\.?\s+(\d{4})\b/i;

export function isRealDate(d: CalendarDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1900 || d.year > 2200) return false;
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCFullYear() === d.year && probe.getUTCMonth() === d.month - 1 && probe.getUTCDate() === d.day;
}

/**
 * The first date in `text`: `{ date }` when it exists in the calendar, `{ invalid }` with the
 * written text when it looks like a date but does not exist (31.02.2026), else undefined.
 */
export function findDate(text: string): { date: CalendarDate; text: string } | { invalid: string } | undefined {
  const m = DATE_PATTERN.exec(text);
  if (!m) return undefined;
  let d: CalendarDate;
  if (m[1]) {
    const y = Number(m[3]);
    d = { day: Number(m[1]), month: Number(m[2]), year: m[3].length === 2 ? 2000 + y : y };
  } else if (m[4]) {
    d = { year: Number(m[4]), month: Number(m[5]), day: Number(m[6]) };
  } else {
    d = { day: Number(m[7]), month: MONTHS[m[8].toLowerCase().replace(/\.$/, '')] ?? 0, year: Number(m[9]) };
  }
  return isRealDate(d) ? { date: d, text: m[0] } : { invalid: m[0] };
}

export function formatDate(d: CalendarDate): string {
  return `${String(d.day).padStart(2, '0')}.${String(d.month).padStart(2, '0')}.${d.year}`;
}

export function toIso(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

export function fromIso(iso: string): CalendarDate {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** Days since 1970-01-01 (for comparing and adding days without time zones). */
export function dayNumber(d: CalendarDate): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): CalendarDate {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** An amount or number as written in German ("1.234,56 €", "12,5", "3000") → number. */
export const AMOUNT_PATTERN = /(?<![\d.,])-?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])-?\d+(?:,\d+)?(?![\d])|(?<![\d.,])-?\d+\.\d{1,2}(?![\d.])/;

export function findAmount(text: string): { value: number; text: string } | undefined {
  const m = AMOUNT_PATTERN.exec(text.replace(/(\d)\s+(?=\d{3}\b)/g, '$1.'));
  if (!m) return undefined;
  const raw = m[0];
  // "12.50" (English decimal point, two digits) vs "1.250" (German thousands).
  const value = /^-?\d+\.\d{1,2}$/.test(raw) ? Number(raw) : Number(raw.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? { value, text: raw } : undefined;
}

export function formatAmount(n: number): string {
  return n.toLocaleString('de-DE', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 });
}

/** IBAN candidates in text: two letters, two digits, then groups (spaces allowed). */
export const IBAN_PATTERN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/i;

export function findIban(text: string): { iban: string; text: string; valid: boolean } | undefined {
  const m = IBAN_PATTERN.exec(text);
  if (!m) return undefined;
  const iban = electronicFormatIBAN(m[0].toUpperCase()) ?? m[0].replace(/\s/g, '').toUpperCase();
  return { iban, text: m[0], valid: isValidIBAN(iban) };
}

/** German postcode: five digits, 01001–99998. */
export function findPlz(text: string): { plz: string; valid: boolean } | undefined {
  const m = /(?<!\d)\d{4,6}(?!\d)/.exec(text);
  if (!m) return undefined;
  const n = Number(m[0]);
  return { plz: m[0], valid: m[0].length === 5 && n >= 1001 && n <= 99998 };
}

export const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/** "ja", "x", "☒" … → true; "nein", "☐", "[ ]" … → false; else undefined. */
export function readCheckbox(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (/^(ja|yes|x|\[x\]|☒|☑|✓|✔|true|zutreffend|angekreuzt)\b/.test(t)) return true;
  if (/^(nein|no|\[ \]|\[\]|☐|false|nicht zutreffend|entfällt|-)(?:\s|$|[.,;])/.test(t) || t === '☐') return false;
  return undefined;
}
