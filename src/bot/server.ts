/**
 * HTTP surface: POST /api/messages, GET /healthz (alive), GET /readyz (ready to serve).
 * Tracks turns in flight so a shutdown can stop accepting, let them finish and flush state.
 */
import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import { bindHost, isLocalMode, isLoopback, type AppConfig } from '../config.js';
import { AppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { authEndPage, authStartUrl, PAGE_HEADERS } from './sso-pages.js';

export interface Readiness {
  ready: boolean;
  /** German reason category when not ready (shown by /readyz; in production one of READINESS_REASONS). */
  reason?: string;
  /** Details (error text, paths): written to the log, shown by /readyz only in local mode. */
  detail?: string;
}

/** The only reasons /readyz names in production: unauthenticated callers learn nothing more. */
export const READINESS_REASONS = ['Der Dienst wird beendet.', 'Der Speicher ist nicht erreichbar.', 'Der Wissensindex wird aufgebaut.', 'Der Wissensindex konnte nicht aufgebaut werden.', 'Die Bereitschaftsprüfung ist fehlgeschlagen.'] as const;
const NOT_READY = 'Der Dienst ist nicht bereit.';

export interface ServerDeps {
  config: AppConfig;
  logger: Logger;
  adapter: TeamsAdapter;
  runTurn: (context: TurnContext) => Promise<void>;
  readiness: () => Promise<Readiness>;
  /** Called once on shutdown after the last turn finished (flush state, close stores). */
  onShutdown?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, waits for turns in flight (bounded), then runs onShutdown. */
  shutdown(reason: string): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** The German line for a port another program holds (same wording as the `npm start` launcher). */
export function busyPortMessage(port: number): string {
  return `Port ${port} ist bereits belegt (PORT). Beenden Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen, z. B. PORT=${port + 1} npm start.`;
}

/** A plausible Bot Framework activity: anything else is answered with 400 before the adapter. */
function looksLikeActivity(body: unknown): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const a = body as Record<string, unknown>;
  const conversation = a.conversation as Record<string, unknown> | undefined;
  return typeof a.type === 'string' && a.type.length > 0 && typeof a.serviceUrl === 'string' && !!conversation && typeof conversation.id === 'string';
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, logger, adapter } = deps;
  const host = bindHost(config);
  // Defence in depth: config validation already refuses this combination.
  if (isLocalMode(config) && !isLoopback(host)) throw new Error('Refusing to serve unauthenticated on a non-loopback address.');

  // restify logs through our logger (its own default would print request bodies on some warnings).
  const server = restify.createServer({ name: 'rathaus-assistent', handleUncaughtExceptions: false, log: logger.child({ component: 'restify' }) as never });
  // No response is to be read as anything but its declared type (the 404 body names the path asked for).
  server.pre((_req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  let inFlight = 0;
  let accepting = true;
  let drained: (() => void) | undefined;

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  if (config.SSO_MODE === 'teams-sso') {
    server.get('/auth-start.html', async (_req, res) => {
      res.writeHead(302, { ...PAGE_HEADERS, location: authStartUrl(config) });
      res.end();
    });
    server.get('/auth-end.html', async (req, res) => {
      const raw = req.query?.error;
      const error = raw === undefined ? undefined : typeof raw === 'string' ? raw : 'failed';
      res.writeHead(200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      res.end(authEndPage(error));
    });
  }

  server.get('/readyz', async (_req, res) => {
    if (!accepting) {
      res.send(503, { ready: false, reason: 'Der Dienst wird beendet.' });
      return;
    }
    const state: Readiness = await deps.readiness().catch((e: unknown) => ({ ready: false, reason: 'Die Bereitschaftsprüfung ist fehlgeschlagen.', detail: String(e) }));
    if (state.ready) {
      res.send(200, { ready: true });
      return;
    }
    if (state.detail) logger.warn({ reason: state.reason, detail: state.detail }, 'not ready');
    if (isLocalMode(config)) {
      res.send(503, { ready: false, reason: state.reason ?? NOT_READY, ...(state.detail ? { detail: state.detail } : {}) });
      return;
    }
    const reason = (READINESS_REASONS as readonly string[]).includes(state.reason ?? '') ? state.reason : NOT_READY;
    res.send(503, { ready: false, reason });
  });

  server.post('/api/messages', async (req, res) => {
    if (!accepting) {
      res.header('Retry-After', '5');
      res.send(503, { error: 'shutting down' });
      return;
    }
    if (!isLocalMode(config) && !req.headers.authorization) {
      logger.warn({ path: req.path(), remote: req.socket.remoteAddress }, 'unauthenticated request refused');
      res.send(401, { error: 'Unauthorized' });
      return;
    }
    if (!looksLikeActivity(req.body)) {
      logger.warn({ remote: req.socket.remoteAddress }, 'malformed activity refused');
      res.send(400, { error: 'Malformed activity' });
      return;
    }
    inFlight++;
    try {
      await adapter.process(req as never, res as never, (context) => deps.runTurn(context));
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'activity rejected by the adapter');
      if (!res.headersSent) res.send(400, { error: 'Bad request' });
    } finally {
      inFlight--;
      if (!accepting && inFlight === 0) drained?.();
    }
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number }, callback: () => void) => {
    // Body parser errors (invalid JSON, too large) end here: log without the body.
    logger.warn({ path: req.path(), status: err.statusCode, err: err.message }, 'request rejected');
    callback();
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      // A busy port is the one start-up failure people cause themselves: one German line, no stack.
      reject(e.code === 'EADDRINUSE' ? new AppError('config', busyPortMessage(config.PORT), busyPortMessage(config.PORT), { cause: e }) : e);
    };
    server.once('error', onError);
    server.listen(config.PORT, host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  logger.info({ url: `${url}/api/messages`, mode: isLocalMode(config) ? 'local' : 'production' }, 'bot listening');

  let shuttingDown: Promise<void> | undefined;
  async function shutdown(reason: string): Promise<void> {
    if (shuttingDown) return shuttingDown;
    shuttingDown = (async () => {
      logger.info({ reason, inFlight }, 'shutting down: no new turns accepted');
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (drained = resolve)), new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_TIMEOUT_MS).unref())]);
      }
      if (inFlight > 0) logger.warn({ inFlight }, 'shutdown timeout: turns still running');
      await deps.onShutdown?.();
      // Keep-alive sockets would hold close() open; in-flight turns are done by now.
      (server.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      logger.info('shutdown complete');
    })();
    return shuttingDown;
  }

  return { url, port, shutdown };
}
