/**
 * The bot with Microsoft 365 sources against the Graph emulator: each turn searches with that
 * user's token only, and answers built on private sources never land in a shared conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAdapter, type Activity, type ConversationParameters, type TurnContext } from 'botbuilder';
import { createAdapter, createBot, type BotServices } from '../../src/bot/index.js';
import type { AskInput } from '../../src/bot/services.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createChatAsk } from '../../src/knowledge/chat-ask.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { logCapture } from './helpers.js';

/** TestAdapter that can open a 1:1 conversation (proactive message) and records what went there. */
class PersonalChatAdapter extends TestAdapter {
  readonly personal: Partial<Activity>[] = [];
  override async createConversationAsync(_app: string, _channel: string, _url: string, _aud: string, params: ConversationParameters, logic: (c: TurnContext) => Promise<void>): Promise<void> {
    expect(params.isGroup).toBe(false);
    await logic({ sendActivity: async (a: Partial<Activity>) => (this.personal.push(a), { id: 'p1' }) } as unknown as TurnContext);
  }
}

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());

function botFor(tokens: Record<string, string> | undefined, seen?: AskInput[]) {
  const config = parseConfig({ GRAPH_BASE_URL: emu.baseUrl });
  const chatAsk = createChatAsk({ config, parseDocument });
  const services: BotServices = {
    config,
    logger: createLogger('info', logCapture().stream),
    store: createMemoryStore(),
    generative: false,
    ask: (input) => (seen?.push(input), chatAsk(input)),
    graphTokenFor: tokens ? async (userId) => tokens[userId] : undefined,
  };
  const bot = createBot(services, createAdapter(config));
  return new PersonalChatAdapter((c) => bot.runTurn(c));
}

const user = (key: 'anna' | 'bernd') => ({ id: emu.tenant.users[key].id, aadObjectId: emu.tenant.users[key].id, name: key });

describe('answers from SharePoint and Outlook in the bot', () => {
  it('cites SharePoint webUrl and the user’s own mail webLink', async () => {
    const adapter = botFor({ [emu.tenant.users.anna.id]: TOKENS.anna });
    await adapter.send({ type: 'message', text: 'Ab wann gilt die Haushaltssperre?', from: user('anna') });
    // The answer, not a typing indicator that a slow (loaded) machine sends before it.
    const a = adapter.activeQueue.find((r) => r.type === 'message')!;
    const citations = (a.entities?.find((e) => e.type === 'https://schema.org/Message') as unknown as { citation: { appearance: { url?: string } }[] }).citation;
    const urls = citations.map((c) => c.appearance.url ?? '');
    expect(urls.some((u) => u.includes('sharepoint.com'))).toBe(true);
    expect(urls.some((u) => u.includes('ItemID=AAMkAnna'))).toBe(true);
  });

  it('never shows one user another user’s mail', async () => {
    const adapter = botFor({ [emu.tenant.users.bernd.id]: TOKENS.bernd });
    emu.requests.length = 0;
    await adapter.send({ type: 'message', text: 'nur in meinen Mails: Haushaltssperre', from: user('bernd') }).assertReply((a) => {
      expect(JSON.stringify(a)).not.toContain('AAMkAnna');
    });
    expect(emu.requests.length).toBeGreaterThan(0);
    expect(emu.requests.every((r) => r.token === TOKENS.bernd || r.token === undefined)).toBe(true);
  });

  it('sends an answer from private mail to the user in 1:1 and only a note to the group', async () => {
    const adapter = botFor({ [emu.tenant.users.anna.id]: TOKENS.anna });
    await adapter
      .send({ type: 'message', text: 'nur in meinen Mails: Haushaltssperre', from: user('anna'), recipient: { id: 'bot', name: 'Bot' }, conversation: { id: 'g1', conversationType: 'groupChat', isGroup: true, name: '' }, entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>Bot</at>' }] })
      .assertReply((a) => {
        expect(a.text).toContain('im persönlichen Chat');
        expect(JSON.stringify(a)).not.toContain('Haushaltssperre ab');
      });
    expect(adapter.personal).toHaveLength(1);
    expect(JSON.stringify(adapter.personal[0])).toContain('AAMkAnna');
  });

  it('keeps a privately delivered answer out of the group’s follow-up history', async () => {
    const seen: AskInput[] = [];
    const adapter = botFor({ [emu.tenant.users.anna.id]: TOKENS.anna }, seen);
    const inGroup = (text: string) => ({ type: 'message', text, from: user('anna'), recipient: { id: 'bot', name: 'Bot' }, conversation: { id: 'g2', conversationType: 'groupChat', isGroup: true, name: '' }, entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>Bot</at>' }] }) as Partial<Activity>;
    await adapter.send(inGroup('nur in meinen Mails: Haushaltssperre'));
    await adapter.send(inGroup('Und ab wann gilt das?'));
    expect(seen).toHaveLength(2);
    expect(adapter.personal).toHaveLength(1);
    expect(seen[1].history).toEqual([]);
  });

  it('asks for a fresh sign-in when Graph refuses the token, and still answers from the rest', async () => {
    const adapter = botFor({ [emu.tenant.users.anna.id]: TOKENS.expired });
    await adapter
      .send({ type: 'message', text: 'Ab wann gilt die Haushaltssperre?', from: user('anna') })
      .assertReply((a) => expect(a.text).toBeDefined())
      .assertReply((a) => expect(a.text).toContain('Anmeldung bei Microsoft 365 ist abgelaufen'));
  });

  it('explains a missing mail permission instead of silently leaving mail out', async () => {
    const adapter = botFor({ [emu.tenant.users.anna.id]: TOKENS.annaWithoutMail });
    await adapter
      .send({ type: 'message', text: 'Ab wann gilt die Haushaltssperre?', from: user('anna') })
      .assertReply((a) => expect(a.text).toBeDefined())
      .assertReply((a) => expect(a.text).toMatch(/Berechtigung \(Mail\.Read\)/));
  });

  it('without a Microsoft 365 sign-in says so politely when only mail is asked for', async () => {
    const adapter = botFor(undefined);
    await adapter.send({ type: 'message', text: 'nur in meinen Mails: Haushaltssperre', from: user('anna') }).assertReply((a) => expect(a.text).toContain('Anmeldung bei Microsoft 365 nötig'));
  });
});
