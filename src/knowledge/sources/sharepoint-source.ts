/**
 * SharePoint/OneDrive as a knowledge source, searched as the signed-in user: Microsoft Search
 * (`POST /search/query`, driveItem + listItem, from/size paging) finds the files, the top hits
 * are downloaded (Office formats our parsers cannot read as PDF via `?format=pdf`) and read with
 * the same parsers as local files, then ranked against the question. Every passage cites the
 * item's webUrl. Items the user may not open (403) are skipped silently; a failing search
 * becomes a SourceFailure value, so the answer comes from the other sources.
 */
import type { DelegatedGraphClient } from '../../graph/delegated-client.js';
import { isGraphRequestError } from '../../graph/errors.js';
import { toSourceFailure } from './source-failure.js';
import { driveItemVisibility } from './privacy.js';
import { withRelevance } from '../relevance.js';
import { buildKqlQuery, scorePassagesLexically, type PassageScorer } from './passage-scoring.js';
import { chunkDocument } from '../chunking.js';
import { fetchSensitivityLabels, parseLabelNames, strongestLabel, type LabelCatalog } from './sensitivity-labels.js';
import { HIDDEN_TEXT_META, ParseSkip, type ParseDocument, type ParsedDocument } from '../parsers/types.js';
import type { KnowledgeSource, Passage, Query, SourceResult } from '../types.js';

/** Extensions the parsers read directly. */
const PARSEABLE = new Set(['pdf', 'docx', 'md', 'markdown', 'txt', 'html', 'htm', 'eml', 'msg']);
/** Formats Graph converts to PDF (driveItem content `?format=pdf`). */
const CONVERTIBLE = new Set(['doc', 'docm', 'dot', 'dotx', 'odt', 'rtf', 'ppt', 'pptx', 'pptm', 'pps', 'ppsx', 'odp', 'xls', 'xlsx', 'xlsm', 'ods', 'csv']);

export interface SharePointSourceDeps {
  client: DelegatedGraphClient;
  parseDocument: ParseDocument;
  scorePassages?: PassageScorer;
  /** Hits whose content is fetched (default 8). */
  maxHits?: number;
  /** `size` of one search page (default 10). */
  pageSize?: number;
  /** Parallel downloads (default 4). */
  concurrency?: number;
  /** Larger files are cited by their search summary only (default 20 MB). */
  maxFileBytes?: number;
  /** Names of sensitivity labels (SENSITIVITY_LABEL_NAMES); unnamed labels are still shown. */
  labels?: LabelCatalog;
}

interface SearchHit {
  hitId: string;
  rank?: number;
  summary?: string;
  resource: {
    '@odata.type'?: string;
    id: string;
    name?: string;
    webUrl: string;
    size?: number;
    lastModifiedDateTime?: string;
    lastModifiedBy?: { user?: { displayName?: string } };
    parentReference?: { driveId?: string; siteId?: string };
  };
}

interface SearchResponse {
  value: { hitsContainers?: { hits?: SearchHit[]; moreResultsAvailable?: boolean }[] }[];
}

