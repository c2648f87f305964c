/**
 * A fake Bot Framework channel (the Connector service Teams runs behind `serviceUrl`): it records
 * what the bot POSTs over HTTP, byte for byte as Teams would receive it, after botbuilder's
 * serializer ran. Listens on 127.0.0.1, random port.
 *
 * Routes (Bot Connector REST API v3):
 * - `POST /v3/conversations/{id}/activities` (send) and `…/activities/{replyToId}` (reply)
 * - `PUT /v3/conversations/{id}/activities/{activityId}` (update), `DELETE …` (delete)
 * - `POST /v3/conversations` (create a conversation, e.g. a 1:1 chat for private delivery)
 * - `GET /files/{name}`: files a test attached to a message (`serveFile`), as the Playground serves
 *   attachments from its own origin
 *
 * Each send answers `{ id }` with a fresh id, as the Connector does; the id of the first streamed
 * update becomes the stream's id.
 *
 * @example
 * const channel = await startFakeBotChannel();
 * await channel.deliver(botUrl, channel.message('Wie beantrage ich …?'));
 * channel.sent()  // the activities the bot sent, parsed from the raw HTTP bodies
 * await channel.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One HTTP request the bot made to the channel. */
export interface ChannelRequest {
  kind: 'send' | 'reply' | 'update' | 'delete' | 'createConversation' | 'other';
  method: string;
  path: string;
  conversationId?: string;
  /** The activity id in the path: replyToId for replies, the updated activity for updates. */
  activityId?: string;
  /** The raw body exactly as it went over the wire. */
  raw: string;
  /** The parsed body (the activity for send/reply/update). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** The id the channel answered with. */
  assignedId?: string;
  /** Milliseconds since the channel started. */
  at: number;
}

/** An activity as it arrived at the channel. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type WireActivity = Record<string, any> & { type: string };

export interface InboundOptions {
  conversationType?: 'personal' | 'groupChat' | 'channel';
  conversationId?: string;
  from?: { id: string; name: string; aadObjectId?: string };
  /** @mention the bot in front of the text (group chats and channels need it). */
  mentionBot?: boolean;
  locale?: string;
  value?: unknown;
  name?: string;
  type?: string;
  tenantId?: string;
}

export interface FakeBotChannel {
  /** http://127.0.0.1:PORT/ — use as the activity's `serviceUrl`. */
  url: string;
  requests: ChannelRequest[];
  /** Activities the bot sent or replied with (in order), optionally for one conversation. */
  sent(conversationId?: string): WireActivity[];
  /** The requests of those activities (timing, kind, assigned id). */
  sentRequests(conversationId?: string): ChannelRequest[];
  /** Builds an inbound message activity addressed to the bot, with `serviceUrl` pointing here. */
  message(text: string, options?: InboundOptions): WireActivity;
  /** POSTs an activity to the bot's `/api/messages` and returns the HTTP status (the turn is done then). */
  deliver(botUrl: string, activity: WireActivity): Promise<{ status: number; body: string }>;
  /**
   * Waits until the activities sent to `conversationId` satisfy `done` (for what the bot sends
   * after the turn, by proactive message); throws with what was sent after `timeoutMs`.
   */
  waitFor(conversationId: string | undefined, done: (sent: WireActivity[]) => boolean, timeoutMs?: number): Promise<WireActivity[]>;
  /**
   * Serves `bytes` at a URL on the channel's origin (an attachment's contentUrl) and returns it.
   * `delayMs`: the response starts that late (a slow file store); `status`: answer with that
   * HTTP status instead of the file.
   */
  serveFile(name: string, bytes: Uint8Array, contentType?: string, options?: { delayMs?: number; status?: number }): string;
  /** Forgets everything recorded so far. */
  clear(): void;
  close(): Promise<void>;
}

