/**
 * The form a clerk signs (GO NRW § 52 and the usual Geschäftsordnungen): each adopted decision with
 * the wording of the resolution from the item's paper (OParl Consultation → Paper), marked "in der
 * geänderten Fassung" after an adopted amendment, else a clear placeholder; attendance by role
 * (Vorsitz, stimmberechtigte Mitglieder by group from the OParl memberships, beratende Mitglieder,
 * Verwaltung, Schriftführung, Gäste, Abwesende). The session and its agenda were written for this test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { parseAgenda, resolutionFromPaperText } from '../../src/minutes/agenda.js';
import { membersFromMemberships } from '../../src/minutes/roster.js';
import { docxText, fixture, FIXTURES } from './sessions.js';

describe('papers and memberships in the agenda', () => {
  it('reads the Beschlussvorschlag of a paper’s text, up to the next heading', () => {
    const text = 'Sachverhalt:\nDer Spielplatz ist marode.\n\nBeschlussvorschlag:\nDer Ausschuss beschließt die Sanierung des Spielplatzes Am Anger.\nDie Mittel werden aus dem Budget 2026 bereitgestellt.\n\nFinanzielle Auswirkungen:\n80.000 Euro';
    expect(resolutionFromPaperText(text)).toBe('Der Ausschuss beschließt die Sanierung des Spielplatzes Am Anger.\nDie Mittel werden aus dem Budget 2026 bereitgestellt.');
    expect(resolutionFromPaperText('Sachverhalt: nur ein Bericht ohne Vorschlag.')).toBeUndefined();
  });

  it('reads a Beschlussvorschlag whose text follows its label on the same line, as a PDF text layer joins them', () => {
    // Label and first sentence on one line, the next section on a line of its own.
    const joined = 'Vorlage 77/26\nBeschlussvorschlag: Der Werksausschuss stimmt dem Wirtschaftsplan 2027 des Bauhofs zu.\nBegründung: Der Plan ist ausgeglichen.';
    expect(resolutionFromPaperText(joined)).toBe('Der Werksausschuss stimmt dem Wirtschaftsplan 2027 des Bauhofs zu.');
    // "… der Verwaltung:" inline, the text running over two lines, the next label right after a sentence's end.
    const flowing = 'Beschlussvorschlag der Verwaltung: Die Gemeindevertretung beschließt die Satzung über\ndie Erhebung von Marktgebühren. Finanzielle Auswirkungen: 4.000 Euro Mehrertrag im Jahr.';
    expect(resolutionFromPaperText(flowing)).toBe('Die Gemeindevertretung beschließt die Satzung über\ndie Erhebung von Marktgebühren.');
    // The label as the whole block and the Sachverhalt inline, in the other order.
    const before = 'Sachverhalt: Die Brücke am Mühlbach ist gesperrt.\nBeschlussempfehlung:\nDer Ausschuss empfiehlt dem Rat den Ersatzneubau der Brücke.\nAnlagen: Gutachten';
    expect(resolutionFromPaperText(before)).toBe('Der Ausschuss empfiehlt dem Rat den Ersatzneubau der Brücke.');
  });

  it('does not take prose that merely names a Beschlussvorschlag for the proposal', () => {
    expect(resolutionFromPaperText('Sachverhalt:\nDer Beschlussvorschlag der Verwaltung wurde im Fachausschuss vertagt und liegt heute erneut vor.')).toBeUndefined();
    expect(resolutionFromPaperText('Beschlussvorschlag wird in der Sitzung nachgereicht, weil die Stellungnahme fehlt.')).toBeUndefined();
    // A label with nothing after it but the next section: no wording, so the placeholder stays.
    expect(resolutionFromPaperText('Beschlussvorschlag:\nBegründung: folgt.')).toBeUndefined();
  });

  it('takes papers (reference, title, Beschlussvorschlag) and memberships from an OParl meeting', () => {
    const agenda = parseAgenda(fixture('oparl-meeting-umwelt-papiere.json').toString('utf8'));
    expect(agenda.items.map((i) => [i.number, i.paper, !!i.resolution])).toEqual([
      ['1', 'UA/2026/014', true],
      ['2', 'UA/2026/019', false],
    ]);
    expect(agenda.items[0].resolution).toMatch(/^Der Umweltausschuss empfiehlt dem Rat/u);
    expect(agenda.memberships?.map((m) => [m.name, m.group ?? null])).toContainEqual(['Bernd Kessler', 'CDU']);
  });

  it('maps OParl roles to the roles of the Niederschrift', () => {
    const roles = membersFromMemberships([
      { name: 'A', role: 'Vorsitzender' },
      { name: 'B', role: 'stellvertretende Vorsitzende' },
      { name: 'C', role: 'stellv. Mitglied' },
      { name: 'D', role: 'Mitglied', votingRight: false },
      { name: 'E', role: 'Schriftführerin' },
      { name: 'F' },
    ]).map((m) => m.role);
    expect(roles).toEqual(['Vorsitz', 'stellv. Vorsitz', 'Stellvertretung', 'beratendes Mitglied', 'Schriftführung', 'Mitglied']);
  });
});

describe('rathaus minutes: resolution wording and attendance by role', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'minutes-clerk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the paper’s wording, the amended mark, the placeholder, and lists people by role', async () => {
    const out: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, env: {}, cwd: dir, isTTY: false };
    const f = (n: string) => path.join(FIXTURES, n);
    const code = await runCli(['minutes', '--transcript', f('umweltausschuss-aenderung.vtt'), '--agenda', f('oparl-meeting-umwelt-papiere.json'), '--members', f('mitglieder-umwelt-verwaltung.csv'), '--out', 'out', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(out.join(''));
    const [amendment, motion] = json.items[0].decisions;
    expect([amendment.subject, amendment.outcome, amendment.resolution]).toEqual(['Änderungsantrag der Grünen', 'angenommen', null]);
    expect(motion.outcome).toBe('angenommen');
    expect(motion.resolution).toMatch(/^Beschlossen in der geänderten Fassung – .*: Der Umweltausschuss empfiehlt dem Rat, die Dritte Satzung/u);
    expect(json.items[1].decisions[0].resolution).toBe('Beschlusstext bitte aus der Vorlage UA/2026/019 übernehmen.');
    expect(json.absent).toEqual(['Ole Brandt']);
    expect(json.clerk).toBe('Tim Harms');

    const { body } = await docxText(readFileSync(json.files.public));
    const order = ['Vorsitz: Dr. Inga Rohloff (SPD)', 'Schriftführung: Tim Harms', 'Stimmberechtigte Mitglieder', 'CDU', 'Bernd Kessler', 'GRÜNE', 'Mara Yilmaz, stellv. Vorsitz', 'Beratende Mitglieder', 'Gisela Voß', 'Von der Verwaltung', 'Petra Lindner', 'Gäste', 'Dr. Nils Ebert', 'Abwesend', 'Ole Brandt (SPD) – entschuldigt'];
    let at = 0;
    for (const s of order) {
      const i = body.indexOf(s, at);
      expect(i, `„${s}“ after position ${at}`).toBeGreaterThanOrEqual(0);
      at = i + s.length;
    }
    // The chair is listed once, in the Vorsitz line, not again among the members.
    expect(body.slice(body.indexOf('Stimmberechtigte Mitglieder'), body.indexOf('Beratende Mitglieder'))).not.toContain('Rohloff');
    expect(body).toContain('Beschlusstext: Beschlossen in der geänderten Fassung');
  });
});
