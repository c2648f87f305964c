/**
 * A Niederschrift requested in Teams for a meeting whose calendar entry links the RIS meeting, at
 * the HTTP boundary: the bot's real HTTP server and adapter, the fake Bot Framework channel, the
 * Graph emulator (transcript, attendance, event) and the OParl emulator (agenda, Vorlagen). The
 * Vorlage's file cannot be read: the draft the clerk receives must say so in its list of things to
 * check, as the CLI does (#13), and the job keeps working with the placeholder. The session was
 * written for this test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, createBot, startServer, type BotServices, type RunningServer } from '../../src/bot/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createMinutesService } from '../../src/minutes/minutes-service.js';
import { createOparl } from '../../src/oparl/create-oparl.js';
import { DEFAULT_LIMITS } from '../../src/security/limits.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startFakeBotChannel, USER_ACCOUNT, type FakeBotChannel, type WireActivity } from '../fakes/fake-bot-channel.js';
import { startOparlEmulator, type OparlEmulator } from '../fakes/oparl-emulator.js';
import { API, beispielstadt } from '../fakes/oparl-test-data.js';
import { buildFixtureTenant } from '../graph-emulator/fixture-tenant.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { adaptiveCardsOf } from './adaptive-card-validator.js';

const V = '7d0c2b9e-61f4-4c55-8f0e-5a1d2c3b4e5f';
/** A Bauausschuss session on the RIS meeting's agenda (Turnhalle Nord public, N 1 non-public). */
const SESSION_VTT = `WEBVTT

${V}/1-0
00:00:03.000 --> 00:00:12.000
<v Petra Lang>Guten Abend, ich eröffne die 5. Sitzung des Bauausschusses um 17:02 Uhr. Die Einladung ist form- und fristgerecht ergangen.</v>

${V}/2-0
00:00:13.000 --> 00:00:24.000
<v Petra Lang>Wir kommen zu Tagesordnungspunkt 1, Sanierung der Turnhalle Nord. Wortmeldungen sehe ich nicht. Wer der Vorlage zustimmt, den bitte ich um das Handzeichen. Gegenstimmen? Keine. Enthaltungen? Keine. Damit einstimmig beschlossen.</v>

${V}/3-0
00:00:25.000 --> 00:00:33.000
<v Petra Lang>Wir setzen die Sitzung nichtöffentlich fort. Ich bitte die Gäste, den Raum zu verlassen.</v>

${V}/4-0
00:00:34.000 --> 00:00:45.000
<v Petra Lang>Tagesordnungspunkt N 1, Grundstücksangelegenheit Gewerbegebiet Ost. Der Verkauf an die Firma Kieselgrund geht einstimmig durch.</v>

${V}/5-0
00:00:46.000 --> 00:00:50.000
<v Petra Lang>Ich schließe die Sitzung um 17:41 Uhr.</v>
`;

let oparl: OparlEmulator;
let emu: GraphEmulator;
let channel: FakeBotChannel;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  oparl = await startOparlEmulator(beispielstadt());
  // The meeting took place on the day the Teams meeting did; its Vorlage's file is gone from the RIS.
  oparl.update(`${API}/meeting/1`, { start: '2026-11-19T17:00:00+01:00' });
  oparl.update(`${API}/paper/1`, { mainFile: { id: `${API}/file/31`, type: 'https://schema.oparl.org/1.1/File', name: 'Vorlage 2026/0101', fileName: '31.pdf', mimeType: 'application/pdf', accessUrl: `${API}/file/31/fehlt` } });
  const tenant = await buildFixtureTenant();
  tenant.meetings[0].subject = 'Bauausschuss – 5. Sitzung';
  tenant.meetings[0].transcripts[0].vtt = SESSION_VTT;
  tenant.events[0].subject = 'Bauausschuss – 5. Sitzung';
  tenant.events[0].bodyHtml = `<p>Einladung zur 5. Sitzung des Bauausschusses. Tagesordnung und Vorlagen im Ratsinformationssystem: <a href="${oparl.url(`${API}/meeting/1`)}">Sitzung</a></p>`;
  emu = await startGraphEmulator({ tenant });
  channel = await startFakeBotChannel();
  dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-minutes-ris-'));
  const config = parseConfig({ PORT: '0', GRAPH_BASE_URL: emu.baseUrl, RATHAUS_DATA_DIR: dataDir, OPARL_SYSTEM_URL: oparl.systemUrl, OPARL_CONTACT: 'it@beispielstadt.example', OPARL_MAX_RPS: '50' });
  const logger = createLogger('silent');
  const store = createMemoryStore();
  const ris = createOparl(config, { parse: parseDocument, store })!;
  const services: BotServices = {
    config,
    logger,
    store,
    generative: false,
    ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }),
    minutes: createMinutesService({ store, config, limits: DEFAULT_LIMITS, canRequest: async () => true, risAgenda: (text) => ris.agendaFromText(text) }),
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
  await oparl?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const cardsIn = (activities: WireActivity[]) => activities.flatMap(adaptiveCardsOf);

describe('Niederschrift in Teams with the agenda from the RIS', () => {
  it('lists the unreadable Vorlage among the things to check in the draft the clerk receives', async () => {
    const id = 'a:minutes-ris';
    const joinUrl = emu.tenant.meetings[0].joinWebUrl;
    const res = await channel.deliver(server.url, channel.message(`Niederschrift erstellen für ${joinUrl}`, { conversationId: id }));
    expect(res.status).toBe(200);
    const sent = await channel.waitFor(id, (all) => cardsIn(all).length > 0, 30_000);
    const texts = sent.map((a) => a.text ?? '').join('\n');
    expect(texts).toContain('Ratsinformationssystem');
    const card = JSON.stringify(cardsIn(sent)[0]);
    // The agenda came from the RIS (its TOP title), the adopted TOP keeps the placeholder naming the Vorlage…
    expect(card).toContain('Sanierung der Turnhalle Nord');
    // …and the list of things to check names the Vorlage whose Beschlussvorschlag could not be read.
    const checks = cardsIn(sent)[0].body as { text?: string }[];
    const afterHeading = checks.slice(checks.findIndex((b) => b.text === 'Bitte prüfen') + 1).map((b) => b.text ?? '');
    expect(afterHeading.some((t) => t.includes('Vorlage 2026/0101') && t.includes('Beschlussvorschlag konnte nicht gelesen werden'))).toBe(true);
    expect(oparl.requests.some((r) => r.path.endsWith('/file/31/fehlt'))).toBe(true);
  });
});
