/**
 * The admin command "Pilotbericht" through the real HTTP server: admins only; a summary card and
 * the Word and Excel files by file consent (bound to the admin who asked), or in local mode the
 * data folder. The report is built from records in the store by the real use case.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../../src/audit/audit-log.js';
import { createStoreAuditSink } from '../../src/audit/audit-sink.js';
import { createAdapter, createBot, startServer, type AuditRecord, type BotServices, type RunningServer } from '../../src/bot/index.js';
import { parseConfig, type AppConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createStoreUsageRecorder } from '../../src/llm/store-usage-recorder.js';
import { generatePilotReport, pilotSettingsFromConfig, writePilotReportFiles } from '../../src/reports/pilot/generate-pilot-report.js';
import { DEFAULT_LIMITS } from '../../src/security/limits.js';
import { createOutboundFetch, type LookupAll } from '../../src/security/outbound-fetch.js';
import type { Store } from '../../src/storage/store.js';
import { purgeWaitingFiles } from '../../src/storage/records/waiting-files.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { generatePilotRecords } from '../fakes/pilot-records.js';
import { createTimeFeedbackRecords } from '../../src/storage/records/time-feedback-records.js';
import { TIME_FEEDBACK_VERB } from '../../src/bot/render/minutes-card.js';
import { startChannelStub, type ChannelStub } from './channel-stub.js';
import { logCapture } from './helpers.js';

const TENANT = '99999999-8888-7777-6666-555555555555';
const ADMIN = { id: '29:admin', aadObjectId: 'aaaaaaaa-0000-0000-0000-00000000000a', name: 'Anna Admin' };
const STAFF = { id: '29:staff', aadObjectId: 'aaaaaaaa-0000-0000-0000-00000000000b', name: 'Sam Sachbearbeiter' };
const ONEDRIVE = 'contoso-my.sharepoint.com';
const lookup: LookupAll = async (host) => {
  if (host !== ONEDRIVE) throw new Error(`ENOTFOUND ${host}`);
  return [{ address: '52.104.0.10', family: 4 }];
};

let channel: ChannelStub;
let onedrive: Server;
let onedriveUrl: string;
const uploads: { path: string; body: Buffer }[] = [];

beforeAll(async () => {
  channel = await startChannelStub();
  onedrive = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') uploads.push({ path: req.url ?? '', body: Buffer.concat(chunks) });
      res.writeHead(201);
      res.end('{}');
    });
  });
  await new Promise<void>((r) => onedrive.listen(0, '127.0.0.1', r));
  onedriveUrl = `http://127.0.0.1:${(onedrive.address() as { port: number }).port}`;
});
afterAll(async () => {
  await channel.close();
  onedrive.close();
});
const running: RunningServer[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.shutdown('test');
  channel.sent.length = 0;
});

/** October 2026 of 60 people, written into the store the way the running bot writes it. */
async function seed(store: Store) {
  const { inputs, plan } = generatePilotRecords({ from: '2026-10-01', days: 31, users: 60, every: 5 });
  const audit = createAuditLog({ sink: createStoreAuditSink(store), retentionDays: 3650 });
  // Everything as the bot writes it, application checks included.
  for (const e of inputs.audit) await audit.record(e);
  const usage = createStoreUsageRecorder(store);
  // Model calls are recorded without waiting, as call-model.ts does (group commit).
  await Promise.all(inputs.modelCalls.map((c) => usage.record(c)));
  for (const [i, f] of inputs.feedback.entries()) await store.put(`feedback/${f.at.slice(0, 10)}/${i}`, f);
  for (const [i, t] of inputs.timeFeedback.entries()) await store.put(`time-feedback/${t.at.slice(0, 10)}/${i}`, t);
  for (const [i, d] of inputs.minutesDrafts.entries()) await store.put(`minutes-drafts/${d.at.slice(0, 10)}/${i}`, d);
  return { audit, plan };
}

async function start(options: { local?: boolean } = {}) {
  const serverConfig = parseConfig({ PORT: '0' });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-pilot-bot-'));
  const prices = { MODEL_PRICES: 'chat=0.15/0.60;embedding=0.02/0', OPERATING_COST_EUR_MONTH: '20', RATHAUS_DATA_DIR: dataDir };
  const botConfig: AppConfig = options.local ? parseConfig({ PORT: '0', ...prices }) : parseConfig({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, BIND_HOST: '127.0.0.1', ...prices });
  const store = createMemoryStore();
  const { audit, plan } = await seed(store);
  const audits: AuditRecord[] = [];
  const guard = createOutboundFetch({ allowedHosts: ['*.sharepoint.com'], maxBytes: DEFAULT_LIMITS.maxAttachmentBytes, timeoutMs: 10_000 }, { lookup, fetch: (input, init) => fetch(`${onedriveUrl}${new URL(String(input)).pathname}`, init) });
  const services: BotServices = {
    config: botConfig,
    logger: createLogger('silent', logCapture().stream),
    store,
    generative: false,
    ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }),
    outbound: guard,
    audit: async (r) => void audits.push(r),
    recordTimeFeedback: async (input) => void (await createTimeFeedbackRecords(store).recordTimeFeedback(input)),
    admin: {
      isAdmin: async (u) => u.userId === ADMIN.aadObjectId,
      usageReport: async () => '',
      reindex: async () => ({ documents: 0, chunks: 0, skipped: 0 }),
      pilotReport: (period) => generatePilotReport({ audit, store }, pilotSettingsFromConfig(botConfig, period, new Date('2026-11-02T08:00:00Z'))),
      savePilotReport: async (files) => {
        const dir = path.join(dataDir, 'reports');
        await writePilotReportFiles(files, dir);
        return [files.docx, files.xlsx].map((f) => ({ name: f.name, url: path.join(dir, f.name) }));
      },
    },
  };
  const adapter = createAdapter(serverConfig);
  const bot = createBot(services, adapter);
  const server = await startServer({ config: serverConfig, logger: services.logger, adapter, runTurn: bot.runTurn, readiness: async () => ({ ready: true }) });
  running.push(server);
  return { server, store, audits, plan, dataDir };
}

