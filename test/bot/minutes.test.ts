/**
 * "Niederschrift erstellen" through the bot: from an attached transcript and from the meeting via
 * the Graph emulator; only clerks; the draft goes to the clerk alone; Word files by file consent.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAdapter, TurnContext, type Activity, type ConversationParameters, type ConversationReference } from 'botbuilder';
import { createAdapter, createBot, type BotServices } from '../../src/bot/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createMinutesService } from '../../src/minutes/minutes-service.js';
import { DEFAULT_LIMITS } from '../../src/security/limits.js';
import { createOutboundFetch } from '../../src/security/outbound-fetch.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { MEETING_CHAT_ID } from '../graph-emulator/fixture-meeting.js';
import { logCapture } from './helpers.js';

const VTT = readFileSync(path.resolve('test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));

class PersonalChatAdapter extends TestAdapter {
  readonly personal: Partial<Activity>[] = [];
  /** Every reply so far, in the asking conversation (turns and proactive messages). */
  readonly replies: Partial<Activity>[] = [];
  override async createConversationAsync(_a: string, _c: string, _u: string, _au: string, params: ConversationParameters, logic: (c: TurnContext) => Promise<void>): Promise<void> {
    expect(params.isGroup).toBe(false);
    await logic({ activity: { conversation: { id: 'a:personal-1' } }, sendActivity: async (a: Partial<Activity>) => (this.personal.push(a), { id: 'p1' }) } as unknown as TurnContext);
  }
  /** Proactive turns (a minutes request carries on after its turn) reply into the same queue. */
  override async continueConversationAsync(...args: unknown[]): Promise<void> {
    const reference = args[1] as Partial<ConversationReference>;
    const logic = args[args.length - 1] as (c: TurnContext) => Promise<void>;
    await logic(new TurnContext(this, TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true)));
  }
  /** Set by botWith: resolves when the bot's background minutes work is done. */
  idle: () => Promise<void> = async () => undefined;
  /** Waits for the background work of the requests sent so far; returns every reply drained from the queue. */
  async settled(): Promise<Partial<Activity>[]> {
    await this.idle();
    this.replies.push(...this.activeQueue.splice(0));
    return this.replies;
  }
}


let files: Server;
let filesUrl: string;
const uploads: Buffer[] = [];
let emu: GraphEmulator;
let dataDir: string;

beforeAll(async () => {
  files = createServer((req, res) => {
    if (req.method === 'PUT') {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        uploads.push(Buffer.concat(chunks));
        // restify (loaded by the bot) patches ServerResponse: no chaining on writeHead.
        res.writeHead(201);
        res.end('{}');
      });
      return;
    }
    if (req.url?.includes('langsam')) {
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/vtt' });
        res.end(VTT);
      }, 800);
      return;
    }
    if (req.url?.includes('kaputt')) {
      res.writeHead(500);
      res.end('server error');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/vtt' });
    res.end(VTT);
  });
  await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
  filesUrl = `http://127.0.0.1:${(files.address() as { port: number }).port}`;
  emu = await startGraphEmulator();
  dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-minutes-bot-'));
});
afterAll(async () => {
  files.close();
  await emu.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function botWith(options: { allowed?: boolean; env?: Record<string, string>; tokens?: Record<string, string> } = {}) {
  const config = parseConfig({ GRAPH_BASE_URL: emu.baseUrl, RATHAUS_DATA_DIR: dataDir, ...options.env });
  const store = createMemoryStore();
  const services: BotServices = {
    config,
    logger: createLogger('info', logCapture().stream),
    store,
    generative: false,
    ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }),
    minutes: createMinutesService({ store, config, limits: DEFAULT_LIMITS, canRequest: async () => options.allowed ?? true, outbound: toFiles }),
    outbound: toFiles,
    graphTokenFor: options.tokens ? async (id) => options.tokens![id] : undefined,
  };
  const bot = createBot(services, createAdapter(config));
  const adapter = new PersonalChatAdapter((c) => bot.runTurn(c));
  adapter.idle = bot.idle;
  return adapter;
}

/** The outbound guard with fake DNS for contoso's SharePoint, carried to the local file server. */
const toFiles = createOutboundFetch(
  { allowedHosts: ['*.sharepoint.com'], maxBytes: DEFAULT_LIMITS.maxAttachmentBytes, timeoutMs: 10_000 },
  { lookup: async () => [{ address: '52.104.0.10', family: 4 }], fetch: (input, init) => fetch(`${filesUrl}${new URL(String(input)).pathname}`, init) },
);

const attachment = { contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'sitzung.vtt', content: { downloadUrl: '', fileType: 'vtt' } };
const withFile = () => ({ ...attachment, content: { downloadUrl: 'https://contoso-my.sharepoint.com/personal/anna/sitzung.vtt', fileType: 'vtt' } });

