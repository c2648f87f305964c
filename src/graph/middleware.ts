/**
 * The SDK middleware chain of a delegated client: authentication → retry → fetch.
 * Own handlers instead of the SDK's defaults because (1) the SDK's AuthenticationHandler only
 * attaches tokens for https Graph hosts, so the emulator (http://127.0.0.1) would get none, while
 * we must attach the token to the configured GRAPH_BASE_URL origin and to nothing else; (2) the
 * SDK's RetryHandler knows no per-turn deadline; (3) fetch must be injectable.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { AuthenticationProvider, Context, Middleware } from '@microsoft/microsoft-graph-client';
import { isRetryableStatus, retryDelayMs, type RetryPolicy } from './retry-policy.js';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface GraphMiddlewareOptions {
  authProvider: AuthenticationProvider;
  /** Only requests to this origin carry the token. */
  origin: string;
  fetch: FetchLike;
  policy: RetryPolicy;
  deadlineAt: number;
  deadlineSignal: AbortSignal;
  requestTimeoutMs?: number;
  now: () => number;
  sleep?: Sleep;
  random: () => number;
}

/** Waits ms, or rejects (AbortError) when the signal aborts. */
export const abortableSleep: Sleep = (ms, signal) => delay(ms, undefined, { signal });

function urlOf(request: Context["request"]): string {
  return typeof request === 'string' ? request : (request as { url: string }).url;
}

abstract class Link implements Middleware {
  protected next?: Middleware;
  setNext(next: Middleware): void {
    this.next = next;
  }
  abstract execute(context: Context): Promise<void>;
}

class AuthLink extends Link {
  constructor(private readonly opts: GraphMiddlewareOptions) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const headers = new Headers(context.options?.headers as ConstructorParameters<typeof Headers>[0]);
    if (new URL(urlOf(context.request)).origin === this.opts.origin) {
      headers.set('Authorization', `Bearer ${await this.opts.authProvider.getAccessToken()}`);
    } else {
      headers.delete('Authorization');
    }
    context.options = { ...context.options, headers };
    await this.next!.execute(context);
  }
}

class RetryLink extends Link {
  constructor(private readonly opts: GraphMiddlewareOptions) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const { policy, now, random } = this.opts;
    const sleep = this.opts.sleep ?? abortableSleep;
    for (let attempt = 0; ; attempt++) {
      await this.next!.execute(context);
      const response = context.response;
      if (!response || !isRetryableStatus(response.status)) return;
      const delay = retryDelayMs(attempt, response.headers.get('Retry-After'), policy, random, now());
      // Give up (and let the 429/503 surface as 'throttled') when retries are used up or the
      // wait would end after the turn's deadline: a throttling storm must not hang the turn.
      if (delay === undefined || now() + delay >= this.opts.deadlineAt) return;
      await response.body?.cancel().catch(() => undefined);
      const signal = (context.options?.signal as AbortSignal | undefined) ?? undefined;
      await sleep(delay, signal ? AbortSignal.any([signal, this.opts.deadlineSignal]) : this.opts.deadlineSignal);
    }
  }
}

class FetchLink extends Link {
  constructor(private readonly opts: GraphMiddlewareOptions) {
    super();
  }
  async execute(context: Context): Promise<void> {
    const signals = [this.opts.deadlineSignal];
    if (context.options?.signal) signals.push(context.options.signal as AbortSignal);
    if (this.opts.requestTimeoutMs) signals.push(AbortSignal.timeout(this.opts.requestTimeoutMs));
    const init: RequestInit = { ...(context.options as RequestInit), signal: AbortSignal.any(signals), redirect: 'manual' };
    let url = urlOf(context.request);
    let response = await this.opts.fetch(url, init);
    // Graph answers content downloads with 302 to a pre-authenticated URL on another host. Redirects
    // are followed here so the token is dropped the moment the origin changes.
    for (let hops = 0; REDIRECTS.has(response.status) && response.headers.get('location') && hops < 5; hops++) {
      const next = new URL(response.headers.get('location')!, url);
      await response.body?.cancel().catch(() => undefined);
      const headers = new Headers(init.headers);
      if (next.origin !== this.opts.origin) headers.delete('Authorization');
      const method = response.status === 303 ? 'GET' : init.method;
      url = next.toString();
      response = await this.opts.fetch(url, { ...init, method, headers, ...(method === 'GET' ? { body: undefined } : {}) });
    }
    context.response = response;
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Builds the chain; the first element is passed to Client.initWithMiddleware. */
export function createGraphMiddleware(opts: GraphMiddlewareOptions): Middleware {
  const auth = new AuthLink(opts);
  const retry = new RetryLink(opts);
  auth.setNext(retry);
  retry.setNext(new FetchLink(opts));
  return auth;
}
