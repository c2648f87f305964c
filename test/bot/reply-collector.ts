/**
 * A minimal Bot Framework connector for tests of the running server in local mode: activities
 * the bot sends to `serviceUrl` are collected, and `send` posts one activity to /api/messages.
 */
import { createServer } from 'node:http';

export interface SentActivity {
  type?: string;
  text?: string;
  replyToId?: string;
  attachments?: unknown[];
  entities?: unknown[];
  channelData?: { streamType?: string; streamId?: string };
}

export interface ReplyCollector {
  url: string;
  activities: SentActivity[];
  /** Message activities that replied to `activityId` (typing indicators and stream chunks left out). */
  repliesTo(activityId: string): SentActivity[];
  close(): Promise<void>;
}

export async function startReplyCollector(): Promise<ReplyCollector> {
  const activities: SentActivity[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        activities.push(JSON.parse(Buffer.concat(chunks).toString()) as SentActivity);
      } catch {
        // not an activity (e.g. an empty body)
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${++n}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    activities,
    repliesTo: (id) => activities.filter((a) => a.replyToId === id && a.type === 'message' && (!a.channelData?.streamType || a.channelData.streamType === 'final')),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Teams-like personal-chat message for /api/messages. */
export function personalMessage(id: string, text: string, serviceUrl: string, user = 'user-anna') {
  return {
    type: 'message',
    id,
    text,
    channelId: 'msteams',
    serviceUrl,
    locale: 'de-DE',
    from: { id: `29:${user}`, aadObjectId: user, name: 'Anna Beispiel' },
    recipient: { id: 'bot', name: 'Rathaus-Assistent' },
    conversation: { id: `conv-${user}`, conversationType: 'personal', tenantId: 'tenant-krefeld' },
    channelData: { tenant: { id: 'tenant-krefeld' } },
  };
}

export async function postActivity(botUrl: string, activity: unknown): Promise<number> {
  const res = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  await res.text();
  return res.status;
}
