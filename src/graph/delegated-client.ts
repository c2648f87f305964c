/**
 * The Graph client of one turn. It is created from that turn's delegated token and dropped with
 * the turn: nothing here is module-level, so no client, token or cache can reach another user.
 * Retrieval code requires the branded DelegatedGraphClient type, so an app-only client cannot be
 * passed by mistake.
 */
import { Client, GraphError, ResponseType, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { GraphRequestError, reasonForStatus } from './errors.js';
import { createGraphMiddleware, type FetchLike, type Sleep } from './middleware.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';

declare const delegatedBrand: unique symbol;

/** Per-request extras. */
export interface GraphRequestOptions {
  headers?: Record<string, string>;
  /** Cancels this request (combined with the turn's deadline). */
  signal?: AbortSignal;
}

/**
 * A Graph client acting as the signed-in user with the delegated token of one turn.
 * Paths are relative to GRAPH_BASE_URL (e.g. `/me/messages?$top=25`); query values must be
 * URL-encoded by the caller. Errors are thrown as GraphRequestError.
 */
export interface DelegatedGraphClient {
  readonly [delegatedBrand]: true;
  /** GRAPH_BASE_URL without trailing slash. */
  readonly baseUrl: string;
  /** Aborts when the turn's deadline has passed. */
  readonly deadlineSignal: AbortSignal;
  /** Milliseconds left until the deadline (never negative). */
  remainingMs(): number;
  getJson<T>(path: string, options?: GraphRequestOptions): Promise<T>;
  postJson<T>(path: string, body: unknown, options?: GraphRequestOptions): Promise<T>;
  getText(path: string, options?: GraphRequestOptions): Promise<string>;
  getBytes(path: string, options?: GraphRequestOptions): Promise<Uint8Array>;
  /** Turns an absolute `@odata.nextLink` into a path; throws for links to another host (the token stays home). */
  pathOf(link: string): string;
  /** The SDK client underneath, for calls the methods above do not cover. */
  readonly sdk: Client;
}

export interface DelegatedGraphClientOptions {
  /** GRAPH_BASE_URL, e.g. https://graph.microsoft.com/v1.0. */
  baseUrl: string;
  /** Injected fetch (tests, proxies); defaults to the global fetch. */
  fetch?: FetchLike;
  retry?: Partial<RetryPolicy>;
  /** Time budget of the whole turn for Graph, in ms; retries stop and requests abort after it. */
  deadlineMs?: number;
  /** Upper bound for one HTTP request, in ms. */
  requestTimeoutMs?: number;
  /** Injected clock and sleep, for tests of the retry rules. */
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
}

export const DEFAULT_DEADLINE_MS = 20_000;

/** Creates the client for one turn from that turn's delegated token. */
export function createDelegatedGraphClient(token: string, options: DelegatedGraphClientOptions): DelegatedGraphClient {
  if (!token || !token.trim()) {
    throw new GraphRequestError('auth', 'No delegated Graph token for this turn', 401, 'NoToken');
  }
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const deadlineAt = now() + deadlineMs;
  const deadline = new AbortController();
  // unref: a pending deadline must not keep a CLI process alive after its work is done.
  const timer = setTimeout(() => deadline.abort(new GraphRequestError('timeout', 'Graph deadline of the turn passed', 0)), deadlineMs);
  timer.unref?.();

  const authProvider: AuthenticationProvider = { getAccessToken: async () => token };
  const middleware = createGraphMiddleware({
    authProvider,
    origin: new URL(baseUrl).origin,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    deadlineAt,
    deadlineSignal: deadline.signal,
    requestTimeoutMs: options.requestTimeoutMs,
    now,
    sleep: options.sleep,
    random: options.random ?? Math.random,
  });
  // defaultVersion '' because GRAPH_BASE_URL already carries the version (v1.0 or beta).
  const sdk = Client.initWithMiddleware({ baseUrl, defaultVersion: '', middleware });

  const prepare = (path: string, opts?: GraphRequestOptions) => {
    let req = sdk.api(path.startsWith('/') ? path : `/${path}`);
    for (const [k, v] of Object.entries(opts?.headers ?? {})) req = req.header(k, v);
    if (opts?.signal) req = req.option('signal', opts.signal);
    return req;
  };
  const run = async <T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    try {
      return await call();
    } catch (e) {
      throw toGraphRequestError(e, deadline.signal, signal);
    }
  };

  const client = {
    baseUrl,
    deadlineSignal: deadline.signal,
    remainingMs: () => Math.max(0, deadlineAt - now()),
    getJson: <T>(path: string, opts?: GraphRequestOptions) => run<T>(() => prepare(path, opts).get(), opts?.signal),
    postJson: <T>(path: string, body: unknown, opts?: GraphRequestOptions) => run<T>(() => prepare(path, opts).post(body), opts?.signal),
    getText: (path: string, opts?: GraphRequestOptions) =>
      run<string>(async () => String(await prepare(path, opts).responseType(ResponseType.TEXT).get()), opts?.signal),
    getBytes: (path: string, opts?: GraphRequestOptions) =>
      run<Uint8Array>(async () => new Uint8Array((await prepare(path, opts).responseType(ResponseType.ARRAYBUFFER).get()) as ArrayBuffer), opts?.signal),
    pathOf: (link: string) => {
      if (link.startsWith('/')) return link;
      if (!link.startsWith(`${baseUrl}/`)) throw new GraphRequestError('badRequest', `Refusing to follow a link outside GRAPH_BASE_URL: ${link}`, 0);
      return link.slice(baseUrl.length);
    },
    sdk,
  };
  return client as unknown as DelegatedGraphClient;
}

