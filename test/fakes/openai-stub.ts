/**
 * A local OpenAI-compatible HTTP server for tests and benches: real HTTP, so the real `openai`
 * client (OpenAI and AzureOpenAI) is exercised end to end. Listens on 127.0.0.1, random port.
 *
 * Routes:
 * - `POST /v1/chat/completions` and `POST /v1/embeddings` (OpenAI-compatible; use `stub.baseURL`)
 * - `POST /openai/deployments/{d}/chat/completions?api-version=…` and `…/embeddings`
 *   (Azure OpenAI; use `stub.origin` as `endpoint`)
 *
 * Replies are scripted in call order (`replies: [...]`) or by a function of the request; every
 * request is recorded in `stub.requests` so tests can assert what the model was sent.
 *
 * @example
 * const stub = await startOpenAiStub({ replies: [stubReply.rateLimited(1), stubReply.text('Antwort [1]')] });
 * const client = new OpenAI({ baseURL: stub.baseURL, apiKey: 'test' });
 * // … stub.chatRequests()[0].body.messages …
 * await stub.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stub received. */
export interface StubRequest {
  /** 'chat' for chat completions, 'embeddings' for embeddings, 'other' for unknown paths (answered 404). */
  kind: 'chat' | 'embeddings' | 'other';
  method: string;
  /** Path without query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined when the body was not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Azure deployment name from the path, when the Azure route was used. */
  deployment?: string;
  /** 0-based index of this request among chat requests (or embeddings requests). */
  index: number;
}

/** What the stub answers to one chat request. */
export type StubReply =
  | {
      kind: 'text';
      text: string;
      /** finish_reason of the choice; 'content_filter' mimics Azure's output filter. */
      finishReason?: 'stop' | 'length' | 'content_filter';
      /** Token counts reported in `usage`; default: characters / 4. */
      usage?: { promptTokens: number; completionTokens: number };
      /** Wait before answering (ms). */
      delayMs?: number;
      /** Characters per streamed chunk (default 8). */
      chunkSize?: number;
      /** Pause between streamed chunks (ms), to pace a slow model; default none. */
      chunkDelayMs?: number;
    }
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  /** Never answers (until the client gives up or the stub closes): for timeouts. */
  | { kind: 'hang' }
  /** Closes the connection without an answer: for "endpoint down" mid-request. */
  | { kind: 'drop' };

/** Builders for common replies. */
export const stubReply = {
  text: (text: string, extra: Partial<Extract<StubReply, { kind: 'text' }>> = {}): StubReply => ({ kind: 'text', text, ...extra }),
  /** 429 with Retry-After in seconds (fractions allowed, as some gateways send). */
  rateLimited: (retryAfterSeconds = 1): StubReply => ({
    kind: 'status',
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { error: { code: '429', message: 'Requests to the ChatCompletions_Create Operation have exceeded call rate limit. Please retry after 1 second.' } },
  }),
  /** Azure OpenAI's prompt filter: 400 with code 'content_filter' and innererror. */
  contentFilter: (): StubReply => ({
    kind: 'status',
    status: 400,
    body: {
      error: {
        message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
        type: null,
        param: 'prompt',
        code: 'content_filter',
        status: 400,
        innererror: {
          code: 'ResponsibleAIPolicyViolation',
          content_filter_result: {
            hate: { filtered: false, severity: 'safe' },
            jailbreak: { filtered: true, detected: true },
            self_harm: { filtered: false, severity: 'safe' },
            sexual: { filtered: false, severity: 'safe' },
            violence: { filtered: false, severity: 'safe' },
          },
        },
      },
    },
  }),
  serverError: (status = 500): StubReply => ({ kind: 'status', status, body: { error: { message: 'Internal server error', type: 'server_error', code: null } } }),
  hang: (): StubReply => ({ kind: 'hang' }),
  drop: (): StubReply => ({ kind: 'drop' }),
};

export interface OpenAiStubOptions {
  /**
   * Chat replies in call order, or a function of the request. Default: every request gets a short
   * German answer citing [1] (so the answer guard accepts it; handy for load benches).
   */
  replies?: StubReply[] | ((req: StubRequest) => StubReply);
  /** Answer once the scripted list is used up (default: 500, so a test notices an unexpected extra call). */
  fallback?: StubReply;
  /** Fixed latency added to every answer (ms), for benches. */
  latencyMs?: number;
  /** Embedding vector for one input text; default: a deterministic 64-dim hashed bag of words. */
  embed?: (text: string) => number[];
  /** Model name echoed in responses. */
  model?: string;
}

/** A running stub. */
export interface OpenAiStub {
  /** http://127.0.0.1:PORT — use as Azure `endpoint`. */
  origin: string;
  /** http://127.0.0.1:PORT/v1 — use as OpenAI `baseURL`. */
  baseURL: string;
  /** Every request received, in order. */
  requests: StubRequest[];
  /** Only the chat completion requests. */
  chatRequests(): StubRequest[];
  /** Replace the chat script (resets the call counter). */
  script(replies: StubReply[] | ((req: StubRequest) => StubReply)): void;
  close(): Promise<void>;
}

