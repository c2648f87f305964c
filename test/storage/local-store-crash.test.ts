import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLocalStore } from '../../src/storage/local-store.js';

const writer = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crash-writer.ts');

interface Rec {
  i: number;
  payload: string;
  sha: string;
}

/** Starts the writer, waits until it has acknowledged `acks` writes, then kills it with SIGKILL. */
async function writeAndKill(dir: string, acks: number): Promise<Set<number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked = new Set<number>();
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  await new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.add(Number(line.slice(4)));
      if (acked.size >= acks && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended with ${code}: ${stderr}`))));
  });
  return acked;
}

function checkRecord(r: Rec | undefined): void {
  expect(r).toBeDefined();
  expect(createHash('sha256').update(r!.payload).digest('hex')).toBe(r!.sha);
}

describe('local store crash safety', () => {
  it('after SIGKILL mid-write every record is complete or absent, acknowledged ones are there, nothing is duplicated', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rathaus-crash-'));
    const acked = await writeAndKill(dir, 25);

    // Every file the store would read is complete JSON; temp files may lie around.
    const files = readdirSync(path.join(dir, 'crash', 'records'));
    for (const f of files.filter((n) => n.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(path.join(dir, 'crash', 'records', f), 'utf8')), f).not.toThrow();
    }

    const store = createLocalStore(dir); // "restart"
    const keys = await store.list('crash/records/');
    expect(new Set(keys).size).toBe(keys.length);
    const indices = new Set<number>();
    for (const key of keys) {
      const rec = await store.get<Rec>(key);
      checkRecord(rec);
      expect(key).toBe(`crash/records/${String(rec!.i).padStart(6, '0')}`);
      indices.add(rec!.i);
    }
    for (const i of acked) expect(indices.has(i), `acknowledged record ${i}`).toBe(true);
    checkRecord(await store.get<Rec>('crash/latest'));

    // The restarted store keeps working in the same directory, stray temp files or not.
    await store.put('crash/records/after-restart', { ok: true });
    expect(await store.get('crash/records/after-restart')).toEqual({ ok: true });
    expect((await store.list('crash/records/')).length).toBe(keys.length + 1);
  });
});
