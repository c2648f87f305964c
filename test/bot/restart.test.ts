/**
 * Nothing lost, nothing duplicated: the real bot process (tsx, local mode) is killed with SIGKILL
 * while it builds the knowledge index, while it drafts minutes and while it downloads a
 * transcript; after a restart on the same data folder the index is complete, the minutes job
 * finishes exactly once, and the clerk whose download was cut off is asked once to resend the file.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiStub, stubReply, type OpenAiStub } from '../fakes/openai-stub.js';
import { freePort, ROOT, startProcess, waitForHttp, type Proc } from '../e2e/processes.js';

const VTT = readFileSync(path.join(ROOT, 'test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));

function startBot(env: Record<string, string>): Proc {
  return startProcess(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], { ...process.env, RATHAUS_ENV: '', LOG_LEVEL: 'info', ...env });
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function kill(proc: Proc): Promise<void> {
  return new Promise((resolve) => {
    proc.child.once('exit', () => resolve());
    proc.child.kill('SIGKILL');
  });
}

let work: string;
let files: Server;
let filesUrl: string;
let model: OpenAiStub;
const connectorPosts: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'rathaus-restart-'));
  files = createServer((req, res) => {
    // Serves the transcript and acts as the Bot Connector (accepts every reply).
    if (req.method === 'GET' && req.url?.includes('haengt')) {
      // A download that never finishes (the process is killed while it waits).
      res.writeHead(200, { 'content-type': 'text/vtt' });
      res.write(VTT.subarray(0, 200));
    } else if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/vtt' });
      res.end(VTT);
    } else {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        connectorPosts.push(Buffer.concat(chunks).toString());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id":"x"}');
      });
    }
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  filesUrl = `http://127.0.0.1:${(files.address() as { port: number }).port}`;
  // The model's reading of the decisions (recognised by its JSON instruction) finds none; summaries are a sentence.
  model = await startOpenAiStub({ latencyMs: 700, replies: (req) => stubReply.text(isReading(req.body) ? '{"decisions":[]}' : 'Der Ausschuss habe die Vorlage beraten.') });
});

afterAll(async () => {
  files.closeAllConnections();
  files.close();
  await model.close();
  rmSync(work, { recursive: true, force: true });
});

// Each test starts the bot twice (tsx, index build); its own waits are longer than the default test timeout.
const isReading = (body: unknown) => JSON.stringify(body).includes('JSON-Objekt der Form');

describe('restart after a crash', () => {
  it('rebuilds a knowledge index interrupted by SIGKILL completely, without duplicates', async () => {
    const knowledge = path.join(work, 'knowledge');
    const total = 1200;
    for (let i = 0; i < total; i++) {
      const dir = path.join(knowledge, `bereich-${i % 20}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `regelung-${i}.md`), `# Regelung ${i}\n\n## Zweck\n\nDie Regelung ${i} betrifft Vorgang ${i} und die Frist ${i % 30} Tage.\n`);
    }
    const env = { KNOWLEDGE_DIR: knowledge, RATHAUS_DATA_DIR: path.join(work, 'data-index') };
    const first = startBot({ ...env, PORT: String(await freePort()) });
    await until(() => /"phase":"read","done":[1-9]/.test(first.output()), 60_000, 'indexing to start');
    await kill(first);

    const port = await freePort();
    const second = startBot({ ...env, PORT: String(port) });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/readyz`, 120_000);
      const indexFile = readdirSync(env.RATHAUS_DATA_DIR).find((f) => f.endsWith('.json'))!;
      const snapshot = JSON.parse(readFileSync(path.join(env.RATHAUS_DATA_DIR, indexFile), 'utf8')) as { files: Record<string, unknown>; chunks: { source: string }[] };
      expect(Object.keys(snapshot.files)).toHaveLength(total);
      const sources = new Set(snapshot.chunks.map((c) => c.source));
      expect(sources.size).toBe(total);
      const ids = snapshot.chunks.map((c) => JSON.stringify(c));
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      await second.stop();
    }
  }, 180_000);

  it('finishes a minutes job interrupted by SIGKILL after the restart, once, without asking the model again for finished TOPs', async () => {
    const dataDir = path.join(work, 'data-minutes');
    const env = {
      KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'),
      RATHAUS_DATA_DIR: dataDir,
      LLM_PROVIDER: 'openai-compatible',
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_MODEL: 'stub',
      OPENAI_API_KEY: 'test',
      MINUTES_CONCURRENCY: '1',
    };
    const port = await freePort();
    const first = startBot({ ...env, PORT: String(port) });
    await waitForHttp(`http://127.0.0.1:${port}/readyz`, 120_000);
    const activity = {
      type: 'message',
      id: 'minutes-request-1',
      text: 'Niederschrift erstellen',
      channelId: 'msteams',
      serviceUrl: filesUrl,
      from: { id: 'clerk', aadObjectId: 'clerk', name: 'Claudia Krüger' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: 'clerk-chat', conversationType: 'personal' },
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'sitzung.vtt', content: { downloadUrl: `${filesUrl}/sitzung.vtt`, fileType: 'vtt' } }],
    };
    void fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }).catch(() => undefined);
    const summaries = () => model.chatRequests().filter((r) => JSON.stringify(r.body).includes('Tagesordnungspunkt') && !isReading(r.body));
    const readings = () => model.chatRequests().filter((r) => isReading(r.body));
    const jobDir = path.join(dataDir, 'state', 'minutes-jobs');
    const jobFile = () => (existsSync(jobDir) ? readdirSync(jobDir).find((f) => f.endsWith('.json')) : undefined);
    type StoredJob = { state: string; summaries: Record<string, string>; readings?: Record<string, unknown>; result?: { draft: { items: unknown[] } } };
    const readJob = (): StoredJob => JSON.parse(readFileSync(path.join(jobDir, jobFile()!), 'utf8')).value as StoredJob;
    // Kill once at least one TOP summary is stored and the next one is on its way.
    await until(() => !!jobFile() && Object.keys(readJob().summaries).length >= 1 && summaries().length >= 2, 60_000, 'a stored TOP summary');
    await kill(first);
    const askedBefore = summaries().map((r) => JSON.stringify(r.body));
    // Records only: a write cut off by the kill may leave its temp file (never read as a record).
    const records = () => readdirSync(jobDir).filter((f) => f.endsWith('.json'));
    expect(records()).toHaveLength(1);
    const storedBefore = Object.keys(readJob().summaries);
    const readBefore = Object.keys(readJob().readings ?? {});
    const readingsBefore = readings().length;
    expect(['running', 'queued']).toContain(readJob().state);

    const port2 = await freePort();
    const second = startBot({ ...env, PORT: String(port2) });
    try {
      await until(() => !!jobFile() && readJob().state === 'done', 120_000, 'the resumed job to finish');
      expect(records()).toHaveLength(1);
      const job = readJob();
      expect(job.result?.draft.items.length).toBeGreaterThan(0);
      // TOPs summarised before the crash were not requested again (the pattern does match them before).
      expect(storedBefore.length).toBeGreaterThan(0);
      for (const key of storedBefore) expect(askedBefore.some((b) => b.includes(`Tagesordnungspunkt ${key.split(':')[1]}:`))).toBe(true);
      const askedAfter = summaries().map((r) => JSON.stringify(r.body)).slice(askedBefore.length);
      for (const key of storedBefore) {
        const top = key.split(':')[1];
        expect(askedAfter.some((b) => b.includes(`Tagesordnungspunkt ${top}:`) || b.includes(`Tagesordnungspunkt ${top} `))).toBe(false);
      }
      // Nor were the model's readings of the decisions made before the crash.
      const readAfter = readings().map((r) => JSON.stringify(r.body)).slice(readingsBefore);
      for (const key of readBefore) expect(readAfter.some((b) => b.includes(`Tagesordnungspunkt ${key.split(':')[1]}:`))).toBe(false);
      // The supervisor logs the takeover when the resumed run returns, just after the job record says done.
      await until(() => second.output().includes('minutes job after restart'), 30_000, 'the takeover log line');
      // The clerk gets the finished draft in the conversation the request came from.
      await until(() => connectorPosts.some((p) => p.includes('durch einen Neustart')), 30_000, 'the resumed draft to be delivered');
      await until(() => connectorPosts.some((p) => p.includes('Niederschrift-Entwurf ist fertig')), 30_000, 'the draft message');
    } finally {
      await second.stop();
    }
  }, 180_000);

  it('asks the clerk once, naming the file, to resend a transcript whose download a SIGKILL cut off', async () => {
    const dataDir = path.join(work, 'data-download');
    const env = { KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), RATHAUS_DATA_DIR: dataDir };
    const port = await freePort();
    const first = startBot({ ...env, PORT: String(port) });
    await waitForHttp(`http://127.0.0.1:${port}/readyz`, 120_000);
    const activity = {
      type: 'message',
      id: 'minutes-request-download',
      text: 'Niederschrift erstellen',
      channelId: 'msteams',
      serviceUrl: filesUrl,
      from: { id: 'clerk-2', aadObjectId: 'clerk-2', name: 'Claudia Krüger' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: 'clerk-chat-2', conversationType: 'personal' },
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'ausschuss-haengt.vtt', content: { downloadUrl: `${filesUrl}/ausschuss-haengt.vtt`, fileType: 'vtt' } }],
    };
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(200);
    const pendingDir = path.join(dataDir, 'state', 'minutes-pending');
    const pendingRecords = () => (existsSync(pendingDir) ? readdirSync(pendingDir).filter((f) => f.endsWith('.json')) : []);
    // Acknowledged, and the request recorded before the download (which hangs) started.
    await until(() => connectorPosts.some((p) => p.includes('Ich lade die Datei') && p.includes('ausschuss-haengt.vtt')), 30_000, 'the acknowledgement');
    expect(pendingRecords()).toHaveLength(1);
    await kill(first);

    const port2 = await freePort();
    const second = startBot({ ...env, PORT: String(port2) });
    const interrupted = () => connectorPosts.filter((p) => p.includes('durch einen Neustart des Assistenten unterbrochen') && p.includes('ausschuss-haengt.vtt'));
    try {
      await until(() => interrupted().length > 0, 60_000, 'the clerk to be asked to resend the file');
      const message = JSON.parse(interrupted()[0]) as { text: string; conversation: { id: string } };
      expect(message.conversation.id).toBe('clerk-chat-2');
      expect(message.text).toMatch(/Bitte senden Sie die Datei „ausschuss-haengt\.vtt“ noch einmal/);
      await until(() => pendingRecords().length === 0, 10_000, 'the pending record to go');
      // Several scans later: still told once, and no job was made from a half-downloaded file.
      await new Promise((r) => setTimeout(r, 1500));
      expect(interrupted()).toHaveLength(1);
      const jobDir = path.join(dataDir, 'state', 'minutes-jobs');
      expect(existsSync(jobDir) ? readdirSync(jobDir).filter((f) => f.endsWith('.json')) : []).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 180_000);
});
