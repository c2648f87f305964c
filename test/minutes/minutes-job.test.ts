import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResult } from '../../src/llm/chat-model.js';
import { createMinutesJobs, REQUESTS_PREFIX, type MinutesJob, type MinutesJobInput } from '../../src/minutes/minutes-job.js';
import type { ZodType } from 'zod';
import { completeStructured } from '../../src/llm/structured.js';
import { FakeChatModel } from '../fakes/fake-chat-model.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { stadtentwicklung } from './sessions.js';

const draftDeps = { style: 'verlauf' as const, concurrency: 2, tokenBudget: 200_000 };
let input: MinutesJobInput;
beforeAll(async () => {
  input = (await stadtentwicklung()) as MinutesJobInput;
});

describe('MinutesJob', () => {
  it('runs queued → running → done, persists the draft and reports progress', async () => {
    const store = createMemoryStore();
    const seen: string[] = [];
    const jobs = createMinutesJobs({ store, draft: draftDeps, onProgress: (j) => seen.push(j.state) });
    await jobs.submit('job-1', input, { requestedBy: 'schriftfuehrung@krefeld.de' });
    expect((await jobs.get('job-1'))?.state).toBe('queued');
    const done = await jobs.run('job-1');
    expect(done.state).toBe('done');
    expect(done.result?.draft.items).toHaveLength(10);
    expect(seen.at(-1)).toBe('done');
    expect((await store.get<MinutesJob>('minutes-jobs/job-1'))?.state).toBe('done');
  });

  it('is idempotent by job id: a second submit or run does not duplicate work', async () => {
    const store = createMemoryStore();
    const model = new FakeChatModel([], 'Es sei beraten worden.');
    const jobs = createMinutesJobs({ store, draft: { ...draftDeps, model } });
    await jobs.submit('job-2', input);
    const again = await jobs.submit('job-2', { ...input, transcript: { cues: [], attributed: false } });
    expect(again.input.transcript.cues.length).toBe(input.transcript.cues.length);
    await jobs.run('job-2');
    const calls = model.requests.length;
    expect((await jobs.run('job-2')).state).toBe('done');
    expect(model.requests.length).toBe(calls);
    expect(await store.list('minutes-jobs/')).toEqual(['minutes-jobs/job-2']);
  });

  it('resumes an interrupted job after a restart without asking the model again for finished TOPs', async () => {
    const store = createMemoryStore();
    // First process: the model answers two TOPs, then the process "dies" (the signal aborts mid-run).
    const controller = new AbortController();
    let answered = 0;
    const first = {
      name: 'dying',
      async complete(req: ChatRequest): Promise<ChatResult> {
        // The reading of the decisions is answered at once; the summaries are what the crash interrupts.
        if (req.purpose !== 'minutes-summary') return { status: 'success', text: '{"decisions":[]}', usage: { promptTokens: 1, completionTokens: 1 } };
        if (answered >= 2) {
          controller.abort();
          return new Promise<ChatResult>(() => undefined); // never returns: the process is gone
        }
        answered++;
        return { status: 'success', text: 'Es sei beraten worden.', usage: { promptTokens: 1, completionTokens: 1 } };
      },
      completeStructured: () => Promise.reject(new Error('unused')),
    };
    const jobs1 = createMinutesJobs({ store, draft: { ...draftDeps, concurrency: 1, model: first } });
    await jobs1.submit('job-3', input);
    void jobs1.run('job-3');
    await new Promise((r) => setTimeout(r, 200));
    // Simulate the crash: the stored job still says running, with two summaries saved.
    const stored = (await store.get<MinutesJob>('minutes-jobs/job-3'))!;
    expect(Object.keys(stored.summaries)).toHaveLength(2);
    await store.put('minutes-jobs/job-3', { ...stored, state: 'running' });

    const model = new FakeChatModel([], 'Es sei beraten worden.');
    const jobs2 = createMinutesJobs({ store, draft: { ...draftDeps, model } });
    const reports = await jobs2.resumePendingJobs();
    expect(reports.map((r) => [r.id, r.action, r.job.state])).toEqual([['job-3', 'resumed', 'done']]);
    const asked = model.requestsFor('minutes-summary').map((r) => r.messages[1].content.split(':')[0]);
    const keys = Object.keys(stored.summaries).map((k) => `Tagesordnungspunkt ${k.split(':')[1]}`);
    for (const k of keys) expect(asked).not.toContain(k);
    const done = reports[0].job.result!.draft;
    expect(done.items.filter((i) => i.summary).length).toBe(asked.length + 2);
    // The model's readings of the decisions made before the crash are kept too, and not asked again.
    const readBefore = Object.keys(stored.readings ?? {});
    expect(readBefore.length).toBeGreaterThan(0);
    const readAgain = model.requestsFor('minutes-extract').map((r) => r.messages[1].content.split(':')[0]);
    for (const k of readBefore) expect(readAgain).not.toContain(`Tagesordnungspunkt ${k.split(':')[1]}`);
  });

  it('reports a job that keeps being interrupted instead of running it forever', async () => {
    const store = createMemoryStore();
    const jobs = createMinutesJobs({ store, draft: draftDeps, maxAttempts: 2 });
    await jobs.submit('job-4', input);
    const stored = (await store.get<MinutesJob>('minutes-jobs/job-4'))!;
    await store.put('minutes-jobs/job-4', { ...stored, state: 'running', attempts: 2 });
    const [report] = await jobs.resumePendingJobs();
    expect([report.action, report.job.state, report.job.error?.kind]).toEqual(['reported', 'failed', 'interrupted']);
  });

  it('can be cancelled while running (AbortSignal) and when still queued', async () => {
    const store = createMemoryStore();
    const slow = new FakeChatModel([], () => 'Es sei beraten worden.');
    const original = slow.complete.bind(slow);
    slow.complete = async (req) => {
      await new Promise((r) => setTimeout(r, 50));
      return original(req);
    };
    const jobs = createMinutesJobs({ store, draft: { ...draftDeps, concurrency: 1, model: slow } });
    await jobs.submit('job-5', input);
    const controller = new AbortController();
    const running = jobs.run('job-5', controller.signal);
    setTimeout(() => controller.abort(), 80);
    const result = await running;
    expect(result.state).toBe('cancelled');
    expect(result.result).toBeUndefined();
    await jobs.submit('job-6', input);
    expect((await jobs.cancel('job-6'))?.state).toBe('cancelled');
    expect((await jobs.run('job-6')).state).toBe('cancelled');
  });

  it('records a failure as a value with a German message', async () => {
    const store = createMemoryStore();
    const jobs = createMinutesJobs({ store, draft: { ...draftDeps, model: new FakeChatModel([], { status: 'unavailable', message: 'down' }) } });
    await jobs.submit('job-7', input);
    const failed = await jobs.run('job-7');
    expect([failed.state, failed.error?.kind]).toEqual(['failed', 'transient']);
    expect(failed.error?.message).toMatch(/Sprachmodell/);
  });
});

