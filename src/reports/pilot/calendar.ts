/** Months and ISO weeks of a report period (UTC days, YYYY-MM-DD). */

const DAY_MS = 86_400_000;
const MONTH = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dayEnd(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** The months touched by the period, with the number of its days in each. */
export function monthsOf(from: string, to: string): { month: string; label: string; days: number; daysInMonth: number }[] {
  const out: { month: string; label: string; days: number; daysInMonth: number }[] = [];
  for (let t = dayStart(from).getTime(); t <= dayStart(to).getTime(); t += DAY_MS) {
    const d = new Date(t);
    const month = d.toISOString().slice(0, 7);
    let row = out[out.length - 1];
    if (row?.month !== month) {
      const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      row = { month, label: MONTH.format(d), days: 0, daysInMonth };
      out.push(row);
    }
    row.days++;
  }
  return out;
}

/** Monday (YYYY-MM-DD) of the ISO week of an instant. */
export function weekStart(at: string): string {
  const d = dayStart(at.slice(0, 10));
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  return new Date(d.getTime() - weekday * DAY_MS).toISOString().slice(0, 10);
}

/** "KW 41/2026" for the week that starts on a Monday. */
export function weekLabel(monday: string): string {
  const d = dayStart(monday);
  const thursday = new Date(d.getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = dayStart(`${year}-01-04`);
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  const week = Math.round((d.getTime() - firstMonday) / (7 * DAY_MS)) + 1;
  return `KW ${week}/${year}`;
}

/** The Mondays of every week that overlaps the period. */
export function weeksOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = dayStart(weekStart(from)).getTime(); t <= dayStart(to).getTime(); t += 7 * DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
