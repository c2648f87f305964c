/**
 * Profiling driver for the load benchmark's assistant path: builds the same 1,000-document index,
 * starts the assistant in this process with the stub model, and sends unique questions through
 * /api/messages a few at a time. Run under `node --cpu-prof` or `--trace-gc`:
 *   node --max-semi-space-size=32 --cpu-prof dist/bench/load-profile.js [messages]
 * Prints the CPU ms per request of this process (driver included; the driver's share is small).
 * BENCH_PROFILE=<file.cpuprofile> profiles the measured messages only (no start-up, indexing or warm-up).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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
const perRequest = await run(MESSAGES);
if (session) writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify((await session.post('Profiler.stop')).profile));
process.stdout.write(`${JSON.stringify({ messages: MESSAGES, cpuMsPerRequest: Math.round(perRequest * 100) / 100, connectorPostsPerMessage: Math.round((posts / MESSAGES) * 100) / 100 })}\n`);
connector.close();
await model.close();
rmSync(work, { recursive: true, force: true });
process.exit(0);
