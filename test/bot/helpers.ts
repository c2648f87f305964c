import { Writable } from 'node:stream';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { createAdapter, createBot, type AskFn, type BotServices } from '../../src/bot/index.js';
import { securityFromConfig } from '../../src/security/from-config.js';
import { createTurnGuards } from '../../src/security/turn-guards.js';
import { parseConfig, type AppConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createMemoryStore } from '../fakes/memory-store.js';

/** Captures the JSON log lines a turn writes. */
export function logCapture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

export interface TestBot {
  adapter: TestAdapter;
  services: BotServices;
  logs: Record<string, unknown>[];
}

/** A bot with fakes behind BotServices, driven through botbuilder's TestAdapter. */
export function createTestBot(options: { ask?: AskFn; config?: Partial<Record<string, string>>; generative?: boolean; guards?: boolean; now?: () => number } = {}): TestBot {
  const config: AppConfig = parseConfig({ ...(options.config ?? {}) });
  const capture = logCapture();
  const services: BotServices = {
    config,
    logger: createLogger('info', capture.stream),
    store: createMemoryStore(),
    ask: options.ask ?? (async () => ({ found: false, mode: 'extractive', answer: 'nichts gefunden', citations: [] })),
    generative: options.generative ?? false,
    guards: options.guards ? createTurnGuards(securityFromConfig(config, { isMemberOf: async () => false, now: options.now })) : undefined,
  };
  const bot = createBot(services, createAdapter(config));
  const adapter = new TestAdapter((context: TurnContext) => bot.runTurn(context));
  return { adapter, services, logs: capture.lines };
}

export function textOf(activity: Partial<Activity>): string {
  return activity.text ?? '';
}
