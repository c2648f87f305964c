/**
 * A local Microsoft Graph emulator for tests, the bot tests and the load bench.
 *
 * ```ts
 * const emu = await startGraphEmulator();            // http://127.0.0.1:<random port>/v1.0
 * const client = createDelegatedGraphClient(TOKENS.anna, { baseUrl: emu.baseUrl });
 * emu.throttle({ match: '/search/query', times: 2, retryAfterSeconds: 1 });
 * emu.settings.speakerAttribution = false;           // transcripts: 403 SpeakerAttributionNotAllowed
 * emu.requests                                       // every request with the token it used
 * await emu.close();
 * ```
 *
 * Fixture users and tokens (see fixture-tenant.ts): `TOKENS.anna` (Anna Schmitz, Hauptamt,
 * member of GROUP_SCHRIFTFUEHRUNG, organizer of the Finanzausschuss meeting), `TOKENS.bernd`
 * (Bernd Keller, Kämmerei, member of GROUP_ADMIN), `TOKENS.annaWithoutMail` (no Mail.Read →
 * 403 Authorization_RequestDenied on mail), `TOKENS.expired` (401). `issueToken()` makes more.
 *
 * Endpoints (below /v1.0): POST /search/query (driveItem, listItem; from/size paging with
 * moreResultsAvailable), GET /drives/{d}/items/{i}[/content[?format=pdf]], POST /drives/{d}/items/{i}/extractSensitivityLabels,
 * GET /me/messages
 * [?$search="…"&$top&$select] (≤ 25 per page, @odata.nextLink; $search with $filter → 400),
 * GET /me/messages/{id}, POST /$batch (≤ 20 parts), GET /me/onlineMeetings?$filter=JoinWebUrl eq '…',
 * GET /me/onlineMeetings/{id}[/transcripts[/{tid}[/content]]] (content: `$format=text/vtt`, or
 * `Accept: application/vnd.microsoft.graph.transcript+text` for the unattributed text),
 * GET /me/onlineMeetings/{id}/attendanceReports[/{rid}[/attendanceRecords]], GET /me/events[/{id}],
 * GET /chats/{id}, GET /me, POST /me/checkMemberGroups. Drive content
 * answers 302 to a one-time `/_download/…` URL served without a token, as Graph redirects to a
 * pre-authenticated download URL.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_ROUTES } from './routes-content.js';
import { MEETING_ROUTES } from './routes-meetings.js';
import { buildFixtureTenant, type FixtureTenant, ALL_SCOPES, type UserKey } from './fixture-tenant.js';
import { graphError, json, type EmuContext, type EmuRequest, type EmuResponse, type EmuSettings } from './emulator-types.js';

export { TOKENS, GROUP_ADMIN, GROUP_SCHRIFTFUEHRUNG, ALL_SCOPES } from './fixture-tenant.js';
export type { EmuSettings } from './emulator-types.js';

/** One request the emulator answered (batch parts are recorded too, with batchPart: true). */
export interface RecordedRequest {
  method: string;
  path: string;
  /** Decoded query string. */
  query: string;
  headers: Record<string, string>;
  token?: string;
  user?: UserKey;
  status: number;
  batchPart: boolean;
}

type Match = string | RegExp | undefined;
/** Where a fault applies: top-level HTTP requests, parts of a $batch, or both. */
export type FaultTarget = 'request' | 'batchPart' | 'any';

export interface ThrottleFault {
  /** Substring of (or RegExp on) `path?query`; undefined = every request. */
  match?: Match;
  status?: 429 | 503;
  times: number;
  retryAfterSeconds?: number;
  target?: FaultTarget;
  user?: UserKey;
}
export interface ErrorFault {
  match?: Match;
  status: number;
  code: string;
  message?: string;
  times?: number;
  target?: FaultTarget;
  user?: UserKey;
}
export interface DelayFault {
  match?: Match;
  /** Added latency; longer than a client's deadline = a timeout. */
  ms: number;
  times?: number;
  user?: UserKey;
}

export interface GraphEmulator {
  /** e.g. http://127.0.0.1:41234/v1.0 — use as GRAPH_BASE_URL. */
  readonly baseUrl: string;
  readonly tenant: FixtureTenant;
  readonly settings: EmuSettings;
  readonly requests: RecordedRequest[];
  throttle(fault: ThrottleFault): void;
  fail(fault: ErrorFault): void;
  delay(fault: DelayFault): void;
  clearFaults(): void;
  /** A new opaque token for a fixture user (all scopes unless given). */
  issueToken(user: UserKey, options?: { scopes?: string[]; expired?: boolean }): string;
  close(): Promise<void>;
}

export interface GraphEmulatorOptions {
  settings?: Partial<EmuSettings>;
  tenant?: FixtureTenant;
}

function matches(match: Match, target: string): boolean {
  if (match === undefined) return true;
  return typeof match === 'string' ? target.includes(match) : match.test(target);
}

function targetOk(target: FaultTarget | undefined, batchPart: boolean): boolean {
  const t = target ?? 'request';
  return t === 'any' || (t === 'batchPart') === batchPart;
}