describe('Niederschrift in the bot', () => {
  it('drafts from an attached transcript and saves both Word files locally; nothing non-public in the public one', async () => {
    const adapter = botWith();
    const replies: Partial<Activity>[] = [];
    await adapter.send({ type: 'message', text: 'Niederschrift erstellen', attachments: [withFile()] });
    replies.push(...(await adapter.settled()));
    const texts = replies.map((r) => r.text ?? '').join('\n');
    expect(texts).toContain('Ich lade die Datei „sitzung.vtt“ und melde mich');
    expect(texts).toContain('Ich erstelle den Niederschrift-Entwurf');
    expect(texts).toContain('Entwurf – mit KI-Unterstützung erstellt');
    const card = replies.find((r) => r.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card)).toContain('nichtöffentlich');
    const paths = [...texts.matchAll(/: (\/\S+\.docx)/g)].map((m) => m[1]);
    expect(paths.map((p) => path.basename(p)).sort()).toEqual(['Niederschrift-nichtoeffentlich.docx', 'Niederschrift-oeffentlich.docx']);
    const publicXml = await (await JSZip.loadAsync(readFileSync(paths.find((p) => p.endsWith('oeffentlich.docx') && !p.includes('nicht'))!))).file('word/document.xml')!.async('string');
    const nonPublicXml = await (await JSZip.loadAsync(readFileSync(paths.find((p) => p.includes('nichtoeffentlich'))!))).file('word/document.xml')!.async('string');
    expect(nonPublicXml.length).toBeGreaterThan(1000);
    // Titles of the non-public items (from the clerk's preview) appear in the non-public file only.
    const body = (card!.attachments![0].content as { body: { text?: string }[] }).body;
    const nonPublicTitles = body.map((b) => /^TOP [^:]+ \(nichtöffentlich\): (.+)$/.exec(b.text ?? '')?.[1]).filter((x): x is string => !!x);
    expect(nonPublicTitles.length).toBeGreaterThan(0);
    const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, '');
    for (const title of nonPublicTitles) {
      expect(xmlText(nonPublicXml)).toContain(title);
      expect(xmlText(publicXml)).not.toContain(title);
    }
  });

  it('starts one job per activity: a retry of the same activity by Teams gets a short note, no second job', async () => {
    const adapter = botWith();
    const activity = { type: 'message', id: 'retried-activity-1', text: 'Niederschrift erstellen', attachments: [withFile()] } as Partial<Activity>;
    await adapter.send(activity);
    await adapter.send({ ...activity });
    const texts = (await adapter.settled()).map((r) => r.text ?? '');
    expect(texts.filter((t) => t.includes('Ich lade die Datei'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Ich erstelle den Niederschrift-Entwurf'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Entwurf – mit KI-Unterstützung erstellt'))).toHaveLength(1);
    expect(texts).toContain('Diese Anfrage bearbeite ich bereits; der Entwurf kommt, sobald er fertig ist.');
  });

  it('names the attached file and what to do when its download fails', async () => {
    const adapter = botWith();
    const broken = { ...attachment, name: 'ausschuss-kaputt.vtt', content: { downloadUrl: 'https://contoso-my.sharepoint.com/personal/anna/ausschuss-kaputt.vtt', fileType: 'vtt' } };
    await adapter.send({ type: 'message', text: 'Niederschrift erstellen', attachments: [broken] });
    const reply = (await adapter.settled()).map((r) => r.text ?? '').join('\n');
    expect(reply).toContain('„ausschuss-kaputt.vtt“ konnte nicht geladen werden');
    expect(reply).toMatch(/Bitte senden Sie (sie|ihn) (noch einmal|erneut)/);
    expect(reply).not.toMatch(/Referenz/);
    expect(reply).not.toContain('Ich erstelle den Niederschrift-Entwurf');
  });

  it('„abbrechen“ while the file is still loading stops the request: no draft follows', async () => {
    const adapter = botWith();
    const slow = { ...attachment, name: 'langsam.vtt', content: { downloadUrl: 'https://contoso-my.sharepoint.com/personal/anna/langsam.vtt', fileType: 'vtt' } };
    await adapter.send({ type: 'message', text: 'Niederschrift erstellen', attachments: [slow] });
    await adapter.send('abbrechen');
    const texts = (await adapter.settled()).map((r) => r.text ?? '');
    expect(texts).toContain('Der Niederschrift-Auftrag wurde abgebrochen.');
    expect(texts.join('\n')).not.toContain('Ich erstelle den Niederschrift-Entwurf');
    expect(texts.join('\n')).not.toContain('ist fertig');
    // Afterwards there is nothing left to cancel.
    await adapter.send('abbrechen');
    expect((await adapter.settled()).at(-1)?.text).toBe('Es läuft gerade kein Niederschrift-Auftrag.');
  });

  it('„abbrechen“ after the draft is done says there is nothing to cancel', async () => {
    const adapter = botWith();
    await adapter.send({ type: 'message', text: 'Niederschrift erstellen', attachments: [withFile()] });
    await adapter.settled();
    await adapter.send('abbrechen');
    expect((await adapter.settled()).at(-1)?.text).toBe('Es läuft gerade kein Niederschrift-Auftrag.');
  });

  it('refuses people outside the clerks’ group politely', async () => {
    const adapter = botWith({ allowed: false });
    await adapter.send({ type: 'message', text: 'Niederschrift erstellen', attachments: [withFile()] }).assertReply((a) => expect(a.text).toContain('nur die Schriftführung'));
  });

  it('explains what it needs when there is no transcript', async () => {
    const adapter = botWith();
    await adapter.send('Niederschrift erstellen').assertReply((a) => expect(a.text).toContain('brauche ich das Transkript'));
  });

  it('in a meeting chat fetches the transcript through Graph and sends the draft to the clerk only', async () => {
    const anna = emu.tenant.users.anna.id;
    const adapter = botWith({ tokens: { [anna]: TOKENS.anna } });
    await adapter.send({
      type: 'message',
      text: 'Niederschrift erstellen',
      from: { id: anna, aadObjectId: anna, name: 'Anna' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: MEETING_CHAT_ID, conversationType: 'groupChat', isGroup: true, name: '' },
      entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>Bot</at>' }],
    });
    const group = (await adapter.settled()).map((a) => a.text ?? '');
    expect(group.join('\n')).toContain('im persönlichen Chat geschickt');
    expect(group.join('\n')).not.toMatch(/TOP \d/);
    expect(adapter.personal).toHaveLength(1);
    expect(JSON.stringify(adapter.personal[0])).toContain('Entwurf – mit KI-Unterstützung erstellt');
    expect(emu.requests.some((r) => r.path.includes('/transcripts'))).toBe(true);
  });

  it('says so when the tenant has speaker attribution off and drafts from the unattributed transcript', async () => {
    const anna = emu.tenant.users.anna.id;
    emu.settings.speakerAttribution = false;
    try {
      const adapter = botWith({ tokens: { [anna]: TOKENS.anna } });
      await adapter.send({ type: 'message', text: `Niederschrift erstellen für ${emu.tenant.meetings[0].joinWebUrl}`, from: { id: anna, aadObjectId: anna, name: 'Anna' } });
      const texts = (await adapter.settled()).map((a) => a.text ?? '').join('\n');
      expect(texts).toContain('Sprecherzuordnung');
      expect(texts).toContain('Niederschrift-Entwurf ist fertig');
    } finally {
      emu.settings.speakerAttribution = true;
    }
  });

  it('in a production group chat sends preview and file consent only to the clerk in 1:1', async () => {
    const adapter = botWith({ env: { BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'x', BOT_TENANT_ID: '99999999-8888-7777-6666-555555555555', BIND_HOST: '127.0.0.1' } });
    await adapter.send({
      type: 'message',
      text: 'Niederschrift erstellen',
      attachments: [withFile()],
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, name: '' },
      entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>Bot</at>' }],
    });
    const group = await adapter.settled();
    expect(group.flatMap((a) => a.attachments ?? [])).toEqual([]);
    const personal = adapter.personal.flatMap((a) => a.attachments ?? []).map((a) => a.contentType);
    expect(personal).toContain('application/vnd.microsoft.card.adaptive');
    expect(personal.filter((c) => c === 'application/vnd.microsoft.teams.card.file.consent')).toHaveLength(2);
  });

  it('in production hands the Word files over by file consent and uploads on accept', async () => {
    const adapter = botWith({ env: { BOT_ID: '11111111-2222-3333-4444-555555555555', BOT_PASSWORD: 'x', BOT_TENANT_ID: '99999999-8888-7777-6666-555555555555', BIND_HOST: '127.0.0.1' } });
    await adapter.send({ type: 'message', text: 'Niederschrift erstellen', attachments: [withFile()] });
    const consent = (await adapter.settled()).splice(0).flatMap((a) => a.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.teams.card.file.consent');
    expect(consent.map((c) => c.name).sort()).toEqual(['Niederschrift-nichtoeffentlich.docx', 'Niederschrift-oeffentlich.docx']);
    const ctx = (consent[0].content as { acceptContext: unknown }).acceptContext;
    await adapter.send({
      type: 'invoke',
      name: 'fileConsent/invoke',
      value: { type: 'fileUpload', action: 'accept', context: ctx, uploadInfo: { uploadUrl: 'https://contoso-my.sharepoint.com/personal/anna/upload', contentUrl: 'https://contoso-my.sharepoint.com/x.docx', name: consent[0].name, uniqueId: 'u1', fileType: 'docx' } },
    });
    const after = adapter.activeQueue.splice(0);
    expect(after.some((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.teams.card.file.info')).toBe(true);
    expect(uploads.at(-1)?.subarray(0, 2).toString()).toBe('PK');
  });
});
