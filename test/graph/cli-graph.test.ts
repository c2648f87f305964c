/**
 * `rathaus search` and `rathaus ask` with --source and a delegated token against the Graph
 * emulator: the JSON `source` of a hit is the item's webUrl or the mail's webLink.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';

let emu: GraphEmulator;
let root: string;

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout: (t: string) => void (captured.out += t),
    stderr: (t: string) => void (captured.err += t),
    env: { GRAPH_BASE_URL: emu.baseUrl, RATHAUS_DATA_DIR: path.join(root, 'data'), LLM_PROVIDER: 'none', ...env },
    cwd: root,
    isTTY: false,
  };
  return captured;
}

const DIENSTANWEISUNG = 'https://rathaus-beispiel.sharepoint.com/sites/Kaemmerei/Dokumente/Dienstanweisung%20Haushaltssperre.docx';

beforeAll(async () => {
  emu = await startGraphEmulator();
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-graph-cli-'));
  mkdirSync(path.join(root, 'wissen'));
  writeFileSync(path.join(root, 'wissen', 'haushalt.md'), '# Haushaltsführung\n\n## Haushaltssperre\n\nWährend einer Haushaltssperre sind nur unabweisbare Ausgaben zulässig; die Haushaltssperre verhängt der Kämmerer.\n');
  expect(await runCli(['index', 'wissen', '--json'], io())).toBe(0);
});

afterAll(async () => {
  await emu.close();
  rmSync(root, { recursive: true, force: true });
});

describe('rathaus search --source', () => {
  it('searches SharePoint with --graph-token; source is the webUrl', async () => {
    const c = io();
    expect(await runCli(['search', 'Wer genehmigt Ausnahmen von der Haushaltssperre?', '--source', 'sharepoint', '--graph-token', TOKENS.anna, '--json'], c)).toBe(0);
    const out = JSON.parse(c.out) as { hits: { source: string }[] };
    expect(out.hits[0].source).toBe(DIENSTANWEISUNG);
    expect(out.hits.every((h) => h.source.startsWith('https://rathaus-beispiel'))).toBe(true);
  });

  it('searches Outlook with GRAPH_ACCESS_TOKEN; source is the webLink, and only the token user’s mail', async () => {
    const c = io({ GRAPH_ACCESS_TOKEN: TOKENS.bernd });
    expect(await runCli(['search', 'Haushaltssperre Personalrat', '--source', 'outlook', '--json'], c)).toBe(0);
    const out = JSON.parse(c.out) as { hits: { source: string; snippet: string }[] };
    expect(out.hits.length).toBeGreaterThan(0);
    expect(out.hits.every((h) => h.source.startsWith('https://outlook.office365.com/owa/?ItemID=AAMkBernd'))).toBe(true);
  });

  it('explains in German that a Graph source needs a token', async () => {
    const c = io();
    expect(await runCli(['search', 'Haushaltssperre', '--source', 'outlook'], c)).toBe(2);
    expect(c.err).toMatch(/--graph-token.*GRAPH_ACCESS_TOKEN/);
  });
});

describe('rathaus ask --source all', () => {
  it('answers from the local index, SharePoint and Outlook with their own links', async () => {
    const c = io();
    expect(await runCli(['ask', 'Ab wann gilt die Haushaltssperre?', '--source', 'all', '--graph-token', TOKENS.anna, '--top', '8', '--json'], c)).toBe(0);
    const out = JSON.parse(c.out) as { found: boolean; citations: { source: string }[] };
    expect(out.found).toBe(true);
    const sources = out.citations.map((x) => x.source);
    expect(sources).toContain('haushalt.md');
    expect(sources).toContain(DIENSTANWEISUNG);
    expect(sources.some((s) => s.startsWith('https://outlook.office365.com/owa/?ItemID=AAMkAnna0001'))).toBe(true);
  });

  it('keeps answering from the local index when Graph is throttled beyond the deadline', async () => {
    emu.throttle({ times: 1000, retryAfterSeconds: 120 });
    try {
      const c = io();
      expect(await runCli(['ask', 'Ab wann gilt die Haushaltssperre?', '--source', 'all', '--graph-token', TOKENS.anna, '--json'], c)).toBe(0);
      const out = JSON.parse(c.out) as { found: boolean; citations: { source: string }[]; notice?: string };
      expect(out.found).toBe(true);
      expect(out.citations.every((x) => x.source === 'haushalt.md')).toBe(true);
      expect(out.notice).toMatch(/SharePoint|Outlook/);
    } finally {
      emu.clearFaults();
    }
  });
});
