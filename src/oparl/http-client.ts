/**
 * HTTP access to a council information system (RIS) through OParl: JSON objects and file
 * downloads, never faster than `maxRps` requests per second, at most `concurrency` at once,
 * retried with backoff on 429 (honouring Retry-After) and 5xx, identified by a User-Agent that
 * names the city's contact. Only the hosts of the configured system URL (plus admin-listed extra
 * hosts) are contacted, so a link inside a RIS response cannot send the server elsewhere
 * (docs/adr/0008-oparl-abrufe.md). Errors are AppErrors with a German message naming the address.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../core/errors.js';
import { hostAllowed } from '../security/outbound-fetch.js';

export interface OparlHttpOptions {
  /** Requests per second, at most (OPARL_MAX_RPS). */
  maxRps: number;
  /** Requests in flight at once. */
  concurrency?: number;
  userAgent: string;
  /** Hosts (exact or `*.suffix`) that may be contacted; the system URL's host is always allowed. */
  allowedHosts: string[];
  /** Allow http:// (only when the configured system URL itself is http). */
  allowHttp: boolean;
  timeoutMs?: number;
  maxRetries?: number;
  /** Longest wait for one Retry-After, in ms; a longer demand fails the request. */
  maxRetryAfterMs?: number;
  maxFileBytes?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface OparlHttp {
  getJson(url: string, signal?: AbortSignal): Promise<unknown>;
  getBytes(url: string, signal?: AbortSignal): Promise<Uint8Array>;
  /** Requests made so far (for reports and tests). */
  readonly requests: number;
}

/** Waits; ends early (rejecting) when the caller aborts the request. */
const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> => delay(ms, undefined, { signal });

/** Seconds or an HTTP date, as Retry-After allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createOparlHttp(options: OparlHttpOptions): OparlHttp {
  const fetchImpl = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const interval = 1000 / options.maxRps;
  const maxRetries = options.maxRetries ?? 4;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const maxFileBytes = options.maxFileBytes ?? 50 * 1024 * 1024;
  let nextSlot = 0;
  let inFlight = 0;
  let requests = 0;
  const waiting: (() => void)[] = [];

  /** Rate limit: request starts are at least `interval` apart, whatever the concurrency. */
  const takeSlot = async (signal?: AbortSignal) => {
    const t = now();
    const at = Math.max(t, nextSlot);
    nextSlot = at + interval;
    if (at > t) await sleep(at - t, signal);
  };
  const acquire = async () => {
    if (inFlight >= (options.concurrency ?? 4)) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
  };
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };

  const check = (raw: string): URL => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new AppError('invalidInput', `oparl: invalid url ${raw}`, `Das Ratsinformationssystem nennt eine ungültige Adresse („${raw.slice(0, 200)}“).`);
    }
    const httpOk = url.protocol === 'https:' || (url.protocol === 'http:' && options.allowHttp);
    if (!httpOk || !hostAllowed(url.hostname.toLowerCase(), options.allowedHosts)) {
      throw new AppError('forbidden', `oparl: host not allowed ${url.host}`, `Die Adresse ${url.origin} gehört nicht zum konfigurierten Ratsinformationssystem und wird nicht abgerufen (OPARL_ALLOWED_HOSTS).`);
    }
    return url;
  };

  const request = async (raw: string, accept: string, signal?: AbortSignal): Promise<Response> => {
    const url = check(raw);
    for (let attempt = 0; ; attempt++) {
      await acquire();
      let res: Response;
      try {
        await takeSlot(signal);
        requests++;
        const timeout = AbortSignal.timeout(timeoutMs);
        res = await fetchImpl(url, { headers: { accept, 'user-agent': options.userAgent }, redirect: 'manual', signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      } catch (e) {
        release();
        if (signal?.aborted) throw e;
        if (attempt < maxRetries) {
          await sleep(backoff(attempt), signal);
          continue;
        }
        throw new AppError('transient', `oparl unreachable: ${url.href}: ${(e as Error).message}`, `Das Ratsinformationssystem unter ${url.origin} ist nicht erreichbar (${describeNetworkError(e)}). Bitte OPARL_SYSTEM_URL und die Netzverbindung prüfen.`, { cause: e });
      }
      release();
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location');
        if (!location) throw new AppError('transient', `oparl redirect without location: ${url.href}`, `Das Ratsinformationssystem leitet ${url.href} ohne Ziel um.`);
        // A redirect is followed only to an allowed host (checked by the next round).
        return request(new URL(location, url).href, accept, signal);
      }
      if (res.status === 429 || res.status >= 500) {
        const wait = res.status === 429 ? (retryAfterMs(res.headers.get('retry-after'), now()) ?? backoff(attempt)) : backoff(attempt);
        await res.body?.cancel().catch(() => undefined);
        if (attempt < maxRetries && wait <= maxRetryAfterMs) {
          // Nothing else starts before the server's wait is over: it asked this client to slow down.
          if (res.status === 429) nextSlot = Math.max(nextSlot, now() + wait);
          await sleep(wait, signal);
          continue;
        }
        throw new AppError('transient', `oparl ${res.status}: ${url.href}`, res.status === 429 ? `Das Ratsinformationssystem (${url.origin}) drosselt die Abfragen; bitte OPARL_MAX_RPS verringern oder später erneut versuchen.` : `Das Ratsinformationssystem (${url.origin}) antwortet mit Fehler ${res.status}; bitte später erneut versuchen.`);
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new AppError(res.status === 404 || res.status === 410 ? 'notFound' : 'transient', `oparl ${res.status}: ${url.href}`, `Das Ratsinformationssystem antwortet mit Status ${res.status} für ${url.href}.`);
      }
      return res;
    }
  };

  return {
    get requests() {
      return requests;
    },
    async getJson(url, signal) {
      const res = await request(url, 'application/json', signal);
      const text = await res.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new AppError('invalidInput', `oparl: not json: ${url}`, `Die Adresse ${url} liefert kein JSON und ist damit keine OParl-Schnittstelle (erhalten: ${res.headers.get('content-type') ?? 'unbekannter Inhalt'}).`);
      }
    },
    async getBytes(url, signal) {
      const res = await request(url, '*/*', signal);
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > maxFileBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new AppError('limit', `oparl file too large: ${url}`, `Datei größer als ${Math.round(maxFileBytes / 1024 / 1024)} MB.`);
      }
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.byteLength > maxFileBytes) throw new AppError('limit', `oparl file too large: ${url}`, `Datei größer als ${Math.round(maxFileBytes / 1024 / 1024)} MB.`);
      return bytes;
    },
  };
}

/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s, 4 s …, at most 30 s. */
function backoff(attempt: number): number {
  const base = Math.min(30_000, 500 * 2 ** attempt);
  return Math.round(base / 2 + Math.random() * (base / 2));
}

function describeNetworkError(e: unknown): string {
  const cause = (e as { cause?: { code?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'Verbindung abgelehnt';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'Name nicht auflösbar';
  if ((e as Error).name === 'TimeoutError') return 'Zeitüberschreitung';
  return cause?.code ?? (e as Error).message;
}
