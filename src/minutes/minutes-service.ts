/**
 * The minutes capability assembled for a chat front end: access check, input gathering, the
 * durable job, local saving and attachment download. Framework-free; built once at start-up.
 */
import { hostname } from 'node:os';
import path from 'node:path';
import type { UserContext } from '../core/user-context.js';
import type { ChatModel } from '../llm/chat-model.js';
import type { InputLimits } from '../security/limits.js';
import { createOutboundFetch, type OutboundFetch } from '../security/outbound-fetch.js';
import type { Store } from '../storage/store.js';
import { writeMinutesFiles, type MinutesFiles } from './minutes-files.js';
import type { DraftMinutesDeps } from './draft-minutes.js';
import { createMinutesJobs } from './minutes-job.js';
import { createPendingRequests } from './pending-requests.js';
import { createMinutesRequests, type MinutesRequestDeps } from './request-minutes.js';
import type { MinutesTemplate } from './template.js';

export interface MinutesServiceDeps {
  store: Store;
  model?: ChatModel;
  config: { MINUTES_STYLE: 'verlauf' | 'ergebnis'; MINUTES_CONCURRENCY: number; MINUTES_TOKEN_BUDGET: number; GRAPH_BASE_URL: string; RATHAUS_DATA_DIR: string; MINUTES_JOB_LEASE_SECONDS?: number; INSTANCE_ID?: string };
  limits: InputLimits;
  canRequest: (user: UserContext) => Promise<boolean>;
  template?: MinutesTemplate;
  /** Outbound guard for attachment downloads; default: the limits' size, *.sharepoint.com, 60 s. */
  outbound?: OutboundFetch;
  /** Transcript parser (the server's runs on a worker thread); default in-process. */
  parseTranscript?: MinutesRequestDeps['parseTranscript'];
  /** The agenda from the council information system, when the calendar entry links the RIS meeting. */
  risAgenda?: MinutesRequestDeps['risAgenda'];
  /** Draft core and Word rendering (the server's run on a worker thread, off-thread-draft.ts); default in-process. */
  buildCore?: DraftMinutesDeps['buildCore'];
  render?: MinutesRequestDeps['render'];
}

export function createMinutesService(deps: MinutesServiceDeps) {
  const { config } = deps;
  const outbound = deps.outbound ?? createOutboundFetch({ allowedHosts: ['*.sharepoint.com'], maxBytes: deps.limits.maxAttachmentBytes, timeoutMs: 60_000 });
  const jobs = createMinutesJobs({
    store: deps.store,
    draft: { model: deps.model, style: config.MINUTES_STYLE, concurrency: config.MINUTES_CONCURRENCY, tokenBudget: config.MINUTES_TOKEN_BUDGET, buildCore: deps.buildCore },
    instanceId: config.INSTANCE_ID ?? hostname(),
    ...(config.MINUTES_JOB_LEASE_SECONDS ? { leaseMs: config.MINUTES_JOB_LEASE_SECONDS * 1000 } : {}),
  });
  // Requests whose input is still being fetched, so a restart mid-download is reported, not lost.
  const pending = createPendingRequests({ store: deps.store, owner: jobs.owner });
  const requests = createMinutesRequests({ jobs, limits: deps.limits, graphBaseUrl: config.GRAPH_BASE_URL, template: deps.template, parseTranscript: deps.parseTranscript, render: deps.render, risAgenda: deps.risAgenda });
  return {
    jobs,
    canRequest: deps.canRequest,
    pending,
    prepare: requests.prepare,
    /** Submits the job (from then on it survives a restart by itself: the pending record goes), runs it and renders the files. */
    async run(...args: Parameters<typeof requests.run>) {
      const [id, prepared, meta] = args;
      await jobs.submit(id, prepared.input, meta);
      await pending.release(id);
      return requests.run(...args);
    },
    cancel: requests.cancel,
    claimDelivery: jobs.claimDelivery,
    markDelivered: jobs.markDelivered,
    async saveLocally(id: string, files: MinutesFiles) {
      const written = await writeMinutesFiles(files, path.resolve(config.RATHAUS_DATA_DIR, 'minutes', id));
      return [written.public, written.nonpublic].filter((p): p is string => !!p).map((p) => ({ name: path.basename(p), url: p }));
    },
    /** Attachment download through the outbound guard (allowed hosts, size and time limits). */
    download(url: string, name: string, options?: { extraOrigins?: string[] }): Promise<Uint8Array> {
      return outbound.download(url, name, options);
    },
  };
}
