/**
 * Parsing on a worker thread: same results and the same German refusals as in-process, the event
 * loop stays free while a large file is read, and a parse over its time limit ends its worker
 * without taking the next parse with it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { ParseSkip } from '../../src/knowledge/parsers/types.js';
import { MAX_TRANSCRIPT_INPUT, parseTranscript } from '../../src/minutes/parse-transcript.js';
import { createOffThreadParsers } from '../../src/security/off-thread-parsers.js';

const VTT = readFileSync(path.resolve('test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));
const parsers = createOffThreadParsers();
afterAll(() => parsers.close());

/** Largest gap between timer ticks while `work` runs (how long the event loop was held). */
async function longestStall(work: Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  await work.catch(() => undefined);
  clearInterval(timer);
  return worst;
}

describe('off-thread parsers', () => {
  it('parse a transcript and a document exactly like the in-process parsers', async () => {
    expect(await parsers.parseTranscript(VTT, 'vtt')).toEqual(await parseTranscript(VTT, 'vtt'));
    const doc = await parsers.parseDocument(Buffer.from('# Satzung\n\n## § 1 Zweck\n\nDie Satzung regelt die Gebühren.\n'), 'satzung.md');
    expect(doc.title).toBe('Satzung');
    expect(doc.blocks.map((b) => b.text)).toContain('Die Satzung regelt die Gebühren.');
    const local = await parsers.parseLocalDocument(Buffer.from('# Ordnung\n\nText der Ordnung.\n'), 'ordnung.md');
    expect(local.blocks.map((b) => b.text)).toContain('Text der Ordnung.');
  });

  it('bring the German refusal and the skip reason back from the worker', async () => {
    const tooBig = Buffer.alloc(MAX_TRANSCRIPT_INPUT + 1, 0x20);
    await expect(parsers.parseTranscript(tooBig, 'vtt')).rejects.toSatisfy((e) => isAppError(e, 'limit') && /zu groß/.test(e.userMessage ?? ''));
    await expect(parsers.parseDocument(Buffer.from('x'), 'bild.xyz')).rejects.toSatisfy((e) => e instanceof ParseSkip && e.reason === 'unsupported');
  });

  it('keep the event loop free while a maximum-size transcript is read', async () => {
    const cue = (i: number) => `${i}\n00:00:${String(i % 60).padStart(2, '0')}.000 --> 00:00:${String(i % 60).padStart(2, '0')}.900\n<v Anna Schmitz>Der Ausschuss berät die Vorlage ${i} &amp; stimmt ab.</v>\n\n`;
    let vtt = 'WEBVTT\n\n';
    for (let i = 0; vtt.length < MAX_TRANSCRIPT_INPUT - 200; i++) vtt += cue(i);
    await parsers.parseTranscript(VTT, 'vtt'); // worker started
    const stall = await longestStall(parsers.parseTranscript(Buffer.from(vtt), 'vtt'));
    expect(stall).toBeLessThan(1000);
  });

  it('end a parse that exceeds its time limit and serve the next one with a fresh worker', async () => {
    const strict = createOffThreadParsers({ transcriptTimeoutMs: 1 });
    try {
      const big = Buffer.from(`WEBVTT\n\n${'00:00:01.000 --> 00:00:02.000\nWort Wort Wort\n\n'.repeat(30_000)}`);
      await expect(strict.parseTranscript(big, 'vtt')).rejects.toSatisfy((e) => isAppError(e, 'limit') && /in angemessener Zeit/.test(e.userMessage ?? ''));
    } finally {
      await strict.close();
    }
    expect((await parsers.parseTranscript(VTT, 'vtt')).cues.length).toBeGreaterThan(10);
  });
});
