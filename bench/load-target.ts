/**
 * Child process of the load benchmark: serves /api/messages in local mode as either
 * (a) a bare botbuilder echo bot on the same server stack, or (b) the full Rathaus-Assistent.
 * Prints one JSON line {"port":N} once it is ready.
 */
import path from 'node:path';
import { createAdapter, startServer } from '../src/bot/index.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/core/logger.js';
import { startRathaus } from '../src/index.js';

const mode = process.argv[2];
const logger = createLogger('silent');

if (mode === 'echo') {
  const config = parseConfig({ PORT: '0' });
  const adapter = createAdapter(config);
  const server = await startServer({
    config,
    logger,
    adapter,
    readiness: async () => ({ ready: true }),
    runTurn: async (context) => {
      if (context.activity.type === 'message') await context.sendActivity(`Echo: ${context.activity.text}`);
    },
  });
  process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
} else if (mode === 'assistant') {
  const config = parseConfig({
    PORT: '0',
    KNOWLEDGE_DIR: process.env.BENCH_KNOWLEDGE_DIR,
    RATHAUS_DATA_DIR: process.env.BENCH_DATA_DIR,
    LLM_PROVIDER: 'openai-compatible',
    OPENAI_BASE_URL: process.env.BENCH_OPENAI_BASE_URL,
    OPENAI_MODEL: 'stub',
    OPENAI_API_KEY: 'bench',
    RATE_LIMIT_USER_PER_MINUTE: '10000',
    RATE_LIMIT_TENANT_PER_MINUTE: '1000000',
  });
  const app = await startRathaus(config, logger);
  await app.indexReady;
  process.stdout.write(`${JSON.stringify({ port: app.server.port, knowledge: path.basename(config.KNOWLEDGE_DIR) })}\n`);
} else {
  process.stderr.write('usage: load-target echo|assistant\n');
  process.exit(2);
}

// Exit normally on SIGTERM so that diagnostics (e.g. --cpu-prof) are written.
process.on('SIGTERM', () => process.exit(0));
