/**
 * Sources for the command line (`rathaus search|ask --source sharepoint|outlook|local|oparl|all`):
 * the local index, the council information system's index (when OPARL_SYSTEM_URL is set) and,
 * with a delegated token (`--graph-token` or GRAPH_ACCESS_TOKEN, e.g. from Graph Explorer),
 * SharePoint/OneDrive and Outlook as that token's user.
 */
import type { AppConfig } from '../../config.js';
import { AppError, isAppError } from '../../core/errors.js';
import type { ParseDocument } from '../parsers/types.js';
import { SOURCE_IDS } from '../source-registry.js';
import type { KnowledgeSource } from '../types.js';
import { createGraphSources } from './graph-sources.js';
import type { FetchLike } from '../../graph/middleware.js';

export const CLI_SOURCE_CHOICES = ['all', ...SOURCE_IDS] as const;
export type CliSourceChoice = (typeof CLI_SOURCE_CHOICES)[number];

/** The `--source` help text, from the one list of sources. */
export const CLI_SOURCE_HELP = `${SOURCE_IDS.join(', ')} oder all (SharePoint/Outlook brauchen ein Graph-Token)`;

export interface CliSourceFlags {
  /** --source; default 'all'. */
  source?: string;
  /** --graph-token; falls back to GRAPH_ACCESS_TOKEN. */
  graphToken?: string;
}

export interface CliSourceDeps {
  parseDocument: ParseDocument;
  fetch?: FetchLike;
  /** The council information system's stored index; undefined when OPARL_SYSTEM_URL is not set. */
  oparl?: () => Promise<KnowledgeSource>;
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
    throw new AppError('invalidInput', `unknown --source ${choice}`, `--source erwartet ${SOURCE_IDS.join(', ')} oder all, nicht „${flags.source}“.`);
  }
  if (choice === 'oparl') {
    if (!deps.oparl) throw new AppError('config', 'OPARL_SYSTEM_URL not set', 'Für --source oparl muss OPARL_SYSTEM_URL gesetzt sein (Adresse des OParl-Systems des Ratsinformationssystems, siehe docs/ratsinformationssystem.md).');
    return [await deps.oparl()];
  }
  // With OPARL_SYSTEM_URL, "all" includes the RIS; a missing RIS index is a failing source, not an error.
  const oparl = choice === 'all' && deps.oparl ? [await deps.oparl().catch((e: unknown) => (isAppError(e, 'notFound') ? unavailableSource('oparl', e.userMessage ?? e.message) : Promise.reject(e)))] : [];
  const token = flags.graphToken?.trim() || config.GRAPH_ACCESS_TOKEN;
  if (choice === 'local') return local();
  if (choice === 'all' && oparl.length && !token) return [...(await local().catch((e: unknown) => (isAppError(e, 'notFound') ? [unavailableSource('local', e.userMessage ?? e.message)] : Promise.reject(e)))), ...oparl];
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
  const locals = graph.length ? await local().catch((e: unknown) => (isAppError(e, 'notFound') ? [unavailableSource('local', e.userMessage ?? e.message)] : Promise.reject(e))) : await local();
  return [...locals, ...oparl, ...graph];
}

/** A source whose index cannot be loaded: every search returns that as a failure value. */
function unavailableSource(id: 'local' | 'oparl', message: string): KnowledgeSource {
  return { id, search: async () => ({ passages: [], failures: [{ sourceId: id, kind: 'unreachable', message }] }) };
}