/** Normalises SDK errors, aborts and network failures into GraphRequestError. */
function toGraphRequestError(e: unknown, deadline: AbortSignal, callerSignal?: AbortSignal): GraphRequestError {
  if (e instanceof GraphRequestError) return e;
  if (e instanceof GraphError) {
    if (e.statusCode > 0) {
      const { code, message } = errorDetails(e);
      return new GraphRequestError(reasonForStatus(e.statusCode, code), `Graph ${e.statusCode} ${code ?? ''}: ${message}`, e.statusCode, code, { cause: e });
    }
    const cause = (e as { body?: unknown }).body;
    if (deadline.aborted) return new GraphRequestError('timeout', 'Graph deadline of the turn passed', 0, 'Deadline', { cause: e });
    if (callerSignal?.aborted) return new GraphRequestError('aborted', 'Graph request aborted by the caller', 0, 'Aborted', { cause: e });
    if (e.code === 'TimeoutError') return new GraphRequestError('timeout', 'Graph request timed out', 0, 'RequestTimeout', { cause: e });
    return new GraphRequestError('unreachable', `Graph not reachable: ${String(cause ?? e.message)}`, 0, e.code ?? undefined, { cause: e });
  }
  if (deadline.aborted) return new GraphRequestError('timeout', 'Graph deadline of the turn passed', 0, 'Deadline', { cause: e });
  return new GraphRequestError('unreachable', `Graph not reachable: ${e instanceof Error ? e.message : String(e)}`, 0, undefined, { cause: e });
}

/**
 * Graph's error code and message. With a text or binary response type the SDK leaves the error
 * JSON unparsed in `body`, so it is read here (the code matters: SpeakerAttributionNotAllowed).
 */
function errorDetails(e: GraphError): { code?: string; message: string } {
  if (e.code) return { code: e.code, message: e.message };
  let raw: unknown = (e as { body?: unknown }).body;
  if (raw instanceof ArrayBuffer) raw = new TextDecoder().decode(raw);
  if (typeof raw === 'string') {
    try {
      const parsed = JSON.parse(raw) as { error?: { code?: string; message?: string } };
      return { code: parsed.error?.code, message: parsed.error?.message ?? e.message };
    } catch {
      return { message: e.message };
    }
  }
  return { message: e.message };
}
