/**
 * The Microsoft 365 sources of one turn: one delegated client from this turn's token, shared only
 * by the SharePoint and Outlook sources of the same turn and dropped with it.
 */
import type { AppConfig } from '../../config.js';
import { createOutlookSource } from './outlook-source.js';
import { createSharePointSource } from './sharepoint-source.js';
import type { ParseDocument } from '../parsers/types.js';
import type { KnowledgeSource } from '../types.js';
import { createDelegatedGraphClient, type DelegatedGraphClientOptions } from '../../graph/delegated-client.js';
import type { FetchLike } from '../../graph/middleware.js';
import type { PassageScorer } from './passage-scoring.js';
import { parseLabelNames } from './sensitivity-labels.js';

export type GraphSourceId = 'sharepoint' | 'outlook';

export interface GraphSourcesInput {
  config: Pick<AppConfig, 'GRAPH_BASE_URL'> & Partial<Pick<AppConfig, 'MAX_FILE_MB' | 'SENSITIVITY_LABEL_NAMES'>>;
  /** Delegated token of this turn (UserContext.graphToken). */
  token: string;
  parseDocument: ParseDocument;
  scorePassages?: PassageScorer;
  /** Which Graph sources (default both). */
  sources?: GraphSourceId[];
  fetch?: FetchLike;
  /** Graph time budget of the turn (default 20 s). */
  deadlineMs?: number;
  requestTimeoutMs?: number;
  retry?: DelegatedGraphClientOptions['retry'];
}

/** Returns the KnowledgeSource[] for a turn; empty when the token is missing. */
export function createGraphSources(input: GraphSourcesInput): KnowledgeSource[] {
  if (!input.token) return [];
  const wanted = input.sources ?? ['sharepoint', 'outlook'];
  const client = createDelegatedGraphClient(input.token, {
    baseUrl: input.config.GRAPH_BASE_URL,
    fetch: input.fetch,
    deadlineMs: input.deadlineMs,
    requestTimeoutMs: input.requestTimeoutMs,
    retry: input.retry,
  });
  const out: KnowledgeSource[] = [];
  if (wanted.includes('sharepoint')) {
    out.push(
      createSharePointSource({
        client,
        parseDocument: input.parseDocument,
        scorePassages: input.scorePassages,
        maxFileBytes: input.config.MAX_FILE_MB ? input.config.MAX_FILE_MB * 1024 * 1024 : undefined,
        labels: parseLabelNames(input.config.SENSITIVITY_LABEL_NAMES ?? []).catalog,
      }),
    );
  }
  if (wanted.includes('outlook')) out.push(createOutlookSource({ client, scorePassages: input.scorePassages, parseDocument: input.parseDocument }));
  return out;
}
