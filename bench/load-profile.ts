/**
 * Profiling driver for the load benchmark's assistant path: builds the same 1,000-document index,
 * starts the assistant in this process with the stub model, and sends unique questions through
 * /api/messages a few at a time. Run under `node --cpu-prof` or `--trace-gc`:
 *   node --max-semi-space-size=32 --cpu-prof dist/bench/load-profile.js [messages]
 * Prints the CPU ms per request of this process (driver included; the driver's share is small).
 * BENCH_PROFILE=<file.cpuprofile> profiles the measured messages only (no start-up, indexing or warm-up).
 * Also prints the garbage collection of the measured messages (`gc`: scavenge count and pauses, major
 * GCs, old-space growth per request); BENCH_HEAP_PROFILE=<file.heapprofile> samples the allocation
 * sites of what survived the scavenges (promoted or kept), for Chrome DevTools.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/core/logger.js';
import { startRathaus } from '../src/index.js';
import { startOpenAiStub } from '../test/fakes/openai-stub.js';
import { makeCorpus } from './scale.js';

const MESSAGES = Number(process.argv[2] ?? 2000);
const CONCURRENCY = 4;

const work = mkdtempSync(path.join(tmpdir(), 'rathaus-load-profile-'));
const knowledge = path.join(work, 'knowledge');
const { docs, pick } = makeCorpus();
for (const doc of docs.slice(0, 1000)) {
  const file = path.join(knowledge, doc.name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, doc.text);
}
const waiting = new Map<string, () => void>();
/** Activities the bot posts to the connector (replies, typing, stream updates): each is an HTTP request of the bot's. */
let posts = 0;
const connector = createServer((req, res) => {
  posts++;
  const chunks: Buffer[] = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      const a = JSON.parse(Buffer.concat(chunks).toString()) as { type?: string; replyToId?: string; channelData?: { streamType?: string } };
      if (a.type === 'message' && (!a.channelData?.streamType || a.channelData.streamType === 'final') && a.replyToId) waiting.get(a.replyToId)?.();
    } catch {
      // not an activity
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"r"}');
  });
});
await new Promise<void>((r) => connector.listen(0, '127.0.0.1', r));
const connectorUrl = `http://127.0.0.1:${(connector.address() as { port: number }).port}`;
const model = await startOpenAiStub();
const config = parseConfig({
  PORT: '0',
  KNOWLEDGE_DIR: knowledge,
  RATHAUS_DATA_DIR: path.join(work, 'data'),
  LLM_PROVIDER: 'openai-compatible',
  OPENAI_BASE_URL: model.baseURL,
  OPENAI_MODEL: 'stub',
  OPENAI_API_KEY: 'bench',
  RATE_LIMIT_USER_PER_MINUTE: '10000',
  RATE_LIMIT_TENANT_PER_MINUTE: '1000000',
});
const app = await startRathaus(config, createLogger('silent'));
await app.indexReady;

async function send(n: number): Promise<void> {
  const id = `p${n}`;
  const done = new Promise<void>((r) => waiting.set(id, r));
  const activity = {
    type: 'message',
    id,
    text: `Was gilt für ${pick()} und ${pick()}?`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    from: { id: `user-${n % 200}`, aadObjectId: `user-${n % 200}`, name: 'Person' },
    recipient: { id: 'bot', name: 'Rathaus-Assistent' },
    conversation: { id: `conv-${n % 200}`, conversationType: 'personal' },
    locale: 'de-DE',
  };
  await fetch(`http://127.0.0.1:${app.server.port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await done;
  waiting.delete(id);
}

async function run(count: number): Promise<number> {
  posts = 0;
  const before = process.cpuUsage();
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) await send(next++);
  }));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / count;
}

await run(200); // warm-up
const session = process.env.BENCH_PROFILE ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
// Garbage collection during the measured messages: pauses (minor = scavenge) and what survives into the old space.
const pauses: { minor: boolean; ms: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ minor: (e as unknown as { detail?: { kind?: number } }).detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MINOR, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0;
const oldBefore = oldSpace();
// BENCH_HEAP_PROFILE=<file.heapprofile>: allocation sites of what the measured turns leave alive (sampled;
// objects a scavenge collected are dropped, so without a major GC this is what was promoted or kept).
const heapSession = process.env.BENCH_HEAP_PROFILE ? new Session() : undefined;
if (heapSession) {
  heapSession.connect();
  // Objects a later major GC collects are counted too: promoted garbage is what makes scavenges slow.
  await heapSession.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true });
}
const perRequest = await run(MESSAGES);
const oldGrowth = oldSpace() - oldBefore;
if (heapSession) await heapSession.post('HeapProfiler.collectGarbage');
if (heapSession) writeFileSync(process.env.BENCH_HEAP_PROFILE!, JSON.stringify((await heapSession.post('HeapProfiler.getSamplingProfile')).profile));
gcObserver.disconnect();
const minor = pauses.filter((p) => p.minor).map((p) => p.ms).sort((a, b) => a - b);
const major = pauses.filter((p) => !p.minor).map((p) => p.ms);
const round = (x: number) => Math.round(x * 100) / 100;
const gc = {
  minorCount: minor.length,
  minorMsPerRequest: round(minor.reduce((a, b) => a + b, 0) / MESSAGES),
  minorP50Ms: round(minor[Math.floor(minor.length / 2)] ?? 0),
  minorMaxMs: round(minor.at(-1) ?? 0),
  majorCount: major.length,
  majorMaxMs: round(Math.max(0, ...major)),
  // Without a major GC in between, old-space growth is what the turns promoted (garbage or kept).
  oldSpaceGrowthKbPerRequest: major.length ? null : Math.round(oldGrowth / 1024 / MESSAGES),
};
if (session) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await session.post('Profiler.stop')).profile));
process.stdout.write(`${JSON.stringify({ messages: MESSAGES, cpuMsPerRequest: Math.round(perRequest * 100) / 100, connectorPostsPerMessage: Math.round((posts / MESSAGES) * 100) / 100, gc })}\n`);
connector.close();
await model.close();
rmSync(work, { recursive: true, force: true });
process.exit(0);
