/**
 * Use case behind "Niederschrift erstellen" in chat: gather the inputs (a transcript file, or the
 * meeting's transcript, attendance report and calendar event through Graph with the clerk's own
 * token), run the durable job and render the Word documents. Framework-free; the bot only
 * talks to the user.
 */
import { AppError, isAppError } from '../core/errors.js';
import type { UserContext } from '../core/user-context.js';
import { createDelegatedGraphClient } from '../graph/delegated-client.js';
import { createMeetingClient, type MeetingClient } from '../graph/meetings.js';
import type { FetchLike } from '../graph/middleware.js';
import { checkFile, checkTranscript, limitMessage, type InputLimits } from '../security/limits.js';
import { parseAgendaHtml, parseAgendaText } from './agenda.js';
import { parseGraphAttendance } from './attendance.js';
import { renderMinutesFiles, type MinutesFiles } from './minutes-files.js';
import type { MinutesDraft } from './draft-schema.js';
import type { MinutesJob, MinutesJobInput, MinutesJobs } from './minutes-job.js';
import { parseTranscript, type TranscriptFormat } from './parse-transcript.js';
import type { MinutesTemplate } from './template.js';
import type { Agenda, Transcript } from './types.js';

export type MinutesSource = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'meeting'; joinUrl?: string; chatId?: string };

export interface PreparedMinutes {
  input: MinutesJobInput;
  /** German notes for the clerk (e.g. transcript without speaker names). */
  notices: string[];
}

export interface MinutesRequestDeps {
  jobs: MinutesJobs;
  limits: InputLimits;
  graphBaseUrl: string;
  template?: MinutesTemplate;
  fetch?: FetchLike;
  /** Transcript parser; the server passes the off-thread one (src/security/off-thread-parsers.ts). */
  parseTranscript?: ParseTranscript;
  /**
   * The agenda from the council information system when the calendar entry links the RIS meeting
   * (src/oparl/create-oparl.ts); undefined when there is no such link. Wins over the event body.
   */
  risAgenda?: (eventText: string) => Promise<{ agenda: Agenda; url: string } | undefined>;
  /** Word rendering; the server passes the off-thread one (off-thread-draft.ts). */
  render?: (draft: MinutesDraft, template?: MinutesTemplate) => Promise<MinutesFiles>;
}

type ParseTranscript = (data: Buffer | string, format?: TranscriptFormat) => Promise<Transcript>;

const FORMAT_BY_EXT: Record<string, TranscriptFormat> = { vtt: 'vtt', docx: 'docx', txt: 'text' };

function refuse(message: string): never {
  throw new AppError('invalidInput', message, message);
}

async function fromFile(name: string, bytes: Uint8Array, limits: InputLimits, parse: ParseTranscript): Promise<PreparedMinutes> {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const format = FORMAT_BY_EXT[ext];
  if (!format) refuse(`Die Datei „${name}“ ist kein Transkript. Bitte senden Sie das Teams-Transkript als .vtt, .docx oder .txt.`);
  const checked = await checkFile({ name, bytes }, limits);
  if (!checked.ok) refuse(limitMessage(checked) ?? 'Die Datei kann nicht verarbeitet werden.');
  const transcript = await parse(Buffer.from(bytes), format);
  return { input: { transcript }, notices: [] };
}

