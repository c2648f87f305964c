/**
 * Composition root: configuration → services → Teams AI Application → restify server.
 * Nothing else wires; everything below takes its dependencies as arguments.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAdapter, createBot, startServer, type BotServices, type RunningServer } from './bot/index.js';
import { ConfigError, isLocalMode, loadConfig, type AppConfig } from './config.js';
import { createLogger, type Logger } from './core/logger.js';
import { createLocalStore } from './storage/local-store.js';

export interface StartedApp {
  server: RunningServer;
  services: BotServices;
}

/** Builds every service from the configuration and starts the HTTP server. */
export async function startRathaus(config: AppConfig, logger: Logger): Promise<StartedApp> {
  const store = createLocalStore(path.join(config.RATHAUS_DATA_DIR, 'state'), { logger });
  const services: BotServices = {
    config,
    logger,
    store,
    generative: config.LLM_PROVIDER !== 'none',
    ask: async () => ({ found: false, mode: 'extractive', answer: 'Dazu habe ich in den Dokumenten nichts gefunden.', citations: [] }),
  };
  const adapter = createAdapter(config);
  const bot = createBot(services, adapter);
  const server = await startServer({
    config,
    logger,
    adapter,
    runTurn: bot.runTurn,
    readiness: async () => ((await store.ready()) ? { ready: true } : { ready: false, reason: 'Der Speicher ist nicht erreichbar.' }),
  });
  return { server, services };
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  if (isLocalMode(config)) logger.info('local mode: no BOT_ID, requests are not authenticated, listening on 127.0.0.1 only');
  const { server } = await startRathaus(config, logger);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.shutdown(signal).then(
        () => process.exit(0),
        (e: unknown) => {
          logger.error({ err: String(e) }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    process.stderr.write(`Der Rathaus-Assistent konnte nicht starten: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
