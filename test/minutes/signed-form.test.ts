/**
 * The form a clerk signs, read back from the .docx the real CLI writes (`rathaus minutes`): attendance
 * by role with groups from the OParl memberships, the clerk from the attendance report's organizer,
 * room devices and unattributed voices named for review but never listed as attendees, "ab/bis" only
 * for real late arrivals and early departures, quotes marked as such and without fillers, Vorlage
 * numbers complete and once, the Beschlusstext from the Vorlage, "in der geänderten Fassung", the
 * placeholder, "Bitte prüfen" with evidence, "Kein Beschluss erkannt – bitte prüfen" once per TOP, the
 * AI label, and nothing of the non-public part in the public document. The session, its agenda and
 * its attendance were written for this test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { docxText } from './sessions.js';

const C = (n: number, from: string, to: string, who: string, text: string) => `c0ffee00-0000-4000-8000-0000000000${String(n).padStart(2, '0')}/${n}-0\n${from} --> ${to}\n<v ${who}>${text}</v>\n`;

const VTT = [
  'WEBVTT\n',
  C(1, '00:00:05.000', '00:00:15.000', 'Dr. Klaus Reimers', 'Guten Abend. Ich eröffne die 9. Sitzung des Bauausschusses um 17:00 Uhr und stelle die Beschlussfähigkeit fest.'),
  C(2, '00:02:00.000', '00:02:10.000', 'Dr. Klaus Reimers', 'Wir kommen zu Tagesordnungspunkt 2, Mitteilungen der Verwaltung. Frau Kramer, bitte.'),
  C(3, '00:02:11.000', '00:02:30.000', 'Beate Kramer', 'Danke. Die Sanierung der Brücke am Kanal beginnt im Juni, die Umleitung wird ausgeschildert.'),
  C(4, '00:02:31.000', '00:02:40.000', 'Unknown Speaker', 'Äh, kann man mich im Saal hören? Die Umleitung führt nämlich direkt an der Grundschule vorbei.'),
  C(5, '00:20:00.000', '00:20:12.000', 'Dr. Klaus Reimers', 'Tagesordnungspunkt 3, Neubau des Feuerwehrgerätehauses Süd, Vorlage 850/26 A. Herr Brenner.'),
  C(6, '00:20:13.000', '00:20:30.000', 'Kai Brenner', 'Wir haben, äh, die Kosten geprüft und ähm halten den Standort an der Ringstraße für richtig.'),
  C(7, '00:20:31.000', '00:20:40.000', 'Raum A 1.20', 'Ähm, eine Frage aus dem Saal: Wann beginnt der Bau, und wo parken, äh, die Einsatzkräfte so lange?'),
  C(8, '00:20:41.000', '00:20:58.000', 'Dr. Klaus Reimers', 'Wer der Vorlage zustimmt, den bitte ich um das Handzeichen. Gegenstimmen? Keine. Enthaltungen? Keine. Damit ist die Vorlage einstimmig angenommen.'),
  C(9, '00:35:00.000', '00:35:12.000', 'Dr. Klaus Reimers', 'Tagesordnungspunkt 4, Radweg Lindenallee. Es liegt ein Änderungsantrag der Grünen vor, den Radweg zwei Meter breit zu bauen.'),
  C(10, '00:35:13.000', '00:35:30.000', 'Dr. Klaus Reimers', 'Wer dem Änderungsantrag zustimmt, den bitte ich um das Handzeichen. Gegenstimmen? Zwei. Enthaltungen? Keine. Damit ist der Änderungsantrag angenommen.'),
  C(11, '00:35:31.000', '00:35:48.000', 'Dr. Klaus Reimers', 'Nun zur Vorlage in der geänderten Fassung. Wer stimmt zu? Gegenstimmen? Keine. Enthaltungen? Keine. Damit ist die Vorlage einstimmig angenommen.'),
  C(12, '00:55:00.000', '00:55:10.000', 'Dr. Klaus Reimers', 'Tagesordnungspunkt 5, Zuschuss für den Sportverein Blau-Weiß.'),
  C(13, '00:55:11.000', '00:55:25.000', 'Dr. Klaus Reimers', 'Wer ist für den Zuschuss? Fünf. Wer ist dagegen? Vier. Gut, dann machen wir weiter.'),
  C(14, '01:15:00.000', '01:15:12.000', 'Dr. Klaus Reimers', 'Wir kommen zum nichtöffentlichen Teil. Ich bitte die Gäste und die Presse, den Raum zu verlassen.'),
  C(15, '01:15:13.000', '01:15:20.000', 'Dr. Klaus Reimers', 'Tagesordnungspunkt N 1, Grundstücksangelegenheit Flur 9. Frau Okafor.'),
  C(16, '01:15:21.000', '01:15:35.000', 'Mira Okafor', 'Die Firma Brackwede Immobilien hat als einzige geboten, und 312.000 Euro halten wir für angemessen.'),
  C(17, '01:15:36.000', '01:15:50.000', 'Dr. Klaus Reimers', 'Wer stimmt dem Verkauf zu? Gegenstimmen? Keine. Enthaltungen? Keine. Damit einstimmig beschlossen.'),
  C(18, '01:40:00.000', '01:40:08.000', 'Dr. Klaus Reimers', 'Ich schließe die Sitzung um 18:40 Uhr.'),
].join('\n');

const SECRETS = ['Brackwede', '312.000', 'Flur 9', 'Grundstücksangelegenheit'];

const item = (n: string, order: number, name: string, extra: Record<string, unknown> = {}) => ({ id: `https://ris.example.org/oparl/item/${order}`, type: 'https://schema.oparl.org/1.1/AgendaItem', number: n, order, name, public: true, ...extra });
const member = (name: string, group: string | null, role: string) => ({ type: 'https://schema.oparl.org/1.1/Membership', person: { name }, ...(group ? { onBehalfOf: { shortName: group } } : {}), role, votingRight: true });

const AGENDA = {
  id: 'https://ris.example.org/oparl/meeting/9',
  type: 'https://schema.oparl.org/1.1/Meeting',
  name: '9. Sitzung des Bauausschusses',
  start: '2026-05-07T17:00:00+02:00',
  organizationName: 'Bauausschuss',
  agendaItem: [
    item('1', 1, 'Eröffnung und Feststellung der Beschlussfähigkeit'),
    item('2', 2, 'Mitteilungen der Verwaltung'),
    item('3', 3, 'Neubau des Feuerwehrgerätehauses Süd (Vorlage 850/26 A)', {
      consultation: {
        paper: {
          id: 'https://ris.example.org/oparl/paper/850',
          reference: '850/26 A',
          name: 'Neubau des Feuerwehrgerätehauses Süd',
          mainFile: { text: 'Vorlage 850/26 A\nBeschlussvorschlag: Der Bauausschuss beschließt den Neubau des Feuerwehrgerätehauses Süd an der Ringstraße.\nBegründung: Das alte Gerätehaus ist zu klein.' },
        },
      },
    }),
    item('4', 4, 'Radweg Lindenallee', { consultation: { paper: { id: 'https://ris.example.org/oparl/paper/851', reference: '851/26', name: 'Radweg Lindenallee', mainFile: { text: 'Beschlussvorschlag:\nDer Bauausschuss beschließt den Bau eines Radwegs in der Lindenallee mit 1,60 m Breite.\n\nBegründung:\nSchulweg.' } } } }),
    item('5', 5, 'Zuschuss für den Sportverein Blau-Weiß', { consultation: { paper: { id: 'https://ris.example.org/oparl/paper/852', reference: '852/26' } } }),
    item('N 1', 6, 'Grundstücksangelegenheit Flur 9', { public: false }),
  ],
  membership: [
    member('Dr. Klaus Reimers', 'SPD', 'Vorsitzender'),
    member('Kai Brenner', 'SPD', 'Mitglied'),
    member('Olaf Dreier', 'SPD', 'Mitglied'),
    member('Ute Sander', 'CDU', 'Mitglied'),
    member('Sven Holt', 'CDU', 'Mitglied'),
    member('Mira Okafor', 'GRÜNE', 'Mitglied'),
  ],
};

/** Teams attendance export (UTF-8, tab-separated): the clerk organised the meeting. */
const row = (name: string, join: string, leave: string, role: string) => `${name}\t5/7/26, ${join}\t5/7/26, ${leave}\t\t${name.toLowerCase().replace(/[^a-z]+/g, '.')}@stadt.example\t${role}`;
const ATTENDANCE = [
  '1. Summary',
  'Meeting title\tBauausschuss – 9. Sitzung',
  'Start time\t5/7/26, 4:45:00 PM',
  'End time\t5/7/26, 7:05:00 PM',
  '',
  '2. Participants',
  'Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole',
  row('Jana Pohl', '4:45:10 PM', '7:05:00 PM', 'Organizer'),
  row('Dr. Klaus Reimers', '4:58:00 PM', '6:41:00 PM', 'Presenter'),
  row('Kai Brenner', '4:59:00 PM', '6:41:00 PM', 'Attendee'),
  // Joined before the opening at 17:00 (15 minutes after the Teams meeting began): no late arrival.
  row('Sven Holt', '4:58:30 PM', '6:52:00 PM', 'Attendee'),
  row('Ute Sander', '4:59:30 PM', '6:10:00 PM', 'Attendee'),
  row('Mira Okafor', '4:59:40 PM', '6:41:00 PM', 'Attendee'),
  row('Olaf Dreier', '5:31:00 PM', '6:41:00 PM', 'Attendee'),
  row('Beate Kramer', '4:59:50 PM', '6:41:00 PM', 'Presenter'),
  row('Dr. Lutz Feld', '5:15:00 PM', '5:25:00 PM', 'Attendee'),
  row('Raum A 1.20', '4:50:00 PM', '6:45:00 PM', 'Attendee'),
].join('\n');

