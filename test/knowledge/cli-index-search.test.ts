import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

let root: string;

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    stdout: (t: string) => void (captured.out += t),
    stderr: (t: string) => void (captured.err += t),
    env,
    cwd: root,
    isTTY: false,
  };
  return captured;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-cli-'));
  mkdirSync(path.join(root, 'wissen'));
  writeFileSync(path.join(root, 'wissen', 'reisekosten.md'), '# Reisekosten\n\nDie Reisekostenabrechnung ist binnen sechs Monaten einzureichen.\n');
  writeFileSync(path.join(root, 'wissen', 'kaputt.pdf'), '%PDF-1.4 kaputt');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('rathaus index', () => {
  it('prints exactly documents, chunks, skipped, warnings and ms with --json', async () => {
    const c = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], c)).toBe(0);
    const out = JSON.parse(c.out);
    expect(Object.keys(out)).toEqual(['documents', 'chunks', 'skipped', 'warnings', 'ms']);
    expect(out).toMatchObject({ documents: 1, chunks: 1, skipped: [{ source: 'kaputt.pdf', reason: 'unreadable' }], warnings: [] });
    expect(typeof out.ms).toBe('number');
  });

  it('leaves the checklists of the Antragsvorprüfung (pruefkataloge/*.yaml) out of the index without calling them unsupported', async () => {
    mkdirSync(path.join(root, 'wissen', 'pruefkataloge'));
    writeFileSync(path.join(root, 'wissen', 'pruefkataloge', 'parkausweis.yaml'), 'id: parkausweis\ntitle: Antrag auf Parkausweis\n');
    writeFileSync(path.join(root, 'wissen', 'pruefkataloge', 'hinweise.yml'), 'id: hinweise\n');
    // A YAML file elsewhere is no checklist: still reported as a file the index cannot read.
    writeFileSync(path.join(root, 'wissen', 'liste.yaml'), 'a: 1\n');
    const c = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], c)).toBe(0);
    const out = JSON.parse(c.out) as { documents: number; skipped: { source: string; reason: string }[] };
    expect(out.documents).toBe(1);
    expect(out.skipped.map((s) => s.source).sort()).toEqual(['kaputt.pdf', 'liste.yaml']);
    const text = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd'], text)).toBe(0);
    expect(text.out).not.toContain('pruefkataloge');
  });

  it('uses KNOWLEDGE_DIR and RATHAUS_DATA_DIR from the environment and reports in German', async () => {
    const c = io({ KNOWLEDGE_DIR: 'wissen', RATHAUS_DATA_DIR: 'daten' });
    expect(await runCli(['index'], c)).toBe(0);
    expect(c.out).toContain('1 Dokumente');
    expect(c.out).toContain('kaputt.pdf: nicht lesbar');
    const s = io({ RATHAUS_DATA_DIR: 'daten' });
    expect(await runCli(['search', 'Reisekosten abrechnen', '--json'], s)).toBe(0);
    expect(JSON.parse(s.out).hits[0].source).toBe('reisekosten.md');
  });

  it('fails with a German message for a missing folder', async () => {
    const c = io();
    expect(await runCli(['index', 'gibtsnicht', '--data-dir', 'd'], c)).toBe(2);
    expect(c.err).toContain('Wissensordner');
  });
});

describe('rathaus search', () => {
  it('returns hits as JSON with title, source, snippet and score', async () => {
    await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], io());
    const c = io();
    expect(await runCli(['search', 'Abrechnung der Reisekosten', '--data-dir', 'd', '--json', '--top', '3'], c)).toBe(0);
    const out = JSON.parse(c.out);
    expect(out.query).toBe('Abrechnung der Reisekosten');
    expect(out.hits).toHaveLength(1);
    expect(out.hits[0]).toMatchObject({ title: 'Reisekosten', source: 'reisekosten.md', snippet: expect.stringContaining('sechs Monaten') });
    expect(out.hits[0].score).toBeGreaterThan(0);
  });

  it('says in German when nothing was found', async () => {
    await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], io());
    const c = io();
    expect(await runCli(['search', 'Hundesteuer', '--data-dir', 'd'], c)).toBe(0);
    expect(c.out).toContain('Keine passenden Fundstellen');
  });

  it('answers a batch file with one JSON object per line', async () => {
    await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], io());
    writeFileSync(path.join(root, 'fragen.txt'), 'Reisekostenabrechnung\n\nHundesteuer\n');
    const c = io();
    expect(await runCli(['search', '--batch', 'fragen.txt', '--data-dir', 'd', '--json'], c)).toBe(0);
    const lines = c.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(['Reisekostenabrechnung', 'Hundesteuer']);
    expect(lines[0].hits[0].source).toBe('reisekosten.md');
    expect(lines[1].hits).toEqual([]);
  });

  it('explains a missing index, a missing query and a bad --top in German with a non-zero exit', async () => {
    const noIndex = io();
    expect(await runCli(['search', 'Urlaub', '--data-dir', 'leer'], noIndex)).toBe(2);
    expect(noIndex.err).toContain('Kein Suchindex');
    const noQuery = io();
    expect(await runCli(['search', '--data-dir', 'd'], noQuery)).toBe(2);
    expect(noQuery.err).toContain('Bitte eine Suchanfrage angeben');
    const badTop = io();
    expect(await runCli(['search', 'Urlaub', '--top', 'viele'], badTop)).toBe(2);
    expect(badTop.err).toContain('--top');
  });

  it('has German help on both commands', async () => {
    for (const cmd of ['index', 'search']) {
      const c = io();
      expect(await runCli([cmd, '--help'], c)).toBe(0);
      expect(c.out).toContain('Beispiel');
    }
  });
});
