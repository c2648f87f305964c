import { beforeEach, describe, expect, it } from 'vitest';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { isGraphRequestError } from '../../src/graph/errors.js';
import { createMeetingClient } from '../../src/graph/meetings.js';
import { ALL_SCOPES, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';
import { MEETING_CHAT_ID, MEETING_EVENT_ID, MEETING_ID, MEETING_JOIN_URL, TRANSCRIPT_ID } from '../graph-emulator/fixture-meeting.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));
beforeEach(() => {
  emu.settings.speakerAttribution = true;
});

const meetingsFor = (token: string) => createMeetingClient(createDelegatedGraphClient(token, { baseUrl: emu.baseUrl }));

describe('meeting client (minutes input from Teams)', () => {
  it('finds the online meeting by its join URL', async () => {
    const meeting = await meetingsFor(TOKENS.anna).findMeetingByJoinUrl(MEETING_JOIN_URL);
    expect(meeting).toMatchObject({ id: MEETING_ID, joinWebUrl: MEETING_JOIN_URL, chatId: MEETING_CHAT_ID, subject: 'Finanzausschuss – 12. Sitzung' });
    const call = emu.requests.find((r) => r.path === '/me/onlineMeetings');
    expect(call?.query).toBe(`$filter=JoinWebUrl eq '${MEETING_JOIN_URL}'`);
  });

  it('returns undefined for a join URL the user cannot see', async () => {
    expect(await meetingsFor(TOKENS.anna).findMeetingByJoinUrl('https://teams.microsoft.com/l/meetup-join/19%3ameeting_other%40thread.v2/0')).toBeUndefined();
  });

  it('finds the meeting from its meeting chat, with the calendar event id', async () => {
    const meeting = await meetingsFor(TOKENS.anna).findMeetingByChatId(MEETING_CHAT_ID);
    expect(meeting).toMatchObject({ id: MEETING_ID, calendarEventId: MEETING_EVENT_ID });
  });

  it('falls back to the calendar when reading the chat is not consented (no Chat.ReadBasic)', async () => {
    const token = emu.issueToken('anna', { scopes: ALL_SCOPES.filter((s) => s !== 'Chat.ReadBasic') });
    const meeting = await meetingsFor(token).findMeetingByChatId(MEETING_CHAT_ID);
    expect(emu.requests.find((r) => r.path.startsWith('/chats/'))?.status).toBe(403);
    expect(meeting).toMatchObject({ id: MEETING_ID, calendarEventId: MEETING_EVENT_ID });
  });

  it('fetches the VTT transcript with speakers', async () => {
    const client = meetingsFor(TOKENS.anna);
    const [transcript] = await client.listTranscripts(MEETING_ID);
    expect(transcript.id).toBe(TRANSCRIPT_ID);
    const content = await client.getTranscriptContent(MEETING_ID, transcript.id);
    expect(content.speakerAttribution).toBe(true);
    expect(content.format).toBe('text/vtt');
    expect(content.content).toMatch(/^WEBVTT/);
    expect(content.content).toContain('<v Bernd Keller>');
  });

  it('falls back to the unattributed format on 403 SpeakerAttributionNotAllowed and says so', async () => {
    emu.settings.speakerAttribution = false;
    const content = await meetingsFor(TOKENS.anna).getTranscriptContent(MEETING_ID, TRANSCRIPT_ID);
    expect(content.speakerAttribution).toBe(false);
    expect(content.format).toBe('application/vnd.microsoft.graph.transcript+text');
    expect(content.content).toContain('Haushaltssperre gilt ab dem 1. Dezember');
    expect(content.content).not.toContain('<v ');
    const contentCalls = emu.requests.filter((r) => r.path.endsWith('/content'));
    expect(contentCalls.map((r) => r.status)).toEqual([403, 200]);
    expect(contentCalls[1].headers['accept']).toContain('application/vnd.microsoft.graph.transcript+text');
  });

  it('reads attendance reports with their records', async () => {
    const [report] = await meetingsFor(TOKENS.anna).getAttendanceReports(MEETING_ID);
    expect(report.records.map((r) => r.identity?.displayName)).toEqual(['Anna Schmitz', 'Bernd Keller', 'Dr. Petra Hahn']);
    expect(report.records[2].attendanceIntervals?.[0].joinDateTime).toBe('2026-11-19T16:45:00Z');
  });

  it('reads the agenda from the calendar event body, by event id or by join URL', async () => {
    const client = meetingsFor(TOKENS.anna);
    const byId = await client.getMeetingEvent({ id: MEETING_ID, joinWebUrl: MEETING_JOIN_URL, calendarEventId: MEETING_EVENT_ID });
    const byUrl = await client.getMeetingEvent({ id: MEETING_ID, joinWebUrl: MEETING_JOIN_URL });
    for (const e of [byId, byUrl]) {
      expect(e?.id).toBe(MEETING_EVENT_ID);
      expect(e?.body.content).toContain('TOP 3 Antrag der Fraktion B');
    }
  });

  it('does not give an attendee (not the organizer) the transcript', async () => {
    const error = await meetingsFor(TOKENS.bernd).listTranscripts(MEETING_ID).catch((e: unknown) => e);
    expect(isGraphRequestError(error, 'forbidden')).toBe(true);
  });
});
