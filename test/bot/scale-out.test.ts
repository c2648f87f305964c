/**
 * Two real bot processes (tsx, local mode) on one Azure Blob store (Azurite), as two instances of
 * a scaled-out App Service: a minutes draft is sent once — by the instance that made it, never
 * again by the other — and when the instance running a draft is killed (SIGKILL), the other takes
 * the job over after its lease ran out, finishes it without asking the model again for the TOPs
 * already stored, and sends the result exactly once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MinutesJob } from '../../src/minutes/minutes-job.js';
import { createAzureBlobStore } from '../../src/storage/azure-blob-store.js';
import type { Store } from '../../src/storage/store.js';
import { freePort, ROOT, startProcess, waitForHttp, type Proc } from '../e2e/processes.js';
import { startOpenAiStub, stubReply, type OpenAiStub } from '../fakes/openai-stub.js';
import { startAzurite, type RunningAzurite } from '../storage/azurite.js';

const VTT = readFileSync(path.join(ROOT, 'test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));
const LEASE_SECONDS = 3;

let work: string;
let azurite: RunningAzurite;
let channel: Server;
let channelUrl: string;
let model: OpenAiStub;
let store: Store;
/** Activities the bots sent, with the conversation they went to. */
const posts: { conversation: string; body: string }[] = [];
const bots: Proc[] = [];

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function startInstance(name: string): Promise<{ proc: Proc; port: number }> {
  const port = await freePort();
  const proc = startProcess(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'index.ts')], {
    ...process.env,
    RATHAUS_ENV: '',
    LOG_LEVEL: 'info',
    PORT: String(port),
    KNOWLEDGE_DIR: path.join(work, 'knowledge'),
    RATHAUS_DATA_DIR: path.join(work, `data-${name}`),
    STORAGE_PROVIDER: 'azure-blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: 'rathaus-shared',
    INSTANCE_ID: name,
    MINUTES_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    MINUTES_CONCURRENCY: '1',
    LLM_PROVIDER: 'openai-compatible',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'stub',
    OPENAI_API_KEY: 'test',
  });
  bots.push(proc);
  await waitForHttp(`http://127.0.0.1:${port}/readyz`, 120_000);
  return { proc, port };
}

function requestMinutes(port: number, n: number): void {
  const activity = {
    type: 'message',
    id: `minutes-request-${n}`,
    text: 'Niederschrift erstellen',
    channelId: 'msteams',
    serviceUrl: channelUrl,
    from: { id: 'clerk', aadObjectId: 'clerk', name: 'Claudia Krüger' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: `clerk-chat-${n}`, conversationType: 'personal' },
    attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'sitzung.vtt', content: { downloadUrl: `${channelUrl}/sitzung.vtt`, fileType: 'vtt' } }],
  };
  void fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }).catch(() => undefined);
}

const isReading = (body: unknown) => JSON.stringify(body).includes('JSON-Objekt der Form');
const drafts = (n: number) => posts.filter((p) => p.conversation === `clerk-chat-${n}` && p.body.includes('Niederschrift-Entwurf ist fertig'));

async function jobOf(n: number): Promise<MinutesJob | undefined> {
  const key = await findJobKey(n);
  return key ? store.get<MinutesJob>(key) : undefined;
}

async function findJobKey(n: number): Promise<string | undefined> {
  for (const key of await store.list('minutes-jobs/')) {
    const job = await store.get<MinutesJob>(key);
    if ((job?.context as { conversation?: { id?: string } } | undefined)?.conversation?.id === `clerk-chat-${n}`) return key;
  }
  return undefined;
}

function kill(proc: Proc): Promise<void> {
  return new Promise((resolve) => {
    proc.child.once('exit', () => resolve());
    proc.child.kill('SIGKILL');
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'rathaus-scale-out-'));
  mkdirSync(path.join(work, 'knowledge'));
  writeFileSync(path.join(work, 'knowledge', 'hinweis.md'), '# Hinweis\n\nDas Bürgerbüro ist montags geöffnet.\n');
  azurite = await startAzurite();
  store = createAzureBlobStore({ connectionString: azurite.connectionString, container: 'rathaus-shared' });
  channel = createServer((req, res) => {
    // Serves the transcript and acts as the Bot Connector (accepts every reply).
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/vtt' });
      res.end(VTT);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const conversation = decodeURIComponent(/\/v3\/conversations\/([^/]+)/.exec(req.url ?? '')?.[1] ?? '');
      posts.push({ conversation, body: Buffer.concat(chunks).toString() });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id":"x"}');
    });
  });
  await new Promise<void>((r) => channel.listen(0, '127.0.0.1', r));
  channelUrl = `http://127.0.0.1:${(channel.address() as { port: number }).port}`;
  // The model's reading of the decisions (recognised by its JSON instruction) finds none; summaries are a sentence.
  model = await startOpenAiStub({ latencyMs: 400, replies: (req) => stubReply.text(isReading(req.body) ? '{"decisions":[]}' : 'Der Ausschuss habe die Vorlage beraten.') });
}, 60_000);

