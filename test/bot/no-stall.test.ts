/**
 * No input stalls the server: while a clerk's hostile or maximum-size transcript is being read,
 * /healthz answers within a second — through the real HTTP server, with the transcript parsed on a
 * worker thread as the composition root wires it. The reproduction from the security review was a
 * VTT of "<v" followed by 200,000 spaces (15 s of blocked event loop before).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, createBot, startServer, type BotServices, type RunningServer } from '../../src/bot/index.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createMinutesService } from '../../src/minutes/minutes-service.js';
import { MAX_TRANSCRIPT_INPUT } from '../../src/minutes/parse-transcript.js';
import { DEFAULT_LIMITS } from '../../src/security/limits.js';
import { createOffThreadParsers } from '../../src/security/off-thread-parsers.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { startChannelStub, type ChannelStub } from './channel-stub.js';
import { logCapture } from './helpers.js';

let channel: ChannelStub;
let server: RunningServer;
const parsers = createOffThreadParsers();

beforeAll(async () => {
  channel = await startChannelStub();
  const config = parseConfig({ PORT: '0' });
  const store = createMemoryStore();
  const services: BotServices = {
    config,
    logger: createLogger('silent', logCapture().stream),
    store,
    generative: false,
    ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }),
    minutes: createMinutesService({ store, config, limits: DEFAULT_LIMITS, canRequest: async () => true, parseTranscript: parsers.parseTranscript }),
  };
  const adapter = createAdapter(config);
  const bot = createBot(services, adapter);
  server = await startServer({ config, logger: services.logger, adapter, runTurn: bot.runTurn, readiness: async () => ({ ready: true }) });
});
afterAll(async () => {
  await server.shutdown('test');
  await channel.close();
  await parsers.close();
});

async function healthWhile(name: string, content: string): Promise<{ worst: number; replies: string }> {
  channel.files.set(name, Buffer.from(content));
  channel.sent.length = 0;
  const request = fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m-${name}`,
      text: 'Niederschrift erstellen',
      channelId: 'msteams',
      serviceUrl: channel.url,
      from: { id: 'clerk', aadObjectId: 'clerk', name: 'Clara' },
      recipient: { id: 'bot', name: 'Bot' },
      conversation: { id: 'clerk-chat', conversationType: 'personal' },
      attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: `${channel.url}/files/${name}`, fileType: 'vtt' } }],
    }),
  });
  let done = false;
  void request.finally(() => (done = true));
  let worst = 0;
  while (!done) {
    const t = performance.now();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    worst = Math.max(worst, performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  expect((await request).status).toBe(200);
  return { worst, replies: channel.sent.map((s) => s.activity.text ?? '').join('\n') };
}

describe('a big or hostile transcript does not stall the server', () => {
  it('the review’s reproduction, at the largest accepted size', async () => {
    const { worst, replies } = await healthWhile('angriff.vtt', `WEBVTT\n\n00:00.000 --> 00:01.000\n<v${' '.repeat(MAX_TRANSCRIPT_INPUT - 60)}x`);
    expect(worst).toBeLessThan(1000);
    expect(replies).toContain('Niederschrift-Entwurf');
  });

  it('a file above the limit is refused unread, with the reason', async () => {
    const { worst, replies } = await healthWhile('riesig.vtt', 'WEBVTT\n\n' + ' '.repeat(MAX_TRANSCRIPT_INPUT + 10));
    expect(worst).toBeLessThan(1000);
    expect(replies).toContain('zu groß');
  });
});
