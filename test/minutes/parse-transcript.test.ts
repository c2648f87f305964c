import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { cleanTranscript } from '../../src/minutes/clean-transcript.js';
import { MAX_TRANSCRIPT_CHARS, parseTimestamp, parseTranscript, parseUnattributedTranscript, parseVtt } from '../../src/minutes/parse-transcript.js';
import { fixture, hfaDocx } from './sessions.js';

const TEAMS_VTT = `WEBVTT

9f1c2d3e-aaaa-bbbb-cccc-0123456789ab/12-0
0:0:0.0 --> 0:0:5.320
<v Anna Schmitz>Guten Abend, ich eröffne
die Sitzung.</v>

9f1c2d3e-aaaa-bbbb-cccc-0123456789ab/14-0
0:0:9.100 --> 0:0:11.0
<v Bernd M&uuml;ller>Wir haben Fragen zu &quot;Ostwall&quot; &amp; Hafen.</v>

9f1c2d3e-aaaa-bbbb-cccc-0123456789ab/13-0
00:00:06.000 --> 00:00:09.500
<v Anna Schmitz>Wir kommen zu TOP 1.</v>

9f1c2d3e-aaaa-bbbb-cccc-0123456789ab/15-0
00:00:12.000 --> 00:00:13.000
Zwischenruf ohne Sprecher.
`;

describe('Teams VTT', () => {
  it('reads cue ids, unpadded times, multi-line cues and entities', () => {
    const t = parseVtt(TEAMS_VTT);
    expect(t.cues).toHaveLength(4);
    expect(t.cues[0]).toMatchObject({ id: '9f1c2d3e-aaaa-bbbb-cccc-0123456789ab/12-0', start: 0, end: 5.32, speaker: 'Anna Schmitz', text: 'Guten Abend, ich eröffne die Sitzung.' });
    expect(t.cues[1].text).toBe('Wir haben Fragen zu "Ostwall" & Hafen.');
    expect(t.cues[1].speaker).toBe('Bernd Müller');
    expect(t.cues[3].speaker).toBeNull();
    expect(t.attributed).toBe(true);
  });

  it('sorts overlapping cues by start and merges consecutive turns of one speaker', () => {
    const c = cleanTranscript(parseVtt(TEAMS_VTT)).cues;
    expect(c.map((x) => x.speaker)).toEqual(['Anna Schmitz', 'Bernd Müller', null]);
    expect(c[0].text).toBe('Guten Abend, ich eröffne die Sitzung. Wir kommen zu TOP 1.');
  });

  it('parses padded and unpadded timestamps alike', () => {
    expect(parseTimestamp('0:0:5.320')).toBeCloseTo(5.32);
    expect(parseTimestamp('01:02:03.5')).toBeCloseTo(3723.5);
    expect(parseTimestamp('2:03.000')).toBeCloseTo(123);
  });

  it('reads the whole session fixture, including a cue without speaker', async () => {
    const t = await parseTranscript(fixture('ausschuss-stadtentwicklung.vtt'));
    expect(t.cues.length).toBeGreaterThan(40);
    expect(t.cues.some((c) => c.speaker === null)).toBe(true);
    expect(t.cues.some((c) => c.text.includes('Hallmann & Partner'))).toBe(true);
  });
});

describe('other transcript formats', () => {
  it('reads the unattributed Graph transcript (speaker attribution off)', () => {
    const t = parseUnattributedTranscript('WEBVTT\n\n0:0:0.0 --> 0:0:5.320\nIch eröffne die Sitzung.\n\n0:0:6.0 --> 0:0:8.0\nWir kommen zu TOP 1.');
    expect(t.attributed).toBe(false);
    expect(t.cues.map((c) => c.speaker)).toEqual([null, null]);
  });

  it('reads the Teams DOCX export: name and time line, then the text', async () => {
    const t = await parseTranscript(await hfaDocx());
    expect(t.cues[0]).toMatchObject({ speaker: 'Uwe Brandt', start: 5 });
    expect(t.cues.find((c) => c.text.startsWith('Kurze Unterbrechung'))?.speaker).toBeNull();
    expect(t.cues).toHaveLength(29);
  });

  it('reads plain "Name: text" lines', async () => {
    const t = await parseTranscript('Anna Schmitz: Ich eröffne die Sitzung.\nBernd Müller: Danke.\nnoch ein Satz von Bernd.');
    expect(t.cues.map((c) => [c.speaker, c.text])).toEqual([
      ['Anna Schmitz', 'Ich eröffne die Sitzung.'],
      ['Bernd Müller', 'Danke. noch ein Satz von Bernd.'],
    ]);
  });

  it('refuses an empty transcript and one that is too long with a German message', async () => {
    await expect(parseTranscript('WEBVTT\n\n')).rejects.toSatisfy((e) => isAppError(e, 'invalidInput') && /keine Wortbeiträge/.test(e.userMessage ?? ''));
    const long = `Anna Schmitz: ${'x'.repeat(MAX_TRANSCRIPT_CHARS + 10)}`;
    await expect(parseTranscript(long)).rejects.toSatisfy((e) => isAppError(e, 'limit') && /zu lang/.test(e.userMessage ?? ''));
  });
});
