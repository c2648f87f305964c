/**
 * Who was there: attendance (report or export) and speakers, mapped onto an optional members list
 * (Fraktion, role, substitutes). Present by Fraktion, absent (entschuldigt), administration and guests.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { MinutesItem, PersonEntry } from './draft-schema.js';
import type { AgendaMembership, Attendance, Member } from './types.js';

const TITLES = /\b(?:dr|prof|herr|frau|ratsherr|ratsfrau|dipl|ing)\.?\s+/giu;

/** Comparable key for a name: "Schmitz, Dr. Anna (Stadt Krefeld)" ≙ "Anna Schmitz". */
export function nameKey(name: string): string {
  let n = name.replace(/\([^)]*\)/g, ' ').replace(TITLES, ' ').trim();
  const comma = /^([^,]+),\s*(.+)$/.exec(n);
  if (comma) n = `${comma[2]} ${comma[1]}`;
  return n.toLowerCase().split(/\s+/).filter(Boolean).sort().join(' ');
}

/** Resolves "Herr Becker" to a known full name by last name, when exactly one matches. */
export function resolveName(spoken: string, known: string[]): string {
  const key = nameKey(spoken);
  const exact = known.find((k) => nameKey(k) === key);
  if (exact) return exact;
  const last = spoken.replace(TITLES, ' ').trim().split(/\s+/).pop()?.toLowerCase();
  const hits = known.filter((k) => k.replace(/\([^)]*\)/g, ' ').trim().toLowerCase().split(/[\s,]+/).includes(last ?? ''));
  return hits.length === 1 ? hits[0] : spoken;
}

const memberSchema = z.object({
  name: z.string().min(1),
  fraction: z.string().optional(),
  fraktion: z.string().optional(),
  role: z.string().optional(),
  rolle: z.string().optional(),
  substituteFor: z.string().optional(),
  vertretungFuer: z.string().optional(),
  email: z.string().optional(),
});

