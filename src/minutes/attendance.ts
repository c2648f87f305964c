/**
 * Attendance readers: the Teams attendance CSV export (UTF-16LE, tab-separated, with "1. Summary",
 * "2. Participants" sections in English or German) or a plain UTF-8 CSV, and Graph attendanceRecords.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../core/errors.js';
import type { Attendance, Attendee } from './types.js';

/** Decodes bytes of a CSV export: BOM-marked UTF-16LE/BE or UTF-8. */
export function decodeCsv(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) {
    const swapped = Buffer.from(data.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  // UTF-16LE without BOM: every second byte of ASCII text is zero.
  if (data.length > 4 && data[1] === 0 && data[3] === 0) return data.toString('utf16le');
  return data.toString('utf8').replace(/^\uFEFF/, '');
}

const NAME_COLS = ['name', 'full name', 'vollständiger name', 'teilnehmer', 'teilnehmername'];
const JOIN_COLS = ['first join', 'erster beitritt', 'join time', 'beitrittszeit', 'erste teilnahme', 'timestamp', 'zeitstempel'];
const LEAVE_COLS = ['last leave', 'letztes verlassen', 'leave time', 'zeitpunkt des verlassens', 'letzte teilnahme'];
const EMAIL_COLS = ['email', 'e-mail', 'participant id (upn)', 'teilnehmer-id (upn)'];
const ROLE_COLS = ['role', 'rolle'];
const ACTION_COLS = ['user action', 'benutzeraktion', 'aktion'];

/** "11/21/26, 5:03:12 PM", "21.11.2026, 17:03:12", "2026-11-21T17:03:12" → { date, time "HH:MM" }. */
export function parseExportDateTime(raw: string): { date?: string; time?: string } {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})/.exec(s);
  if (m) return { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4].padStart(2, '0')}:${m[5]}` };
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2,4}),?\s+(\d{1,2}):(\d{2})/.exec(s);
  if (m) return { date: `${year(m[3])}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`, time: `${m[4].padStart(2, '0')}:${m[5]}` };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AP]M)?/i.exec(s);
  if (m) {
    let h = Number(m[4]);
    if (m[6]?.toUpperCase() === 'PM' && h < 12) h += 12;
    if (m[6]?.toUpperCase() === 'AM' && h === 12) h = 0;
    return { date: `${year(m[3])}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`, time: `${String(h).padStart(2, '0')}:${m[5]}` };
  }
  return {};
}

function year(y: string): string {
  return y.length === 2 ? `20${y}` : y;
}

/** Largest attendance export read (bytes or characters); 1,000 participants are about 150,000. */
export const MAX_ATTENDANCE_CHARS = 1_000_000;

/** Parses a Teams attendance export (any of the known layouts). */
export function parseAttendanceCsv(data: Buffer | string): Attendance {
  if (data.length > MAX_ATTENDANCE_CHARS) {
    throw new AppError('limit', `attendance too large: ${data.length}`, `Die Anwesenheitsliste ist zu groß (höchstens ${MAX_ATTENDANCE_CHARS.toLocaleString('de-DE')} Zeichen) und wurde nicht gelesen.`);
  }
  const text = Buffer.isBuffer(data) ? decodeCsv(data) : data.replace(/^\uFEFF/, '');
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const headerAt = lines.findIndex((l) => {
    const cells = splitGuess(l).map((c) => c.toLowerCase());
    return cells.some((c) => NAME_COLS.includes(c)) && cells.length >= 2;
  });
  if (headerAt < 0) {
    throw new AppError('invalidInput', 'attendance header missing', 'In der Anwesenheitsliste fehlt die Kopfzeile mit „Name“. Erwartet wird der CSV-Export der Teams-Anwesenheitsliste.');
  }
  const delimiter = delimiterOf(lines[headerAt]);
  const summary = readSummary(lines.slice(0, headerAt), delimiter);
  const body: string[] = [];
  for (const l of lines.slice(headerAt)) {
    if (!l.trim() || /^\s*\d\.\s+\S/.test(l)) break; // next section ("3. In-Meeting Activities")
    body.push(l);
  }
  const rows = parse(body.join('\n'), { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }) as string[][];
  const header = rows[0].map((h) => h.toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const [iName, iJoin, iLeave, iMail, iRole, iAction] = [col(NAME_COLS), col(JOIN_COLS), col(LEAVE_COLS), col(EMAIL_COLS), col(ROLE_COLS), col(ACTION_COLS)];
  const byName = new Map<string, Attendee>();
  let date = summary.date;
  for (const row of rows.slice(1)) {
    const name = row[iName]?.trim();
    if (!name) continue;
    const a = byName.get(name) ?? { name };
    const stamp = iJoin >= 0 ? parseExportDateTime(row[iJoin] ?? '') : {};
    date ??= stamp.date;
    const action = iAction >= 0 ? (row[iAction] ?? '').toLowerCase() : '';
    if (action.startsWith('left') || action.startsWith('verlassen') || action.includes('verließ')) {
      a.left = stamp.time ?? a.left;
    } else {
      if (stamp.time && (!a.joined || stamp.time < a.joined)) a.joined = stamp.time;
      const leave = iLeave >= 0 ? parseExportDateTime(row[iLeave] ?? '').time : undefined;
      if (leave && (!a.left || leave > a.left)) a.left = leave;
    }
    if (iMail >= 0 && row[iMail]) a.email = row[iMail];
    if (iRole >= 0 && row[iRole]) a.role = row[iRole];
    byName.set(name, a);
  }
  return { attendees: [...byName.values()], ...summary, ...(date ? { date } : {}) };
}

function splitGuess(line: string): string[] {
  return line.split(delimiterOf(line)).map((c) => c.replace(/^"|"$/g, '').trim());
}

function delimiterOf(line: string): string {
  if (line.includes('\t')) return '\t';
  return (line.match(/;/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function readSummary(lines: string[], delimiter: string): Omit<Attendance, 'attendees'> {
  const out: Omit<Attendance, 'attendees'> = {};
  for (const l of lines) {
    const [k, ...rest] = l.split(delimiter).map((c) => c.replace(/^"|"$/g, '').trim());
    const v = rest.join(' ').trim();
    const key = k?.toLowerCase() ?? '';
    if (!v) continue;
    if (key === 'meeting title' || key === 'besprechungstitel' || key === 'titel der besprechung') out.title = v;
    if (key === 'start time' || key === 'startzeit' || key === 'beginn') {
      const t = parseExportDateTime(v);
      if (t.time) out.meetingStart = t.time;
      if (t.date) out.date = t.date;
    }
    if (key === 'end time' || key === 'endzeit' || key === 'ende') {
      const t = parseExportDateTime(v);
      if (t.time) out.meetingEnd = t.time;
    }
  }
  return out;
}

/** Local "HH:MM" (and date) of an ISO instant in the council's time zone. */
export function localClock(iso: string, timeZone = 'Europe/Berlin'): { date: string; time: string } {
  const d = new Date(iso);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

interface GraphRecord {
  emailAddress?: string | null;
  role?: string | null;
  identity?: { displayName?: string | null } | null;
  attendanceIntervals?: { joinDateTime?: string | null; leaveDateTime?: string | null }[] | null;
}

/** Maps a Graph meetingAttendanceReport (or its attendanceRecords list) to attendance. */
export function parseGraphAttendance(report: { attendanceRecords?: GraphRecord[]; value?: GraphRecord[]; meetingStartDateTime?: string; meetingEndDateTime?: string }, timeZone = 'Europe/Berlin'): Attendance {
  const records = report.attendanceRecords ?? report.value ?? [];
  const attendees: Attendee[] = [];
  for (const r of records) {
    const name = r.identity?.displayName?.trim() || r.emailAddress?.trim();
    if (!name) continue;
    const joins = (r.attendanceIntervals ?? []).map((i) => i.joinDateTime).filter((x): x is string => !!x).sort();
    const leaves = (r.attendanceIntervals ?? []).map((i) => i.leaveDateTime).filter((x): x is string => !!x).sort();
    attendees.push({
      name,
      ...(r.emailAddress ? { email: r.emailAddress } : {}),
      ...(r.role ? { role: r.role } : {}),
      ...(joins[0] ? { joined: localClock(joins[0], timeZone).time } : {}),
      ...(leaves.length ? { left: localClock(leaves[leaves.length - 1], timeZone).time } : {}),
    });
  }
  const start = report.meetingStartDateTime ? localClock(report.meetingStartDateTime, timeZone) : undefined;
  return {
    attendees,
    ...(start ? { meetingStart: start.time, date: start.date } : {}),
    ...(report.meetingEndDateTime ? { meetingEnd: localClock(report.meetingEndDateTime, timeZone).time } : {}),
  };
}
