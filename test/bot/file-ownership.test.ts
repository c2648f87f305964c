/**
 * Security through the real HTTP server: a waiting Word file belongs to the clerk who asked for the
 * draft, in the conversation its consent card went to; nobody else can take, delete or redirect it;
 * job ids cannot be derived from what the chat shows; the role is checked before any download.
 *
 * The server and adapter run in local mode (production JWT validation needs Entra's metadata over
 * the internet); the bot's own services get a production configuration, so drafts are handed over
 * by file consent exactly as in Teams.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, createBot, startServer, type AuditRecord, type BotServices, type RunningServer } from '../../src/bot/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createMinutesService } from '../../src/minutes/minutes-service.js';
import { DEFAULT_LIMITS } from '../../src/security/limits.js';
import { outboundPolicyFromConfig } from '../../src/security/from-config.js';
import { createOutboundFetch, type LookupAll } from '../../src/security/outbound-fetch.js';
import type { Store } from '../../src/storage/store.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startChannelStub, type ChannelStub } from './channel-stub.js';
import { logCapture } from './helpers.js';

const VTT = readFileSync(path.resolve('test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));
const TENANT = '99999999-8888-7777-6666-555555555555';
const CLERK = { id: '29:clerk', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001', name: 'Clara Schriftführerin' };
const STRANGER = { id: '29:stranger', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000002', name: 'Max Mitleser' };
const ONEDRIVE = 'contoso-my.sharepoint.com';
/** Fake DNS: Microsoft hosts are public, one name resolves into the internal network. */
const DNS: Record<string, string> = { [ONEDRIVE]: '52.104.0.10', 'contoso.sharepoint.com': '52.104.0.11', 'fabrikam-my.sharepoint.com': '52.104.0.12', 'intern.sharepoint.com': '10.1.2.3', 'intern-my.sharepoint.com': '10.1.2.4' };
const lookup: LookupAll = async (host) => {
  const address = DNS[host];
  if (!address) throw new Error(`ENOTFOUND ${host}`);
  return [{ address, family: 4 }];
};

let channel: ChannelStub;
/** Plays OneDrive: serves the transcript and takes uploads (reached only through the fake DNS). */
let onedrive: Server;
let onedriveUrl: string;
const onedriveRequests: { method: string; path: string; body: Buffer }[] = [];
/** An internal service the bot must never reach. */
let internal: Server;
let internalUrl: string;
const internalHits: string[] = [];

beforeAll(async () => {
  channel = await startChannelStub();
  onedrive = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      onedriveRequests.push({ method: req.method ?? '', path: req.url ?? '', body: Buffer.concat(chunks) });
      res.writeHead(req.method === 'PUT' ? 201 : 200);
      res.end(req.method === 'PUT' ? '{}' : VTT);
    });
  });
  await new Promise<void>((r) => onedrive.listen(0, '127.0.0.1', r));
  onedriveUrl = `http://127.0.0.1:${(onedrive.address() as { port: number }).port}`;
  internal = createServer((req, res) => {
    internalHits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/vtt' });
    res.end(VTT);
  });
  await new Promise<void>((r) => internal.listen(0, '127.0.0.1', r));
  internalUrl = `http://127.0.0.1:${(internal.address() as { port: number }).port}`;
});
afterAll(async () => {
  await channel.close();
  onedrive.close();
  internal.close();
});

const running: RunningServer[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.shutdown('test');
  channel.sent.length = 0;
});

/** The guard as configured (defaults of a production configuration), with fake DNS; an allowed https URL is carried to the local OneDrive stand-in. */
function outbound(env: Record<string, string> = {}) {
  return createOutboundFetch(
    { ...outboundPolicyFromConfig(parseConfig(env)), timeoutMs: 10_000 },
    { lookup, fetch: (input, init) => fetch(`${onedriveUrl}${new URL(String(input)).pathname}`, init) },
  );
}

