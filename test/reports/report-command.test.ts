/** `rathaus report` through the real CLI entry point, on records written by the real stores. */
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAuditLogFor } from '../../src/audit/create-audit-log.js';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config.js';
import { createStoreUsageRecorder } from '../../src/llm/store-usage-recorder.js';
import { createFeedbackRecords } from '../../src/storage/records/feedback-records.js';
import { createMinutesDraftRecords } from '../../src/storage/records/minutes-draft-records.js';
import { createTimeFeedbackRecords } from '../../src/storage/records/time-feedback-records.js';
import { createStore } from '../../src/storage/create-store.js';
import type { PilotReport } from '../../src/reports/pilot/types.js';

function io(env: Record<string, string>, cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
  return { value, out, err };
}

const ENV = { RATHAUS_DATA_DIR: './data', MODEL_PRICES: 'chat=0.15/0.60;chat=0.12/0.48@2026-11-16', OPERATING_COST_EUR_MONTH: '30', BASELINE_MINUTES_QUESTION: '6' };
let cwd: string;

beforeAll(async () => {
  cwd = mkdtempSync(path.join(tmpdir(), 'rathaus-report-'));
  const config = parseConfig({ RATHAUS_DATA_DIR: path.join(cwd, 'data') });
  const store = createStore(config);
  const audit = createAuditLogFor(config, { store });
  const usage = createStoreUsageRecorder(store);
  // Eight people ask two questions each on 14 and 20 November; one model call per answer.
  for (const [day, price] of [['2026-11-14', 0.15], ['2026-11-20', 0.12]] as const) {
    for (let u = 0; u < 8; u++) {
      const at = `${day}T10:0${u}:00.000Z`;
      await audit.record({ at, userId: `hash-${u}`, capability: 'ask', outcome: u < 6 ? 'answered' : 'noResults', sources: u < 6 ? [{ id: 'local:satzung.pdf' }] : [] });
      if (u < 6) void usage.record({ at, purpose: 'answer', model: 'chat', provider: 'azure-openai', promptTokens: 1_000_000, completionTokens: 0, ms: 500, attempts: 1, status: 'success' });
      void price;
    }
  }
  // Model calls are recorded without waiting, as call-model.ts does; stored by the group commit.
  await usage.flush();
  const day = (d: string) => () => new Date(`${d}T12:00:00.000Z`);
  for (let u = 0; u < 5; u++) await createFeedbackRecords(store, { now: day('2026-11-14') }).recordFeedback({ reaction: u === 0 ? 'dislike' : 'like', comment: u === 0 ? 'Frau Müller sagt etwas anderes' : undefined, userId: `user-${u}`, replyToId: `r${u}` });
  await createTimeFeedbackRecords(store, { now: day('2026-11-14') }).recordTimeFeedback({ task: 'answer', verdict: 'saved', userId: 'user-1', taskId: 'r1' });
  await createMinutesDraftRecords(store, { now: day('2026-11-20') }).recordMinutesDraft({ userId: 'clerk', items: 5, facts: 9, factsToCheck: 2 });
});

describe('rathaus report', () => {
  it('writes Pilotbericht_<from>_<to>.docx and .xlsx plus the charts, and prints a German summary', async () => {
    const cli = io(ENV, cwd);
    expect(await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-30', '--out', 'bericht'], cli.value)).toBe(0);
    const files = readdirSync(path.join(cwd, 'bericht')).sort();
    expect(files).toEqual(expect.arrayContaining(['Pilotbericht_2026-11-01_2026-11-30.docx', 'Pilotbericht_2026-11-01_2026-11-30.xlsx', 'Pilotbericht_2026-11-01_2026-11-30_fragen-je-woche.png', 'Pilotbericht_2026-11-01_2026-11-30_kosten-je-monat.svg']));
    expect(files).toHaveLength(2 + 4 * 2);
    const out = cli.out.join('').replace(/\u00a0/g, ' ');
    expect(out).toContain('Pilotbericht 01.11.2026 bis 30.11.2026');
    expect(out).toContain('Fragen: 16');
    // 6 answers × 1 M input tokens at 0.15 € and 6 at 0.12 € after the price change, plus 30 € operating cost.
    expect(out).toContain('Kosten gesamt (Sprachmodell + Betrieb): 31,62 € (1,62 € + 30,00 €)');
    expect(out).toContain('Zeitersparnis – Rechenannahme: 1,2 Std.');
    const zip = await JSZip.loadAsync(await readFile(path.join(cwd, 'bericht', 'Pilotbericht_2026-11-01_2026-11-30.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toContain('Müller');
  });

  it('--json prints the report data', async () => {
    const cli = io(ENV, cwd);
    expect(await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-30', '--out', 'bericht-json', '--json'], cli.value)).toBe(0);
    const report = JSON.parse(cli.out.join('')) as PilotReport;
    expect(report.total.use).toMatchObject({ questions: 16, answered: 12, notFound: 4, people: 8 });
    expect(report.total.quality).toMatchObject({ likes: 4, dislikes: 1, comments: 1, minutesFacts: 9, minutesFactsToCheck: 2 });
    expect(report.total.reported.answersSaved).toBe(1);
    expect(report.totalCost.modelEur).toBeCloseTo(1.62, 10);
    expect(JSON.stringify(report)).not.toMatch(/Müller|hash-\d/);
  });

  it('refuses a bad period in German and writes nothing', async () => {
    const cli = io(ENV, cwd);
    expect(await runCli(['report', '--from', '2026-12-01', '--to', '2026-11-30', '--out', 'leer'], cli.value)).toBe(2);
    expect(cli.err.join('')).toContain('Der Zeitraum ist leer');
    const bad = io(ENV, cwd);
    expect(await runCli(['report', '--from', '1.10.2026', '--to', '2026-11-30', '--out', 'leer'], bad.value)).toBe(2);
    expect(bad.err.join('')).toContain('JJJJ-MM-TT');
    expect(existsSync(path.join(cwd, 'leer'))).toBe(false);
  });

  it('names a malformed MODEL_PRICES in German', async () => {
    const cli = io({ ...ENV, MODEL_PRICES: 'chat=billig' }, cwd);
    expect(await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-30'], cli.value)).toBe(2);
    expect(cli.err.join('')).toMatch(/MODEL_PRICES.*chat=billig/);
  });
});
