import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config.js';
import { createStore } from '../../src/storage/create-store.js';
import { createUnansweredRecords } from '../../src/storage/records/unanswered-records.js';

function io(env: Record<string, string>, cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
  return { value, out, err };
}

describe('rathaus audit purge', () => {
  it('deletes days past retention and says so in German', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rathaus-cli-'));
    const auditDir = path.join(cwd, 'data', 'audit');
    mkdirSync(auditDir, { recursive: true });
    const line = (at: string) => `${JSON.stringify({ at, userId: 'u', capability: 'ask', outcome: 'answered', sources: [] })}\n`;
    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(path.join(auditDir, '2020-01-01.jsonl'), line('2020-01-01T10:00:00.000Z'));
    writeFileSync(path.join(auditDir, '2020-01-02.jsonl'), line('2020-01-02T10:00:00.000Z'));
    writeFileSync(path.join(auditDir, `${today}.jsonl`), line(new Date().toISOString()));
    const cli = io({ RATHAUS_DATA_DIR: './data', AUDIT_RETENTION_DAYS: '30' }, cwd);
    expect(await runCli(['audit', 'purge'], cli.value)).toBe(0);
    expect(cli.out.join('')).toBe('2 Tag(e) des Audit-Protokolls gelöscht (2020-01-01 bis 2020-01-02); aufbewahrt werden 30 Tage.\n');
    expect(existsSync(path.join(auditDir, '2020-01-01.jsonl'))).toBe(false);
    expect(existsSync(path.join(auditDir, `${today}.jsonl`))).toBe(true);
    const again = io({ RATHAUS_DATA_DIR: './data', AUDIT_RETENTION_DAYS: '30' }, cwd);
    expect(await runCli(['audit', 'purge'], again.value)).toBe(0);
    expect(again.out.join('')).toContain('Keine Audit-Einträge');
  });

  it('deletes unanswered-question records past the same retention, and keeps recent ones', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rathaus-cli-'));
    const store = createStore(parseConfig({ RATHAUS_DATA_DIR: path.join(cwd, 'data') }));
    const at = (iso: string) => createUnansweredRecords(store, { recordText: true, now: () => new Date(iso) });
    await at('2020-03-01T09:00:00.000Z').recordUnanswered({ question: 'Wann ist das Wertstoffmobil in Uerdingen?', userId: 'u1' });
    await at('2020-03-02T09:00:00.000Z').recordUnanswered({ question: 'Wo gibt es Streusalz für Gehwege?', userId: 'u2' });
    await at(new Date().toISOString()).recordUnanswered({ question: 'Gibt es einen Zuschuss für Lastenräder?', userId: 'u3' });
    const cli = io({ RATHAUS_DATA_DIR: './data', AUDIT_RETENTION_DAYS: '30' }, cwd);
    expect(await runCli(['audit', 'purge'], cli.value)).toBe(0);
    expect(cli.out.join('')).toContain('2 Einträge unbeantworteter Fragen gelöscht (älter als 30 Tage)');
    const left = await createUnansweredRecords(store, { recordText: false }).listUnanswered(new Date('2020-01-01'), new Date());
    expect(left.map((r) => r.text)).toEqual(['Gibt es einen Zuschuss für Lastenräder?']);
  });

  it('has help', async () => {
    const cli = io({}, tmpdir());
    expect(await runCli(['audit', 'purge', '--help'], cli.value)).toBe(0);
    expect(cli.out.join('')).toContain('AUDIT_RETENTION_DAYS');
  });
});
