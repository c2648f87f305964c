/**
 * "Antrag prüfen" in production mode (CHECK_GROUP_ID set) through the HTTP server and the fake Bot
 * Framework channel: someone outside the checking group gets a German refusal and nothing is
 * downloaded; a member gets the result and the Nachforderung by file consent, which only she can
 * accept — anyone else is told the file belongs to an Antragsvorprüfung, and nothing is uploaded.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCheckCases, type CheckCase } from '../../bench/check-cases.js';
import { createAdapter, createBot, startServer, type AuditRecord, type BotServices, type RunningServer } from '../../src/bot/index.js';
import { createChecker } from '../../src/check/create-checker.js';
import { createCheckService } from '../../src/check/check-service.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { FILES_PREFIX } from '../../src/minutes/minutes-job.js';
import { CHECK_TYPE_ACTION } from '../../src/bot/render/check-card.js';
import { securityFromConfig } from '../../src/security/from-config.js';
import { DEFAULT_LIMITS } from '../../src/security/limits.js';
import { createOutboundFetch, type LookupAll } from '../../src/security/outbound-fetch.js';
import { startFakeBotChannel, type FakeBotChannel, type WireActivity } from '../fakes/fake-bot-channel.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { logCapture } from './helpers.js';

const TENANT = '99999999-8888-7777-6666-555555555555';
const CHECK_GROUP = '12345678-aaaa-bbbb-cccc-000000000001';
const CLERK = { id: '29:clerk', name: 'Petra Prüfer', aadObjectId: 'cccccccc-0000-0000-0000-00000000000c' };
const OTHER = { id: '29:other', name: 'Otto Anders', aadObjectId: 'cccccccc-0000-0000-0000-00000000000d' };
const SHAREPOINT = 'contoso.sharepoint.com';
const lookup: LookupAll = async (host) => {
  if (host !== SHAREPOINT && host !== 'contoso-my.sharepoint.com') throw new Error(`ENOTFOUND ${host}`);
  return [{ address: '52.104.0.10', family: 4 }];
};

let channel: FakeBotChannel;
let files: Server;
let filesUrl: string;
const downloads: string[] = [];
const uploads: { path: string; bytes: number }[] = [];
let cases: CheckCase[];
let server: RunningServer;
const audits: AuditRecord[] = [];
const store = createMemoryStore();

beforeAll(async () => {
  cases = await generateCheckCases();
  channel = await startFakeBotChannel();
  // SharePoint stand-in: GET serves the attachment, PUT receives the upload to OneDrive.
  files = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'GET') {
        downloads.push(req.url ?? '');
        const c = cases.find((x) => req.url === `/files/${encodeURIComponent(x.id)}/${encodeURIComponent(x.fileName)}`);
        res.writeHead(c ? 200 : 404);
        res.end(c ? Buffer.from(c.bytes) : undefined);
        return;
      }
      uploads.push({ path: req.url ?? '', bytes: Buffer.concat(chunks).byteLength });
      res.writeHead(201);
      res.end('{}');
    });
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  filesUrl = `http://127.0.0.1:${(files.address() as { port: number }).port}`;

  const config = parseConfig({ BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, BIND_HOST: '127.0.0.1', CHECK_GROUP_ID: CHECK_GROUP, OCR: 'off' });
  const security = securityFromConfig(config, { isMemberOf: async (user, group) => group === CHECK_GROUP && user.userId === CLERK.aadObjectId });
  const outbound = createOutboundFetch({ allowedHosts: ['*.sharepoint.com'], maxBytes: DEFAULT_LIMITS.maxAttachmentBytes, timeoutMs: 10_000 }, { lookup, fetch: (input, init) => fetch(`${filesUrl}${new URL(String(input)).pathname}`, init) });
  const checker = await createChecker({ knowledgeDir: path.resolve('knowledge'), parse: parseDocument, land: 'NW' });
  const services: BotServices = {
    config,
    logger: createLogger('silent', logCapture().stream),
    store,
    generative: false,
    ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }),
    outbound,
    audit: async (r) => void audits.push(r),
    check: createCheckService({ checker, store, outbound, canCheck: (user) => security.roles.canCheckApplications(user), dataDir: '/nonexistent', filesPrefix: FILES_PREFIX }),
  };
  // The server without Bot Framework authentication (as in local mode); the bot itself in production mode.
  const serverConfig = parseConfig({ PORT: '0' });
  const adapter = createAdapter(serverConfig);
  const bot = createBot(services, adapter);
  idle = bot.idle;
  server = await startServer({ config: serverConfig, logger: services.logger, adapter, runTurn: bot.runTurn, readiness: async () => ({ ready: true }) });
}, 120_000);

afterAll(async () => {
  await server?.shutdown('test');
  await channel.close();
  await new Promise<void>((r) => files.close(() => r()));
});

/** The bot's background work (set in beforeAll). */
let idle: () => Promise<void> = async () => undefined;

function withAttachment(activity: WireActivity, c: CheckCase): WireActivity {
  return { ...activity, attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: c.fileName, content: { downloadUrl: `https://${SHAREPOINT}/files/${encodeURIComponent(c.id)}/${encodeURIComponent(c.fileName)}`, fileType: path.extname(c.fileName).slice(1) } }] };
}
const messages = (conversationId: string) => channel.sent(conversationId).filter((a) => a.type === 'message');
const caseOf = (prefix: string) => cases.find((c) => c.id.startsWith(prefix))!;

