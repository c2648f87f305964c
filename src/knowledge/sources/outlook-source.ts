/**
 * The signed-in user's mail as a knowledge source: `GET /me/messages?$search="…"` (KQL; Graph
 * allows no $filter with $search and at most 25 messages per page), the new part of each body
 * (uniqueBody, quoted history and signature cut), ranked against the question. Citations carry
 * sender, date and subject; the link is the message's webLink. A missing Mail.Read permission,
 * throttling or a timeout becomes a SourceFailure value. File attachments of the first found
 * messages (KQL search covers attachment text too) are downloaded and parsed, and cited as
 * "Anhang „…“ der Mail „…“ vom …" with the message's webLink.
 */
import type { DelegatedGraphClient } from '../../graph/delegated-client.js';
import { toSourceFailure } from './source-failure.js';
import { cleanMailBody, itemBodyText } from '../../graph/mail-text.js';
import { chunkDocument } from '../chunking.js';
import { attachmentTitle } from '../parsers/mail.js';
import { isSupportedFile } from '../parsers/parse-document.js';
import type { ParseDocument } from '../parsers/types.js';
import { withRelevance } from '../relevance.js';
import { buildKqlQuery, scorePassagesLexically, type PassageScorer } from './passage-scoring.js';
import type { KnowledgeSource, Passage, Query, SourceResult } from '../types.js';

/** Graph's page limit for message search. */
export const MAX_MESSAGE_PAGE = 25;

export interface OutlookSourceDeps {
  client: DelegatedGraphClient;
  scorePassages?: PassageScorer;
  /** Messages per page (≤ 25). */
  pageSize?: number;
  /** Pages followed via @odata.nextLink (default 2). */
  maxPages?: number;
  /** Reads file attachments; without it attachments are not searched. */
  parseDocument?: ParseDocument;
  /** Messages whose attachments are read per question (default 3), attachments per message (default 5). */
  maxAttachmentMessages?: number;
  maxAttachmentsPerMessage?: number;
  /** Largest attachment downloaded, in bytes (default 10 MB). */
  maxAttachmentBytes?: number;
}

interface GraphAttachment {
  '@odata.type'?: string;
  id: string;
  name?: string;
  size?: number;
  isInline?: boolean;
  contentBytes?: string;
}

interface GraphMessage {
  id: string;
  subject?: string;
  receivedDateTime?: string;
  webLink?: string;
  bodyPreview?: string;
  from?: { emailAddress?: { name?: string; address?: string } };
  body?: { contentType?: string; content?: string };
  uniqueBody?: { contentType?: string; content?: string };
  hasAttachments?: boolean;
}

const SELECT = 'id,subject,from,receivedDateTime,webLink,bodyPreview,uniqueBody,body,hasAttachments';

/** The text of a message worth citing: uniqueBody preferred, then body, then the preview. */
export function messageText(m: GraphMessage): string {
  const raw = itemBodyText(m.uniqueBody) || itemBodyText(m.body) || m.bodyPreview || '';
  return cleanMailBody(raw);
}