describe('retention of finished jobs', () => {
  it('purges the per-activity request records written before the cutoff, keeps recent ones', async () => {
    const store = createMemoryStore();
    const jobs = createMinutesJobs({ store, draft: { style: 'ergebnis', concurrency: 1, tokenBudget: 10_000 } });
    await store.put(`${REQUESTS_PREFIX}aaa`, { jobId: 'j1', at: '2026-09-30T08:00:00.000Z' });
    await store.put(`${REQUESTS_PREFIX}bbb`, { jobId: 'j2', at: '2026-11-19T08:00:00.000Z' });
    await store.put(`${REQUESTS_PREFIX}ccc`, { jobId: 'j3' });
    expect(await jobs.purgeRequestRecords(new Date('2026-10-22T00:00:00Z'))).toBe(2);
    expect(await store.list(REQUESTS_PREFIX)).toEqual([`${REQUESTS_PREFIX}bbb`]);
  });

  it('purges finished jobs and their waiting files after the cutoff, keeps running and recent ones', async () => {
    const store = createMemoryStore();
    let now = new Date('2026-10-01T10:00:00Z');
    const jobs = createMinutesJobs({ store, draft: { style: 'ergebnis', concurrency: 1, tokenBudget: 10_000 }, now: () => now });
    const transcript = { cues: [{ start: 0, end: 1, speaker: 'Vorsitz', text: 'Ich eröffne die Sitzung.' }], attributed: true };
    await jobs.submit('old-done', { transcript } as never);
    await jobs.run('old-done');
    await store.put('minutes-files/old-done/Niederschrift-oeffentlich.docx', { base64: 'UEs=' });
    await jobs.submit('old-queued', { transcript } as never);
    now = new Date('2026-11-20T10:00:00Z');
    await jobs.submit('recent-done', { transcript } as never);
    await jobs.run('recent-done');

    const deleted = await jobs.purgeFinishedJobs(new Date('2026-10-22T00:00:00Z'));
    expect(deleted).toEqual(['old-done']);
    expect(await jobs.get('old-done')).toBeUndefined();
    expect(await store.list('minutes-files/old-done/')).toEqual([]);
    expect((await jobs.get('old-queued'))?.state).toBe('queued');
    expect((await jobs.get('recent-done'))?.state).toBe('done');
  });
});

