/**
 * Sensitivity labels at the HTTP boundary: the bot's real HTTP server and adapter, a fake Bot
 * Framework channel recording what Teams would receive, and the Graph emulator holding a
 * SharePoint file labelled "Intern". The delegated token comes through the `graphTokenFor` hook
 * (Teams SSO needs a real tenant). The citation of the labelled file must carry `usageInfo`, and
 * the message the label of its most sensitive cited file; unlabelled files carry none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, createBot, startServer, type BotServices, type RunningServer } from '../../src/bot/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createChatAsk } from '../../src/knowledge/chat-ask.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startFakeBotChannel, USER_ACCOUNT, type FakeBotChannel } from '../fakes/fake-bot-channel.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { LABEL_INTERN, LABEL_VERTRAULICH } from '../graph-emulator/fixture-tenant.js';
import { expectCitationsWithinTeamsLimits, messageEntity } from './teams-limits.js';

let emu: GraphEmulator;
let channel: FakeBotChannel;
let server: RunningServer;

beforeAll(async () => {
  emu = await startGraphEmulator();
  channel = await startFakeBotChannel();
  const config = parseConfig({
    PORT: '0',
    GRAPH_BASE_URL: emu.baseUrl,
    SENSITIVITY_LABEL_NAMES: `${LABEL_INTERN}=Intern;${LABEL_VERTRAULICH}=Vertraulich`,
  });
  const logger = createLogger('silent');
  const services: BotServices = {
    config,
    logger,
    store: createMemoryStore(),
    generative: false,
    ask: createChatAsk({ config, parseDocument }),
    graphTokenFor: async (userId) => (userId === USER_ACCOUNT.aadObjectId ? TOKENS.anna : undefined),
  };
  const adapter = createAdapter(config);
  const bot = createBot(services, adapter);
  server = await startServer({ config, logger, adapter, runTurn: (c) => bot.runTurn(c), readiness: async () => ({ ready: true }) });
});

afterAll(async () => {
  await server?.shutdown('test');
  await channel?.close();
  await emu?.close();
});

describe('sensitivity labels of cited SharePoint files on the wire', () => {
  it('puts the configured label name on the labelled file’s citation and on the message, and none on unlabelled files', async () => {
    const id = 'a:labels-1';
    const res = await channel.deliver(server.url, channel.message('Wer genehmigt Ausnahmen von der Haushaltssperre?', { conversationId: id }));
    expect(res.status).toBe(200);
    const reply = channel.sent(id).find((a) => a.type === 'message' && messageEntity(a));
    expect(reply, 'an answer with citations').toBeDefined();
    const claims = expectCitationsWithinTeamsLimits(reply!);
    const labelled = claims.filter((c) => String(c.appearance.url ?? '').includes('Dienstanweisung'));
    const unlabelled = claims.filter((c) => !String(c.appearance.url ?? '').includes('Dienstanweisung'));
    expect(labelled.length).toBeGreaterThan(0);
    for (const claim of labelled) {
      expect(claim.appearance.usageInfo).toMatchObject({ type: 'https://schema.org/Message', '@type': 'CreativeWork', name: 'Intern' });
      expect(claim.appearance.usageInfo.description.length).toBeLessThanOrEqual(160);
    }
    expect(unlabelled.every((c) => c.appearance.usageInfo === undefined)).toBe(true);
    expect(messageEntity(reply!).usageInfo).toMatchObject({ '@type': 'CreativeWork', name: 'Intern' });
    // Clients that do not render citation entities still see the label next to the quote.
    expect(reply!.text).toContain('Vertraulichkeitsbezeichnung „Intern“');
  });

  it('marks the message with the highest label of its cited files (configured order, low to high)', async () => {
    const file = emu.tenant.files.find((f) => f.id === '01HAUPT0REISEKOSTEN')!;
    file.sensitivityLabelId = LABEL_VERTRAULICH;
    try {
      const id = 'a:labels-2';
      // Narrowed to SharePoint: the announcement mail (Zustimmung der Kämmerei) must not push a labelled file out of the three Fundstellen.
      await channel.deliver(server.url, channel.message('Wer genehmigt Dienstreisen und Ausnahmen von der Haushaltssperre? Nur in SharePoint', { conversationId: id }));
      const reply = channel.sent(id).find((a) => a.type === 'message' && messageEntity(a))!;
      const names = new Set(expectCitationsWithinTeamsLimits(reply).map((c) => c.appearance.usageInfo?.name).filter(Boolean));
      // Only meaningful when both labelled files are cited.
      expect([...names].sort()).toEqual(['Intern', 'Vertraulich']);
      expect(messageEntity(reply).usageInfo.name).toBe('Vertraulich');
    } finally {
      delete file.sensitivityLabelId;
    }
  });
});