const MEMBERS = 'Name;Fraktion;Rolle\nBeate Kramer;;Verwaltung (Beigeordnete)\n';

let dir: string;
let pub: string;
let nonpub: string;
let json: { clerk: string | null; files: { public: string; nonpublic: string | null } };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'signed-form-'));
  writeFileSync(path.join(dir, 'sitzung.vtt'), VTT);
  writeFileSync(path.join(dir, 'tagesordnung.json'), JSON.stringify(AGENDA));
  writeFileSync(path.join(dir, 'anwesenheit.csv'), ATTENDANCE);
  writeFileSync(path.join(dir, 'verwaltung.csv'), MEMBERS);
  const out: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, env: { LLM_PROVIDER: 'none' }, cwd: dir, isTTY: false };
  const code = await runCli(['minutes', '--transcript', 'sitzung.vtt', '--agenda', 'tagesordnung.json', '--attendance', 'anwesenheit.csv', '--members', 'verwaltung.csv', '--out', 'out', '--json'], io);
  expect(code).toBe(0);
  json = JSON.parse(out.join(''));
  pub = (await docxText(readFileSync(json.files.public))).body;
  nonpub = (await docxText(readFileSync(json.files.nonpublic!))).body;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of one TOP's block in the body (from its heading to the next TOP heading or the end). */
