/**
 * A minutes request whose transcript is still being fetched is recorded before the fetch, and a
 * record its process left behind is reported to the clerk exactly once: at once after a restart
 * of the same instance, by another instance only when the hold ran out, never when the job was
 * submitted after all.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { startMinutesSupervisor } from '../../src/minutes/job-supervisor.js';
import { createMinutesJobs } from '../../src/minutes/minutes-job.js';
import { createPendingRequests, PENDING_PREFIX, type PendingRequest } from '../../src/minutes/pending-requests.js';
import { createMemoryStore } from '../fakes/memory-store.js';

const request = { source: { kind: 'file' as const, name: 'sitzung-12.vtt' }, context: { conversation: { id: 'clerk-chat' } }, requestedBy: 'schriftfuehrung@krefeld.de' };

describe('pending minutes requests', () => {
  it('are orphans for the restarted instance at once, for another instance only after the hold ran out', async () => {
    const store = createMemoryStore();
    let now = new Date('2026-12-01T10:00:00Z');
    const clock = () => now;
    const before = createPendingRequests({ store, owner: 'rathaus-1#aaa', now: clock, holdMs: 15 * 60_000 });
    await before.hold('r1', request);
    expect(await before.orphans({ ownInstance: true })).toEqual([]);
    const restarted = createPendingRequests({ store, owner: 'rathaus-1#bbb', now: clock });
    const other = createPendingRequests({ store, owner: 'rathaus-2#ccc', now: clock });
    expect(await other.orphans()).toEqual([]);
    expect((await restarted.orphans({ ownInstance: true })).map((r) => [r.id, r.source])).toEqual([['r1', request.source]]);
    expect(await restarted.orphans()).toEqual([]);
    now = new Date('2026-12-01T10:16:00Z');
    expect((await other.orphans()).map((r) => r.id)).toEqual(['r1']);
  });

  it('are taken by exactly one process, and released for good', async () => {
    const store = createMemoryStore();
    await createPendingRequests({ store, owner: 'rathaus-1#aaa', holdMs: 0 }).hold('r2', request);
    const [a, b] = [createPendingRequests({ store, owner: 'rathaus-1#bbb' }), createPendingRequests({ store, owner: 'rathaus-2#ccc' })];
    const taken = await Promise.all([a.take('r2'), b.take('r2'), a.take('r2')]);
    expect(taken.filter(Boolean)).toHaveLength(1);
    // The taker holds it now: nobody else finds it while it reports.
    expect(await b.orphans()).toEqual([]);
    await a.release('r2');
    expect(await store.list(PENDING_PREFIX)).toEqual([]);
  });

  it('the supervisor reports a request cut off mid-download once, and drops one whose job was submitted after all', async () => {
    const store = createMemoryStore();
    const dead = createPendingRequests({ store, owner: 'rathaus-1#dead' });
    await dead.hold('cut-off', request);
    await dead.hold('submitted', { ...request, source: { kind: 'meeting' } });
    const jobs = createMinutesJobs({ store, draft: { style: 'verlauf', concurrency: 1, tokenBudget: 1000 }, instanceId: 'rathaus-1' });
    await jobs.submit('submitted', { transcript: { cues: [], attributed: false } });
    const pending = createPendingRequests({ store, owner: jobs.owner });
    const reported: PendingRequest[] = [];
    const supervisor = startMinutesSupervisor({ jobs, pending, reportInterrupted: async (r) => void reported.push(r), deliver: async () => undefined, logger: createLogger('silent'), intervalMs: 60_000 });
    try {
      await supervisor.scan();
      await supervisor.scan();
      expect(reported.map((r) => [r.id, r.source, r.context])).toEqual([['cut-off', request.source, request.context]]);
      expect(await store.list(PENDING_PREFIX)).toEqual([]);
    } finally {
      supervisor.stop();
    }
  });
});