/** Search summary as plain text: `<c0>` highlight tags and `<ddd/>` cut marks removed. */
export function summaryText(summary: string | undefined): string {
  return (summary ?? '').replace(/<ddd\/>/g, ' … ').replace(/<\/?c\d+>/g, '').replace(/\s+/g, ' ').trim();
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function createSharePointSource(deps: SharePointSourceDeps): KnowledgeSource {
  const { client, parseDocument } = deps;
  const score = deps.scorePassages ?? scorePassagesLexically;
  const maxHits = deps.maxHits ?? 8;
  const pageSize = deps.pageSize ?? 10;
  const maxFileBytes = deps.maxFileBytes ?? 20 * 1024 * 1024;
  const labels = deps.labels ?? parseLabelNames([]).catalog;

  /** Adds the sensitivity label of each passage's file to its meta (what the citation shows). */
  async function withLabels(passages: Passage[], hits: SearchHit[]): Promise<Passage[]> {
    const itemOf = new Map(hits.filter((h) => h.resource.parentReference?.driveId).map((h) => [h.resource.webUrl, { driveId: h.resource.parentReference!.driveId!, itemId: h.resource.id }]));
    const items = [...new Set(passages.map((p) => p.source))].flatMap((url) => (itemOf.has(url) ? [itemOf.get(url)!] : []));
    let found: Map<string, string[]>;
    try {
      found = await fetchSensitivityLabels(client, items);
    } catch {
      // Labels are shown when Graph gives them; an answer is not refused for want of them.
      return passages;
    }
    return passages.map((p) => {
      const item = itemOf.get(p.source);
      const label = item ? strongestLabel(found.get(`${item.driveId}/${item.itemId}`) ?? [], labels) : undefined;
      return label ? { ...p, meta: { ...p.meta, sensitivityLabel: label.name, sensitivityLabelId: label.id, sensitivityLabelRank: String(label.rank) } } : p;
    });
  }

  async function findHits(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const hits: SearchHit[] = [];
    for (let from = 0; hits.length < maxHits; from += pageSize) {
      // Content words joined by OR: KQL's implicit AND would demand every word of the question.
      const queryString = buildKqlQuery(text) || text;
      const body = { requests: [{ entityTypes: ['driveItem', 'listItem'], query: { queryString }, from, size: pageSize }] };
      const res = await client.postJson<SearchResponse>('/search/query', body, { signal });
      const containers = res.value?.[0]?.hitsContainers ?? [];
      const page = containers.flatMap((c) => c.hits ?? []);
      hits.push(...page);
      if (page.length === 0 || !containers.some((c) => c.moreResultsAvailable)) break;
    }
    return hits.slice(0, maxHits);
  }

  /** The document of one hit, or undefined when only its summary can be used. */
  async function readHit(hit: SearchHit, signal?: AbortSignal): Promise<ParsedDocument | 'skip' | undefined> {
    const r = hit.resource;
    const driveId = r.parentReference?.driveId;
    if (!driveId || !r.name || (r.size ?? 0) > maxFileBytes) return undefined;
    const ext = extensionOf(r.name);
    const asPdf = !PARSEABLE.has(ext) && CONVERTIBLE.has(ext);
    if (!PARSEABLE.has(ext) && !asPdf) return undefined;
    const path = `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(r.id)}/content${asPdf ? '?format=pdf' : ''}`;
    try {
      const bytes = await client.getBytes(path, { signal });
      return await parseDocument(bytes, asPdf ? `${r.name}.pdf` : r.name);
    } catch (e) {
      // Not the user's file (or gone since indexing): skip it without a word.
      if (isGraphRequestError(e, 'forbidden') || isGraphRequestError(e, 'notFound')) return 'skip';
      if (isGraphRequestError(e, 'auth')) throw e;
      if (e instanceof ParseSkip) return undefined;
      // Throttled, slow or unreadable download: the search summary still carries the hit.
      return undefined;
    }
  }

  function passagesOf(hit: SearchHit, doc: ParsedDocument | undefined): Omit<Passage, 'score'>[] {
    const r = hit.resource;
    const key = r.parentReference?.driveId ? `${r.parentReference.driveId}/${r.id}` : `list:${r.parentReference?.siteId ?? ''}/${r.id}`;
    // visibility: OneDrive content is the person's own and must not be posted into group chats.
    const meta: Record<string, string> = { visibility: driveItemVisibility(r.webUrl) };
    if (r.lastModifiedDateTime) meta.lastModified = r.lastModifiedDateTime;
    if (r.lastModifiedBy?.user?.displayName) meta.lastModifiedBy = r.lastModifiedBy.user.displayName;
    const fallbackTitle = (r.name ?? '').replace(/\.[^.]+$/, '') || summaryText(hit.summary).slice(0, 60);
    const base = { sourceId: 'sharepoint' as const, source: r.webUrl, meta };
    if (!doc) {
      const text = summaryText(hit.summary);
      return text ? [{ ...base, id: `sharepoint:${key}#summary`, title: fallbackTitle, sectionPath: [], text }] : [];
    }
    // Same structure-following chunks as local files; ids are namespaced by the drive item.
    return chunkDocument(doc, r.webUrl).map((chunk, n) => ({
      ...base,
      id: `sharepoint:${key}#${n}`,
      title: doc.title || fallbackTitle,
      sectionPath: chunk.sectionPath,
      ...(chunk.page !== undefined ? { page: chunk.page } : {}),
      text: chunk.text,
      // Text the file hides from its reader (white, display:none …) is quarantined like in local files.
      ...(chunk.meta?.[HIDDEN_TEXT_META] ? { meta: { ...meta, [HIDDEN_TEXT_META]: chunk.meta[HIDDEN_TEXT_META] } } : {}),
    }));
  }

  return {
    id: 'sharepoint',
    async search(query: Query, _user, signal): Promise<SourceResult> {
      let hits: SearchHit[];
      try {
        hits = await findHits(query.text, signal);
      } catch (e) {
        return { passages: [], failures: [toSourceFailure('sharepoint', e)] };
      }
      try {
        const docs = await mapLimit(hits, deps.concurrency ?? 4, (hit) => readHit(hit, signal));
        const candidates = hits.flatMap((hit, i) => (docs[i] === 'skip' ? [] : passagesOf(hit, docs[i] as ParsedDocument | undefined).map((p) => ({ p, rank: i }))));
        const scores = score(query.text, candidates.map((c) => c.p));
        // Microsoft Search's own order breaks ties (and slightly favours its top hits).
        const passages = candidates
          .map((c, i) => ({ ...c.p, score: scores[i] + 0.5 / (c.rank + 1) }))
          .filter((_, i) => scores[i] > 0)
          .sort((a, b) => b.score - a.score)
          .slice(0, query.top);
        return { passages: withRelevance(query.text, await withLabels(passages, hits)), failures: [] };
      } catch (e) {
        return { passages: [], failures: [toSourceFailure('sharepoint', e)] };
      }
    },
  };
}