async function start(options: { clerk?: boolean; production?: boolean; env?: Record<string, string>; guard?: ReturnType<typeof outbound> } = {}) {
  const serverConfig = parseConfig({ PORT: '0' });
  const botConfig = options.production === false ? serverConfig : parseConfig({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, BIND_HOST: '127.0.0.1' });
  const store = createMemoryStore();
  const audits: AuditRecord[] = [];
  const guard = options.guard ?? outbound(options.env);
  const services: BotServices = {
    config: botConfig,
    logger: createLogger('silent', logCapture().stream),
    store,
    generative: false,
    ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }),
    minutes: createMinutesService({ store, config: botConfig, limits: DEFAULT_LIMITS, canRequest: async (u) => (options.clerk === false ? false : u.userId === CLERK.aadObjectId), outbound: guard }),
    outbound: guard,
    audit: async (r) => void audits.push(r),
  };
  const adapter = createAdapter(serverConfig);
  const bot = createBot(services, adapter);
  const server = await startServer({ config: serverConfig, logger: services.logger, adapter, runTurn: bot.runTurn, readiness: async () => ({ ready: true }) });
  running.push(server);
  backgroundIdle = bot.idle;
  return { server, store, audits };
}

let activityCounter = 0;
function activity(from: typeof CLERK, conversationId: string, extra: Record<string, unknown>) {
  return {
    id: `act-${++activityCounter}`,
    channelId: 'msteams',
    serviceUrl: channel.url,
    from,
    recipient: { id: '28:bot', name: 'Rathaus-Assistent' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    ...extra,
  };
}

const post = (server: RunningServer, body: unknown) => fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The bot's background minutes work (set by start()). */
let backgroundIdle: () => Promise<void> = async () => undefined;

/** Asks for a draft and waits until the bot has reported back (the turn itself only acknowledges). */
async function requestMinutes(server: RunningServer, downloadUrl: string, from = CLERK, conversationId = 'a:clerk-chat', name = 'sitzung.vtt') {
  const res = await post(
    server,
    activity(from, conversationId, {
      type: 'message',
      text: 'Niederschrift erstellen',
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl, fileType: 'vtt' } }],
    }),
  );
  await backgroundIdle();
  return res;
}

function consentInvoke(from: typeof CLERK, conversationId: string, action: 'accept' | 'decline', context: unknown, uploadUrl = `https://${ONEDRIVE}/personal/clara/upload-session`) {
  return activity(from, conversationId, {
    type: 'invoke',
    name: 'fileConsent/invoke',
    value: { type: 'fileUpload', action, context, uploadInfo: { uploadUrl, contentUrl: `https://${ONEDRIVE}/personal/clara/Niederschrift.docx`, name: 'Niederschrift.docx', uniqueId: 'u1', fileType: 'docx' } },
  });
}