function topBlock(body: string, number: string): string {
  const start = body.indexOf(`TOP ${number} – `);
  expect(start, `TOP ${number}`).toBeGreaterThanOrEqual(0);
  const next = body.slice(start + 6).search(/TOP [\dN][\w .]* – /u);
  return next < 0 ? body.slice(start) : body.slice(start, start + 6 + next);
}

/** The attendance part: from the first role heading to the agenda. */
const attendancePart = (body: string) => body.slice(body.indexOf('Vorsitz:'), body.indexOf('Tagesordnung'));

describe('the signed form: attendance', () => {
  it('lists people by role: Vorsitz with group, members by group, Verwaltung, the clerk from the organizer, Gäste', () => {
    expect(json.clerk).toBe('Jana Pohl');
    const part = attendancePart(pub);
    const order = ['Vorsitz: Dr. Klaus Reimers (SPD)', 'Schriftführung: Jana Pohl', 'Stimmberechtigte Mitglieder', 'CDU', 'Sven Holt', 'Ute Sander', 'GRÜNE', 'Mira Okafor', 'SPD', 'Kai Brenner', 'Olaf Dreier', 'Von der Verwaltung', 'Beate Kramer', 'Gäste', 'Dr. Lutz Feld'];
    let at = 0;
    for (const s of order) {
      const i = part.indexOf(s, at);
      expect(i, `„${s}“ after position ${at} in: ${part}`).toBeGreaterThanOrEqual(0);
      at = i + s.length;
    }
    // Chair and clerk have their own lines, not a second entry among members or guests.
    const lists = part.slice(part.indexOf('Stimmberechtigte Mitglieder'));
    expect(lists).not.toContain('Reimers');
    expect(lists).not.toContain('Jana Pohl');
  });

  it('names the room device and the unattributed voice for review, never as attendees', () => {
    const part = attendancePart(pub);
    const review = part.indexOf('Nicht als Teilnehmende geführt – Bitte prüfen');
    expect(review).toBeGreaterThan(0);
    for (const device of ['Raum A 1.20', 'Unknown Speaker']) {
      expect(part.slice(0, review), device).not.toContain(device);
      expect(part.slice(review), device).toContain(device);
    }
  });

  it('gives "ab"/"bis" only to the real late arrival and early departure, with the TOP', () => {
    const part = attendancePart(pub);
    expect(part).toContain('Olaf Dreier – ab 17:31 Uhr (ab TOP 4)');
    expect(part).toContain('Ute Sander – bis 18:10 Uhr (bis TOP 5)');
    // Joined before the opening, left after the closing: no note.
    expect(part).not.toMatch(/Sven Holt –/u);
    expect(part).not.toMatch(/Kai Brenner –/u);
  });
});

