/**
 * A minimal Bot Framework connector on 127.0.0.1 for tests through the real HTTP server: records
 * the activities the bot sends, creates 1:1 conversations, answers member look-ups with 404, and
 * serves files under /files/<name> (for attachment downloads from the "Playground origin").
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface SentActivity {
  conversationId: string;
  activity: { type?: string; text?: string; attachments?: { contentType: string; name?: string; content?: unknown }[] };
}

export interface ChannelStub {
  url: string;
  sent: SentActivity[];
  /** Paths of every request the stub received (files included). */
  requests: string[];
  files: Map<string, Buffer>;
  close(): Promise<void>;
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

export async function startChannelStub(): Promise<ChannelStub> {
  const sent: SentActivity[] = [];
  const requests: string[] = [];
  const files = new Map<string, Buffer>();
  let conversations = 0;
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.method} ${path}`);
    const text = await body(req);
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method === 'GET' && path.startsWith('/files/')) {
      const file = files.get(decodeURIComponent(path.slice('/files/'.length)));
      if (!file) return reply(404, {});
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(file);
      return;
    }
    const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(path);
    if (req.method === 'POST' && activities) {
      sent.push({ conversationId: decodeURIComponent(activities[1]), activity: JSON.parse(text) });
      return reply(200, { id: `sent-${sent.length}` });
    }
    if (req.method === 'POST' && path === '/v3/conversations') return reply(200, { id: `a:personal-${++conversations}` });
    reply(404, { error: { code: 'NotFound', message: 'not in the stub' } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    sent,
    requests,
    files,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
