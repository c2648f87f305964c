/**
 * The knowledge folder stays closed, through the `rathaus` CLI: a symbolic link (to a file or to a
 * folder) whose target lies outside KNOWLEDGE_DIR is not read, is reported as skipped with its
 * reason, and nothing of the target becomes searchable; links that stay inside are followed once.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

let root: string;

function io(): CliIo & { out: string; err: string } {
  const captured = { out: '', err: '', stdout: (t: string) => void (captured.out += t), stderr: (t: string) => void (captured.err += t), env: {}, cwd: root, isTTY: false };
  return captured;
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-links-'));
  const wissen = path.join(root, 'wissen');
  mkdirSync(path.join(wissen, 'satzungen'), { recursive: true });
  writeFileSync(path.join(wissen, 'satzungen', 'hundesteuer.md'), '# Hundesteuer\n\nDie Hundesteuer wird jährlich zum 1. Juli fällig.\n');
  // Outside the knowledge folder: a "server file" and a private folder.
  mkdirSync(path.join(root, 'privat'));
  writeFileSync(path.join(root, 'geheim.txt'), 'Kennwortliste Zugangsdaten Serverraum Tresorcode 4711\n');
  writeFileSync(path.join(root, 'privat', 'personalakte.md'), '# Personalakte\n\nAbmahnung wegen Verspätung im Bürgerbüro.\n');
  symlinkSync(path.join(root, 'geheim.txt'), path.join(wissen, 'benutzer.txt'));
  symlinkSync(path.join(root, 'privat'), path.join(wissen, 'archiv'));
  // Inside: a file link and a folder link (also a loop back to the root) are fine.
  symlinkSync(path.join(wissen, 'satzungen', 'hundesteuer.md'), path.join(wissen, 'hund.md'));
  symlinkSync(wissen, path.join(wissen, 'satzungen', 'zurueck'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('symbolic links in the knowledge folder', () => {
  it('skips links that lead outside with a reason, and nothing of their targets is searchable', async () => {
    const c = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], c)).toBe(0);
    const out = JSON.parse(c.out) as { documents: number; skipped: { source: string; reason: string }[] };
    expect(out.skipped).toEqual(expect.arrayContaining([{ source: 'benutzer.txt', reason: 'outside' }, { source: 'archiv/', reason: 'outside' }]));
    expect(out.documents).toBe(2); // satzungen/hundesteuer.md and the inside link hund.md, the loop walked once

    const human = io();
    await runCli(['index', 'wissen', '--data-dir', 'd2'], human);
    expect(human.out + human.err).toContain('Verknüpfung aus dem Wissensordner hinaus');

    for (const query of ['Tresorcode Kennwortliste', 'Abmahnung Personalakte']) {
      const s = io();
      await runCli(['search', query, '--data-dir', 'd', '--json'], s);
      expect(s.out.replaceAll(query, '')).not.toMatch(/Tresorcode|Kennwort|Abmahnung|geheim|personalakte/i);
    }
    const ok = io();
    await runCli(['search', 'Hundesteuer fällig', '--data-dir', 'd', '--json'], ok);
    expect(ok.out).toContain('Hundesteuer');
  });
});