/** Reads a members list: JSON array or CSV with columns name/Name, Fraktion, Rolle, Vertretung für, E-Mail. */
export function parseMembers(content: string): Member[] {
  const text = content.replace(/^\uFEFF/, '').trim();
  let rows: Record<string, string>[];
  if (text.startsWith('[')) {
    rows = JSON.parse(text) as Record<string, string>[];
  } else {
    const delimiter = text.split('\n')[0].includes(';') ? ';' : text.split('\n')[0].includes('\t') ? '\t' : ',';
    const raw = parse(text, { delimiter, columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
    rows = raw.map((r) => ({ name: r.name, fraktion: r.fraktion ?? r.fraction, rolle: r.rolle ?? r.role, vertretungFuer: r['vertretung für'] ?? r['vertretung fuer'] ?? r.substitutefor, email: r['e-mail'] ?? r.email }));
  }
  return rows.map((r, i) => {
    const p = memberSchema.safeParse(r);
    if (!p.success) throw new AppError('invalidInput', `members row ${i + 1}`, `Die Mitgliederliste ist in Zeile ${i + 1} unvollständig (Name fehlt).`);
    const m = p.data;
    return {
      name: m.name,
      ...(m.fraction ?? m.fraktion ? { fraction: m.fraction ?? m.fraktion } : {}),
      ...(m.role ?? m.rolle ? { role: m.role ?? m.rolle } : {}),
      ...(m.substituteFor ?? m.vertretungFuer ? { substituteFor: m.substituteFor ?? m.vertretungFuer } : {}),
      ...(m.email ? { email: m.email } : {}),
    };
  });
}

/**
 * Members from the body's OParl memberships: group, and the role in the words the roster and the
 * Niederschrift use (Vorsitz, Stellvertretung, Schriftführung, beratendes Mitglied, Mitglied).
 */
export function membersFromMemberships(memberships: AgendaMembership[]): Member[] {
  return memberships.map((m) => {
    const r = (m.role ?? '').toLowerCase();
    const role = /schriftführ|protokoll/u.test(r)
      ? 'Schriftführung'
      : /stellv[^ ]*\s*(?:des\s+)?vorsitz|stellvertretende[rn]?\s+vorsitzende/u.test(r)
        ? 'stellv. Vorsitz'
        : /vorsitz/u.test(r)
          ? 'Vorsitz'
          : /stellv|vertret/u.test(r)
            ? 'Stellvertretung'
            : m.votingRight === false || /beratend|sachkundig|ohne\s+stimmrecht/u.test(r)
              ? 'beratendes Mitglied'
              : 'Mitglied';
    return { name: m.name, ...(m.group ? { fraction: m.group } : {}), role, ...(m.email ? { email: m.email } : {}) };
  });
}

export interface Roster {
  present: PersonEntry[];
  absent: PersonEntry[];
  guests: PersonEntry[];
  /** People entitled to vote who were present (for plausibility of counts); undefined when unknown. */
  voters?: number;
  clerk?: string;
  chair?: string;
  /** Room devices and unattributed voices: named for review, never listed as attendees. */
  notAttendees?: string[];
}

/** A voice Teams could not attribute ("Unknown Speaker", "Sprecher 2"). */
export function isUnknownVoice(name: string): boolean {
  return /^(?:unknown|unbekannt)(?:\s+speaker|\s+sprecher)?(?:\s*\d+)?$|^(?:speaker|sprecher)\s*\d+$/iu.test(name.trim());
}

/** A Teams Room or other device account ("Raum A 1.20", "Ratssaal", "Konferenzraum 3"), or an unknown voice. */
export function isDeviceOrUnknown(name: string): boolean {
  return /^(?:raum|room|saal|ratssaal|sitzungssaal|konferenzraum|besprechungsraum|sitzungsraum|meeting\s*room|teams\s*room|mtr[-\s])/iu.test(name.trim()) || /teams[-\s]?room|\bsurface\s+hub\b|\bkonferenzsystem\b/iu.test(name) || isUnknownVoice(name);
}

const GUEST_ROLES = /verwaltung|gast|sachkundig|beigeordnet|dezernent|presse|referent|beratend/iu;
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Minutes of grace before "ab …" / after "bis …": joining Teams a little after the opening is no late arrival. */
const LATE_GRACE_MINUTES = 5;
const MEETING_GRACE_MINUTES = 10;
const CLOCK = /^\d\d:\d\d$/;

/**
 * Builds the roster. Without attendance, speakers count as present; without a members list, every
 * attendee is listed as present without Fraktion. "ab"/"bis" notes are only for real late arrivals and
 * early departures: measured against the session's opening and closing (`session`, clock times) where
 * known, else against the Teams meeting, so joining before the opening or staying online after the
 * closing is no note.
 */
export function buildRoster(attendance: Attendance | undefined, speakers: string[], members: Member[] = [], session: { start?: string | null; end?: string | null } = {}): Roster {
  const seen = new Map<string, { name: string; joined?: string; left?: string; email?: string }>();
  const notAttendees: string[] = [];
  let organizer: string | undefined;
  for (const a of attendance?.attendees ?? []) {
    if (isDeviceOrUnknown(a.name)) {
      if (!notAttendees.includes(a.name)) notAttendees.push(a.name);
      continue;
    }
    if (!organizer && /organi[sz]/iu.test(a.role ?? '')) organizer = a.name;
    seen.set(nameKey(a.name), { name: a.name, joined: a.joined, left: a.left, email: a.email });
  }
  for (const s of speakers) {
    if (isDeviceOrUnknown(s)) {
      if (!notAttendees.includes(s)) notAttendees.push(s);
      continue;
    }
    if (!seen.has(nameKey(s))) seen.set(nameKey(s), { name: s });
  }
  const extra = { ...(notAttendees.length ? { notAttendees } : {}), ...(organizer ? { clerk: organizer } : {}) };
  // The session's own opening and closing with a short grace; the Teams meeting (often opened early, left open late) with a longer one.
  const heardStart = !!session.start && CLOCK.test(session.start);
  const heardEnd = !!session.end && CLOCK.test(session.end);
  const start = heardStart ? session.start! : attendance?.meetingStart;
  const end = heardEnd ? session.end! : attendance?.meetingEnd;
  const note = (p: { joined?: string; left?: string }): string | null => {
    const parts: string[] = [];
    if (p.joined && start && toMinutes(p.joined) - toMinutes(start) > (heardStart ? LATE_GRACE_MINUTES : MEETING_GRACE_MINUTES)) parts.push(`ab ${p.joined} Uhr`);
    if (p.left && end && toMinutes(end) - toMinutes(p.left) > (heardEnd ? LATE_GRACE_MINUTES : MEETING_GRACE_MINUTES)) parts.push(`bis ${p.left} Uhr`);
    return parts.length ? parts.join(', ') : null;
  };
  if (!members.length) {
    const present = [...seen.values()].map((p) => ({ name: p.name, fraction: null, role: null, note: note(p) }));
    return { present, absent: [], guests: [], ...(attendance ? { voters: present.length } : {}), ...extra };
  }
  const present: PersonEntry[] = [];
  const guests: PersonEntry[] = [];
  const absent: PersonEntry[] = [];
  const matched = new Set<string>();
  let clerk: string | undefined;
  let chair: string | undefined;
  for (const m of members) {
    const key = [...seen.keys()].find((k) => k === nameKey(m.name) || (!!m.email && seen.get(k)?.email?.toLowerCase() === m.email.toLowerCase()));
    const role = m.role ?? 'Mitglied';
    if (/schriftführ/iu.test(role)) clerk = m.name;
    if (/vorsitz/iu.test(role) && !/stellv/iu.test(role)) chair = m.name;
    const substitute = m.substituteFor ? `Vertretung für ${m.substituteFor}` : null;
    if (key) {
      matched.add(key);
      const n = [substitute, note(seen.get(key)!)].filter(Boolean).join('; ') || null;
      const entry = { name: m.name, fraction: m.fraction ?? null, role: m.role ?? null, note: n };
      (GUEST_ROLES.test(role) || /schriftführ/iu.test(role) ? guests : present).push(entry);
    } else if (!GUEST_ROLES.test(role) && !/schriftführ|stellvertret/iu.test(role) && !m.substituteFor) {
      absent.push({ name: m.name, fraction: m.fraction ?? null, role: m.role ?? null, note: 'entschuldigt' });
    }
  }
  for (const [key, p] of seen) if (!matched.has(key)) guests.push({ name: p.name, fraction: null, role: null, note: note(p) });
  present.sort((a, b) => (a.fraction ?? '').localeCompare(b.fraction ?? '', 'de') || a.name.localeCompare(b.name, 'de'));
  return { present, absent, guests, voters: present.length, ...extra, ...(clerk ? { clerk } : {}), ...(chair ? { chair } : {}) };
}

/**
 * "ab 17:45 Uhr" → "ab 17:45 Uhr (ab TOP 4)", "bis 18:31 Uhr" → "… (bis TOP 8)": the TOP from which the
 * person could take part in the decisions, and the last one they took part in. Each TOP counts at its
 * decisions (the last for a late arrival, the first for an early departure; its call when it has none),
 * in the order of the session, not of the agenda (a TOP brought forward). Only public TOPs are named,
 * because these notes appear in the public document too.
 */
export function annotateWithTops(people: { note: string | null }[], items: Pick<MinutesItem, 'number' | 'public' | 'found' | 'start' | 'decisions'>[]): void {
  const timed = items
    .filter((i) => i.public && i.found && i.start && CLOCK.test(i.start))
    .map((i) => {
      // A decision counts when its result was heard (its last evidence), not when the vote was called.
      const times = i.decisions.map((d) => d.evidence[d.evidence.length - 1]?.time ?? d.time).filter((t) => CLOCK.test(t)).sort();
      return { number: i.number, start: i.start!, joinBy: times[times.length - 1] ?? i.start!, leftAfter: times[0] ?? i.start! };
    })
    .sort((a, b) => a.start.localeCompare(b.start));
  for (const p of people) {
    if (!p.note) continue;
    p.note = p.note
      .replace(/ab (\d\d:\d\d) Uhr/u, (m, t: string) => {
        const top = timed.find((i) => i.joinBy >= t);
        return top ? `${m} (ab TOP ${top.number})` : m;
      })
      .replace(/bis (\d\d:\d\d) Uhr/u, (m, t: string) => {
        const top = timed.filter((i) => i.leftAfter <= t).pop();
        return top ? `${m} (bis TOP ${top.number})` : m;
      });
  }
}
