/**
 * The council information system as a service of the app: the OParl client built from the
 * configuration, the sync of its index (a full load first, then only changes; the checkpoint in
 * the Store), and the knowledge source that searches it (shared retriever, plus the exact lookup
 * of Vorlagen by reference). Nothing here starts timers: the composition root schedules `sync`.
 */
import path from 'node:path';
import type { AppConfig } from '../config.js';
import type { Logger } from '../core/logger.js';
import { readSnapshot } from '../knowledge/index/index-file.js';
import type { IndexSnapshot } from '../knowledge/index/index-state.js';
import { syncIndex, type CheckpointStore, type IndexProgress, type IndexRun } from '../knowledge/index/sync-index.js';
import type { ParseDocument } from '../knowledge/parsers/types.js';
import { createRetriever, type Retriever } from '../knowledge/retriever.js';
import { createIndexedSearchSource } from '../knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../knowledge/types.js';
import type { EmbeddingModel } from '../llm/chat-model.js';
import type { Store } from '../storage/store.js';
import { createOparlHttp, type OparlHttp } from './http-client.js';
import { readCatalog } from './catalog.js';
import { fetchMeetingAgenda, type RisAgenda } from './meeting-agenda.js';
import { createOparlIndexedSource } from './oparl-source.js';
import { rerankRisHits } from './reference-lookup.js';
import { buildRisFacts, type RisFacts } from './ris-facts.js';

export const OPARL_INDEX_FILE = 'oparl-index.json';
const CHECKPOINT_KEY = 'oparl/sync-checkpoint';

export type OparlConfig = Pick<AppConfig, 'OPARL_SYSTEM_URL' | 'OPARL_BODY_ID' | 'OPARL_CONTACT' | 'OPARL_MAX_RPS' | 'OPARL_ALLOWED_HOSTS' | 'RATHAUS_DATA_DIR' | 'MAX_FILE_MB'>;

export interface OparlDeps {
  parse: ParseDocument;
  store: Pick<Store, 'get' | 'put'>;
  logger?: Logger;
  embedder?: EmbeddingModel;
  fetch?: typeof fetch;
  onProgress?: (p: IndexProgress) => void;
}

export interface OparlService {
  /** Searches the RIS index (a failure value until the first sync or a stored index is there). */
  source: KnowledgeSource;
  /** One sync: a full load the first time, then the changes since the stored checkpoint. */
  sync(signal?: AbortSignal): Promise<IndexRun>;
  /** Loads the stored index for searching, without asking the RIS (CLI search, bot start). */
  loadStored(): Promise<boolean>;
  /**
   * The agenda of the RIS meeting a text links (a calendar entry): its RIS page (`web`, looked up in
   * the synced catalog) or its OParl URL on the RIS host. Undefined without such a link.
   */
  agendaFromText(text: string, signal?: AbortSignal): Promise<{ agenda: RisAgenda; url: string } | undefined>;
  http: OparlHttp;
}

/** The User-Agent of every RIS request: product, version and the city's contact. */
export function oparlUserAgent(contact: string): string {
  return `Rathaus-Assistent/0.1 (OParl-Abgleich; Kontakt: ${contact})`;
}

export function createOparl(config: OparlConfig, deps: OparlDeps): OparlService | undefined {
  if (!config.OPARL_SYSTEM_URL) return undefined;
  const systemUrl = config.OPARL_SYSTEM_URL;
  const system = new URL(systemUrl);
  const dataDir = path.resolve(config.RATHAUS_DATA_DIR);
  // Only the configured system's host (and the hosts the admin adds) is ever contacted: a link in
  // a RIS response cannot make the server fetch anything else (docs/adr/0008-oparl-abrufe.md).
  const http = createOparlHttp({
    maxRps: config.OPARL_MAX_RPS,
    userAgent: oparlUserAgent(config.OPARL_CONTACT ?? 'unbekannt'),
    allowedHosts: [system.hostname.toLowerCase(), ...config.OPARL_ALLOWED_HOSTS.map((h) => h.toLowerCase())],
    allowHttp: system.protocol === 'http:',
    maxFileBytes: config.MAX_FILE_MB * 1024 * 1024,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const indexed = createOparlIndexedSource({ http, systemUrl, bodyId: config.OPARL_BODY_ID, parse: deps.parse, dataDir, logger: deps.logger });
  const checkpoints: CheckpointStore = {
    read: async () => {
      const v = await deps.store.get<{ systemUrl: string; checkpoint: string; indexBuiltAt: string }>(CHECKPOINT_KEY);
      return v && v.systemUrl === systemUrl ? v : undefined;
    },
    write: async (v) => void (await deps.store.put(CHECKPOINT_KEY, { ...v, systemUrl })),
  };
  let current: { retriever: Retriever; facts: RisFacts } | undefined;
  // The catalog (Gremien, meetings) is read with each new index: the facts a council question is judged by.
  const use = async (snapshot: IndexSnapshot) => {
    const catalog = await readCatalog(dataDir, systemUrl);
    current = { retriever: createRetriever(snapshot, { embedder: deps.embedder }), facts: buildRisFacts(snapshot.chunks, catalog) };
  };
  const source = createIndexedSearchSource('oparl', () => current?.retriever, {
    notReady: 'Das Ratsinformationssystem wird noch abgeglichen.',
    rerank: (query, ranked) => (current ? rerankRisHits(query.text, ranked, { ...current.facts, today: new Date().toISOString().slice(0, 10) }) : ranked),
  });
  return {
    source,
    http,
    async sync(signal) {
      const run = await syncIndex({ parse: deps.parse, dataDir, indexFile: OPARL_INDEX_FILE, checkpoints, embedder: deps.embedder, logger: deps.logger, onProgress: deps.onProgress, readConcurrency: 4 })(indexed, signal);
      await use(run.snapshot);
      return run;
    },
    async agendaFromText(text, signal) {
      const catalog = await readCatalog(dataDir, systemUrl);
      const byWeb = new Map(Object.entries(catalog?.meetings ?? {}).flatMap(([id, m]) => (m.web ? [[m.web, id] as [string, string]] : [])));
      for (const raw of text.match(/https?:\/\/[^\s"'<>]+/g) ?? []) {
        const url = raw.replace(/[.,;:)\]]+$/, '').replace(/&amp;/g, '&');
        const id = byWeb.get(url) ?? (catalog?.meetings[url] || new URL(url).hostname === system.hostname ? url : undefined);
        if (!id) continue;
        try {
          return { agenda: await fetchMeetingAgenda(http, id, { signal, parse: deps.parse }), url };
        } catch (e) {
          if (signal?.aborted) throw e;
          // Not a meeting (another RIS page): try the next link.
        }
      }
      return undefined;
    },
    async loadStored() {
      const read = await readSnapshot(dataDir, OPARL_INDEX_FILE);
      if (read.status !== 'ok') return false;
      await use(read.snapshot);
      return true;
    },
  };
}