export async function startGraphEmulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const tenant = options.tenant ?? (await buildFixtureTenant());
  const settings: EmuSettings = { speakerAttribution: true, searchPageSize: 25, messagePageSize: 25, ...options.settings };
  const requests: RecordedRequest[] = [];
  let throttles: ThrottleFault[] = [];
  let failures: ErrorFault[] = [];
  let delays: DelayFault[] = [];
  let closed = false;
  let tokenCounter = 0;
  const ctx: EmuContext = { tenant, settings, baseUrl: '', downloads: new Map() };

  const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

  /** Routes one request (top-level or batch part) after token and fault checks. */
  async function dispatch(req: Omit<EmuRequest, 'user' | 'scopes'>, token: string | undefined, batchPart: boolean): Promise<EmuResponse> {
    const record = (status: number, user?: UserKey) =>
      requests.push({ method: req.method, path: req.path, query: decodeURIComponent(req.query.toString().replace(/\+/g, ' ')), headers: req.headers, token, user, status, batchPart });
    const entry = token ? tenant.tokens[token] : undefined;
    if (!entry || entry.expired) {
      record(401);
      return graphError(401, 'InvalidAuthenticationToken', !token ? 'Access token is empty.' : entry?.expired ? 'Lifetime validation failed, the token is expired.' : 'IDX14100: JWT is not well formed.');
    }
    const target = `${req.path}?${decodeURIComponent(req.query.toString())}`;
    const applies = (f: { match?: Match; user?: UserKey; times?: number }) => matches(f.match, target) && (!f.user || f.user === entry.user) && (f.times ?? Infinity) > 0;
    const delay = delays.find(applies);
    if (delay) {
      delay.times = (delay.times ?? Infinity) - 1;
      await wait(delay.ms);
      if (closed) return graphError(503, 'ServiceUnavailable', 'Emulator closed.');
    }
    const failure = failures.find((f) => applies(f) && targetOk(f.target, batchPart));
    if (failure) {
      failure.times = (failure.times ?? Infinity) - 1;
      record(failure.status, entry.user);
      return graphError(failure.status, failure.code, failure.message ?? failure.code);
    }
    const throttle = throttles.find((f) => applies(f) && targetOk(f.target, batchPart));
    if (throttle) {
      throttle.times -= 1;
      const status = throttle.status ?? 429;
      record(status, entry.user);
      const res = graphError(status, status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', status === 429 ? 'Too many requests.' : 'Service unavailable.');
      res.headers = { ...res.headers, 'retry-after': String(throttle.retryAfterSeconds ?? 1) };
      return res;
    }
    const full: EmuRequest = { ...req, user: tenant.users[entry.user], scopes: entry.scopes };
    let res: EmuResponse | undefined;
    if (!batchPart && req.method === 'POST' && req.path === '/$batch') res = await batch(full, token);
    for (const route of [...CONTENT_ROUTES, ...MEETING_ROUTES]) {
      if (res) break;
      res = await route(full, ctx);
    }
    res ??= graphError(400, 'BadRequest', `Resource not found for the segment '${req.path}' (not emulated).`);
    record(res.status, entry.user);
    return res;
  }

  async function batch(req: EmuRequest, token: string | undefined): Promise<EmuResponse> {
    const parts = (req.body as { requests?: { id: string; method: string; url: string; headers?: Record<string, string>; body?: unknown }[] })?.requests;
    if (!Array.isArray(parts) || parts.length === 0) return graphError(400, 'BadRequest', 'Invalid batch payload.');
    if (parts.length > 20) return graphError(400, 'BadRequest', 'Number of batch request steps exceeds the maximum of 20.');
    const responses = await Promise.all(
      parts.map(async (p) => {
        const url = new URL(p.url.replace(/^\/?/, '/'), 'http://batch');
        const headers = Object.fromEntries(Object.entries(p.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
        const r = await dispatch({ method: p.method.toUpperCase(), path: url.pathname, query: url.searchParams, headers, body: p.body }, token, true);
        const body = r.body instanceof Uint8Array ? Buffer.from(r.body).toString('base64') : r.body;
        return { id: p.id, status: r.status, headers: r.headers ?? {}, body };
      }),
    );
    return json({ responses });
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const token = /^Bearer (.+)$/i.exec(headers['authorization'] ?? '')?.[1];
      let out: EmuResponse;
      if (url.pathname.startsWith('/_download/')) {
        const id = decodeURIComponent(url.pathname.slice('/_download/'.length));
        const file = ctx.downloads.get(id);
        ctx.downloads.delete(id);
        requests.push({ method: req.method ?? 'GET', path: url.pathname, query: '', headers, token, user: token ? tenant.tokens[token]?.user : undefined, status: file ? 200 : 404, batchPart: false });
        out = file ? { status: 200, headers: { 'content-type': file.contentType }, body: file.body } : { status: 404, body: 'expired' };
      } else if (!url.pathname.startsWith('/v1.0/')) {
        out = graphError(400, 'BadRequest', 'Only /v1.0 is emulated.');
      } else {
        let body: unknown = undefined;
        if (raw) {
          try {
            body = JSON.parse(raw);
          } catch {
            body = raw;
          }
        }
        out = await dispatch({ method: req.method ?? 'GET', path: url.pathname.slice('/v1.0'.length), query: url.searchParams, headers, body }, token, false);
      }
      const payload = out.body === undefined ? '' : out.body instanceof Uint8Array ? Buffer.from(out.body) : typeof out.body === 'string' ? out.body : JSON.stringify(out.body);
      res.writeHead(out.status, out.headers ?? {});
      res.end(payload);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'InternalServerError', message: String(e) } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  ctx.baseUrl = `http://127.0.0.1:${port}/v1.0`;

  return {
    baseUrl: ctx.baseUrl,
    tenant,
    settings,
    requests,
    throttle: (f) => void throttles.push({ ...f }),
    fail: (f) => void failures.push({ ...f }),
    delay: (f) => void delays.push({ ...f }),
    clearFaults: () => {
      throttles = [];
      failures = [];
      delays = [];
    },
    issueToken: (user, opts = {}) => {
      const token = `emu-token-${user}-${++tokenCounter}-${Math.random().toString(36).slice(2)}`;
      tenant.tokens[token] = { user, scopes: opts.scopes ?? ALL_SCOPES, expired: opts.expired };
      return token;
    },
    close: async () => {
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
