/**
 * A knowledge folder written for a test, indexed through `rathaus index`, and asked through
 * `rathaus ask --json` without a model: the CLI path a user takes.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

export interface CliAnswer {
  found: boolean;
  answer: string;
  citations: { source: string; snippet: string }[];
}

/** Writes `files` (name → text) into a new folder, indexes it and returns `ask` for that folder. */
export async function indexedCliFolder(prefix: string, files: Record<string, string>): Promise<{ ask: (question: string) => Promise<CliAnswer> }> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  const dataDir = path.join(root, 'data');
  const io = (): CliIo & { out: string[] } => {
    const out: string[] = [];
    return { out, stdout: (t) => void out.push(t), stderr: () => undefined, env: { RATHAUS_DATA_DIR: dataDir, LLM_PROVIDER: 'none' }, cwd: root, isTTY: false };
  };
  await mkdir(path.join(root, 'knowledge'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, 'knowledge', name), text);
  expect(await runCli(['index', path.join(root, 'knowledge'), '--data-dir', dataDir, '--json'], io())).toBe(0);
  return {
    ask: async (question) => {
      const cli = io();
      expect(await runCli(['ask', question, '--json'], cli)).toBe(0);
      return JSON.parse(cli.out.join('')) as CliAnswer;
    },
  };
}