export const BOT_ACCOUNT = { id: '28:rathaus-bot', name: 'Rathaus-Assistent' };
export const USER_ACCOUNT = { id: '29:anna', name: 'Anna Schmitz', aadObjectId: 'aad-anna' };

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/** Starts the fake channel on 127.0.0.1 with a random port. */
export async function startFakeBotChannel(): Promise<FakeBotChannel> {
  const requests: ChannelRequest[] = [];
  const started = Date.now();
  let nextId = 1;
  let inbound = 1;
  const files = new Map<string, { bytes: Uint8Array; contentType: string; delayMs?: number; status?: number }>();

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/{2,}/g, '/');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = undefined;
    }
    const record: ChannelRequest = { kind: 'other', method: req.method ?? 'GET', path, raw, body, at: Date.now() - started };
    requests.push(record);
    const file = path.startsWith('/files/') ? files.get(decodeURIComponent(path.slice('/files/'.length))) : undefined;
    if (file && req.method === 'GET') {
      if (file.delayMs) await new Promise((r) => setTimeout(r, file.delayMs));
      if (file.status && file.status !== 200) return sendJson(res, file.status, { error: { code: 'Failed', message: `file answers ${file.status}` } });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.byteLength) });
      res.end(file.bytes);
      return;
    }
    const match = ACTIVITY_PATH.exec(path);
    if (match) {
      record.conversationId = decodeURIComponent(match[1]);
      record.activityId = match[2] ? decodeURIComponent(match[2]) : undefined;
      if (req.method === 'POST') record.kind = record.activityId ? 'reply' : 'send';
      else if (req.method === 'PUT') record.kind = 'update';
      else if (req.method === 'DELETE') record.kind = 'delete';
    } else if (path === '/v3/conversations' && req.method === 'POST') {
      record.kind = 'createConversation';
    }
    if (record.kind === 'other') return sendJson(res, 404, { error: { code: 'NotFound', message: `no route ${req.method} ${path}` } });
    if (record.kind === 'delete') return sendJson(res, 200, {});
    if (record.kind === 'createConversation') {
      record.assignedId = `a:personal-${nextId++}`;
      return sendJson(res, 201, { id: record.assignedId, activityId: `act-${nextId++}` });
    }
    if (body === undefined) return sendJson(res, 400, { error: { code: 'BadArgument', message: 'Activity body is not JSON' } });
    record.assignedId = record.kind === 'update' ? record.activityId : `act-${nextId++}`;
    return sendJson(res, 200, { id: record.assignedId });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;

  const sentRequests = (conversationId?: string) =>
    requests.filter((r) => (r.kind === 'send' || r.kind === 'reply') && (!conversationId || r.conversationId === conversationId));

  return {
    url,
    requests,
    sentRequests,
    sent: (conversationId) => sentRequests(conversationId).map((r) => r.body as WireActivity),
    message(text, options = {}) {
      const type = options.conversationType ?? 'personal';
      const mention = options.mentionBot ?? type !== 'personal';
      const mentionText = `<at>${BOT_ACCOUNT.name}</at>`;
      const tenantId = options.tenantId ?? 'tenant-krefeld';
      return {
        type: options.type ?? 'message',
        id: `in-${inbound++}`,
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: url,
        from: options.from ?? USER_ACCOUNT,
        recipient: BOT_ACCOUNT,
        conversation: { id: options.conversationId ?? (type === 'personal' ? 'a:conv-anna' : '19:group@thread.v2'), conversationType: type, tenantId },
        channelData: { tenant: { id: tenantId } },
        locale: options.locale ?? 'de-DE',
        text: mention ? `${mentionText} ${text}` : text,
        textFormat: 'plain',
        ...(options.name ? { name: options.name } : {}),
        ...(options.value !== undefined ? { value: options.value } : {}),
        entities: mention ? [{ type: 'mention', text: mentionText, mentioned: BOT_ACCOUNT }] : [],
      };
    },
    async deliver(botUrl, activity) {
      const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      return { status: res.status, body: await res.text() };
    },
    async waitFor(conversationId, done, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const sent = sentRequests(conversationId).map((r) => r.body as WireActivity);
        if (done(sent)) return sent;
        if (Date.now() > deadline) throw new Error(`timed out waiting for the bot; sent so far: ${JSON.stringify(sent.map((a) => a.text ?? a.attachments?.map((x: { contentType: string }) => x.contentType)))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    serveFile(name, bytes, contentType = 'application/octet-stream', options = {}) {
      files.set(name, { bytes, contentType, ...options });
      return `${url}files/${encodeURIComponent(name)}`;
    },
    clear() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
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
