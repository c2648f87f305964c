/**
 * Meeting data for the minutes feature, read with the clerk's delegated token: the online
 * meeting (by join URL or from the meeting chat), its transcript, attendance and the calendar
 * event whose body holds the agenda. Returns raw data (VTT text, attendance records, event
 * body); parsing belongs to src/minutes/.
 */
import type { DelegatedGraphClient } from './delegated-client.js';
import { GraphRequestError, isGraphRequestError } from './errors.js';

/** The online meeting as the minutes feature needs it. */
export interface OnlineMeetingInfo {
  id: string;
  subject?: string;
  joinWebUrl: string;
  startDateTime?: string;
  endDateTime?: string;
  /** Thread id of the meeting chat. */
  chatId?: string;
  /** Calendar event id, when known (from the meeting chat). */
  calendarEventId?: string;
}

export interface TranscriptInfo {
  id: string;
  createdDateTime?: string;
  endDateTime?: string;
}

/** Transcript text; `speakerAttribution: false` when the tenant forbids speaker names (say so to the clerk). */
export interface TranscriptContent {
  content: string;
  format: 'text/vtt' | 'application/vnd.microsoft.graph.transcript+text';
  speakerAttribution: boolean;
}

/** Graph attendanceRecord, passed through. */
export interface AttendanceRecord {
  emailAddress?: string;
  totalAttendanceInSeconds?: number;
  role?: string;
  identity?: { id?: string; displayName?: string; tenantId?: string | null };
  attendanceIntervals?: { joinDateTime?: string; leaveDateTime?: string; durationInSeconds?: number }[];
}

export interface AttendanceReport {
  id: string;
  totalParticipantCount?: number;
  meetingStartDateTime?: string;
  meetingEndDateTime?: string;
  records: AttendanceRecord[];
}

/** The calendar event of a meeting; `body` is usually HTML and carries the agenda. */
export interface MeetingEvent {
  id: string;
  subject?: string;
  body: { contentType: 'html' | 'text'; content: string };
  start?: { dateTime: string; timeZone: string };
  end?: { dateTime: string; timeZone: string };
  location?: string;
}

export interface MeetingClient {
  /** The meeting with this join URL, or undefined when the user cannot see one. */
  findMeetingByJoinUrl(joinWebUrl: string): Promise<OnlineMeetingInfo | undefined>;
  /** The meeting of a Teams meeting chat (thread id `19:meeting_…@thread.v2`). */
  findMeetingByChatId(chatId: string): Promise<OnlineMeetingInfo | undefined>;
  listTranscripts(meetingId: string): Promise<TranscriptInfo[]>;
  /** VTT with speakers; falls back to the unattributed format on 403 SpeakerAttributionNotAllowed. */
  getTranscriptContent(meetingId: string, transcriptId: string): Promise<TranscriptContent>;
  getAttendanceReports(meetingId: string): Promise<AttendanceReport[]>;
  /** The calendar event of the meeting, or undefined when none is found. */
  getMeetingEvent(meeting: OnlineMeetingInfo): Promise<MeetingEvent | undefined>;
}

const UNATTRIBUTED = 'application/vnd.microsoft.graph.transcript+text';

interface GraphMeeting {
  id: string;
  subject?: string | null;
  joinWebUrl: string;
  startDateTime?: string;
  endDateTime?: string;
  chatInfo?: { threadId?: string };
}

interface GraphEvent {
  id: string;
  subject?: string;
  body?: { contentType?: string; content?: string };
  start?: { dateTime: string; timeZone: string };
  end?: { dateTime: string; timeZone: string };
  location?: { displayName?: string };
  onlineMeeting?: { joinUrl?: string } | null;
}

const seg = encodeURIComponent;

function toMeeting(m: GraphMeeting, calendarEventId?: string): OnlineMeetingInfo {
  return {
    id: m.id, joinWebUrl: m.joinWebUrl, ...(m.subject ? { subject: m.subject } : {}), ...(m.startDateTime ? { startDateTime: m.startDateTime } : {}),
    ...(m.endDateTime ? { endDateTime: m.endDateTime } : {}), ...(m.chatInfo?.threadId ? { chatId: m.chatInfo.threadId } : {}),
    ...(calendarEventId ? { calendarEventId } : {}),
  };
}

function toEvent(e: GraphEvent): MeetingEvent {
  return {
    id: e.id, subject: e.subject, body: { contentType: e.body?.contentType === 'text' ? 'text' : 'html', content: e.body?.content ?? '' },
    ...(e.start ? { start: e.start } : {}), ...(e.end ? { end: e.end } : {}), ...(e.location?.displayName ? { location: e.location.displayName } : {}),
  };
}