describe('the signed form: TOPs', () => {
  it('prints each Vorlage number complete and once per line', () => {
    const agendaLine = pub.slice(pub.indexOf('TOP 3  '), pub.indexOf('TOP 4  '));
    expect(agendaLine).toBe('TOP 3  Neubau des Feuerwehrgerätehauses Süd (Vorlage 850/26 A)');
    expect(pub).not.toMatch(/850\/26(?! A)/u);
    expect(pub).not.toMatch(/\(Vorlage 850\/26 A\)\s*\(Vorlage/u);
    expect(topBlock(pub, '3')).toMatch(/^TOP 3 – Neubau des Feuerwehrgerätehauses SüdVorlage: 850\/26 A/u);
  });

  it('gives the adopted Vorlage its Beschlusstext, the amended one the mark, the rest the placeholder', () => {
    expect(topBlock(pub, '3')).toContain('Beschlusstext: Der Bauausschuss beschließt den Neubau des Feuerwehrgerätehauses Süd an der Ringstraße.');
    expect(topBlock(pub, '3')).not.toContain('Das alte Gerätehaus');
    const top4 = topBlock(pub, '4');
    expect(top4).toContain('in der geänderten Fassung');
    expect(top4).toContain('Der Bauausschuss beschließt den Bau eines Radwegs in der Lindenallee');
    // The amendment itself has no Beschlusstext of its own.
    expect(top4.match(/Beschlusstext:/gu)).toHaveLength(1);
  });

  it('marks what is not sure with "Bitte prüfen" and the evidence, and a TOP without decision once', () => {
    const top5 = topBlock(pub, '5');
    expect(top5).toMatch(/Bitte prüfen \((?:unsicher|nicht erkannt)\)/u);
    expect(top5).toMatch(/Beleg \(17:55, Dr\. Klaus Reimers\), wörtlich: „Wer ist für den Zuschuss\?/u);
    const top2 = topBlock(pub, '2');
    expect(top2.match(/Kein Beschluss erkannt – bitte prüfen/gu)).toHaveLength(1);
    // The sure decision of TOP 3 carries no mark.
    expect(topBlock(pub, '3')).not.toContain('Bitte prüfen (');
  });

  it('quotes contributions as quotes, without fillers, and marks voices it cannot attribute', () => {
    expect(pub).toContain('Kai Brenner (17:20), wörtlich: „Wir haben die Kosten geprüft und halten den Standort an der Ringstraße für richtig.“');
    expect(pub).toContain('Nicht zugeordnete Stimme („Unknown Speaker“) (17:02), wörtlich: „Kann man mich im Saal hören? Die Umleitung führt nämlich direkt an der Grundschule vorbei.“ – Bitte prüfen: Person zuordnen');
    expect(pub).toContain('Raumgerät „Raum A 1.20“ (Person nicht erkannt) (17:20), wörtlich: „Eine Frage aus dem Saal: Wann beginnt der Bau, und wo parken die Einsatzkräfte so lange?“ – Bitte prüfen: Person zuordnen');
    for (const quote of pub.match(/„[^“]*“/gu) ?? []) expect(quote).not.toMatch(/(?<!\p{L})(?:äh|ähm|öhm)(?!\p{L})/iu);
  });
});

describe('the signed form: two documents', () => {
  it('keeps the non-public part out of the public document and in its own, both labelled as drafts made with AI support', async () => {
    const all = (await docxText(readFileSync(json.files.public))).all;
    for (const secret of SECRETS) expect(all, secret).not.toContain(secret);
    expect(nonpub).toContain('Brackwede Immobilien');
    expect(nonpub).toContain('TOP N 1 – Grundstücksangelegenheit Flur 9');
    for (const file of [json.files.public, json.files.nonpublic!]) {
      const { headers, footers } = await docxText(readFileSync(file));
      expect(headers).toContain('Entwurf – mit KI-Unterstützung erstellt');
      expect(footers).toContain('Entwurf – mit KI-Unterstützung erstellt');
    }
  });
});
