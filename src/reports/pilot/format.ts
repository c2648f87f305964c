/** German number formats shared by the Word file, the chat card and the CLI. */
const INT = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const DEC1 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const EUR = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const EUR_FINE = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 4 });
const PCT = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });
const DAY = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

export const SUPPRESSED = `–`;

export const fmtInt = (n: number | null) => (n === null ? SUPPRESSED : INT.format(n));
export const fmtHours = (n: number) => `${DEC1.format(n)} Std.`;
export const fmtEur = (n: number | null) => (n === null ? SUPPRESSED : EUR.format(n));
/** Small amounts (cost per question) with up to four decimals. */
export const fmtEurFine = (n: number | null) => (n === null ? SUPPRESSED : EUR_FINE.format(n));
export const fmtPct = (n: number | null) => (n === null ? SUPPRESSED : PCT.format(n));
export const fmtDay = (day: string) => DAY.format(new Date(`${day}T12:00:00Z`));
export const fmtPeriod = (from: string, to: string) => `${fmtDay(from)} bis ${fmtDay(to)}`;
