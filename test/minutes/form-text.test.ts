/**
 * The wording rules of the signed form, one by one, with sentences written for this test: fillers out of
 * quotes, Vorlage numbers complete and once, "ab/bis" only for real late arrivals and early departures
 * and with the TOP in the order of the session, the body's name and the session times in the header.
 */
import { describe, expect, it } from 'vitest';
import { parseAgendaText } from '../../src/minutes/agenda.js';
import { detectProcedure } from '../../src/minutes/detect-procedure.js';
import { draftSchema, type Decision } from '../../src/minutes/draft-schema.js';
import { renderMinutesDocx, titleWithoutPaper } from '../../src/minutes/render-docx.js';
import { annotateWithTops, buildRoster } from '../../src/minutes/roster.js';
import { withoutFillers } from '../../src/minutes/sentences.js';
import { docxText } from './sessions.js';

describe('quotes without fillers', () => {
  it.each([
    ['Wir haben, äh, den Antrag gelesen.', 'Wir haben den Antrag gelesen.'],
    ['Ähm, ich habe eine Frage zur Kita.', 'Ich habe eine Frage zur Kita.'],
    ['Das kostet ääh rund zehntausend Euro. Öhm. Mehr nicht.', 'Das kostet rund zehntausend Euro. Mehr nicht.'],
    ['Nein, äh, das sehen wir anders.', 'Nein, das sehen wir anders.'],
    ['Es ist wichtig, ähm, dass wir das heute beschließen.', 'Es ist wichtig, dass wir das heute beschließen.'],
    ['Das war ähm... ein langer Abend, hm?', 'Das war ein langer Abend?'],
  ])('%s', (raw, clean) => {
    expect(withoutFillers(raw)).toBe(clean);
  });

  it('keeps words that only look like fillers', () => {
    for (const t of ['Ähnliche Fälle gab es in Öhringen.', 'Das ist eh schon beschlossen.', 'Herr Öhm hat das Wort.']) expect(withoutFillers(t)).toBe(t);
  });
});

describe('Vorlage numbers complete and once', () => {
  it('reads the suffix of a Vorlage number in an agenda title', () => {
    const agenda = parseAgendaText('TOP 1 Schulhof Nord (Vorlage 412/26 B)\nTOP 2 Kitagebühren, Vorlage Nr. 77/2026 neu\nTOP 3 Vorlage 90/26 Bericht zur Lage\nTOP 4 Brücke (Drucksache 2026/0311-2)');
    expect(agenda.items.map((i) => i.paper)).toEqual(['412/26 B', '77/2026 neu', '90/26', '2026/0311-2']);
  });

  it('takes the number out of the title in any spelling, so the form prints it once', () => {
    expect(titleWithoutPaper({ title: 'Schulhof Nord (Vorlage 412/26 B)', paper: '412/26 B' })).toBe('Schulhof Nord');
    expect(titleWithoutPaper({ title: 'Kitagebühren – Vorlage Nr. 77/2026 neu', paper: '77/2026 neu' })).toBe('Kitagebühren');
    expect(titleWithoutPaper({ title: 'Brücke (Drucksache: 2026/0311-2) – Ersatzneubau', paper: '2026/0311-2' })).toBe('Brücke – Ersatzneubau');
    // Another number that merely starts the same stays.
    expect(titleWithoutPaper({ title: 'Schulhof Nord (Vorlage 412/26 B)', paper: '412/26' })).toBe('Schulhof Nord (Vorlage 412/26 B)');
  });
});

describe('"ab" and "bis" in the attendance', () => {
  const attendance = {
    meetingStart: '18:30',
    meetingEnd: '21:15',
    attendees: [
      { name: 'Früh Online', joined: '18:41', left: '21:10' },
      { name: 'Spät Gekommen', joined: '19:20', left: '21:10' },
      { name: 'Früh Gegangen', joined: '18:55', left: '20:05' },
    ],
  };

  it('measures against the opening and closing heard in the transcript, not the Teams meeting around it', () => {
    const roster = buildRoster(attendance, [], [], { start: '18:58', end: '21:02' });
    const note = (n: string) => roster.present.find((p) => p.name === n)?.note ?? null;
    expect(note('Früh Online')).toBeNull();
    expect(note('Spät Gekommen')).toBe('ab 19:20 Uhr');
    expect(note('Früh Gegangen')).toBe('bis 20:05 Uhr');
  });

  it('without a heard opening, only a join more than ten minutes after the Teams meeting began is a late arrival', () => {
    const roster = buildRoster({ ...attendance, attendees: [{ name: 'Pünktlich', joined: '18:38' }, ...attendance.attendees] }, []);
    const note = (n: string) => roster.present.find((p) => p.name === n)?.note ?? null;
    expect(note('Pünktlich')).toBeNull();
    // The Teams meeting's start is all there is: 11 minutes after it counts, as the clerk would read the report.
    expect(note('Früh Online')).toBe('ab 18:41 Uhr');
  });

  it('names the TOP whose vote the person could join or last took part in, in the order of the session', () => {
    const dec = (time: string): Decision => ({ text: '', outcome: 'angenommen', votes: null, unanimous: true, voteText: '', uncertain: false, time, subject: null, votesByGroup: null, status: 'sicher', reasons: [], evidence: [], resolution: null, alternatives: [] });
    // TOP 7 was brought forward and dealt with first; TOP 3 ran long (its vote late); TOP 4 took no vote.
    const items = [
      { number: '3', public: true, found: true, start: '19:10', decisions: [dec('19:40')] },
      { number: '4', public: true, found: true, start: '19:45', decisions: [] },
      { number: '5', public: true, found: true, start: '20:00', decisions: [dec('20:10')] },
      { number: '7', public: true, found: true, start: '19:00', decisions: [dec('19:05')] },
      { number: '8', public: false, found: true, start: '20:30', decisions: [dec('20:40')] },
    ];
    const people = [{ note: 'ab 19:20 Uhr' }, { note: 'bis 19:50 Uhr' }, { note: 'bis 20:45 Uhr' }, { note: 'ab 18:59 Uhr' }];
    annotateWithTops(people, items);
    expect(people.map((p) => p.note)).toEqual([
      'ab 19:20 Uhr (ab TOP 3)',
      'bis 19:50 Uhr (bis TOP 4)',
      // The non-public TOP 8 is never named: the note appears in the public document.
      'bis 20:45 Uhr (bis TOP 5)',
      'ab 18:59 Uhr (ab TOP 7)',
    ]);
  });
});