describe('several instances on one store', () => {
  /** A model that answers each call after `ms`, so a job is still running while the test acts. */
  const slowModel = (ms: number) => {
    const model = new FakeChatModel([], 'Es sei beraten worden.');
    const original = model.complete.bind(model);
    model.complete = async (req) => {
      await new Promise((r) => setTimeout(r, ms));
      return original(req);
    };
    return model;
  };

  it('lets exactly one instance claim a job; the other leaves it while the lease is held', async () => {
    const store = createMemoryStore();
    const a = createMinutesJobs({ store, draft: { ...draftDeps, concurrency: 1, model: slowModel(20) }, instanceId: 'a', leaseMs: 60_000 });
    const b = createMinutesJobs({ store, draft: { ...draftDeps, model: new FakeChatModel([], 'Es sei beraten worden.') }, instanceId: 'b', leaseMs: 60_000 });
    await a.submit('job-l1', input);
    const [runA, runB] = [a.run('job-l1'), b.run('job-l1')];
    const [doneA, fromB] = await Promise.all([runA, runB]);
    // One of the two ran it; the other got the job back without running it.
    const ran = [doneA, fromB].filter((j) => j.state === 'done' && j.delivery?.by === (j === doneA ? a.owner : b.owner));
    expect(ran).toHaveLength(1);
    expect((await a.get('job-l1'))?.attempts).toBe(1);
    expect(await b.jobsToTakeOver()).toEqual([]);
  });

  it('takes over a job whose instance stopped renewing its lease, keeps the stored summaries, and the first instance stops', async () => {
    const store = createMemoryStore();
    const model1 = slowModel(40);
    const a = createMinutesJobs({ store, draft: { ...draftDeps, concurrency: 1, model: model1 }, instanceId: 'a', leaseMs: 60_000 });
    await a.submit('job-l2', input);
    const runA = a.run('job-l2');
    const deadline = Date.now() + 5000;
    while (Object.keys((await a.get('job-l2'))!.summaries).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    // Instance a "dies": its lease is made to have run out (as if it had not renewed for a minute).
    const stored = (await store.read<MinutesJob>('minutes-jobs/job-l2'))!;
    await store.put('minutes-jobs/job-l2', { ...stored.value, leaseUntil: new Date(Date.now() - 1000).toISOString() }, { ifMatch: stored.etag });
    const summariesBefore = Object.keys((await a.get('job-l2'))!.summaries);

    const model2 = new FakeChatModel([], 'Es sei beraten worden.');
    const b = createMinutesJobs({ store, draft: { ...draftDeps, model: model2 }, instanceId: 'b', leaseMs: 60_000 });
    const found = await b.jobsToTakeOver();
    expect(found.map((f) => [f.id, f.action])).toEqual([['job-l2', 'run']]);
    const report = await b.takeOver('job-l2');
    expect([report?.action, report?.job.state, report?.job.attempts]).toEqual(['resumed', 'done', 2]);
    const asked = model2.requestsFor('minutes-summary').map((r) => r.messages[1].content.split(':')[0]);
    for (const k of summariesBefore) expect(asked).not.toContain(`Tagesordnungspunkt ${k.split(':')[1]}`);
    // a notices at its next write that the job is no longer its own and stops without overwriting b's result.
    const fromA = await runA;
    expect(fromA.state).toBe('done');
    expect(fromA.delivery?.by).toBe(b.owner);
    // Exactly one delivery claim: b made the draft and holds it; a cannot take it.
    expect(await a.claimDelivery('job-l2')).toBe(false);
    expect(await b.claimDelivery('job-l2')).toBe(true);
    await b.markDelivered('job-l2');
    expect(await b.claimDelivery('job-l2')).toBe(false);
    expect(await a.jobsToTakeOver()).toEqual([]);
  });

  it('stops reading the decisions once another process took the job over: calls in flight are cancelled, no reading is written', async () => {
    const store = createMemoryStore();
    // Ergebnis style: the model only reads the decisions (no summaries), three TOPs at a time; it
    // honours the abort signal as the HTTP client does.
    let takenOver = false;
    let completedAfter = 0;
    let cancelled = 0;
    let n = 0;
    const reader = {
      name: 'reader',
      async complete(req: ChatRequest): Promise<ChatResult> {
        const ms = 20 + 9 * (n++ % 3);
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, ms);
          req.signal?.addEventListener('abort', () => (clearTimeout(timer), cancelled++, reject(new Error('aborted'))), { once: true });
        });
        if (takenOver) completedAfter++;
        return { status: 'success', text: '{"decisions":[]}', usage: { promptTokens: 1, completionTokens: 1 } };
      },
      completeStructured<T>(req: ChatRequest, schema: ZodType<T>) {
        return completeStructured(this, req, schema);
      },
    };
    const a = createMinutesJobs({ store, draft: { ...draftDeps, style: 'ergebnis', concurrency: 3, model: reader }, instanceId: 'a', leaseMs: 60_000 });
    await a.submit('job-r1', input);
    const runA = a.run('job-r1');
    const deadline = Date.now() + 5000;
    while (Object.keys((await a.get('job-r1'))!.readings ?? {}).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    // Another instance claims the job (as its takeover does after a missed renewal).
    let readingsAtTakeover: string[] = [];
    for (;;) {
      const stored = (await store.read<MinutesJob>('minutes-jobs/job-r1'))!;
      readingsAtTakeover = Object.keys(stored.value.readings ?? {});
      try {
        await store.put('minutes-jobs/job-r1', { ...stored.value, owner: 'b#other', leaseUntil: new Date(Date.now() + 60_000).toISOString(), attempts: stored.value.attempts + 1 }, { ifMatch: stored.etag });
        takenOver = true;
        break;
      } catch {
        // a wrote in between: read again
      }
    }
    const fromA = await runA;
    // The first reading after the loss stops the run: the other calls in flight are cancelled, none starts.
    expect(completedAfter).toBeLessThanOrEqual(1);
    expect(cancelled).toBeGreaterThanOrEqual(1);
    const after = (await store.get<MinutesJob>('minutes-jobs/job-r1'))!;
    expect(Object.keys(after.readings ?? {})).toEqual(readingsAtTakeover);
    expect([after.state, after.owner, after.result]).toEqual(['running', 'b#other', undefined]);
    expect(fromA.owner).toBe('b#other');
    expect(readingsAtTakeover.length).toBeLessThan(input.agenda!.items.length);
  });

  it('hands an unsent result to another instance only after the sender\'s delivery claim ran out', async () => {
    const store = createMemoryStore();
    let now = new Date('2026-11-20T10:00:00Z');
    const clock = () => now;
    const a = createMinutesJobs({ store, draft: draftDeps, instanceId: 'a', leaseMs: 30_000, now: clock });
    const b = createMinutesJobs({ store, draft: draftDeps, instanceId: 'b', leaseMs: 30_000, now: clock });
    await a.submit('job-l3', input, { context: { conversation: { id: 'c1' } } });
    expect((await a.run('job-l3')).state).toBe('done');
    // a finished, then died before sending: b must wait for the claim to run out.
    expect(await b.claimDelivery('job-l3')).toBe(false);
    expect(await b.jobsToTakeOver()).toEqual([]);
    now = new Date(now.getTime() + 31_000);
    expect((await b.jobsToTakeOver()).map((f) => f.action)).toEqual(['deliver']);
    // Both ask at once (a came back, b took over): exactly one may send.
    const claims = await Promise.all([a.claimDelivery('job-l3'), b.claimDelivery('job-l3')]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await b.get('job-l3'))?.delivery?.by).toBe(claims[0] ? a.owner : b.owner);
  });

  it('stops a run on one instance when the clerk cancels through another', async () => {
    const store = createMemoryStore();
    const a = createMinutesJobs({ store, draft: { ...draftDeps, concurrency: 1, model: slowModel(30) }, instanceId: 'a' });
    const b = createMinutesJobs({ store, draft: draftDeps, instanceId: 'b' });
    await a.submit('job-l4', input);
    const runA = a.run('job-l4');
    await new Promise((r) => setTimeout(r, 100));
    expect((await b.cancel('job-l4'))?.state).toBe('cancelled');
    const result = await runA;
    expect(result.state).toBe('cancelled');
    expect(result.result).toBeUndefined();
  });
});

