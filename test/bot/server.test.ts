import { afterEach, describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { createAdapter, createBot, startServer, type BotServices, type Readiness, type RunningServer } from '../../src/bot/index.js';
import { ConfigError, parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { logCapture } from './helpers.js';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';

function activity(text = 'Hilfe') {
  return {
    type: 'message',
    id: 'a1',
    text,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/connector',
    from: { id: 'u1', name: 'Anna' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: 'c1', conversationType: 'personal' },
  };
}

const running: RunningServer[] = [];
afterEach(async () => {
  while (running.length) await running.pop()!.shutdown('test');
});

async function start(env: Record<string, string>, runTurn?: (c: TurnContext) => Promise<void>, ready = true) {
  const config = parseConfig({ PORT: '0', SHUTDOWN_TIMEOUT_MS: '5000', ...env });
  const capture = logCapture();
  const logger = createLogger('info', capture.stream);
  const services: BotServices = { config, logger, store: createMemoryStore(), generative: false, ask: async () => ({ found: false, mode: 'extractive', answer: '', citations: [] }) };
  const adapter = createAdapter(config);
  const bot = createBot(services, adapter);
  const server = await startServer({ config, logger, adapter, runTurn: runTurn ?? bot.runTurn, readiness: async () => (ready ? { ready: true } : { ready: false, reason: 'Der Wissensindex wird aufgebaut.' }) });
  running.push(server);
  return { server, logs: capture.lines };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('HTTP server', () => {
  it('binds to loopback in local mode and answers health and readiness', async () => {
    const { server } = await start({});
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ ready: true });
  });

  it('reports 503 with a reason while not ready', async () => {
    const { server } = await start({}, undefined, false);
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ready: false, reason: 'Der Wissensindex wird aufgebaut.' });
  });

  it('in production names only a fixed reason category on /readyz; paths and error texts go to the log', async () => {
    const prod = { BOT_ID, BOT_PASSWORD: 'secret', BOT_TENANT_ID: TENANT, BIND_HOST: '127.0.0.1' };
    const secret = "ENOENT: no such file or directory, open '/home/rathaus/knowledge/personal/geheim.pdf'";
    const cases: [() => Promise<Readiness>, string][] = [
      [async () => ({ ready: false, reason: 'Der Wissensindex konnte nicht aufgebaut werden.', detail: secret }), 'Der Wissensindex konnte nicht aufgebaut werden.'],
      [async () => ({ ready: false, reason: `Fehler: ${secret}` }), 'Der Dienst ist nicht bereit.'],
      [async () => Promise.reject(new Error(secret)), 'Die Bereitschaftsprüfung ist fehlgeschlagen.'],
    ];
    for (const [readiness, reason] of cases) {
      const config = parseConfig({ PORT: '0', SHUTDOWN_TIMEOUT_MS: '5000', ...prod });
      const capture = logCapture();
      const server = await startServer({ config, logger: createLogger('info', capture.stream), adapter: createAdapter(config), runTurn: async () => undefined, readiness });
      running.push(server);
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ ready: false, reason });
      expect(text).not.toMatch(/home|ENOENT|geheim/);
      if (!reason.includes('nicht bereit')) expect(JSON.stringify(capture.lines)).toContain('geheim.pdf');
    }
  });

  it('answers malformed activities and invalid JSON with 400 and keeps serving', async () => {
    const { server } = await start({});
    expect((await post(server.url, { hello: 'world' })).status).toBe(400);
    expect((await post(server.url, '{"type": "message", ')).status).toBe(400);
    expect((await post(server.url, [1, 2, 3])).status).toBe(400);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('in production refuses unsigned and forged requests with 401, logs without the body, and keeps serving', async () => {
    const { server, logs } = await start({ BOT_ID, BOT_PASSWORD: 'secret', BOT_TENANT_ID: TENANT, BIND_HOST: '127.0.0.1' });
    const unsigned = await post(server.url, activity('Geheime Personalsache'));
    expect(unsigned.status).toBe(401);
    const forged = await post(server.url, activity('Geheime Personalsache'), { authorization: 'Bearer not-a-real-token' });
    expect(forged.status).toBe(401);
    expect(JSON.stringify(logs)).not.toContain('Geheime Personalsache');
    expect(logs.some((l) => l.msg === 'unauthenticated request refused')).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('finishes turns in flight on shutdown and accepts no new ones', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let finished = false;
    const { server } = await start({}, async () => {
      await gate;
      finished = true;
    });
    const inFlight = post(server.url, activity());
    await new Promise((r) => setTimeout(r, 100));
    const stopping = server.shutdown('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    const refused = await post(server.url, activity()).then((r) => r.status, () => 'refused');
    expect([503, 'refused']).toContain(refused);
    release();
    expect((await inFlight).status).toBe(200);
    await stopping;
    expect(finished).toBe(true);
    running.pop();
  });
});

describe('Teams SSO consent pages', () => {
  const sso = {
    BOT_ID,
    BOT_PASSWORD: 'secret',
    BOT_TENANT_ID: TENANT,
    BIND_HOST: '127.0.0.1',
    BOT_DOMAIN: 'rathaus-bot.example.org',
    SSO_MODE: 'teams-sso',
    AAD_APP_CLIENT_ID: BOT_ID,
    AAD_APP_CLIENT_SECRET: 'secret',
    AAD_APP_TENANT_ID: TENANT,
  };

  it('sends the browser to Entra ID for consent with the registered redirect URI and delegated scopes', async () => {
    const { server } = await start(sso);
    const res = await fetch(`${server.url}/auth-start.html`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin + location.pathname).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`);
    expect(location.searchParams.get('client_id')).toBe(BOT_ID);
    expect(location.searchParams.get('redirect_uri')).toBe('https://rathaus-bot.example.org/auth-end.html');
    expect(location.searchParams.get('scope')).toContain('https://graph.microsoft.com/Mail.Read');
  });

  it('tells Teams that the consent is done, or that it failed', async () => {
    const { server } = await start(sso);
    expect(await (await fetch(`${server.url}/auth-end.html?code=abc`)).text()).toContain('notifySuccess()');
    const failed = await (await fetch(`${server.url}/auth-end.html?error=access_denied`)).text();
    expect(failed).toContain('data-failure="access_denied"');
    expect(failed).toContain('Sie haben die Zustimmung abgelehnt');
  });

  const HOSTILE = [
    '</script><script>alert(document.domain)</script>',
    '"><img src=x onerror=alert(1)>',
    "');alert(1);//",
    'javascript:alert(document.cookie)',
    'access_denied\u2028alert(1)\u2029',
    '\u2028</script>\u2029<script>alert(1)</script>',
    '<!--<script>',
    'access_denied" data-x="1',
  ];

  it.each(HOSTILE)('puts nothing of a hostile error value into the page: %s', async (value) => {
    const { server } = await start(sso);
    const res = await fetch(`${server.url}/auth-end.html?error=${encodeURIComponent(value)}`);
    const html = await res.text();
    expect(html).not.toContain(value);
    for (const fragment of ['alert', 'onerror', 'javascript:', '\u2028', '\u2029', 'data-x', '<!--']) expect(html).not.toContain(fragment);
    // Exactly the Teams library and the one constant inline script, which reports a fixed code.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('data-failure="failed"');
    expect(html).toContain('Die Anmeldung wurde nicht abgeschlossen');
  });

  it('sends the consent pages with CSP (Teams CDN and the inline script by hash only), nosniff, no-referrer and no-store', async () => {
    const { server } = await start(sso);
    const res = await fetch(`${server.url}/auth-end.html?error=access_denied&error=other`);
    const html = await res.text();
    expect(html).toContain('data-failure="failed"');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!.trim().split(/\s+/).slice(1);
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const { createHash } = await import('node:crypto');
    expect(scriptSrc).toEqual(['https://res.cdn.office.net', `'sha256-${createHash('sha256').update(inline).digest('base64')}'`]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const start302 = await fetch(`${server.url}/auth-start.html`, { redirect: 'manual' });
    expect(start302.headers.get('referrer-policy')).toBe('no-referrer');
    expect(start302.headers.get('cache-control')).toBe('no-store');
  });

  it('serves no consent pages when SSO is off', async () => {
    const { server } = await start({});
    expect((await fetch(`${server.url}/auth-start.html`, { redirect: 'manual' })).status).toBe(404);
  });

  it('sends every response with nosniff, also a 404 whose body names the path asked for', async () => {
    const { server } = await start({});
    for (const url of [`${server.url}/healthz`, `${server.url}/readyz`, `${server.url}/%3Cscript%3Ealert(1)%3C%2Fscript%3E`]) {
      const res = await fetch(url);
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(res.headers.get('content-type') ?? '', url).not.toContain('html');
    }
  });
});

describe('configuration', () => {
  it('refuses to bind unauthenticated to a non-loopback address, naming the variable', () => {
    expect(() => parseConfig({ BIND_HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => parseConfig({ BIND_HOST: '0.0.0.0' })).toThrow(/BIND_HOST/);
  });

  it('names a wrong variable and what is expected in one line', () => {
    expect(() => parseConfig({ PORT: 'achtzig' })).toThrow(/^Konfigurationsfehler: PORT ist ungültig/);
    expect(() => parseConfig({ LLM_PROVIDER: 'chatgpt' })).toThrow(/LLM_PROVIDER.*none, azure-openai, openai-compatible/);
    expect(() => parseConfig({ LLM_PROVIDER: 'azure-openai' })).toThrow(/AZURE_OPENAI_ENDPOINT fehlt/);
    expect(() => parseConfig({ BOT_ID })).toThrow(/BOT_PASSWORD fehlt/);
    expect(() => parseConfig({ BOT_ID, BOT_PASSWORD: 'x' })).toThrow(/BOT_TENANT_ID fehlt/);
  });

  it('hides secret values in error messages', () => {
    expect(() => parseConfig({ BOT_ID: 'not-a-guid' })).toThrow(/BOT_ID/);
    try {
      parseConfig({ REDACT_PII: 'vielleicht' });
    } catch (e) {
      expect((e as Error).message).toContain('REDACT_PII');
    }
  });

  it('uses embedded defaults when nothing is set', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ PORT: 3978, LLM_PROVIDER: 'none', KNOWLEDGE_DIR: './knowledge', RATHAUS_DATA_DIR: './data', STORAGE_PROVIDER: 'local', SSO_MODE: 'off' });
  });
});

describe('busy port', () => {
  it('fails to start with one German line naming PORT, no stack trace', async () => {
    const first = await start({});
    const config = parseConfig({ PORT: String(first.server.port) });
    const error = await startServer({ config, logger: createLogger('silent'), adapter: createAdapter(config), runTurn: async () => undefined, readiness: async () => ({ ready: true }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toBe(`Port ${first.server.port} ist bereits belegt (PORT). Beenden Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen, z. B. PORT=${first.server.port + 1} npm start.`);
    expect(message).not.toContain('EADDRINUSE');
  });
});
