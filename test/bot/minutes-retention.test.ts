/**
 * Retention of minutes records in the running server: started as in production (startRathaus,
 * local store), it deletes the per-activity request records and finished jobs older than
 * MINUTES_RETENTION_DAYS and keeps recent ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { startRathaus } from '../../src/index.js';
import { createLocalStore } from '../../src/storage/local-store.js';

const work = mkdtempSync(path.join(tmpdir(), 'rathaus-minutes-retention-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('minutes retention in the running server', () => {
  it('purges request records and finished jobs older than MINUTES_RETENTION_DAYS at start', async () => {
    const knowledge = path.join(work, 'knowledge');
    mkdirSync(knowledge, { recursive: true });
    writeFileSync(path.join(knowledge, 'a.md'), '# Hinweis\n\nDas Bürgerbüro ist montags geöffnet.\n');
    const dataDir = path.join(work, 'data');
    const store = createLocalStore(path.join(dataDir, 'state'));
    const day = 86_400_000;
    const old = new Date(Date.now() - 12 * day).toISOString();
    const recent = new Date(Date.now() - 2 * day).toISOString();
    await store.put('minutes-requests/old', { jobId: 'j-old', at: old });
    await store.put('minutes-requests/recent', { jobId: 'j-recent', at: recent });
    const job = (id: string, at: string) => ({ id, state: 'done', createdAt: at, updatedAt: at, input: { transcript: { cues: [], attributed: false } }, progress: { stage: 'done', finished: 1, total: 1 }, summaries: {}, attempts: 1 });
    await store.put('minutes-jobs/j-old', job('j-old', old));
    await store.put('minutes-jobs/j-recent', job('j-recent', recent));

    const config = parseConfig({ PORT: '0', KNOWLEDGE_DIR: knowledge, RATHAUS_DATA_DIR: dataDir, RATHAUS_ENV: '', MINUTES_RETENTION_DAYS: '7' });
    const app = await startRathaus(config, createLogger('silent'));
    try {
      const deadline = Date.now() + 10_000;
      while ((await store.list('minutes-requests/')).length > 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await store.list('minutes-requests/')).toEqual(['minutes-requests/recent']);
      expect(await store.list('minutes-jobs/')).toEqual(['minutes-jobs/j-recent']);
    } finally {
      await app.server.shutdown('test');
    }
  }, 60_000);
});
