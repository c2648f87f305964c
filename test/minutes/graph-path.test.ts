/** The Teams path end to end against the Graph emulator: meeting by join URL → transcript, attendance, event → draft → .docx. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { createMeetingClient } from '../../src/graph/meetings.js';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import { minutesInputFromGraph } from '../../src/minutes/from-graph.js';
import { renderMinutesFiles } from '../../src/minutes/minutes-files.js';
import { MEETING_JOIN_URL } from '../graph-emulator/fixture-meeting.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { docxText } from './sessions.js';

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.settings.speakerAttribution = true;
});

async function fromTeams() {
  const client = createMeetingClient(createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl }));
  const meeting = (await client.findMeetingByJoinUrl(MEETING_JOIN_URL))!;
  const [transcript] = await client.listTranscripts(meeting.id);
  const content = await client.getTranscriptContent(meeting.id, transcript.id);
  const [report] = await client.getAttendanceReports(meeting.id);
  const event = await client.getMeetingEvent(meeting);
  return minutesInputFromGraph({ transcript: content, attendance: report, event, meeting });
}

const draft = draftMinutes({ style: 'verlauf', concurrency: 2, tokenBudget: 1e5 });

describe('minutes from Teams via Graph (emulator)', () => {
  it('drafts the meeting with agenda from the event, attendance and every decision', async () => {
    const { input, notes } = await fromTeams();
    expect(notes).toEqual([]);
    const { draft: d } = await draft(input);
    expect({ start: d.start, end: d.end, chair: d.chair }).toEqual({ start: '17:03', end: '18:41', chair: 'Anna Schmitz' });
    expect(d.items.map((i) => [i.number, i.public, i.decisions.map((x) => [x.outcome, x.votes, x.unanimous])])).toEqual([
      ['1', true, [['genehmigt', { yes: null, no: 0, abstain: null }, true]]],
      ['2', true, [['zur Kenntnis genommen', null, false]]],
      ['3', true, [['angenommen', { yes: 11, no: 2, abstain: 1 }, false]]],
      ['4', false, [['angenommen', { yes: null, no: 0, abstain: null }, true]]],
    ]);
    expect(d.items[2].paper).toBe('0815/2026');
    expect(d.items[3].bias).toEqual(['Herr Dr. Brandt']);
    expect(d.present.find((p) => p.name === 'Dr. Petra Hahn')?.note).toBe('ab 17:45 Uhr, bis 18:25 Uhr (bis TOP 3)');
    const files = await renderMinutesFiles(d);
    const pub = await docxText(files.public.data);
    for (const secret of ['Flurstück', 'Brandt', 'Grundstücksangelegenheit', 'Verkauf']) expect(pub.all).not.toContain(secret);
    expect((await docxText(files.nonpublic!.data)).body).toContain('Flurstück 123');
  });

  it('falls back to the unattributed transcript on 403 SpeakerAttributionNotAllowed, says so, and keeps the decisions', async () => {
    emu.settings.speakerAttribution = false;
    const { input, notes } = await fromTeams();
    expect(notes.join(' ')).toMatch(/Sprecherzuordnung/);
    const { draft: d } = await draft(input);
    expect(d.chair).toBeNull();
    expect(d.items.map((i) => i.decisions[0]?.outcome)).toEqual(['genehmigt', 'zur Kenntnis genommen', 'angenommen', 'angenommen']);
    expect(d.items[3].public).toBe(false);
  });
});