describe('Antrag prüfen in production mode', () => {
  it('refuses someone outside CHECK_GROUP_ID in German and downloads nothing', async () => {
    const c = caseOf('sondernutzung/ohne-lageplan/');
    const res = await channel.deliver(server.url, withAttachment(channel.message('Antrag prüfen', { from: OTHER, conversationId: 'a:other', tenantId: TENANT }), c));
    expect(res.status).toBe(200);
    expect(messages('a:other').map((a) => a.text)).toEqual(['Die Antragsvorprüfung ist der Sachbearbeitung vorbehalten. Bitte wenden Sie sich an Ihre IT, wenn Sie Zugriff brauchen.']);
    expect(downloads).toEqual([]);
    expect(audits.at(-1)).toMatchObject({ capability: 'check', outcome: 'denied' });
    expect(await store.list('check-')).toEqual([]);
  });

  it('refuses the type choice of a held application to someone outside the group as well', async () => {
    const before = audits.length;
    await channel.deliver(server.url, channel.message('', { from: OTHER, conversationId: 'a:other', tenantId: TENANT, value: { action: CHECK_TYPE_ACTION, held: 'AAAAAAAAAAAAAAAAAAAAAAAA', type: 'dienstreise' } }));
    expect(messages('a:other').at(-1)!.text).toContain('der Sachbearbeitung vorbehalten');
    expect(audits.slice(before)).toEqual([expect.objectContaining({ capability: 'check', outcome: 'denied' })]);
    expect(downloads).toEqual([]);
  });

  it('in a group chat sends a member’s result and letter to her alone, and only a note to the group', async () => {
    const c = caseOf('dienstreise/ohne-zweck/');
    const group = '19:sachgebiet@thread.v2';
    await channel.deliver(server.url, withAttachment(channel.message('Antrag prüfen', { from: CLERK, conversationType: 'groupChat', conversationId: group, tenantId: TENANT }), c));
    await idle();
    // The group sees the acknowledgement (file name only) and the note, nothing of the result.
    expect(messages(group).map((a) => a.text)).toEqual([`Ich lade den Antrag „${c.fileName}“, prüfe ihn und melde mich, sobald das Ergebnis vorliegt.`, 'Das Ergebnis der Vorprüfung habe ich Ihnen im persönlichen Chat geschickt.']);
    const created = channel.requests.filter((r) => r.kind === 'createConversation');
    expect(created.at(-1)!.body.members).toEqual([expect.objectContaining({ id: CLERK.id })]);
    const personal = messages(created.at(-1)!.assignedId!);
    expect(personal[0].text).toMatch(/^Vorprüfung „Dienstreiseantrag“: unvollständig/);
    expect(JSON.stringify(messages(group))).not.toMatch(/Dienstreiseantrag|Nachforderung/);
    // The letter waits for the clerk in her 1:1 chat, not in the group.
    const consent = personal.flatMap((a) => a.attachments ?? []).find((a: { contentType: string }) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    expect(consent).toBeDefined();
  });

  it('gives a member the result and the letter by file consent, which only she can accept', async () => {
    const c = caseOf('sondernutzung/ohne-lageplan/');
    const downloaded = downloads.length;
    const audited = audits.length;
    await channel.deliver(server.url, withAttachment(channel.message('Antrag prüfen', { from: CLERK, conversationId: 'a:clerk', tenantId: TENANT }), c));
    // The turn acknowledges; download and check run after it.
    await idle();
    expect(downloads).toHaveLength(downloaded + 1);
    const sent = messages('a:clerk').filter((a) => !a.text?.startsWith('Ich lade den Antrag'));
    expect(sent[0].text).toMatch(/^Vorprüfung „Antrag auf Sondernutzung öffentlicher Straßen“: unvollständig: 1 Punkt\./);
    const consent = sent.flatMap((a) => a.attachments ?? []).find((a: { contentType: string }) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    expect(consent.content.description).toContain('Entwurf des Nachforderungsschreibens – mit KI-Unterstützung erstellt');
    expect(audits.slice(audited).find((a) => a.capability === 'check' && a.outcome === 'completed')).toMatchObject({ action: 'sondernutzung', check: { fehlt: 1 } });

    const invoke = (from: typeof CLERK) =>
      channel.message('', {
        from,
        conversationId: 'a:clerk',
        tenantId: TENANT,
        type: 'invoke',
        name: 'fileConsent/invoke',
        value: { type: 'fileUpload', action: 'accept', context: consent.content.acceptContext, uploadInfo: { uploadUrl: 'https://contoso-my.sharepoint.com/personal/x/upload', contentUrl: 'https://contoso-my.sharepoint.com/personal/x/brief.docx', name: consent.name, uniqueId: 'u1', fileType: 'docx' } },
      });
    await channel.deliver(server.url, invoke(OTHER));
    expect(uploads).toEqual([]);
    expect(messages('a:clerk').at(-1)!.text).toBe('Diese Datei gehört zu einer Antragsvorprüfung (Entwurf eines Nachforderungsschreibens), die eine andere Person angefordert hat. Sie wurde weder übertragen noch gelöscht.');
    expect(audits.at(-1)).toMatchObject({ capability: 'check', action: 'file-consent-accept', outcome: 'refused' });

    await channel.deliver(server.url, invoke(CLERK));
    expect(uploads).toHaveLength(1);
    expect(audits.at(-1)).toMatchObject({ capability: 'check', action: 'file-consent-accept', outcome: 'completed' });
    expect(await store.list(`${FILES_PREFIX}${(consent.content.acceptContext as { jobId: string }).jobId}/`)).toEqual([]);
  });
});