/** Join URLs are compared decoded and case-insensitively ("19%3ameeting" vs "19%3Ameeting"). */
function sameJoinUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      return decodeURIComponent(u).toLowerCase();
    } catch {
      return u.toLowerCase();
    }
  };
  return norm(a) === norm(b);
}

export function createMeetingClient(client: DelegatedGraphClient): MeetingClient {
  const events = async (): Promise<GraphEvent[]> => {
    const res = await client.getJson<{ value?: GraphEvent[] }>('/me/events?$select=id,subject,body,start,end,location,onlineMeeting&$top=50');
    return res.value ?? [];
  };

  const api: MeetingClient = {
    async findMeetingByJoinUrl(joinWebUrl) {
      // OData string literal: single quotes doubled.
      const filter = encodeURIComponent(`JoinWebUrl eq '${joinWebUrl.replace(/'/g, "''")}'`);
      const res = await client.getJson<{ value?: GraphMeeting[] }>(`/me/onlineMeetings?$filter=${filter}`);
      const m = res.value?.[0];
      return m ? toMeeting(m) : undefined;
    },

    async findMeetingByChatId(chatId) {
      let joinWebUrl: string | undefined;
      let calendarEventId: string | undefined;
      try {
        const chat = await client.getJson<{ onlineMeetingInfo?: { joinWebUrl?: string; calendarEventId?: string } }>(`/chats/${seg(chatId)}`);
        joinWebUrl = chat.onlineMeetingInfo?.joinWebUrl;
        calendarEventId = chat.onlineMeetingInfo?.calendarEventId;
      } catch (e) {
        // Without Chat.ReadBasic consent, look for the calendar event whose join URL names this chat.
        if (!isGraphRequestError(e, 'forbidden') && !isGraphRequestError(e, 'notFound')) throw e;
        const event = (await events()).find((ev) => ev.onlineMeeting?.joinUrl && decodeURIComponent(ev.onlineMeeting.joinUrl).includes(chatId));
        joinWebUrl = event?.onlineMeeting?.joinUrl;
        calendarEventId = event?.id;
      }
      if (!joinWebUrl) return undefined;
      const meeting = await api.findMeetingByJoinUrl(joinWebUrl);
      return meeting ? { ...meeting, chatId: meeting.chatId ?? chatId, ...(calendarEventId ? { calendarEventId } : {}) } : undefined;
    },

    async listTranscripts(meetingId) {
      const res = await client.getJson<{ value?: TranscriptInfo[] }>(`/me/onlineMeetings/${seg(meetingId)}/transcripts`);
      return (res.value ?? []).map((t) => ({ id: t.id, createdDateTime: t.createdDateTime, endDateTime: t.endDateTime }));
    },

    async getTranscriptContent(meetingId, transcriptId) {
      const path = `/me/onlineMeetings/${seg(meetingId)}/transcripts/${seg(transcriptId)}/content`;
      try {
        const content = await client.getText(`${path}?$format=text/vtt`);
        return { content, format: 'text/vtt', speakerAttribution: true };
      } catch (e) {
        if (!(e instanceof GraphRequestError && e.status === 403 && e.code === 'SpeakerAttributionNotAllowed')) throw e;
        const content = await client.getText(path, { headers: { Accept: UNATTRIBUTED } });
        return { content, format: UNATTRIBUTED, speakerAttribution: false };
      }
    },

    async getAttendanceReports(meetingId) {
      const base = `/me/onlineMeetings/${seg(meetingId)}/attendanceReports`;
      const list = await client.getJson<{ value?: Omit<AttendanceReport, 'records'>[] }>(base);
      const reports: AttendanceReport[] = [];
      for (const r of list.value ?? []) {
        const records: AttendanceRecord[] = [];
        let path: string | undefined = `${base}/${seg(r.id)}/attendanceRecords`;
        while (path) {
          const page: { value?: AttendanceRecord[]; '@odata.nextLink'?: string } = await client.getJson(path);
          records.push(...(page.value ?? []));
          path = page['@odata.nextLink'] ? client.pathOf(page['@odata.nextLink']) : undefined;
        }
        reports.push({ id: r.id, totalParticipantCount: r.totalParticipantCount, meetingStartDateTime: r.meetingStartDateTime, meetingEndDateTime: r.meetingEndDateTime, records });
      }
      return reports;
    },

    async getMeetingEvent(meeting) {
      if (meeting.calendarEventId) {
        try {
          return toEvent(await client.getJson<GraphEvent>(`/me/events/${seg(meeting.calendarEventId)}?$select=id,subject,body,start,end,location`));
        } catch (e) {
          if (!isGraphRequestError(e, 'notFound')) throw e;
        }
      }
      const event = (await events()).find((ev) => ev.onlineMeeting?.joinUrl && sameJoinUrl(ev.onlineMeeting.joinUrl, meeting.joinWebUrl));
      return event ? toEvent(event) : undefined;
    },
  };
  return api;
}
