/**
 * Deadlines "mindestens N … vor Beginn" in calendar days, weeks, months or working days. Working
 * days are Monday to Friday without the public holidays of the configured Land (feiertagejs).
 * The start day itself does not count: 5 Arbeitstage vor Montag, 9.3., is Montag, 2.3.
 */
import { isHoliday } from 'feiertagejs';
import { dayNumber, fromDayNumber, type CalendarDate } from './values.js';

/** Two-letter code of a German Land as feiertagejs knows it (NW, BY, BE, …) or BUND. */
export const LAENDER = ['BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH', 'BUND'] as const;
export type Land = (typeof LAENDER)[number];

export type DeadlineUnit = 'kalendertage' | 'arbeitstage' | 'wochen' | 'monate';

export const UNIT_WORDS: Record<DeadlineUnit, [string, string]> = {
  kalendertage: ['Kalendertag', 'Kalendertage'],
  arbeitstage: ['Arbeitstag', 'Arbeitstage'],
  wochen: ['Woche', 'Wochen'],
  monate: ['Monat', 'Monate'],
};

export function isPublicHoliday(d: CalendarDate, land: Land): boolean {
  // feiertagejs compares local calendar dates; noon keeps any time zone on the same day.
  return isHoliday(new Date(d.year, d.month - 1, d.day, 12), land);
}

export function isWorkingDay(d: CalendarDate, land: Land): boolean {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(d, land);
}

/** The last date on which something may happen to be at least `amount` units before `start`. */
export function latestDateBefore(start: CalendarDate, amount: number, unit: DeadlineUnit, land: Land): CalendarDate {
  switch (unit) {
    case 'kalendertage':
      return fromDayNumber(dayNumber(start) - amount);
    case 'wochen':
      return fromDayNumber(dayNumber(start) - amount * 7);
    case 'monate': {
      const month = start.month - 1 - amount;
      const year = start.year + Math.floor(month / 12);
      const m = ((month % 12) + 12) % 12;
      const lastDay = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
      return { year, month: m + 1, day: Math.min(start.day, lastDay) };
    }
    case 'arbeitstage': {
      let n = dayNumber(start);
      let counted = 0;
      while (counted < amount) {
        n--;
        if (isWorkingDay(fromDayNumber(n), land)) counted++;
      }
      return fromDayNumber(n);
    }
  }
}

/** Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, land: Land): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  let count = 0;
  for (let n = Math.min(a, b) + 1; n <= Math.max(a, b); n++) if (isWorkingDay(fromDayNumber(n), land)) count++;
  return a <= b ? count : -count;
}

/** A date a number of calendar days after `from` (reply deadlines). */
export function addDays(from: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(from) + days);
}
