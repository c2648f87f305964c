import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { startOparlEmulator, type OparlEmulator } from '../fakes/oparl-emulator.js';
import { API, beispielstadt } from '../fakes/oparl-test-data.js';

let root: string;
let emulator: OparlEmulator;

function io(env: NodeJS.ProcessEnv): CliIo & { out: string; err: string } {
  const captured = { out: '', err: '', stdout: (t: string) => void (captured.out += t), stderr: (t: string) => void (captured.err += t), env, cwd: root, isTTY: false };
  return captured;
}

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-oparl-cli-'));
  emulator = await startOparlEmulator(beispielstadt(), { pageSize: 3 });
});
afterEach(async () => {
  await emulator.close();
  rmSync(root, { recursive: true, force: true });
});

const env = () => ({ OPARL_SYSTEM_URL: emulator.systemUrl, OPARL_CONTACT: 'it@beispielstadt.example', OPARL_MAX_RPS: '50', RATHAUS_DATA_DIR: 'data', LLM_PROVIDER: 'none' });

describe('rathaus index/search/ask --source oparl', () => {
  it('syncs the RIS, then only its changes, and answers questions by reference with the RIS page', async () => {
    const first = io(env());
    expect(await runCli(['index', '--source', 'oparl', '--json'], first)).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ mode: 'load', documents: 11, skipped: [{ reason: 'invalid' }] });
    expect(emulator.requests.every((r) => r.userAgent?.includes('Kontakt: it@beispielstadt.example'))).toBe(true);

    emulator.update(`${API}/paper/5`, { name: 'Prüfauftrag zum Einsatz von KI im Bürgerbüro und im Standesamt' }, new Date(Date.now() + 5000).toISOString());
    const second = io(env());
    expect(await runCli(['index', '--source', 'oparl'], second)).toBe(0);
    expect(second.out).toMatch(/abgeglichen \(nur Änderungen\).*neu gelesen 1, entfernt 0/);

    const search = io(env());
    expect(await runCli(['search', 'Worum geht es in 88/26 B?', '--source', 'oparl', '--json'], search)).toBe(0);
    const hits = JSON.parse(search.out).hits as { source: string; sourceId: string; passes: boolean }[];
    expect(hits[0]).toMatchObject({ source: 'https://ris.beispielstadt.example/vorlage/2', sourceId: 'oparl', passes: true });
    // "88/26" alone is another Antrag: the exact reference wins.
    const plain = io(env());
    await runCli(['search', 'Was wurde mit 88/26 beantragt?', '--source', 'oparl', '--json'], plain);
    expect(JSON.parse(plain.out).hits[0].source).toBe('https://ris.beispielstadt.example/vorlage/5');

    const ask = io(env());
    expect(await runCli(['ask', 'Was kostet die Sanierung der Turnhalle Nord?', '--source', 'oparl', '--json'], ask)).toBe(0);
    const answer = JSON.parse(ask.out) as { found: boolean; answer: string; citations: { source: string }[] };
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('480.000 Euro');
    expect(answer.citations[0].source).toBe('https://ris.beispielstadt.example/vorlage/1');

    const nothing = io(env());
    await runCli(['ask', 'Wann wird die Hundesteuer für Kampfhunde erhöht?', '--source', 'oparl', '--json'], nothing);
    expect(JSON.parse(nothing.out).found).toBe(false);
  });

  it('answers a council question by Gremium and day, and says "nicht gefunden" for a day without its meeting or for the non-public part', async () => {
    expect(await runCli(['index', '--source', 'oparl'], io(env()))).toBe(0);
    const ask = async (q: string) => {
      const a = io(env());
      expect(await runCli(['ask', q, '--source', 'oparl', '--json'], a)).toBe(0);
      return JSON.parse(a.out) as { found: boolean; answer: string; citations: { source: string; snippet: string }[] };
    };
    const held = await ask('Was hat der Bauausschuss am 10.3.2026 zur Turnhalle Nord beschlossen?');
    expect(held.found).toBe(true);
    expect(held.citations.map((c) => c.source)).toContain('https://ris.beispielstadt.example/top/11');
    // The Bauausschuss met on the 10th, not the 11th; the Ausschuss für Digitales never met in March.
    expect((await ask('Was hat der Bauausschuss am 11.03.2026 zur Turnhalle Nord beschlossen?')).found).toBe(false);
    expect((await ask('Was hat der Ausschuss für Digitales am 10.03.2026 zur Turnhalle beschlossen?')).found).toBe(false);
    const secret = await ask('Wer bekam im nichtöffentlichen Teil des Bauausschusses am 10.03.2026 das Grundstück im Gewerbegebiet Ost?');
    expect(secret.found).toBe(false);
    expect(JSON.stringify(secret)).not.toContain('Grundwert');
  });

  it('names the missing configuration and the missing first sync in German', async () => {
    const none = io({ RATHAUS_DATA_DIR: 'data' });
    expect(await runCli(['index', '--source', 'oparl'], none)).not.toBe(0);
    expect(none.err).toContain('OPARL_SYSTEM_URL');
    const noContact = io({ OPARL_SYSTEM_URL: emulator.systemUrl, RATHAUS_DATA_DIR: 'data' });
    expect(await runCli(['index', '--source', 'oparl'], noContact)).not.toBe(0);
    expect(noContact.err).toContain('OPARL_CONTACT fehlt');
    const early = io(env());
    expect(await runCli(['search', 'Turnhalle', '--source', 'oparl'], early)).not.toBe(0);
    expect(early.err).toContain('rathaus index --source oparl');
  });
});
