import { describe, expect, it } from 'vitest';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import { minutesInputFromGraph } from '../../src/minutes/from-graph.js';
import { fixture } from './sessions.js';

describe('minutes input from the Graph meeting client', () => {
  it('maps VTT, the attendance report and the event body (agenda) into a draftable input', async () => {
    const report = JSON.parse(fixture('graph-attendance-report.json').toString('utf8'));
    const { input, notes } = minutesInputFromGraph({
      transcript: { content: fixture('ausschuss-stadtentwicklung.vtt').toString('utf8'), format: 'text/vtt', speakerAttribution: true },
      attendance: { meetingStartDateTime: report.meetingStartDateTime, meetingEndDateTime: report.meetingEndDateTime, records: report.attendanceRecords },
      event: { body: { contentType: 'html', content: '<p>Tagesordnung</p><p>TOP 1 Niederschrift</p><p>TOP 2 Bebauungsplan 812</p><p><b>Nichtöffentlicher Teil</b></p><p>TOP 9 Grundstück</p><p>TOP 10 Vergabe</p>' }, location: 'Ratssaal' },
      meeting: { startDateTime: '2026-11-12T16:00:00Z' },
    });
    expect(notes).toEqual([]);
    expect(input.meta).toEqual({ date: '2026-11-12', place: 'Ratssaal' });
    expect(input.agenda?.items.map((i) => [i.number, i.public])).toEqual([
      ['1', true],
      ['2', true],
      ['9', false],
      ['10', false],
    ]);
    expect(input.attendance?.attendees[0].name).toBe('Frederick Cormier');
    const { draft } = await draftMinutes({ style: 'ergebnis', concurrency: 1, tokenBudget: 1e5 })(input);
    expect(draft.items.find((i) => i.number === '9')?.public).toBe(false);
  });

  it('says so when the tenant has speaker attribution off (403 fallback) and still drafts', async () => {
    const { input, notes } = minutesInputFromGraph({
      transcript: { content: 'WEBVTT\n\n0:0:0.0 --> 0:0:5.0\nIch eröffne die Sitzung um 17:00 Uhr.\n\n0:0:6.0 --> 0:0:9.0\nWir kommen zu TOP 1, Bericht.\n\n0:0:10.0 --> 0:0:14.0\nDas ist einstimmig angenommen.', format: 'application/vnd.microsoft.graph.transcript+text', speakerAttribution: false },
    });
    expect(notes[0]).toMatch(/Sprecherzuordnung .* ausgeschaltet/);
    expect(input.transcript.attributed).toBe(false);
    const { draft } = await draftMinutes({ style: 'verlauf', concurrency: 1, tokenBudget: 1e5 })(input);
    expect(draft.items[0].decisions[0]).toMatchObject({ outcome: 'angenommen', unanimous: true });
    expect(draft.warnings.some((w) => /keine Sprecherzuordnung/.test(w))).toBe(true);
  });
});