async function fromMeeting(meetings: MeetingClient, source: { joinUrl?: string; chatId?: string }, parse: ParseTranscript, risAgenda?: MinutesRequestDeps['risAgenda']): Promise<PreparedMinutes> {
  const meeting = source.joinUrl ? await meetings.findMeetingByJoinUrl(source.joinUrl) : source.chatId ? await meetings.findMeetingByChatId(source.chatId) : undefined;
  if (!meeting) refuse('Ich habe die Besprechung nicht gefunden. Bitte senden Sie den Teilnahmelink der Sitzung oder schreiben Sie im Besprechungschat.');
  const transcripts = await meetings.listTranscripts(meeting.id);
  if (!transcripts.length) refuse('Für diese Besprechung gibt es (noch) kein Transkript. Bitte prüfen Sie, ob die Transkription in der Sitzung eingeschaltet war.');
  const latest = [...transcripts].sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? '')).at(-1)!;
  const content = await meetings.getTranscriptContent(meeting.id, latest.id);
  const notices: string[] = [];
  if (!content.speakerAttribution) {
    notices.push('In Ihrer Organisation ist die Sprecherzuordnung für Transkripte ausgeschaltet: Der Entwurf enthält daher keine Namen der Redenden. Bitte ergänzen Sie diese beim Prüfen.');
  }
  const transcript = await parse(content.content, content.format === 'text/vtt' ? 'vtt' : 'graph-text');
  const reports = await meetings.getAttendanceReports(meeting.id).catch(() => []);
  const attendance = reports.length ? parseGraphAttendance({ attendanceRecords: reports[0].records as never, meetingStartDateTime: reports[0].meetingStartDateTime, meetingEndDateTime: reports[0].meetingEndDateTime }) : undefined;
  const event = await meetings.getMeetingEvent(meeting).catch(() => undefined);
  let agenda: ReturnType<typeof parseAgendaText> | undefined;
  const ris = risAgenda && event?.body.content ? await risAgenda(event.body.content).catch(() => undefined) : undefined;
  if (ris) notices.push(`Die Tagesordnung stammt aus dem Ratsinformationssystem (${ris.url}).`);
  try {
    agenda = ris ? ris.agenda : event?.body.content ? (event.body.contentType === 'html' ? parseAgendaHtml(event.body.content) : parseAgendaText(event.body.content)) : undefined;
  } catch (e) {
    if (!isAppError(e, 'limit') || !e.userMessage) throw e;
    notices.push(`${e.userMessage} Der Entwurf folgt daher nur dem Sitzungsverlauf.`);
  }
  return {
    input: { transcript, ...(agenda && agenda.items.length ? { agenda } : {}), ...(attendance ? { attendance } : {}), meta: { ...(meeting.subject ? { title: meeting.subject } : {}), ...(event?.location ? { place: event.location } : {}) } },
    notices,
  };
}

export function createMinutesRequests(deps: MinutesRequestDeps) {
  const parse = deps.parseTranscript ?? parseTranscript;
  async function prepare(source: MinutesSource, user: UserContext): Promise<PreparedMinutes> {
    let prepared: PreparedMinutes;
    if (source.kind === 'file') prepared = await fromFile(source.name, source.bytes, deps.limits, parse);
    else {
      if (!user.graphToken) throw new AppError('auth', 'no delegated token for the meeting', 'Für das Transkript einer Besprechung ist eine Anmeldung bei Microsoft 365 nötig.');
      const client = createDelegatedGraphClient(user.graphToken, { baseUrl: deps.graphBaseUrl, fetch: deps.fetch });
      prepared = await fromMeeting(createMeetingClient(client), source, parse, deps.risAgenda);
    }
    const text = prepared.input.transcript.cues.map((c) => c.text).join('\n');
    const length = checkTranscript(text, deps.limits);
    if (!length.ok) refuse(limitMessage(length) ?? 'Das Transkript ist zu lang.');
    if (!prepared.input.transcript.cues.length) refuse('Das Transkript enthält keinen Text. Bitte prüfen Sie die Datei.');
    return prepared;
  }

  /** Submits (idempotent by id) and runs the job, then renders the documents. */
  async function run(id: string, prepared: PreparedMinutes, meta: { requestedBy?: string; context?: unknown }, signal?: AbortSignal): Promise<{ job: MinutesJob; files?: MinutesFiles }> {
    await deps.jobs.submit(id, prepared.input, meta);
    const job = await deps.jobs.run(id, signal);
    if (job.state !== 'done' || !job.result) return { job };
    return { job, files: await (deps.render ?? renderMinutesFiles)(job.result.draft, deps.template) };
  }

  return { prepare, run, cancel: (id: string) => deps.jobs.cancel(id) };
}

export type MinutesRequests = ReturnType<typeof createMinutesRequests>;
