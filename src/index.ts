/**
 * Composition root: configuration → services → Teams AI Application → restify server.
 * Nothing else wires; everything below takes its dependencies as arguments.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAdapter, createBot, startServer, type BotServices, type RunningServer } from './bot/index.js';
import { ConfigError, isLocalMode, loadConfig, type AppConfig } from './config.js';
import { createLogger, type Logger } from './core/logger.js';
import { createChatAsk } from './knowledge/chat-ask.js';
import { loadOrBuildIndex } from './knowledge/index/load-or-build-index.js';
import { parseDocument } from './knowledge/parsers/parse-document.js';
import type { Retriever } from './knowledge/retriever.js';
import { createLocalFolderSource } from './knowledge/sources/local-folder-source.js';
import { createChatModel, createEmbeddingModel } from './llm/create-chat-model.js';
import { createStoreUsageRecorder } from './llm/store-usage-recorder.js';
import { createAuditLogFor } from './audit/create-audit-log.js';
import { scheduleAuditPurge } from './audit/audit-log.js';
import { createTurnGuards } from './security/turn-guards.js';
import { createStore } from './storage/create-store.js';

export interface StartedApp {
  server: RunningServer;
  services: BotServices;
  /** Resolves when the knowledge index is ready (or failed; then /readyz stays 503 with the reason). */
  indexReady: Promise<void>;
}

/** Builds every service from the configuration and starts the HTTP server. */
export async function startRathaus(config: AppConfig, logger: Logger): Promise<StartedApp> {
  const store = createStore(config, { logger });
  // Every model call is recorded (purpose, tokens, time) for the pilot report of usage and costs.
  const usage = createStoreUsageRecorder(store, logger);
  const chatModel = createChatModel(config, { logger, usage });
  const embedder = createEmbeddingModel(config, { logger, usage });

  // The index is built in the background: /readyz answers 503 until it is ready, and a question
  // asked meanwhile gets an honest "index is being built" notice from the local source.
  let retriever: Retriever | undefined;
  let indexProblem: string | undefined = 'Der Wissensindex wird aufgebaut.';
  let lastProgressLog = 0;
  const indexReady = loadOrBuildIndex({
    parse: parseDocument,
    dataDir: path.resolve(config.RATHAUS_DATA_DIR),
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
    embedder,
    logger,
    onProgress: (p) => {
      if (Date.now() - lastProgressLog < 2000 && p.done !== p.total) return;
      lastProgressLog = Date.now();
      logger.info({ phase: p.phase, done: p.done, total: p.total }, 'knowledge index progress');
    },
  })(path.resolve(config.KNOWLEDGE_DIR)).then(
    (loaded) => {
      retriever = loaded.retriever;
      indexProblem = undefined;
      for (const s of loaded.report.skipped) logger.warn({ source: s.source, reason: s.reason }, 'file skipped by the indexer');
    },
    (e: unknown) => {
      indexProblem = `Der Wissensindex konnte nicht aufgebaut werden: ${e instanceof Error ? e.message : String(e)}`;
      logger.error({ err: String(e) }, 'knowledge index failed');
    },
  );

  const localSource = createLocalFolderSource(() => retriever);
  const auditLog = createAuditLogFor(config, { store });
  const stopAuditPurge = scheduleAuditPurge(auditLog, { onError: (e) => logger.error({ err: String(e) }, 'audit purge failed') });

  const services: BotServices = {
    config,
    logger,
    store,
    generative: chatModel !== undefined,
    ask: createChatAsk({ config, localSource, chatModel, parseDocument, logger }),
    guards: createTurnGuards(config),
    audit: async (record) => {
      await auditLog.record(record);
    },
    recordFeedback: async (record) => {
      await store.put(`feedback/${record.at.slice(0, 10)}/${record.replyToId}-${record.userId}`, record);
    },
  };
  const adapter = createAdapter(config);
  const bot = createBot(services, adapter);
  const server = await startServer({
    config,
    logger,
    adapter,
    runTurn: bot.runTurn,
    onShutdown: async () => stopAuditPurge(),
    readiness: async () => {
      if (!(await store.ready())) return { ready: false, reason: 'Der Speicher ist nicht erreichbar.' };
      if (indexProblem) return { ready: false, reason: indexProblem };
      return { ready: true };
    },
  });
  return { server, services, indexReady };
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
