/**
 * Sources for the command line (`rathaus search|ask --source sharepoint|outlook|local|all`):
 * the local index and, with a delegated token (`--graph-token` or GRAPH_ACCESS_TOKEN, e.g. from
 * Graph Explorer), SharePoint/OneDrive and Outlook as that token's user.
 */
import type { AppConfig } from '../../config.js';
import { AppError, isAppError } from '../../core/errors.js';
import type { ParseDocument } from '../parsers/types.js';
import type { KnowledgeSource } from '../types.js';
import { createGraphSources } from './graph-sources.js';
import type { FetchLike } from '../../graph/middleware.js';

export const CLI_SOURCE_CHOICES = ['all', 'local', 'sharepoint', 'outlook'] as const;
export type CliSourceChoice = (typeof CLI_SOURCE_CHOICES)[number];

export interface CliSourceFlags {
  /** --source; default 'all'. */
  source?: string;
  /** --graph-token; falls back to GRAPH_ACCESS_TOKEN. */
  graphToken?: string;
}

export interface CliSourceDeps {
  parseDocument: ParseDocument;
  fetch?: FetchLike;
}

/**
 * Resolves the flags into sources. `local` builds the local source(s) only when they are wanted,
 * so `--source outlook` works without an index. `all` without a token searches the local index only.
 */
export async function resolveCliSources(
  config: Pick<AppConfig, 'GRAPH_BASE_URL' | 'GRAPH_ACCESS_TOKEN'> & Partial<Pick<AppConfig, 'MAX_FILE_MB'>>,
  flags: CliSourceFlags,
  local: () => Promise<KnowledgeSource[]>,
  deps: CliSourceDeps,
): Promise<KnowledgeSource[]> {
  const choice = (flags.source ?? 'all').toLowerCase();
  if (!(CLI_SOURCE_CHOICES as readonly string[]).includes(choice)) {
    throw new AppError('invalidInput', `unknown --source ${choice}`, `--source erwartet sharepoint, outlook, local oder all, nicht „${flags.source}“.`);
  }
  const token = flags.graphToken?.trim() || config.GRAPH_ACCESS_TOKEN;
  if (choice === 'local') return local();
  if (choice !== 'all' && !token) {
    throw new AppError(
      'invalidInput',
      `--source ${choice} without token`,
      `Für --source ${choice} wird ein delegiertes Microsoft-Graph-Token benötigt: --graph-token <token> oder GRAPH_ACCESS_TOKEN (z. B. aus dem Graph-Explorer).`,
    );
  }
  const graph = token
    ? createGraphSources({ config, token, parseDocument: deps.parseDocument, fetch: deps.fetch, sources: choice === 'all' ? undefined : [choice as 'sharepoint' | 'outlook'] })
    : [];
  if (choice !== 'all') return graph;
  // With Microsoft 365 sources, a missing local index is one failing source among others: its
  // notice is shown and SharePoint/Outlook still answer. Without them it stays an error.
  const locals = graph.length ? await local().catch((e: unknown) => (isAppError(e, 'notFound') ? [unavailableLocalSource(e.userMessage ?? e.message)] : Promise.reject(e))) : await local();
  return [...locals, ...graph];
}

/** The local source when its index cannot be loaded: every search returns that as a failure value. */
function unavailableLocalSource(message: string): KnowledgeSource {
  return { id: 'local', search: async () => ({ passages: [], failures: [{ sourceId: 'local', kind: 'unreachable', message }] }) };
}
