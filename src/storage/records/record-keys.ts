/**
 * Keys and ids shared by the record helpers. Records that many instances append (usage,
 * feedback) get a unique key each — never a shared counter — so concurrent writers cannot
 * overwrite one another; reports list a day range and aggregate when they read.
 */
import { createHash, randomUUID } from 'node:crypto';

/**
 * Pseudonymous user id for usage and feedback records: a SHA-256 of tenant and user id. It lets
 * the pilot report count distinct users without storing who they are; it is not anonymous for
 * someone who holds the directory's user ids.
 */
export function hashUserId(userId: string, tenantId = ''): string {
  return createHash('sha256').update(`rathaus-assistent:${tenantId}:${userId}`).digest('hex').slice(0, 32);
}

/** A unique, time-ordered key below `prefix/<YYYY-MM-DD>/`. */
export function dayKey(prefix: string, at: Date): string {
  const iso = at.toISOString();
  return `${prefix}/${iso.slice(0, 10)}/${iso.slice(11, 23).replace(/[:.]/g, '')}-${randomUUID().slice(0, 12)}`;
}

/** The UTC days from `from` to `to` inclusive, as YYYY-MM-DD. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = [];
  const end = to.toISOString().slice(0, 10);
  for (let t = Date.parse(`${from.toISOString().slice(0, 10)}T00:00:00Z`); ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > end) break;
    days.push(day);
    if (days.length > 3660) break; // ten years is more than any report asks for
  }
  return days;
}

/** Lists the keys below `prefix/<day>/` for each day of the range. */
export async function keysForDays(list: (prefix: string) => Promise<string[]>, prefix: string, from: Date, to: Date): Promise<string[]> {
  const perDay = await Promise.all(daysBetween(from, to).map((d) => list(`${prefix}/${d}/`)));
  return perDay.flat();
}
