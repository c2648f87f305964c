/**
 * Child process for the crash test: writes records to a local store as fast as it can and prints
 * "ack <n>" after each write has completed, until it is killed. Not a test file by itself.
 */
import { createHash } from 'node:crypto';
import { createLocalStore } from '../../src/storage/local-store.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-writer <dir>');
const store = createLocalStore(dir);

// Large records built once, so the process spends its time writing (where a kill must not
// leave a torn file) rather than computing.
const PAYLOADS = [0, 1, 2].map((n) => `Niederschrift ${n} `.repeat(150_000 + n * 1000));
const SHAS = PAYLOADS.map((p) => createHash('sha256').update(p).digest('hex'));

function record(i: number) {
  return { i, payload: PAYLOADS[i % 3], sha: SHAS[i % 3] };
}

let next = 0;
async function worker(): Promise<void> {
  while (next < 100_000) {
    const i = next++;
    await store.put(`crash/records/${String(i).padStart(6, '0')}`, record(i));
    // The same key rewritten all the time: it must always hold one complete version.
    await store.put('crash/latest', record(i));
    process.stdout.write(`ack ${i}\n`);
  }
}
await Promise.all(Array.from({ length: 6 }, worker));