let n = 0;
const activity = (from: typeof ADMIN, extra: Record<string, unknown>, conversationId = `a:${from.id}`) => ({
  id: `act-${++n}`,
  channelId: 'msteams',
  serviceUrl: channel.url,
  from,
  recipient: { id: '28:bot', name: 'Rathaus-Assistent' },
  conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
  channelData: { tenant: { id: TENANT } },
  ...extra,
});
const post = (server: RunningServer, body: unknown) => fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const say = (server: RunningServer, from: typeof ADMIN, text: string) => post(server, activity(from, { type: 'message', text }));
const attachments = (type: string) => channel.sent.flatMap((s) => (s.activity.attachments ?? []).filter((a) => a.contentType === type).map((a) => ({ ...a, conversationId: s.conversationId })));
const texts = () => channel.sent.map((s) => s.activity.text ?? '').join('\n');

describe('Pilotbericht in chat', () => {
  it('is refused to someone outside the admin group, and audited', async () => {
    const { server, audits, store } = await start();
    expect((await say(server, STAFF, 'Pilotbericht 2026-10-01 bis 2026-10-31')).status).toBe(200);
    expect(texts()).toContain('nur der Administration');
    expect(attachments('application/vnd.microsoft.teams.card.file.consent')).toHaveLength(0);
    expect(await store.list('minutes-files/')).toEqual([]);
    expect(audits.at(-1)).toMatchObject({ capability: 'admin', action: 'pilot-report', outcome: 'denied', userId: STAFF.aadObjectId });
  });

  it('gives an admin a summary card and both files by file consent, which only that admin can accept', async () => {
    const { server, audits, plan, store } = await start();
    expect((await say(server, ADMIN, 'Pilotbericht 2026-10-01 bis 2026-10-31')).status).toBe(200);
    const [card] = attachments('application/vnd.microsoft.card.adaptive');
    const facts = (card.content as { body: { type: string; facts?: { title: string; value: string }[] }[] }).body.find((b) => b.type === 'FactSet')!.facts!;
    expect(facts.find((f) => f.title === 'Fragen')!.value).toBe(new Intl.NumberFormat('de-DE').format(plan.questions.length));
    expect(plan.checks.length).toBeGreaterThan(0);
    expect(facts.find((f) => f.title === 'Antragsvorprüfungen')!.value).toBe(new Intl.NumberFormat('de-DE').format(plan.checks.length));
    expect(JSON.stringify(card.content)).toContain('01.10.2026 bis 31.10.2026');
    const consent = attachments('application/vnd.microsoft.teams.card.file.consent');
    expect(consent.map((c) => c.name)).toEqual(['Pilotbericht_2026-10-01_2026-10-31.docx', 'Pilotbericht_2026-10-01_2026-10-31.xlsx']);
    expect(JSON.stringify(consent[0].content)).toContain('automatisch erstellter Pilotbericht');
    expect(audits.at(-1)).toMatchObject({ capability: 'admin', action: 'pilot-report', outcome: 'completed' });

    const ctx = (consent[0].content as { acceptContext: unknown }).acceptContext;
    const invoke = (from: typeof ADMIN) =>
      activity(from, { type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'accept', context: ctx, uploadInfo: { uploadUrl: `https://${ONEDRIVE}/personal/x/upload`, contentUrl: `https://${ONEDRIVE}/personal/x/Pilotbericht.docx`, name: consent[0].name, uniqueId: 'u1', fileType: 'docx' } } }, consent[0].conversationId);
    await post(server, invoke(STAFF));
    expect(uploads).toHaveLength(0);
    expect(await store.list('minutes-files/')).toHaveLength(2);
    await post(server, invoke(ADMIN));
    expect(uploads).toHaveLength(1);
    const zip = await JSZip.loadAsync(uploads[0].body);
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(4);
    expect(await store.list('minutes-files/')).toHaveLength(1);
    expect(audits.at(-1)).toMatchObject({ capability: 'admin', action: 'file-consent-accept', outcome: 'completed' });
  });

  it('purges report files never accepted after REPORT_FILES_RETENTION_DAYS, and leaves other waiting files alone', async () => {
    const { server, store } = await start();
    await store.put('minutes-files/AAAAAAAAAAAAAAAAAAAAAAAA/Niederschrift-oeffentlich.docx', { base64: 'eA==', kind: 'minutes' });
    await say(server, ADMIN, 'Pilotbericht 2026-10-01 bis 2026-10-31');
    const consent = attachments('application/vnd.microsoft.teams.card.file.consent');
    expect(consent).toHaveLength(2);
    // Within the retention nothing goes; past it both report files go, the minutes file stays.
    expect(await purgeWaitingFiles(store, 'minutes-files/', 'report', new Date(Date.now() - 7 * 86_400_000))).toBe(0);
    expect(await purgeWaitingFiles(store, 'minutes-files/', 'report', new Date(Date.now() + 60_000))).toBe(2);
    expect(await store.list('minutes-files/')).toEqual(['minutes-files/AAAAAAAAAAAAAAAAAAAAAAAA/Niederschrift-oeffentlich.docx']);
    const ctx = (consent[0].content as { acceptContext: unknown }).acceptContext;
    await post(server, activity(ADMIN, { type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'accept', context: ctx, uploadInfo: { uploadUrl: `https://${ONEDRIVE}/personal/x/upload`, name: consent[0].name } } }, consent[0].conversationId));
    expect(texts()).toContain('Die Datei ist nicht mehr vorhanden. Bitte fordern Sie den Pilotbericht neu an.');
    expect(uploads.filter((u) => u.path.includes('/personal/x/upload'))).toHaveLength(1);
  });

  it('in local mode saves the files in the data folder and lists them on the card', async () => {
    const { server, dataDir } = await start({ local: true });
    await say(server, ADMIN, 'Pilotbericht 2026-10-01 2026-10-31');
    const files = readdirSync(path.join(dataDir, 'reports'));
    expect(files).toEqual(expect.arrayContaining(['Pilotbericht_2026-10-01_2026-10-31.docx', 'Pilotbericht_2026-10-01_2026-10-31.xlsx', 'Pilotbericht_2026-10-01_2026-10-31_kosten-je-monat.png']));
    expect(JSON.stringify(attachments('application/vnd.microsoft.card.adaptive')[0].content)).toContain(path.join(dataDir, 'reports', 'Pilotbericht_2026-10-01_2026-10-31.docx').replace(/\\/g, '\\\\'));
    expect(attachments('application/vnd.microsoft.teams.card.file.consent')).toHaveLength(0);
  });

  it('answers a bad period in German', async () => {
    const { server, audits } = await start();
    await say(server, ADMIN, 'Pilotbericht 31.10.2026 bis 2026-10-01');
    expect(texts()).toContain('JJJJ-MM-TT');
    expect(audits.at(-1)).toMatchObject({ action: 'pilot-report', outcome: 'invalidInput' });
  });
});

