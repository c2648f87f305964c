import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchOparlMeeting, parseAgenda, parseAgendaHtml, parseAgendaText, parseOparlMeeting } from '../../src/minutes/agenda.js';
import { parseAttendanceCsv, parseGraphAttendance } from '../../src/minutes/attendance.js';
import { buildRoster, parseMembers } from '../../src/minutes/roster.js';
import { segmentTranscript } from '../../src/minutes/segment.js';
import type { Cue } from '../../src/minutes/types.js';
import { fixture } from './sessions.js';

describe('agenda', () => {
  it('reads the OParl 1.1 specification example', () => {
    const a = parseOparlMeeting(JSON.parse(readFileSync(path.resolve('test/fixtures/oparl/Meeting-01.json'), 'utf8')));
    expect(a.title).toBe('4. Sitzung des Finanzausschusses');
    expect(a.place).toMatch(/^Rathaus der Beispielstadt/);
    expect(a.items).toEqual([{ number: '10.1', title: 'Satzungsänderung für Ausschreibungen', public: true }]);
  });

  it('reads a plain-text agenda with TOP, "3." and Ö/N prefixes and a non-public heading', () => {
    const a = parseAgendaText(`Tagesordnung zur 3. Sitzung des Rates am 04.12.2026
TOP 1 Eröffnung
2. Bebauungsplan 812 (Vorlage 456/2026)
Nichtöffentlicher Teil
3. Grundstücksangelegenheit Hafenstraße
Ö 4 Anfragen`);
    expect(a.start).toBe('2026-12-04');
    expect(a.items.map((i) => [i.number, i.public, i.paper ?? null])).toEqual([
      ['1', true, null],
      ['2', true, '456/2026'],
      ['3', false, null],
      ['Ö 4', true, null],
    ]);
  });

  it('reads the agenda from a calendar event body (HTML)', () => {
    const a = parseAgendaHtml('<html><body><p>Tagesordnung:</p><ol><li>TOP 1 Niederschrift</li></ol><p><b>Nichtöffentlicher Teil</b></p><p>N 1 Personalangelegenheit</p></body></html>');
    expect(a.items.map((i) => [i.number, i.title, i.public])).toEqual([
      ['1', 'Niederschrift', true],
      ['N 1', 'Personalangelegenheit', false],
    ]);
  });

  it('refuses JSON that is not an OParl meeting', () => {
    expect(() => parseAgenda('{"type":"x"}')).toThrow(/OParl/);
  });

  describe('from an OParl server (local, 127.0.0.1)', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      const files: Record<string, string> = { '/meeting/312': 'oparl-meeting-stadtentwicklung.json', '/consultation/4711': 'oparl-consultation-4711.json', '/paper/4711': 'oparl-paper-4711.json' };
      server = createServer((req, res) => {
        const f = files[req.url ?? ''];
        if (!f) {
          res.writeHead(404).end('{}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(fixture(f).toString('utf8').replaceAll('{{BASE}}', base));
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('fetches the meeting and resolves the Vorlage through consultation → paper', async () => {
      const a = await fetchOparlMeeting(`${base}/meeting/312`);
      expect(a.items).toHaveLength(10);
      expect(a.items[1].paper).toBe('DS 2026/0456');
      expect(a.items.filter((i) => !i.public).map((i) => i.number)).toEqual(['9', '10']);
    });

    it('says in German when the meeting does not exist', async () => {
      await expect(fetchOparlMeeting(`${base}/meeting/999`)).rejects.toThrow(/404/);
    });
  });
});

describe('attendance', () => {
  it('reads the Teams export (UTF-16LE, tabs, summary section) with partial attendance', () => {
    const a = parseAttendanceCsv(fixture('anwesenheit-stadtentwicklung.csv'));
    expect(a).toMatchObject({ meetingStart: '16:58', meetingEnd: '19:14', date: '2026-11-12' });
    expect(a.attendees).toHaveLength(20);
    expect(a.attendees.find((x) => x.name === 'Lena Vogt')?.joined).toBe('17:46');
  });

  it('reads a UTF-8 semicolon export with German headers and the old join/leave layout', () => {
    const a = parseAttendanceCsv('Vollständiger Name;Benutzeraktion;Zeitstempel\nAnna Schmitz;Beigetreten;21.11.2026, 17:01:10\nAnna Schmitz;Verlassen;21.11.2026, 18:15:00\nBernd Müller;Beigetreten;21.11.2026, 17:20:00\n');
    expect(a.attendees).toEqual([
      { name: 'Anna Schmitz', joined: '17:01', left: '18:15' },
      { name: 'Bernd Müller', joined: '17:20' },
    ]);
    expect(parseAttendanceCsv(Buffer.from('Name,Email\r\n"Schmitz, Anna",anna@example.org\r\n')).attendees[0].name).toBe('Schmitz, Anna');
  });

  it('reads the Graph attendance report as documented (attendanceRecords with intervals)', () => {
    const a = parseGraphAttendance(JSON.parse(fixture('graph-attendance-report.json').toString('utf8')));
    expect(a.attendees).toEqual([{ name: 'Frederick Cormier', email: 'frederick.cormier@contoso.com', role: 'Presenter', joined: '19:59', left: '20:25' }]);
    expect(a.date).toBe('2021-10-05');
  });

  it('reads Graph attendanceRecords and converts UTC to Berlin time', () => {
    const a = parseGraphAttendance({
      meetingStartDateTime: '2026-11-12T15:58:41Z',
      meetingEndDateTime: '2026-11-12T18:14:03Z',
      attendanceRecords: [
        { emailAddress: 'frederick.cormier@contoso.com', role: 'Organizer', identity: { displayName: 'Frederick Cormier' }, attendanceIntervals: [{ joinDateTime: '2026-11-12T16:45:00Z', leaveDateTime: '2026-11-12T17:00:00Z' }, { joinDateTime: '2026-11-12T17:05:00Z', leaveDateTime: '2026-11-12T18:10:00Z' }] },
      ],
    });
    expect(a).toEqual({ meetingStart: '16:58', meetingEnd: '19:14', date: '2026-11-12', attendees: [{ name: 'Frederick Cormier', email: 'frederick.cormier@contoso.com', role: 'Organizer', joined: '17:45', left: '19:10' }] });
  });

  it('maps attendance onto the members list: by Fraktion, substitutes, absent, administration', () => {
    const r = buildRoster(parseAttendanceCsv(fixture('anwesenheit-stadtentwicklung.csv')), [], parseMembers(fixture('mitglieder-stadtentwicklung.json').toString('utf8')));
    expect(r.absent).toEqual([{ name: 'Holger Krause', fraction: 'UWG', role: null, note: 'entschuldigt' }]);
    expect(r.present.find((p) => p.name === 'Wolfgang Engel')?.note).toBe('Vertretung für Holger Krause');
    expect(r.present.find((p) => p.name === 'Markus Richter')?.note).toBe('bis 18:31 Uhr');
    expect(r.guests.map((g) => g.name)).toEqual(['Klaus Lorenz', 'Nadine Albers', 'Claudia Krüger']);
    expect(r.clerk).toBe('Claudia Krüger');
    expect(r.voters).toBe(17);
  });

  it('reads a members list as CSV', () => {
    expect(parseMembers('Name;Fraktion;Rolle;Vertretung für\nAnna Schmitz;SPD;Vorsitz;\nBernd Müller;CDU;Stellvertretung;Carla Roth\n')).toEqual([
      { name: 'Anna Schmitz', fraction: 'SPD', role: 'Vorsitz' },
      { name: 'Bernd Müller', fraction: 'CDU', role: 'Stellvertretung', substituteFor: 'Carla Roth' },
    ]);
  });
});

describe('segmentation by spoken transitions', () => {
  const cue = (text: string, i: number): Cue => ({ start: i, end: i + 1, speaker: 'Vorsitz', text });
  const run = (texts: string[], agenda = [] as Parameters<typeof segmentTranscript>[1]) => segmentTranscript(texts.map(cue), agenda);

  it('understands "Tagesordnungspunkt 4", "TOP 5", "Punkt sieben", number words and "Ich rufe auf"', () => {
    const s = run(['Ich eröffne die Sitzung.', 'Wir kommen zu Tagesordnungspunkt 4, Haushalt.', 'Text', 'TOP 5 Schulen.', 'Punkt sieben: Anfragen.', 'Wir kommen nun zu Tagesordnungspunkt zwölf, Sport.', 'Ich rufe auf Tagesordnungspunkt 13.1 Bäder.']);
    expect(s.preamble.map((c) => c.text)).toEqual(['Ich eröffne die Sitzung.']);
    expect(s.segments.map((x) => [x.number, x.title])).toEqual([
      ['4', 'Haushalt'],
      ['5', 'Schulen'],
      ['7', 'Anfragen'],
      ['12', 'Sport'],
      ['13.1', 'Bäder'],
    ]);
  });

  it('splits a turn that ends one TOP and opens the next', () => {
    const s = run(['Wir kommen zu TOP 1.', 'Damit ist der Antrag angenommen. Wir kommen zu Tagesordnungspunkt 2, Verkehr.']);
    expect(s.segments.map((x) => x.cues.map((c) => c.text))).toEqual([['Wir kommen zu TOP 1.', 'Damit ist der Antrag angenommen.'], ['Wir kommen zu Tagesordnungspunkt 2, Verkehr.']]);
  });

  it('marks TOPs after the switch to the non-public part as non-public when there is no agenda', () => {
    const s = run(['TOP 1 Bericht.', 'Wir kommen zum nichtöffentlichen Teil. Ich bitte die Zuhörer, den Saal zu verlassen.', 'Ich rufe auf Tagesordnungspunkt 2, Grundstück.']);
    expect(s.segments.map((x) => [x.number, x.public])).toEqual([
      ['1', true],
      ['2', false],
    ]);
  });

  it('aligns repeated numbers to public and non-public agenda items, and protects a public item heard in the non-public part', () => {
    const agenda = [
      { number: 'Ö 1', title: 'A', public: true },
      { number: 'Ö 2', title: 'B', public: true },
      { number: 'N 1', title: 'C', public: false },
    ];
    const s = run(['Tagesordnungspunkt 1.', 'Wir kommen zum nichtöffentlichen Teil.', 'Ich rufe auf Tagesordnungspunkt 1.', 'Wir kommen zu Tagesordnungspunkt 2.'], agenda);
    expect(s.segments.map((x) => [x.number, x.found, x.public])).toEqual([
      ['Ö 1', true, true],
      ['Ö 2', true, false],
      ['N 1', true, false],
    ]);
    expect(s.segments[1].warnings[0]).toMatch(/vorsorglich der nichtöffentlichen Niederschrift/);
  });

  it('does not let a member\'s enumeration ("Punkt zwei …") open or reopen a TOP', () => {
    const agenda = [1, 2, 3].map((n) => ({ number: String(n), title: `T${n}`, public: true }));
    const cues: Cue[] = [
      { start: 0, end: 1, speaker: 'Vorsitz', text: 'TOP 1 Bericht.' },
      { start: 2, end: 3, speaker: 'Mitglied', text: 'Punkt zwei: die Kosten sind zu hoch.' },
      { start: 4, end: 5, speaker: 'Vorsitz', text: 'TOP 2 Haushalt.' },
      { start: 6, end: 7, speaker: 'Vorsitz', text: 'Punkt eins der Vorlage ist damit erledigt.' },
    ];
    const s = segmentTranscript(cues, agenda, { chair: 'Vorsitz' });
    expect(s.segments.map((x) => x.cues.map((c) => c.start))).toEqual([[0, 2], [4, 6], []]);
  });

  it('ignores numbers that are not on the agenda', () => {
    const s = run(['TOP 1.', 'Das ist Punkt 3 meiner Rede.'], [{ number: '1', title: 'A', public: true }, { number: '2', title: 'B', public: true }]);
    expect(s.segments[0].cues).toHaveLength(2);
    expect(s.segments[1].found).toBe(false);
  });
});