const AZURE_PATH = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)$/;

/** Starts the stub on 127.0.0.1 with a random port. */
export async function startOpenAiStub(options: OpenAiStubOptions = {}): Promise<OpenAiStub> {
  let replies = options.replies ?? (() => stubReply.text('Laut dem Dokument gilt die beschriebene Regelung [1].'));
  let chatCount = 0;
  let embedCount = 0;
  const requests: StubRequest[] = [];
  const model = options.model ?? 'stub-model';
  const embed = options.embed ?? hashedEmbedding;

  const nextReply = (req: StubRequest): StubReply => {
    if (typeof replies === 'function') return replies(req);
    return replies[req.index] ?? options.fallback ?? stubReply.serverError(500);
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const azure = AZURE_PATH.exec(url.pathname);
    const route = azure ? azure[2] : url.pathname.replace(/^\/v1\//, '');
    const kind: StubRequest['kind'] = route === 'chat/completions' ? 'chat' : route === 'embeddings' ? 'embeddings' : 'other';
    const record: StubRequest = {
      kind,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      deployment: azure?.[1],
      index: kind === 'chat' ? chatCount++ : kind === 'embeddings' ? embedCount++ : 0,
    };
    requests.push(record);
    if (options.latencyMs) await sleep(options.latencyMs);
    if (kind === 'other' || req.method !== 'POST') return sendJson(res, 404, { error: { message: 'Not found', code: 'not_found' } });
    if (kind === 'embeddings') return answerEmbeddings(res, body, model, embed);
    return answerChat(res, record, nextReply(record), model);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseURL: `${origin}/v1`,
    requests,
    chatRequests: () => requests.filter((r) => r.kind === 'chat'),
    script(next) {
      replies = next;
      chatCount = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answerChat(res: ServerResponse, req: StubRequest, reply: StubReply, model: string): Promise<void> {
  if (reply.kind === 'hang') return; // the socket stays open until the client aborts or close()
  if (reply.kind === 'drop') {
    res.socket?.destroy();
    return;
  }
  if (reply.delayMs) await sleep(reply.delayMs);
  if (res.destroyed) return;
  if (reply.kind === 'status') {
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body ?? {}));
    return;
  }
  const messages: { content?: unknown }[] = Array.isArray(req.body?.messages) ? req.body.messages : [];
  const promptChars = messages.reduce((n, m) => n + (typeof m.content === 'string' ? m.content.length : 0), 0);
  const usage = {
    prompt_tokens: reply.usage?.promptTokens ?? Math.ceil(promptChars / 4),
    completion_tokens: reply.usage?.completionTokens ?? Math.ceil(reply.text.length / 4),
    total_tokens: 0,
  };
  usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
  const id = `chatcmpl-stub${req.index}`;
  const created = Math.floor(Date.now() / 1000);
  const finish = reply.finishReason ?? 'stop';

  if (req.body?.stream !== true) {
    sendJson(res, 200, {
      id,
      object: 'chat.completion',
      created,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: reply.text, refusal: null }, logprobs: null, finish_reason: finish }],
      usage,
      system_fingerprint: 'fp_stub',
    });
    return;
  }

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_stub', choices, ...extra })}\n\n`);
  const includeUsage = req.body?.stream_options?.include_usage === true;
  chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }], includeUsage ? { usage: null } : {});
  const size = Math.max(1, reply.chunkSize ?? 8);
  for (let i = 0; i < reply.text.length; i += size) {
    if (reply.chunkDelayMs && i > 0) await sleep(reply.chunkDelayMs);
    if (res.destroyed) return;
    chunk([{ index: 0, delta: { content: reply.text.slice(i, i + size) }, logprobs: null, finish_reason: null }], includeUsage ? { usage: null } : {});
  }
  chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finish }], includeUsage ? { usage: null } : {});
  if (includeUsage) chunk([], { usage });
  res.end('data: [DONE]\n\n');
}

function answerEmbeddings(res: ServerResponse, body: unknown, model: string, embed: (text: string) => number[]): void {
  const input = (body as { input?: unknown })?.input;
  const texts = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
  const tokens = texts.reduce((n, t) => n + Math.ceil(t.length / 4), 0);
  sendJson(res, 200, {
    object: 'list',
    data: texts.map((t, index) => ({ object: 'embedding', index, embedding: embed(t) })),
    model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

/** Deterministic bag-of-words vector: texts sharing words get similar vectors. */
export function hashedEmbedding(text: string, dims = 64): number[] {
  const v = new Array<number>(dims).fill(0);
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    let h = 2166136261;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    v[(h >>> 0) % dims] += 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
