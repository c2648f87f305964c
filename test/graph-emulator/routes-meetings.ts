/**
 * Emulated meeting endpoints for the minutes feature: online meeting by join URL, transcripts
 * (VTT, and the unattributed format when the tenant has speaker attribution off), attendance
 * reports and records, calendar events and meeting chats.
 */
import type { FixtureMeeting } from './fixture-tenant.js';
import { graphError, json, requireScope, selectFields, type EmuContext, type EmuRequest, type Route } from './emulator-types.js';

const UNATTRIBUTED = 'application/vnd.microsoft.graph.transcript+text';

function meetingJson(m: FixtureMeeting, ctx: EmuContext): Record<string, unknown> {
  const organizer = ctx.tenant.users[m.organizer];
  return {
    id: m.id, subject: m.subject, creationDateTime: m.startDateTime, startDateTime: m.startDateTime, endDateTime: m.endDateTime,
    joinWebUrl: m.joinWebUrl, chatInfo: { threadId: m.chatId, messageId: '0', replyChainMessageId: null },
    participants: {
      organizer: { upn: organizer.userPrincipalName, role: 'presenter', identity: { user: { id: organizer.id, displayName: organizer.displayName, tenantId: ctx.tenant.tenantId, identityProvider: 'AAD' } } },
      attendees: m.attendees.map((k) => ({ upn: ctx.tenant.users[k].userPrincipalName, role: 'attendee', identity: { user: { id: ctx.tenant.users[k].id, displayName: ctx.tenant.users[k].displayName } } })),
    },
  };
}

function canSee(m: FixtureMeeting, req: EmuRequest): boolean {
  return m.organizer === req.user.key || m.attendees.includes(req.user.key);
}

const onlineMeetings: Route = (req, ctx) => {
  if (req.method !== 'GET' || !req.path.startsWith('/me/onlineMeetings')) return undefined;
  const denied = requireScope(req, 'OnlineMeetings.Read', 'OnlineMeetings.ReadWrite');
  if (denied) return denied;
  if (req.path === '/me/onlineMeetings') {
    const filter = req.query.get('$filter');
    const m = filter ? /^joinWebUrl eq '(.*)'$/i.exec(filter.trim()) : null;
    if (!m) return graphError(400, 'BadRequest', 'A $filter on JoinWebUrl (or joinMeetingIdSettings/joinMeetingId) is required.');
    const url = m[1].replace(/''/g, "'");
    return json({ value: ctx.tenant.meetings.filter((x) => x.joinWebUrl === url && canSee(x, req)).map((x) => meetingJson(x, ctx)) });
  }
  const parts = req.path.split('/').slice(3).map(decodeURIComponent); // [meetingId, ...rest]
  const meeting = ctx.tenant.meetings.find((x) => x.id === parts[0]);
  if (!meeting || !canSee(meeting, req)) return graphError(404, 'NotFound', 'The meeting could not be found.');
  const rest = parts.slice(1);
  if (rest.length === 0) return json(meetingJson(meeting, ctx));
  // Artifacts (transcripts, attendance) are for the organizer, as in Graph's delegated model.
  const organizerOnly = () => (meeting.organizer === req.user.key ? undefined : graphError(403, 'Forbidden', 'Only the meeting organizer can read meeting artifacts.'));
  if (rest[0] === 'transcripts') {
    const scope = requireScope(req, 'OnlineMeetingTranscript.Read.All');
    if (scope) return scope;
    const notOrganizer = organizerOnly();
    if (notOrganizer) return notOrganizer;
    if (rest.length === 1) {
      return json({
        '@odata.context': `${ctx.baseUrl}/$metadata#users('${req.user.id}')/onlineMeetings('${meeting.id}')/transcripts`,
        value: meeting.transcripts.map((t) => ({
          id: t.id, meetingId: meeting.id, createdDateTime: t.createdDateTime, endDateTime: meeting.endDateTime,
          transcriptContentUrl: `${ctx.baseUrl}/me/onlineMeetings/${encodeURIComponent(meeting.id)}/transcripts/${t.id}/content`,
          meetingOrganizer: { user: { id: ctx.tenant.users[meeting.organizer].id, userIdentityType: 'aadUser', tenantId: ctx.tenant.tenantId } },
        })),
      });
    }
    const t = meeting.transcripts.find((x) => x.id === rest[1]);
    if (!t) return graphError(404, 'NotFound', 'Transcript not found.');
    if (rest[2] !== 'content') return json({ id: t.id, meetingId: meeting.id, createdDateTime: t.createdDateTime });
    const wantsUnattributed = (req.headers['accept'] ?? '').includes(UNATTRIBUTED) && !req.query.get('$format');
    if (wantsUnattributed) return { status: 200, headers: { 'content-type': UNATTRIBUTED }, body: t.unattributed };
    const format = req.query.get('$format') ?? 'text/vtt';
    if (format !== 'text/vtt') return graphError(400, 'BadRequest', `Unsupported format ${format}`);
    if (!ctx.settings.speakerAttribution) {
      return graphError(403, 'SpeakerAttributionNotAllowed', 'Speaker attribution is not allowed for this tenant. Use the unattributed transcript format.');
    }
    return { status: 200, headers: { 'content-type': 'text/vtt' }, body: t.vtt };
  }
  if (rest[0] === 'attendanceReports') {
    const scope = requireScope(req, 'OnlineMeetingArtifact.Read.All');
    if (scope) return scope;
    const notOrganizer = organizerOnly();
    if (notOrganizer) return notOrganizer;
    const reportJson = (r: FixtureMeeting['attendanceReports'][number]) => ({
      id: r.id, totalParticipantCount: r.records.length, meetingStartDateTime: r.meetingStartDateTime, meetingEndDateTime: r.meetingEndDateTime,
    });
    if (rest.length === 1) return json({ value: meeting.attendanceReports.map(reportJson) });
    const report = meeting.attendanceReports.find((r) => r.id === rest[1]);
    if (!report) return graphError(404, 'NotFound', 'Attendance report not found.');
    if (rest[2] === 'attendanceRecords') return json({ value: report.records });
    const expand = (req.query.get('$expand') ?? '').includes('attendanceRecords');
    return json(expand ? { ...reportJson(report), attendanceRecords: report.records } : reportJson(report));
  }
  return undefined;
};

