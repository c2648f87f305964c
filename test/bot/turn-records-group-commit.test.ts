/**
 * The records every chat turn leaves (audit line, model usage) are written by group commit. Through
 * the running server started as `npm start` starts it (startRathaus, local store, a model over
 * real HTTP): many concurrent turns each find their audit line on disk when their request is
 * answered, and the usage of every model call is stored exactly once by the time shutdown ends.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type AppConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { startRathaus, type StartedApp } from '../../src/index.js';
import { readUsage } from '../../src/llm/store-usage-recorder.js';
import { createStore } from '../../src/storage/create-store.js';
import { hashUserId } from '../../src/storage/records/record-keys.js';
import { startOpenAiStub, stubReply, type OpenAiStub } from '../fakes/openai-stub.js';
import { personalMessage, postActivity, startReplyCollector, type ReplyCollector } from './reply-collector.js';

const work = mkdtempSync(path.join(tmpdir(), 'rathaus-group-commit-'));
let app: StartedApp;
let channel: ReplyCollector;
let model: OpenAiStub;
let config: AppConfig;

beforeAll(async () => {
  const knowledge = path.join(work, 'knowledge');
  mkdirSync(knowledge, { recursive: true });
  writeFileSync(path.join(knowledge, 'parken.md'), '# Parkausweis\n\nDer Parkausweis für Beschäftigte kostet 15 Euro im Monat und wird bei der Hausverwaltung beantragt.\n');
  model = await startOpenAiStub({ replies: () => stubReply.text('Der Parkausweis kostet 15 Euro im Monat [1].') });
  config = parseConfig({
    PORT: '0',
    KNOWLEDGE_DIR: knowledge,
    RATHAUS_DATA_DIR: path.join(work, 'data'),
    RATHAUS_ENV: '',
    LLM_PROVIDER: 'openai-compatible',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'stub',
    OPENAI_API_KEY: 'test',
    RATE_LIMIT_USER_PER_MINUTE: '1000',
  });
  app = await startRathaus(config, createLogger('silent'));
  await app.indexReady;
  channel = await startReplyCollector();
}, 60_000);

afterAll(async () => {
  await channel?.close();
  await model?.close();
  rmSync(work, { recursive: true, force: true });
});

function auditLines(): { userId: string; capability: string; outcome: string }[] {
  const dir = path.join(work, 'data', 'audit');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .flatMap((l) => {
      // Read while other turns append: a line still being written is not complete yet.
      try {
        return [JSON.parse(l) as { userId: string; capability: string; outcome: string }];
      } catch {
        return [];
      }
    });
}

describe('turn records by group commit, through the running server', () => {
  it('keeps the audit line of every concurrent turn and the usage of every model call, flushed by shutdown', async () => {
    const turns = Array.from({ length: 40 }, (_, i) => i);
    await Promise.all(
      turns.map(async (i) => {
        const id = `gc-${i}`;
        expect(await postActivity(app.server.url, personalMessage(id, 'Was kostet der Parkausweis für Beschäftigte?', channel.url, `user-${i}`))).toBe(200);
        // The request is answered only after the turn's audit line was appended.
        expect(auditLines().some((e) => e.userId === hashUserId(`user-${i}`, 'tenant-krefeld'))).toBe(true);
        expect(channel.repliesTo(id).length).toBeGreaterThan(0);
      }),
    );
    // Every turn is done: the file holds complete lines only.
    const raw = readdirSync(path.join(work, 'data', 'audit')).flatMap((f) => readFileSync(path.join(work, 'data', 'audit', f), 'utf8').split('\n').filter(Boolean));
    expect(raw.every((l) => l.startsWith('{') && l.endsWith('}'))).toBe(true);
    const lines = auditLines().filter((e) => e.capability === 'ask');
    expect(lines).toHaveLength(40);
    expect(new Set(lines.map((e) => e.userId)).size).toBe(40);
    expect(lines.every((e) => e.outcome === 'answered' && !e.userId.startsWith('user-'))).toBe(true);

    // Usage is recorded without the turn waiting for it: shutdown writes what is still queued.
    await app.server.shutdown('test');
    const calls = model.chatRequests().length;
    expect(calls).toBeGreaterThanOrEqual(40);
    const day = new Date().toISOString().slice(0, 10);
    const usage = await readUsage(createStore(config), day, day);
    expect(usage).toHaveLength(calls);
    // Stored by group commit: fewer records than calls.
    const records = await createStore(config).list('usage/');
    expect(records.length).toBeLessThan(calls);
  });
});
