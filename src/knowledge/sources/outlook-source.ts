/**
 * The signed-in user's mail as a knowledge source: `GET /me/messages?$search="…"` (KQL; Graph
 * allows no $filter with $search and at most 25 messages per page), the new part of each body
 * (uniqueBody, quoted history and signature cut), ranked against the question. Citations carry
 * sender, date and subject; the link is the message's webLink. A missing Mail.Read permission,
 * throttling or a timeout becomes a SourceFailure value.
 */
import type { DelegatedGraphClient } from '../../graph/delegated-client.js';
import { toSourceFailure } from './source-failure.js';
import { cleanMailBody, itemBodyText } from '../../graph/mail-text.js';
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
}

const SELECT = 'id,subject,from,receivedDateTime,webLink,bodyPreview,uniqueBody,body';

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
