import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createOparl } from '../../src/oparl/create-oparl.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startOparlEmulator, type OparlEmulator } from '../fakes/oparl-emulator.js';
import { API, beispielstadt } from '../fakes/oparl-test-data.js';

let dir: string;
let emulator: OparlEmulator;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'oparl-minutes-'));
  emulator = await startOparlEmulator(beispielstadt());
});
afterEach(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd: dir, isTTY: false };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

const TRANSCRIPT = `5. Sitzung Bauausschuss-20260310_170000-Besprechungsaufzeichnung
10. März 2026, 05:00PM
0h 20m 0s

Petra Lang   0:05
Ich eröffne die Sitzung und rufe Tagesordnungspunkt 1 auf, die Sanierung der Turnhalle Nord. Wer stimmt der Vorlage zu? Das ist einstimmig beschlossen.

Petra Lang   5:00
Wir kommen zum nichtöffentlichen Teil, Tagesordnungspunkt N 1, Grundstücksangelegenheit Gewerbegebiet Ost. Der Zuschlag geht an den Bieter mit dem höchsten Gebot.
`;

describe('rathaus minutes --oparl-meeting', () => {
  it('takes the agenda with public flags and Vorlagen from the RIS meeting', async () => {
    writeFileSync(path.join(dir, 'sitzung.txt'), TRANSCRIPT);
    const cli = io({ LLM_PROVIDER: 'none', OPARL_CONTACT: 'it@beispielstadt.example' });
    const code = await runCli(['minutes', '--transcript', 'sitzung.txt', '--oparl-meeting', emulator.url(`${API}/meeting/1`), '--out', 'out', '--json'], cli.value);
    expect(cli.err()).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(cli.out()) as { organization: string; items: { number: string; title: string; public: boolean }[]; files: { nonpublic: string | null } };
    expect(json.organization).toBe('Bauausschuss');
    // The RIS agenda's TOPs come first, with the RIS's public flags (the draft may add what it heard beyond them).
    expect(json.items.slice(0, 2).map((i) => [i.number, i.public])).toEqual([
      ['1', true],
      ['N 1', false],
    ]);
    expect(json.files.nonpublic).not.toBeNull();
    expect(emulator.requests.some((r) => r.path.endsWith('/consultation/21'))).toBe(true);
    expect(emulator.requests.every((r) => r.userAgent?.includes('it@beispielstadt.example'))).toBe(true);
  });

  it("gives an adopted TOP the Beschlussvorschlag of its Vorlage as Beschlusstext, read from the Vorlage's PDF", async () => {
    // The Vorlage's main file (a PDF the emulator builds) with a Beschlussvorschlag written for this test.
    emulator.setFile(`${API}/file/31/download`, {
      mimeType: 'application/pdf',
      text: 'Sanierung der Turnhalle Nord\n\nBeschlussvorschlag:\nDer Bauausschuss beschließt, Dach und Heizung der Turnhalle Nord im Sommer 2026 erneuern zu lassen.\n\nBegründung:\nDie Turnhalle ist seit 1974 in Betrieb.',
    });
    writeFileSync(path.join(dir, 'sitzung.txt'), TRANSCRIPT);
    const cli = io({ LLM_PROVIDER: 'none', OPARL_CONTACT: 'it@beispielstadt.example' });
    const code = await runCli(['minutes', '--transcript', 'sitzung.txt', '--oparl-meeting', emulator.url(`${API}/meeting/1`), '--out', 'out', '--json'], cli.value);
    expect(cli.err()).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(cli.out()) as { items: { number: string; public: boolean; decisions: { outcome: string; resolution: string | null }[] }[] };
    const top1 = json.items.find((i) => i.number === '1')!;
    expect(top1.decisions.map((d) => d.outcome)).toContain('angenommen');
    const adopted = top1.decisions.find((d) => d.outcome === 'angenommen')!;
    expect(adopted.resolution).toBe('Der Bauausschuss beschließt, Dach und Heizung der Turnhalle Nord im Sommer 2026 erneuern zu lassen.');
    // The Begründung is not part of the resolution, and nothing beyond its title is read of the non-public TOP.
    expect(adopted.resolution).not.toContain('1974');
    expect(emulator.requests.filter((r) => r.path.includes('/file/')).map((r) => r.path)).toEqual([new URL(emulator.url(`${API}/file/31/download`)).pathname]);
  });

  it('keeps the placeholder and says so when the Vorlage has no readable main file', async () => {
    emulator.update(`${API}/paper/1`, { mainFile: { id: `${API}/file/31`, type: 'https://schema.oparl.org/1.1/File', name: 'Vorlage 2026/0101', fileName: '31.pdf', mimeType: 'application/pdf', accessUrl: `${API}/file/31/fehlt` } });
    writeFileSync(path.join(dir, 'sitzung.txt'), TRANSCRIPT);
    const cli = io({ LLM_PROVIDER: 'none' });
    const code = await runCli(['minutes', '--transcript', 'sitzung.txt', '--oparl-meeting', emulator.url(`${API}/meeting/1`), '--out', 'out', '--json'], cli.value);
    expect(code).toBe(0);
    const json = JSON.parse(cli.out()) as { items: { number: string; decisions: { outcome: string; resolution: string | null }[] }[]; warnings: string[] };
    const adopted = json.items.find((i) => i.number === '1')!.decisions.find((d) => d.outcome === 'angenommen')!;
    expect(adopted.resolution).toContain('2026/0101');
    expect(adopted.resolution).not.toContain('Dach und Heizung');
    expect(json.warnings.some((w) => w.includes('Vorlage 2026/0101') && w.includes('Beschlussvorschlag'))).toBe(true);
  });

  it('says in German when the URL is no OParl meeting', async () => {
    writeFileSync(path.join(dir, 'sitzung.txt'), TRANSCRIPT);
    const cli = io({ LLM_PROVIDER: 'none' });
    expect(await runCli(['minutes', '--transcript', 'sitzung.txt', '--oparl-meeting', emulator.url(`${API}/paper/1`), '--out', 'out'], cli.value)).not.toBe(0);
    expect(cli.err()).toContain('ist keine OParl-Sitzung (Meeting)');
  });
});

describe('the RIS meeting named in a calendar entry', () => {
  it('gives the Niederschrift its agenda from the RIS page link, and nothing for other links', async () => {
    const service = createOparl(
      { OPARL_SYSTEM_URL: emulator.systemUrl, OPARL_CONTACT: 'it@beispielstadt.example', OPARL_MAX_RPS: 50, OPARL_ALLOWED_HOSTS: [], RATHAUS_DATA_DIR: dir, MAX_FILE_MB: 10, OPARL_BODY_ID: undefined },
      { parse: parseDocument, store: createMemoryStore() },
    )!;
    await service.sync();
    const found = await service.agendaFromText('<p>Einladung zur Sitzung, Unterlagen: <a href="https://ris.beispielstadt.example/sitzung/1">https://ris.beispielstadt.example/sitzung/1</a>.</p>');
    expect(found?.url).toBe('https://ris.beispielstadt.example/sitzung/1');
    expect(found?.agenda.items.map((i) => [i.number, i.public, i.paper])).toEqual([
      ['1', true, '2026/0101'],
      ['N 1', false, undefined],
    ]);
    expect(found?.agenda.memberships).toEqual([{ name: 'Petra Lang', group: 'GM', role: 'Vorsitzende', votingRight: true }]);
    expect(await service.agendaFromText('Bitte https://www.example.org/info lesen und https://ris.beispielstadt.example/vorlage/2 beachten.')).toBeUndefined();
  });
});
