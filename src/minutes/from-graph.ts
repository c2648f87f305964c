/**
 * Turns the raw meeting data the Graph meeting client returns (transcript text, attendance report,
 * calendar event) into minutes input. Structural types only, so src/minutes stays independent of
 * src/graph; the shapes match src/graph/meetings.ts.
 */
import { parseAgendaHtml, parseAgendaText } from './agenda.js';
import { localClock, parseGraphAttendance } from './attendance.js';
import type { MinutesJobInput } from './minutes-job.js';
import { parseUnattributedTranscript, parseVtt } from './parse-transcript.js';
import type { Agenda } from './types.js';

export interface GraphMeetingData {
  transcript: { content: string; format: 'text/vtt' | 'application/vnd.microsoft.graph.transcript+text'; speakerAttribution: boolean };
  attendance?: { meetingStartDateTime?: string; meetingEndDateTime?: string; records: unknown[] };
  event?: { subject?: string; body: { contentType: 'html' | 'text'; content: string }; location?: string };
  meeting?: { subject?: string; startDateTime?: string };
  /** An OParl agenda found separately (e.g. from the council information system); wins over the event body. */
  agenda?: Agenda;
  timeZone?: string;
}

export interface GraphMinutesInput {
  input: MinutesJobInput;
  /** German notes for the chat (e.g. that speaker attribution is off). */
  notes: string[];
}

export function minutesInputFromGraph(data: GraphMeetingData): GraphMinutesInput {
  const notes: string[] = [];
  const unattributed = data.transcript.format !== 'text/vtt' || !data.transcript.speakerAttribution;
  const transcript = unattributed ? parseUnattributedTranscript(data.transcript.content) : parseVtt(data.transcript.content);
  if (unattributed) notes.push('In Ihrem Mandanten ist die Sprecherzuordnung für Transkripte ausgeschaltet. Der Entwurf enthält daher keine Namen zu den Wortbeiträgen; bitte ergänzen Sie Vorsitz, Befangenheiten und Zitate.');
  let agenda = data.agenda;
  if (!agenda && data.event?.body.content.trim()) {
    const parsed = data.event.body.contentType === 'html' ? parseAgendaHtml(data.event.body.content) : parseAgendaText(data.event.body.content);
    if (parsed.items.length) agenda = parsed;
    else notes.push('Im Besprechungstermin wurde keine Tagesordnung gefunden; die Tagesordnungspunkte werden aus dem Transkript abgeleitet.');
  }
  const attendance = data.attendance
    ? parseGraphAttendance({ attendanceRecords: data.attendance.records as never[], meetingStartDateTime: data.attendance.meetingStartDateTime, meetingEndDateTime: data.attendance.meetingEndDateTime }, data.timeZone)
    : undefined;
  const start = data.meeting?.startDateTime ?? data.attendance?.meetingStartDateTime;
  const meta = {
    ...(start ? { date: localClock(start, data.timeZone).date } : {}),
    ...(data.event?.location ? { place: data.event.location } : {}),
  };
  return { input: { transcript, ...(agenda ? { agenda } : {}), ...(attendance ? { attendance } : {}), ...(Object.keys(meta).length ? { meta } : {}) }, notes };
}