const events: Route = (req, ctx) => {
  if (req.method !== 'GET' || !req.path.startsWith('/me/events')) return undefined;
  const denied = requireScope(req, 'Calendars.Read', 'Calendars.ReadWrite');
  if (denied) return denied;
  const eventJson = (e: (typeof ctx.tenant.events)[number]) => ({
    id: e.id, subject: e.subject, bodyPreview: e.bodyHtml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255),
    body: { contentType: 'html', content: e.bodyHtml }, start: { dateTime: `${e.start}.0000000`, timeZone: 'Europe/Berlin' },
    end: { dateTime: `${e.end}.0000000`, timeZone: 'Europe/Berlin' }, location: { displayName: e.location },
    isOnlineMeeting: !!e.joinUrl, onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl } : null,
  });
  const own = ctx.tenant.events.filter((e) => e.owners.includes(req.user.key));
  const select = req.query.get('$select');
  if (req.path === '/me/events') return json({ value: own.map((e) => selectFields(eventJson(e), select)) });
  const id = decodeURIComponent(req.path.slice('/me/events/'.length));
  const e = own.find((x) => x.id === id);
  return e ? json(selectFields(eventJson(e), select)) : graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
};

const chats: Route = (req, ctx) => {
  const m = /^\/chats\/([^/]+)$/.exec(req.path);
  if (req.method !== 'GET' || !m) return undefined;
  const denied = requireScope(req, 'Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite');
  if (denied) return denied;
  const meeting = ctx.tenant.meetings.find((x) => x.chatId === decodeURIComponent(m[1]));
  if (!meeting || !canSee(meeting, req)) return graphError(404, 'NotFound', 'Chat not found.');
  const organizer = ctx.tenant.users[meeting.organizer];
  return json({
    id: meeting.chatId, topic: meeting.subject, chatType: 'meeting', tenantId: ctx.tenant.tenantId,
    onlineMeetingInfo: { calendarEventId: meeting.calendarEventId, joinWebUrl: meeting.joinWebUrl, organizer: { id: organizer.id, displayName: organizer.displayName, userIdentityType: 'aadUser' } },
  });
};

export const MEETING_ROUTES: Route[] = [onlineMeetings, events, chats];