describe('time reported by staff', () => {
  const submit = (from: typeof ADMIN, value: Record<string, unknown>) => activity(from, { type: 'message', value });

  it('records "Zeit gespart" and the clerk’s comparison once per person and task, and ignores forged values', async () => {
    const { server, store, audits } = await start();
    const before = (await store.list('time-feedback/')).length;
    await post(server, submit(STAFF, { verb: TIME_FEEDBACK_VERB, task: 'answer', verdict: 'saved', ref: 'a1b2c3d4e5f6a7b8c9' }));
    await post(server, submit(STAFF, { verb: TIME_FEEDBACK_VERB, task: 'answer', verdict: 'saved', ref: 'a1b2c3d4e5f6a7b8c9' }));
    await post(server, submit(ADMIN, { verb: TIME_FEEDBACK_VERB, task: 'minutes', verdict: 'same', ref: 'job-0123456789abcdef' }));
    await post(server, submit(ADMIN, { verb: TIME_FEEDBACK_VERB, task: 'minutes', verdict: 'shorter', ref: 'job-0123456789abcdef' }));
    await post(server, submit(ADMIN, { verb: TIME_FEEDBACK_VERB, task: 'answer', verdict: 'longer', ref: 'a1b2c3d4e5f6a7b8c9' }));
    const records = await createTimeFeedbackRecords(store).listTimeFeedback(new Date(Date.now() - 86_400_000), new Date(Date.now() + 86_400_000));
    const fresh = records;
    expect((await store.list('time-feedback/')).length - before).toBe(2);
    expect(fresh.map((r) => `${r.task}:${r.verdict}`).sort()).toEqual(['answer:saved', 'minutes:shorter']);
    expect(JSON.stringify(fresh)).not.toContain(STAFF.aadObjectId);
    expect(texts()).toContain('Danke für Ihre Rückmeldung');
    expect(audits.filter((a) => a.capability === 'feedback').map((a) => a.action)).toEqual(['time-saved', 'time-saved', 'minutes-time', 'minutes-time']);
  });
});