const textsSent = () => channel.sent.map((s) => s.activity.text ?? '').join('\n');
const consentCards = () =>
  channel.sent.flatMap((s) => (s.activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent').map((a) => ({ conversationId: s.conversationId, name: a.name!, context: (a.content as { acceptContext: { jobId: string; name: string } }).acceptContext })));
const pendingKeys = (store: Store) => store.list('minutes-files/');

/** The clerk asks for a draft from an attached transcript; returns the consent cards. */
async function draftForClerk(server: RunningServer) {
  const res = await requestMinutes(server, `https://${ONEDRIVE}/personal/clara/sitzung.vtt`);
  expect(res.status).toBe(200);
  const cards = consentCards();
  expect(cards.map((c) => c.name).sort()).toEqual(['Niederschrift-nichtoeffentlich.docx', 'Niederschrift-oeffentlich.docx']);
  channel.sent.length = 0;
  return cards;
}

describe('pending Word files belong to the clerk who asked', () => {
  it('refuses accept and decline by another participant: audited, nothing uploaded, nothing deleted', async () => {
    const { server, store, audits } = await start();
    const cards = await draftForClerk(server);
    const nonPublic = cards.find((c) => c.name.includes('nicht'))!;
    const before = await pendingKeys(store);
    const puts = () => onedriveRequests.filter((r) => r.method === 'PUT').length;
    const putsBefore = puts();
    // From the stranger's own chat, and with the clerk's conversation id copied in.
    for (const conversationId of ['a:stranger-chat', nonPublic.conversationId]) {
      expect((await post(server, consentInvoke(STRANGER, conversationId, 'accept', nonPublic.context, `https://${ONEDRIVE}/personal/max/upload-session`))).status).toBe(200);
      expect((await post(server, consentInvoke(STRANGER, conversationId, 'decline', nonPublic.context))).status).toBe(200);
    }
    expect(puts()).toBe(putsBefore);
    expect(await pendingKeys(store)).toEqual(before);
    expect(textsSent()).toContain('andere Person angefordert');
    expect(channel.sent.flatMap((s) => s.activity.attachments ?? []).some((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.info')).toBe(false);
    const refused = audits.filter((a) => a.outcome === 'refused');
    expect(refused.map((a) => a.action).sort()).toEqual(['file-consent-accept', 'file-consent-accept', 'file-consent-decline', 'file-consent-decline']);
    expect(refused.every((a) => a.userId === STRANGER.aadObjectId)).toBe(true);
  });

  it('refuses the clerk too when the invoke comes from another conversation or another tenant', async () => {
    const { server, store } = await start();
    const [card] = await draftForClerk(server);
    await post(server, consentInvoke(CLERK, 'a:some-group-chat', 'accept', card.context));
    const otherTenant = { ...consentInvoke(CLERK, card.conversationId, 'decline', card.context), channelData: { tenant: { id: '00000000-1111-2222-3333-444444444444' } }, conversation: { id: card.conversationId, conversationType: 'personal' } };
    await post(server, otherTenant);
    expect(await pendingKeys(store)).toHaveLength(2);
    expect(textsSent()).toContain('andere Person angefordert');
  });

  it('uploads only to an https OneDrive/SharePoint host that resolves to a public address', async () => {
    const { server, store, audits } = await start();
    const [card] = await draftForClerk(server);
    const putsBefore = onedriveRequests.filter((r) => r.method === 'PUT').length;
    // Not a OneDrive host (a SharePoint site, a look-alike, a subdomain trick), not https, internal.
    const refused = [
      `${internalUrl}/upload`,
      'https://evil.example.org/upload',
      `http://${ONEDRIVE}/upload`,
      'https://contoso.sharepoint.com/sites/rat/upload',
      'https://evil.contoso-my.sharepoint.com/upload',
      'https://contoso-my.sharepoint.com.evil.org/upload',
      'https://intern-my.sharepoint.com/upload',
      'https://169.254.169.254/upload',
    ];
    for (const uploadUrl of refused) {
      channel.sent.length = 0;
      expect((await post(server, consentInvoke(CLERK, card.conversationId, 'accept', card.context, uploadUrl))).status).toBe(200);
      expect(textsSent()).toContain('Die Datei „Niederschrift-');
      expect(textsSent()).toContain('kein OneDrive oder SharePoint Ihrer Organisation');
    }
    expect(internalHits).toEqual([]);
    expect(onedriveRequests.filter((r) => r.method === 'PUT').length).toBe(putsBefore);
    expect(await pendingKeys(store)).toHaveLength(2);
    expect(audits.filter((a) => a.action === 'file-upload-url' && a.outcome === 'refused')).toHaveLength(refused.length);

    // The real hand-over still works, and only then is the stored copy deleted.
    channel.sent.length = 0;
    await post(server, consentInvoke(CLERK, card.conversationId, 'accept', card.context));
    expect(onedriveRequests.at(-1)?.method).toBe('PUT');
    expect(onedriveRequests.at(-1)?.body.subarray(0, 2).toString()).toBe('PK');
    expect(channel.sent.some((s) => s.activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.info')).toBe(true);
    expect(await pendingKeys(store)).toHaveLength(1);
  });

  it('with FILE_UPLOAD_HOSTS set uploads only to the tenant’s own OneDrive host', async () => {
    const { server, store, audits } = await start({ env: { FILE_UPLOAD_HOSTS: ONEDRIVE } });
    const [card] = await draftForClerk(server);
    const puts = () => onedriveRequests.filter((r) => r.method === 'PUT').length;
    const putsBefore = puts();
    // Another tenant's OneDrive: a valid OneDrive host, but not this city's.
    await post(server, consentInvoke(CLERK, card.conversationId, 'accept', card.context, 'https://fabrikam-my.sharepoint.com/personal/clara/upload'));
    expect(textsSent()).toContain('kein OneDrive oder SharePoint Ihrer Organisation');
    expect(puts()).toBe(putsBefore);
    expect(await pendingKeys(store)).toHaveLength(2);
    expect(audits.filter((a) => a.action === 'file-upload-url')).toHaveLength(1);
    channel.sent.length = 0;
    await post(server, consentInvoke(CLERK, card.conversationId, 'accept', card.context));
    expect(puts()).toBe(putsBefore + 1);
    expect(await pendingKeys(store)).toHaveLength(1);
  });

  it('uses random job ids that the chat’s visible ids do not give away', async () => {
    const { server } = await start();
    const first = await draftForClerk(server);
    const second = await draftForClerk(server);
    const ids = [...first, ...second].map((c) => c.context.jobId);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
      for (const n of [activityCounter - 1, activityCounter]) {
        expect(createHash('sha256').update(`a:clerk-chat|act-${n}`).digest('hex').slice(0, 24)).not.toBe(id);
      }
    }
  });
});

describe('the role comes before any download', () => {
  it('a person outside the clerks’ group gets the same refusal whatever the URL, and nothing is fetched', async () => {
    const { server, audits } = await start({ clerk: false });
    const replies: string[] = [];
    for (const url of [`${internalUrl}/latest/meta-data`, `${internalUrl}/closed-port`, `https://${ONEDRIVE}/personal/x/sitzung.vtt`]) {
      channel.sent.length = 0;
      await requestMinutes(server, url, STRANGER, 'a:stranger-chat');
      replies.push(textsSent());
    }
    expect(new Set(replies).size).toBe(1);
    expect(replies[0]).toContain('nur die Schriftführung');
    expect(internalHits).toEqual([]);
    expect(onedriveRequests.filter((r) => r.path.includes('/personal/x/'))).toEqual([]);
    expect(audits.filter((a) => a.outcome === 'denied')).toHaveLength(3);
  });
});

describe('attachments only from allowed hosts', () => {
  it('refuses loopback, internal, plain-http and foreign URLs for a clerk with a German message naming the attachment', async () => {
    const { server } = await start();
    for (const url of [`${internalUrl}/sitzung.vtt`, 'https://intern.sharepoint.com/sitzung.vtt', `http://${ONEDRIVE}/sitzung.vtt`, 'https://files.example.org/sitzung.vtt', 'https://[::1]/sitzung.vtt']) {
      channel.sent.length = 0;
      await requestMinutes(server, url, CLERK, 'a:clerk-chat', 'Sitzung Bauausschuss.vtt');
      expect(textsSent()).toContain('Den Anhang „Sitzung Bauausschuss.vtt“ lade ich nicht');
      expect(consentCards()).toEqual([]);
    }
    expect(internalHits).toEqual([]);
  });

  it('connects only to the address its DNS check saw: a rebinding answer to loopback is never used', async () => {
    // The name resolves to a public address for the check, and to the internal service after that.
    const answers: string[] = [];
    const rebinding: LookupAll = async () => {
      answers.push(answers.length ? '127.0.0.1' : '52.104.0.10');
      return [{ address: answers.at(-1)!, family: 4 }];
    };
    const internalPort = new URL(internalUrl).port;
    // Real sockets on the internal service's port; a client that resolved again at connect would ask the same resolver.
    const resolveAtConnect = new Agent({ connect: { lookup: (host, _o, cb) => void rebinding(host).then((a) => cb(null, a)) } });
    const guard = createOutboundFetch(
      { ...outboundPolicyFromConfig(parseConfig({})), timeoutMs: 1500 },
      {
        lookup: rebinding,
        fetch: (input, init) => {
          const target = new URL(String(input));
          target.protocol = 'http:';
          target.port = internalPort;
          return fetch(target, { ...init, dispatcher: (init as { dispatcher?: unknown }).dispatcher ?? resolveAtConnect } as RequestInit);
        },
      },
    );
    const { server } = await start({ guard });
    const before = internalHits.length;
    await requestMinutes(server, 'https://rebind.sharepoint.com/personal/clara/sitzung.vtt', CLERK, 'a:clerk-chat', 'Sitzung Rat.vtt');
    expect(textsSent()).toMatch(/Der Anhang „Sitzung Rat\.vtt“ konnte nicht (rechtzeitig )?geladen werden/);
    expect(consentCards()).toEqual([]);
    expect(internalHits.length).toBe(before);
    expect(answers).toEqual(['52.104.0.10']);
    await resolveAtConnect.close();
  });

  it('in local mode also loads from the Agents Playground’s own origin, and from no other local port', async () => {
    const { server } = await start({ production: false });
    channel.files.set('sitzung.vtt', VTT);
    await requestMinutes(server, `${channel.url}/files/sitzung.vtt`);
    expect(textsSent()).toContain('Niederschrift-Entwurf ist fertig');
    channel.sent.length = 0;
    await requestMinutes(server, `${internalUrl}/sitzung.vtt`);
    expect(textsSent()).toContain('Den Anhang „sitzung.vtt“ lade ich nicht');
    expect(internalHits).toEqual([]);
  });
});