afterAll(async () => {
  await Promise.all(bots.map((b) => b.stop()));
  channel?.close();
  await model?.close();
  await azurite?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('two instances on one Blob store', () => {
  it('sends a draft once; when the instance making one is killed, the other finishes and sends it once', async () => {
    const [a, b] = await Promise.all([startInstance('a'), startInstance('b')]);

    // 1. Both alive: the instance that made the draft sends it; the other does not send it again.
    requestMinutes(a.port, 1);
    await until(async () => (await jobOf(1))?.delivery?.state === 'sent', 90_000, 'the first draft to be sent');
    await new Promise((r) => setTimeout(r, 2 * LEASE_SECONDS * 1000));
    expect(drafts(1)).toHaveLength(1);
    expect((await jobOf(1))?.delivery?.by).toMatch(/^a#/);

    // 2. Instance a is killed while it drafts: b takes the job over after the lease and sends it once.
    const summaries = () => model.chatRequests().filter((r) => JSON.stringify(r.body).includes('Tagesordnungspunkt') && !isReading(r.body)).map((r) => JSON.stringify(r.body));
    const askedBeforeRequest = summaries().length;
    requestMinutes(a.port, 2);
    await until(async () => Object.keys((await jobOf(2))?.summaries ?? {}).length >= 1 && summaries().length - askedBeforeRequest >= 2, 60_000, 'a stored TOP summary of the second draft');
    await kill(a.proc);
    const before = (await jobOf(2))!;
    expect(before.state).toBe('running');
    expect(before.owner).toMatch(/^a#/);
    const askedBefore = summaries();

    await until(async () => (await jobOf(2))?.delivery?.state === 'sent', 90_000, 'b to finish and send the second draft');
    const after = (await jobOf(2))!;
    expect(after.state).toBe('done');
    expect(after.delivery?.by).toMatch(/^b#/);
    expect(after.attempts).toBe(2);
    expect(b.proc.output()).toContain('minutes job after restart or takeover');
    // TOPs summarised before the kill were not requested again by b.
    const askedAfter = summaries().slice(askedBefore.length);
    for (const key of Object.keys(before.summaries)) {
      const top = key.split(':')[1];
      expect(askedAfter.some((body) => body.includes(`Tagesordnungspunkt ${top}:`) || body.includes(`Tagesordnungspunkt ${top} `))).toBe(false);
    }
    await new Promise((r) => setTimeout(r, 2 * LEASE_SECONDS * 1000));
    expect(drafts(2)).toHaveLength(1);
    expect(posts.some((p) => p.conversation === 'clerk-chat-2' && p.body.includes('Ausfall einer Instanz'))).toBe(true);
    // The first draft was not sent again by b either.
    expect(drafts(1)).toHaveLength(1);
  }, 300_000);

  it('keeps every person\'s history of one group chat when their turns run on both instances at once', async () => {
    const [c, d] = await Promise.all([startInstance('c'), startInstance('d')]);
    const conversation = '19:scale-group@thread.v2';
    const people = Array.from({ length: 8 }, (_, i) => `person-${i}`);
    // All at once, alternating between the instances: each turn reads the state before any has
    // written it, so every write after the first meets a newer ETag.
    const statuses = await Promise.all(
      people.map(async (person, i) => {
        const activity = {
          type: 'message',
          id: `group-question-${i}`,
          text: '<at>Bot</at> Wann ist das Bürgerbüro geöffnet?',
          channelId: 'msteams',
          serviceUrl: channelUrl,
          from: { id: person, aadObjectId: person, name: `Person ${i}` },
          recipient: { id: 'bot', name: 'Bot' },
          conversation: { id: conversation, conversationType: 'groupChat', isGroup: true },
          entities: [{ type: 'mention', text: '<at>Bot</at>', mentioned: { id: 'bot', name: 'Bot' } }],
        };
        const res = await fetch(`http://127.0.0.1:${(i % 2 ? d : c).port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        return res.status;
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(posts.filter((p) => p.conversation === conversation && p.body.includes('Bürgerbüro')).length).toBe(people.length);
    const keys = [];
    for (const key of await store.list('botstate/')) if (key.includes(encodeURIComponent(conversation)) || key.includes(conversation)) keys.push(key);
    expect(keys).toHaveLength(1);
    const state = await store.get<{ historyByPerson?: Record<string, { role: string }[]> }>(keys[0]);
    // No lost update: one history per person, each with that person's question and its answer.
    expect(Object.keys(state?.historyByPerson ?? {})).toHaveLength(people.length);
    for (const history of Object.values(state!.historyByPerson!)) expect(history.map((m) => m.role)).toEqual(['user', 'assistant']);
  }, 300_000);
});
