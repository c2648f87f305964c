import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { createLocalStore } from '../../src/storage/local-store.js';
import { createFeedbackRecords } from '../../src/storage/records/feedback-records.js';
import { createJobRecords } from '../../src/storage/records/job-records.js';
import { hashUserId } from '../../src/storage/records/record-keys.js';
import { createUsageRecords } from '../../src/storage/records/usage-records.js';
import type { Store } from '../../src/storage/store.js';
import { createMemoryStore } from '../fakes/memory-store.js';

function clock(iso: string) {
  let t = Date.parse(iso);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), set: (s: string) => (t = Date.parse(s)) };
}

async function allValues(store: Store, prefix: string): Promise<string> {
  const keys = await store.list(prefix);
  return JSON.stringify(await Promise.all(keys.map((k) => store.get(k))));
}

describe('usage records', () => {
  it('stores a pseudonymous user and sums per capability over a date range', async () => {
    const store = createMemoryStore();
    const c = clock('2026-11-20T10:00:00.000Z');
    const usage = createUsageRecords(store, { now: c.now });
    await usage.recordUsage({ capability: 'ask', userId: 'anna-oid', tenantId: 'krefeld', promptTokens: 100, completionTokens: 20, ms: 800 });
    c.set('2026-11-21T09:00:00.000Z');
    await usage.recordUsage({ capability: 'ask', userId: 'bernd-oid', tenantId: 'krefeld', promptTokens: 50, completionTokens: 10, ms: 400 });
    await usage.recordUsage({ capability: 'ask', userId: 'anna-oid', tenantId: 'krefeld', promptTokens: 70, completionTokens: 5, ms: 1200, outcome: 'noResults' });
    await usage.recordUsage({ capability: 'minutes', userId: 'clara-oid', tenantId: 'krefeld', promptTokens: 9000, completionTokens: 3000, ms: 60_000, outcome: 'completed' });
    c.set('2026-11-23T09:00:00.000Z');
    await usage.recordUsage({ capability: 'search', userId: 'anna-oid', tenantId: 'krefeld', ms: 100 });

    expect(await allValues(store, '')).not.toContain('anna-oid');
    const s = await usage.summariseUsage(new Date('2026-11-20T00:00:00Z'), new Date('2026-11-21T23:59:59Z'));
    expect(s).toMatchObject({ requests: 4, distinctUsers: 3, promptTokens: 9220, completionTokens: 3035, unreadable: 0 });
    expect(s.byCapability.ask).toEqual({ requests: 3, distinctUsers: 2, promptTokens: 220, completionTokens: 35, p50Ms: 800, p95Ms: 1200, byOutcome: { answered: 2, noResults: 1 } });
    expect(s.byCapability.minutes?.requests).toBe(1);
    expect(s.byCapability.search).toBeUndefined();
    const oneDay = await usage.summariseUsage(new Date('2026-11-21T00:00:00Z'), new Date('2026-11-21T08:59:59Z'));
    expect(oneDay.requests).toBe(0);
  });

  it('loses no record when many instances write at the same moment', async () => {
    const store = createLocalStore(mkdtempSync(path.join(tmpdir(), 'rathaus-usage-')));
    const at = () => new Date('2026-11-21T12:00:00.000Z');
    const instances = [createUsageRecords(store, { now: at }), createUsageRecords(store, { now: at })];
    await Promise.all(Array.from({ length: 60 }, (_, i) => instances[i % 2].recordUsage({ capability: 'ask', userId: `u${i % 7}`, promptTokens: 1, ms: i })));
    const s = await instances[0].summariseUsage(new Date('2026-11-21T00:00:00Z'), new Date('2026-11-21T23:59:59Z'));
    expect(s.requests).toBe(60);
    expect(s.promptTokens).toBe(60);
    expect(s.distinctUsers).toBe(7);
  });

  it('counts unreadable records instead of failing the report', async () => {
    const store = createMemoryStore();
    const usage = createUsageRecords(store, { now: () => new Date('2026-11-21T12:00:00.000Z') });
    await usage.recordUsage({ capability: 'ask', userId: 'u', ms: 5 });
    await store.put('capability-usage/2026-11-21/broken', { nonsense: true });
    const s = await usage.summariseUsage(new Date('2026-11-21T00:00:00Z'), new Date('2026-11-21T23:59:59Z'));
    expect(s).toMatchObject({ requests: 1, unreadable: 1 });
  });
});

