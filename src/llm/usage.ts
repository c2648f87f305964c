/**
 * Token accounting for every model call. The choke point (call-chat.ts) records one entry per
 * request; the pilot report and the admin usage command read them from the injected recorder.
 */
import type { ChatResult } from './chat-model.js';

/** One model call, as the pilot report counts it. */
export interface UsageEntry {
  /** ISO time the call started. */
  at: string;
  /** Label of the request, e.g. "answer", "condense-question", "minutes-summary", "embedding". */
  purpose: string;
  /** Deployment or model name. */
  model: string;
  provider: 'azure-openai' | 'openai-compatible';
  promptTokens: number;
  completionTokens: number;
  /** Wall time including retries and waits. */
  ms: number;
  /** Number of HTTP attempts (1 = no retry). */
  attempts: number;
  status: ChatResult['status'];
}

/** Where usage entries go (a store-backed recorder in the bot, an array in tests). */
export interface UsageRecorder {
  record(entry: UsageEntry): void | Promise<void>;
  /** Stores entries still queued (group commit); called on shutdown. */
  flush?(): Promise<void>;
}

/** Keeps entries in memory; useful for the CLI and tests. */
export class MemoryUsageRecorder implements UsageRecorder {
  readonly entries: UsageEntry[] = [];
  record(entry: UsageEntry): void {
    this.entries.push(entry);
  }
}

/** Records nothing (default when no recorder is given). */
export const noUsageRecorder: UsageRecorder = { record: () => undefined };
