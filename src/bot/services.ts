/**
 * What the bot needs from the rest of the application. The composition root (src/index.ts)
 * builds these from framework-free use cases; bot tests pass fakes.
 */
import type { AppConfig } from '../config.js';
import type { Logger } from '../core/logger.js';
import type { UserContext } from '../core/user-context.js';
import type { ChatMessage } from '../llm/chat-model.js';
import type { OutboundFetch } from '../security/outbound-fetch.js';
import type { Store } from '../storage/store.js';
import type { MinutesFiles } from '../minutes/minutes-files.js';
import type { MinutesJob } from '../minutes/minutes-job.js';
import type { PendingRequests } from '../minutes/pending-requests.js';
import type { MinutesSource, PreparedMinutes } from '../minutes/request-minutes.js';
import type { PilotReportFiles } from '../reports/pilot/generate-pilot-report.js';

export interface AnswerCitation {
  id: number;
  title: string;
  source: string;
  snippet: string;
  /** The Fundstelle sentence cut to the Teams abstract length (falls back to the snippet). */
  abstract?: string;
  sourceId?: string;
  meta?: Record<string, string>;
}

export interface BotAnswer {
  found: boolean;
  mode: 'extractive' | 'generative';
  answer: string;
  citations: AnswerCitation[];
  /** German/English note to show with the answer (e.g. model unavailable, a source not reachable). */
  notice?: string;
  /** Sources that could not be searched this time. */
  failures?: { sourceId: string; kind: string; message: string }[];
  /** Retrieved passages quarantined as planted instructions (noted in the audit record). */
  quarantined?: number;
}

export interface AskInput {
  question: string;
  user: UserContext;
  history: ChatMessage[];
  onDelta?: (delta: string) => void;
}

export type AskFn = (input: AskInput) => Promise<BotAnswer>;

export interface FeedbackRecord {
  userId: string;
  conversationId: string;
  replyToId: string;
  reaction: 'like' | 'dislike';
  comment: string;
  at: string;
}

/** Checks every turn passes before anything is searched; framework-free functions from src/security. */
export interface TurnGuards {
  isTenantAllowed(tenantId: string | undefined): boolean;
  /** `notify: false` on a refusal: the user was already told in this window, stay silent. */
  rateLimit(request: { userId: string; tenantId?: string }): { allowed: boolean; retryAfterSeconds: number; notify?: boolean };
  /** A German/English refusal for a message or its attachments, or undefined when within limits. */
  checkMessage(text: string, attachments: { name: string; sizeBytes?: number }[], locale: 'de' | 'en'): string | undefined;
}

/** One audit record (ids and sources, never content). */
export interface AuditRecord {
  userId: string;
  tenantId?: string;
  capability: 'ask' | 'search' | 'minutes' | 'admin' | 'feedback' | 'check';
  /** Finer action within the capability, a fixed word such as "reindex" (never user text). */
  action?: string;
  outcome: 'answered' | 'noResults' | 'completed' | 'started' | 'refused' | 'denied' | 'rateLimited' | 'invalidInput' | 'error';
  sources?: { id: string; url?: string }[];
  referenceId?: string;
  durationMs?: number;
  /** Passages quarantined as planted instructions in this turn. */
  quarantined?: number;
  /** Antragsvorprüfung: counts and overall result, never content. */
  check?: { erfuellt: number; fehlt: number; unklar: number; entfaellt: number; result: 'vollstaendig' | 'unvollstaendig' | 'pruefen' };
}

/** The Niederschrift capability as the bot sees it (framework-free, from src/minutes). */
export interface MinutesService {
  canRequest(user: UserContext): Promise<boolean>;
  prepare(source: MinutesSource, user: UserContext): Promise<PreparedMinutes>;
  run(id: string, prepared: PreparedMinutes, meta: { requestedBy?: string; context?: unknown }, signal?: AbortSignal): Promise<{ job: MinutesJob; files?: MinutesFiles }>;
  cancel(id: string): Promise<MinutesJob | undefined>;
  /** Claims sending a finished job's result; true for exactly one process of all instances (the others stay silent). */
  claimDelivery(id: string): Promise<boolean>;
  /** Records that the result was sent, so no other instance sends it again. */
  markDelivered(id: string): Promise<void>;
  /** Local mode: writes the documents below the data folder and returns their paths. */
  saveLocally(id: string, files: MinutesFiles): Promise<{ name: string; url: string }[]>;
  /**
   * Downloads a file the user attached in chat through the outbound guard; refusals are AppErrors
   * with a German message naming the attachment. `extraOrigins`: local mode only (Playground).
   */
  download(url: string, name: string, options?: { extraOrigins?: string[] }): Promise<Uint8Array>;
  /**
   * Requests whose input is still being fetched: held before the download starts, released once
   * the job is submitted or the request was answered; one a restart cut off is reported to the clerk.
   */
  pending?: Pick<PendingRequests, 'hold' | 'release'>;
}

/** The Antragsvorprüfung as the bot sees it (framework-free, from src/check). */
export type { CheckService } from '../check/check-service.js';

export interface BotServices {
  config: AppConfig;
  logger: Logger;
  store: Store;
  ask: AskFn;
  /** True when a language model is configured (streaming and AI label apply). */
  generative: boolean;
  recordFeedback?: (record: FeedbackRecord) => Promise<void>;
  /** The staff's own account of time saved (answer "hat mir Zeit gespart", minutes shorter/same/longer). */
  recordTimeFeedback?: (input: { task: 'answer' | 'minutes'; verdict: 'saved' | 'shorter' | 'same' | 'longer'; userId: string; tenantId?: string; taskId: string }) => Promise<void>;
  /** Counts of a finished minutes draft for the pilot report (no content). */
  recordMinutesDraft?: (input: { userId: string; tenantId?: string; items: number; facts: number; factsToCheck: number }) => Promise<void>;
  guards?: TurnGuards;
  /**
   * Test hook: supplies a delegated Graph token for a user id without the Teams sign-in (e.g. a
   * Graph emulator token). The composition root never sets it.
   */
  graphTokenFor?: (userId: string) => Promise<string | undefined>;
  minutes?: MinutesService;
  check?: import('../check/check-service.js').CheckService;
  admin?: {
    isAdmin(user: UserContext): Promise<boolean>;
    /** German plain-text usage report over the last `days` days. */
    usageReport(days: number): Promise<string>;
    reindex(): Promise<{ documents: number; chunks: number; skipped: number }>;
    /** The Pilotbericht of a period (days YYYY-MM-DD, inclusive): data and the Word and Excel files. */
    pilotReport?(period: { from: string; to: string }): Promise<PilotReportFiles>;
    /** Local mode: writes the report files below the data folder and returns their paths. */
    savePilotReport?(files: PilotReportFiles): Promise<{ name: string; url: string }[]>;
  };
  audit?: (record: AuditRecord) => Promise<void>;
  /** Outbound guard for file consent uploads; built from the configuration when absent. */
  outbound?: OutboundFetch;
}
