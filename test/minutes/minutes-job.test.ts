import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, ChatResult } from '../../src/llm/chat-model.js';
import { createMinutesJobs, type MinutesJob, type MinutesJobInput } from '../../src/minutes/minutes-job.js';
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