describe('feedback records', () => {
  it('keeps one vote per user and answer, the latest, also across days; users stay apart and pseudonymous', async () => {
    const store = createMemoryStore();
    const c = clock('2026-11-21T10:00:00.000Z');
    const feedback = createFeedbackRecords(store, { now: c.now });
    await feedback.recordFeedback({ reaction: 'dislike', comment: 'Quelle fehlt', userId: 'anna-oid', replyToId: 'msg:1', capability: 'ask' });
    c.advance(60_000);
    await feedback.recordFeedback({ reaction: 'like', userId: 'anna-oid', replyToId: 'msg:1' });
    await feedback.recordFeedback({ reaction: 'dislike', userId: 'bernd-oid', replyToId: 'msg:1' });
    c.set('2026-11-22T08:00:00.000Z');
    await feedback.recordFeedback({ reaction: 'dislike', comment: 'doch falsch', userId: 'bernd-oid', replyToId: 'msg:1' });
    const list = await feedback.listFeedback(new Date('2026-11-21T00:00:00Z'), new Date('2026-11-22T23:59:59Z'));
    expect(list.map((f) => [f.userIdHash, f.reaction, f.comment])).toEqual([
      [hashUserId('anna-oid'), 'like', undefined],
      [hashUserId('bernd-oid'), 'dislike', 'doch falsch'],
    ]);
    expect(await allValues(store, '')).not.toContain('anna-oid');
  });

  it('shortens overlong comments instead of losing the feedback', async () => {
    const feedback = createFeedbackRecords(createMemoryStore(), { now: () => new Date('2026-11-21T10:00:00.000Z') });
    const r = await feedback.recordFeedback({ reaction: 'dislike', comment: 'x'.repeat(5000), userId: 'u', replyToId: 'm' });
    expect(r.comment).toHaveLength(2000);
  });
});

describe('job records', () => {
  type Payload = { meetingId: string };

  it('creates a job once, however often the request is repeated', async () => {
    const jobs = createJobRecords<Payload>(createMemoryStore(), 'minutes');
    const results = await Promise.all(Array.from({ length: 5 }, () => jobs.create('meeting-42', { meetingId: '42' })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.job.createdAt)).size).toBe(1);
  });

  it('lets exactly one of several instances claim a job', async () => {
    const store = createMemoryStore();
    const jobs = createJobRecords<Payload>(store, 'minutes');
    await jobs.create('m1', { meetingId: '1' });
    const claims = await Promise.all(['a', 'b', 'c'].map((owner) => jobs.claim('m1', owner)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('after a crash, resumes from the checkpoint once the lease has run out; the dead worker cannot write any more', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rathaus-jobs-'));
    const c = clock('2026-11-21T10:00:00.000Z');
    const before = createJobRecords<Payload, { docx: string }>(createLocalStore(dir), 'minutes', { leaseMs: 60_000, now: c.now });
    await before.create('m7', { meetingId: '7' });
    expect(await before.claim('m7', 'instance-a')).toBeDefined();
    await before.checkpoint('m7', 'instance-a', { doneChunks: [0, 1, 2] });
    // instance-a is killed here. A restarted bot on the same data directory:
    const after = createJobRecords<Payload, { docx: string }>(createLocalStore(dir), 'minutes', { leaseMs: 60_000, now: c.now });
    expect(await after.claim('m7', 'instance-b')).toBeUndefined();
    expect(await after.listResumable()).toEqual([]);
    c.advance(60_001);
    expect((await after.listResumable()).map((j) => j.id)).toEqual(['m7']);
    const resumed = await after.claim('m7', 'instance-b');
    expect(resumed).toMatchObject({ status: 'running', owner: 'instance-b', attempts: 2, checkpoint: { doneChunks: [0, 1, 2] } });
    const late = await before.checkpoint('m7', 'instance-a', { doneChunks: [0] }).catch((e: unknown) => e);
    expect(isAppError(late, 'forbidden')).toBe(true);
    await after.complete('m7', 'instance-b', { docx: 'minutes/m7.docx' });
    expect(await after.get('m7')).toMatchObject({ status: 'done', result: { docx: 'minutes/m7.docx' }, checkpoint: { doneChunks: [0, 1, 2] } });
    expect(await after.claim('m7', 'instance-c')).toBeUndefined();
    expect(await after.listResumable()).toEqual([]);
  });

  it('gives up on a job that kills its worker every time', async () => {
    const c = clock('2026-11-21T10:00:00.000Z');
    const jobs = createJobRecords<Payload>(createMemoryStore(), 'minutes', { leaseMs: 1000, maxAttempts: 2, now: c.now });
    await jobs.create('poison', { meetingId: 'p' });
    for (const owner of ['a', 'b']) {
      expect(await jobs.claim('poison', owner)).toBeDefined();
      c.advance(1001);
    }
    expect(await jobs.claim('poison', 'c')).toBeUndefined();
    expect(await jobs.get('poison')).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('refuses ids that are not plain tokens', async () => {
    const jobs = createJobRecords<Payload>(createMemoryStore(), 'minutes');
    await expect(jobs.create('../x', { meetingId: 'x' })).rejects.toSatisfy((e: unknown) => isAppError(e, 'invalidInput'));
  });
});