export function createOutlookSource(deps: OutlookSourceDeps): KnowledgeSource {
  const { client } = deps;
  const score = deps.scorePassages ?? scorePassagesLexically;
  const pageSize = Math.min(deps.pageSize ?? MAX_MESSAGE_PAGE, MAX_MESSAGE_PAGE);
  const maxPages = deps.maxPages ?? 2;

  async function findMessages(text: string, signal?: AbortSignal): Promise<GraphMessage[]> {
    const kql = buildKqlQuery(text);
    if (!kql) return [];
    const headers = { Prefer: 'outlook.body-content-type="text"' };
    let path: string | undefined = `/me/messages?$search=${encodeURIComponent(`"${kql}"`)}&$top=${pageSize}&$select=${SELECT}`;
    const out: GraphMessage[] = [];
    for (let page = 0; path && page < maxPages; page++) {
      const res: { value?: GraphMessage[]; '@odata.nextLink'?: string } = await client.getJson(path, { headers, signal });
      out.push(...(res.value ?? []));
      path = res['@odata.nextLink'] ? client.pathOf(res['@odata.nextLink']) : undefined;
    }
    return out;
  }

  /** Passages of the file attachments of the first messages that have any; a failing download is skipped. */
  async function attachmentPassages(messages: GraphMessage[], parse: ParseDocument, signal?: AbortSignal): Promise<Omit<Passage, 'score'>[]> {
    const out: Omit<Passage, 'score'>[] = [];
    const withFiles = messages.filter((m) => m.hasAttachments && m.webLink).slice(0, deps.maxAttachmentMessages ?? 3);
    for (const m of withFiles) {
      const id = encodeURIComponent(m.id);
      let list: GraphAttachment[];
      try {
        const res: { value?: GraphAttachment[] } = await client.getJson(`/me/messages/${id}/attachments?$select=id,name,size,isInline`, { signal });
        list = res.value ?? [];
      } catch {
        continue;
      }
      const files = list
        .filter((a) => a['@odata.type'] === '#microsoft.graph.fileAttachment' && !a.isInline && a.name && isSupportedFile(a.name) && (a.size ?? 0) <= (deps.maxAttachmentBytes ?? 10 * 1024 * 1024))
        .slice(0, deps.maxAttachmentsPerMessage ?? 5);
      for (const a of files) {
        try {
          const full: GraphAttachment = await client.getJson(`/me/messages/${id}/attachments/${encodeURIComponent(a.id)}`, { signal });
          if (!full.contentBytes) continue;
          const doc = await parse(Buffer.from(full.contentBytes, 'base64'), a.name!);
          const subject = m.subject || '(ohne Betreff)';
          const meta: Record<string, string> = { subject, visibility: 'private', attachment: a.name! };
          if (m.receivedDateTime) meta.date = m.receivedDateTime;
          const sender = m.from?.emailAddress;
          if (sender) meta.from = sender.name && sender.address ? `${sender.name} <${sender.address}>` : (sender.name ?? sender.address ?? '');
          const chunks = chunkDocument({ ...doc, title: attachmentTitle(a.name!, subject, m.receivedDateTime), meta: { ...doc.meta, ...meta } }, m.webLink!);
          for (const c of chunks) {
            out.push({ id: `outlook:${m.id}:${a.id}:${c.id.split('#').pop()}`, sourceId: 'outlook', title: c.title, source: m.webLink!, sectionPath: c.sectionPath, ...(c.page !== undefined ? { page: c.page } : {}), text: c.text, meta: c.meta ?? meta });
          }
        } catch (e) {
          if (signal?.aborted) throw e;
          // An unreadable or vanished attachment leaves the message itself answerable.
        }
      }
    }
    return out;
  }

  return {
    id: 'outlook',
    async search(query: Query, _user, signal): Promise<SourceResult> {
      let messages: GraphMessage[];
      try {
        messages = await findMessages(query.text, signal);
      } catch (e) {
        return { passages: [], failures: [toSourceFailure('outlook', e)] };
      }
      const candidates: Omit<Passage, 'score'>[] = messages
        .filter((m) => m.webLink)
        .map((m) => {
          const sender = m.from?.emailAddress;
          const meta: Record<string, string> = { subject: m.subject ?? '', visibility: 'private' };
          if (sender) meta.from = sender.name && sender.address ? `${sender.name} <${sender.address}>` : (sender.name ?? sender.address ?? '');
          if (m.receivedDateTime) meta.date = m.receivedDateTime;
          return { id: `outlook:${m.id}`, sourceId: 'outlook' as const, title: m.subject || '(ohne Betreff)', source: m.webLink!, sectionPath: [], text: messageText(m), meta };
        })
        .filter((p) => p.text);
      if (deps.parseDocument) candidates.push(...(await attachmentPassages(messages, deps.parseDocument, signal)));
      const scores = score(query.text, candidates);
      const passages = candidates
        .map((p, i) => ({ ...p, score: scores[i] }))
        .filter((p) => p.score > 0)
        .sort((a, b) => b.score - a.score || (b.meta?.date ?? '').localeCompare(a.meta?.date ?? ''))
        .slice(0, query.top);
      return { passages: withRelevance(query.text, passages), failures: [] };
    },
  };
}