describe('the body in the header', () => {
  const cue = (text: string) => ({ id: '1', start: 5, end: 12, speaker: 'Vorsitz', text });
  it.each([
    ['Ich eröffne die 4. Sitzung des Ortsrates und begrüße die Gäste auf der Tribüne.', 'Ortsrat'],
    ['Hiermit eröffne ich die 31. Sitzung des Ausschusses für Umwelt und Klima und stelle die Beschlussfähigkeit fest.', 'Ausschuss für Umwelt und Klima'],
    ['Ich eröffne die Sitzung des Haupt- und Finanzausschusses um 18 Uhr.', 'Haupt- und Finanzausschuss'],
    ['Ich eröffne die 12. Plenarsitzung des Sächsischen Landtages und stelle fest, dass wir beschlussfähig sind.', 'Sächsischer Landtag'],
    ['Ich eröffne die 5. Sitzung des Kreistags.', 'Kreistag'],
  ])('%s', (text, body) => {
    expect(detectProcedure([cue(text)]).organization).toBe(body);
  });
});

describe('session times in the header', () => {
  const base = draftSchema.parse({
    title: '3. Sitzung des Sozialausschusses', organization: 'Sozialausschuss', sessionNumber: '3', date: '2026-06-11', place: null, start: '18:04', end: '19:47', interruptions: [],
    chair: 'Hanne Wolters', clerk: null, present: [], absent: [], guests: [], style: 'ergebnis', warnings: [],
    items: [
      { number: '1', title: 'Bericht zur Tafel', public: true, paper: null, found: true, start: '18:05', summary: null, quotes: [], decisions: [], bias: [], statements: [], warnings: [] },
      { number: '2', title: 'Personalangelegenheit', public: false, paper: null, found: true, start: '19:30', summary: null, quotes: [], decisions: [], bias: [], statements: [], warnings: [] },
    ],
    facts: [
      { kind: 'Beginn', text: '18:04', status: 'sicher', evidence: [{ cueId: 'a', time: '18:04', speaker: 'Hanne Wolters', quote: 'Ich eröffne die Sitzung um 18:04 Uhr.' }] },
      // The end was not said as a clock time; the sentence it rests on was said in the non-public part.
      { kind: 'Ende', text: '19:47', status: 'unsicher', evidence: [{ cueId: 'z', time: '19:47', speaker: 'Hanne Wolters', quote: 'Die Abmahnung von Herrn Quast bleibt bestehen, damit schließe ich.' }] },
    ],
  });

  it('marks a time not heard as a clock time, and quotes its sentence only in the non-public document', async () => {
    const pub = (await docxText(await renderMinutesDocx(base, 'public'))).all;
    expect(pub).toContain('Beginn: 18:04 Uhr');
    expect(pub).not.toMatch(/Beginn: 18:04 Uhr – Bitte prüfen/u);
    expect(pub).toMatch(/Ende: 19:47 Uhr – Bitte prüfen \(/u);
    expect(pub).not.toContain('Quast');
    const nonpub = (await docxText(await renderMinutesDocx(base, 'nonpublic'))).body;
    expect(nonpub).toContain('„Die Abmahnung von Herrn Quast bleibt bestehen, damit schließe ich.“');
  });

  it('signs no room device as chair', async () => {
    const pub = (await docxText(await renderMinutesDocx({ ...base, chair: 'Raum A 1.20' }, 'public'))).body;
    expect(pub).toContain('Vorsitz: (bitte ergänzen – eröffnet hat Raumgerät „Raum A 1.20“ (Person nicht erkannt)) – Bitte prüfen');
    expect(pub).not.toMatch(/Raum A 1\.20Vorsitz/u);
  });
});
