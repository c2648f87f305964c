/**
 * The running bot at its HTTP boundary: the real composition root (`startRathaus`, what
 * `npm run bot` starts) in local mode, a fake Bot Framework channel behind `serviceUrl` that
 * records what the bot POSTs, and the OpenAI-compatible model stub over HTTP.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRathaus, type StartedApp } from '../../src/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { startFakeBotChannel, type FakeBotChannel } from '../fakes/fake-bot-channel.js';
import { startOpenAiStub, type OpenAiStub, type StubReply, type StubRequest } from '../fakes/openai-stub.js';

/** Documents written for these tests (not taken from any fixture the code was tuned on). */
export const WIRE_DOCUMENTS: Record<string, string> = {
  'parken.md': [
    '# Bewohnerparken',
    '',
    '## Antrag',
    '',
    'Der Parkausweis für Bewohner wird beim Bürgerservice im Stadthaus beantragt. Mitzubringen sind der Personalausweis und der Fahrzeugschein.',
    '',
    '## Gebühr',
    '',
    'Die Gebühr für den Parkausweis beträgt 30 Euro im Jahr.',
    '',
  ].join('\n'),
  'dienstwagen.md': [
    '# Dienstwagen',
    '',
    '## Buchung',
    '',
    'Dienstwagen werden über das Buchungsportal der Fahrbereitschaft reserviert. Die Schlüssel gibt die Pforte aus.',
    '',
  ].join('\n'),
  // A title longer than Teams shows (80) and a section longer than a citation abstract (160).
  'bauvorlagen.md': [
    '# Merkblatt über die Einreichung vollständiger Bauvorlagen im vereinfachten Baugenehmigungsverfahren der Stadt',
    '',
    '## Unterlagen',
    '',
    'Dem Bauantrag sind der amtliche Lageplan, die Bauzeichnungen im Maßstab 1:100, die Baubeschreibung, der Standsicherheitsnachweis, der Nachweis der Bauvorlageberechtigung und die Berechnung der Wohnfläche und des umbauten Raumes beizufügen. Fehlen Unterlagen, fordert die Bauaufsicht sie innerhalb von drei Wochen nach. Die Frist für die Entscheidung beginnt erst, wenn die Bauvorlagen vollständig sind.',
    '',
  ].join('\n'),
};

export interface WireBot {
  app: StartedApp;
  channel: FakeBotChannel;
  stub?: OpenAiStub;
  url: string;
  close(): Promise<void>;
}

export interface WireBotOptions {
  /** Model replies; without them the bot runs without a model (extractive answers). */
  model?: StubReply[] | ((req: StubRequest) => StubReply);
  env?: Record<string, string>;
  documents?: Record<string, string>;
  /** Where the app logs (JSON lines at info level); silent without it. */
  logStream?: NodeJS.WritableStream;
}

export async function startWireBot(options: WireBotOptions = {}): Promise<WireBot> {
  const root = await mkdtemp(path.join(tmpdir(), 'rathaus-wire-'));
  const knowledge = path.join(root, 'knowledge');
  await mkdir(knowledge);
  for (const [name, text] of Object.entries(options.documents ?? WIRE_DOCUMENTS)) await writeFile(path.join(knowledge, name), text);
  const stub = options.model ? await startOpenAiStub({ replies: options.model }) : undefined;
  const channel = await startFakeBotChannel();
  const config = parseConfig({
    PORT: '0',
    KNOWLEDGE_DIR: knowledge,
    RATHAUS_DATA_DIR: path.join(root, 'data'),
    SHUTDOWN_TIMEOUT_MS: '5000',
    ...(stub ? { LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'stub-model', LLM_MAX_RETRIES: '0' } : {}),
    ...options.env,
  });
  const app = await startRathaus(config, options.logStream ? createLogger('info', options.logStream) : createLogger('silent'));
  await app.indexReady;
  return {
    app,
    channel,
    stub,
    url: app.server.url,
    async close() {
      await app.server.shutdown('test');
      await channel.close();
      await stub?.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
