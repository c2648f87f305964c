/**
 * Use case: transcript (+ agenda, attendance, members) → typed Niederschrift draft.
 * Stages: clean → segment → extract (core-draft.ts) → summaries per TOP (optional model, parallel)
 * → typed draft. Deterministic values are never changed by the model stage.
 */
import type { ChatModel } from '../llm/chat-model.js';
import { buildCoreDraft, type CoreInput, type CoreResult } from './core-draft.js';
import { draftSchema, type MinutesDraft } from './draft-schema.js';
import { estimateTokens, summarizeItems } from './summarize.js';

export interface DraftMinutesDeps {
  /** Optional: without a model the draft quotes key statements instead of summaries. */
  model?: ChatModel;
  style: 'verlauf' | 'ergebnis';
  concurrency: number;
  tokenBudget: number;
  /**
   * Runs the deterministic core; the server passes buildCoreDraft on a worker thread
   * (off-thread-draft.ts) so a long session never holds the event loop. Default: in-process.
   */
  buildCore?: (input: CoreInput) => Promise<CoreResult>;
}

export interface DraftMinutesInput extends Omit<CoreInput, 'style'> {
  signal?: AbortSignal;
  /** Summaries from an earlier, interrupted run (by item key), not requested again. */
  doneSummaries?: Record<string, string>;
  onSummary?: (key: string, summary: string) => void | Promise<void>;
  onProgress?: (stage: 'core' | 'summaries', finished: number, total: number) => void;
}

export interface DraftMinutesResult {
  draft: MinutesDraft;
  usage: { calls: number; tokensSent: number; transcriptTokens: number };
}

/** Stable key of an item across runs (public and non-public numbering may repeat). */
export function itemKey(item: { number: string; public: boolean }): string {
  return `${item.public ? 'oe' : 'noe'}:${item.number}`;
}

export const draftMinutes =
  (deps: DraftMinutesDeps) =>
  async (input: DraftMinutesInput): Promise<DraftMinutesResult> => {
    // Only data goes to the core (it may run on another thread): no signal, no callbacks.
    const { signal: _signal, doneSummaries: _done, onSummary: _onSummary, onProgress: _onProgress, ...data } = input;
    const coreInput: CoreInput = { ...data, style: deps.style };
    const core = deps.buildCore ? await deps.buildCore(coreInput) : buildCoreDraft(coreInput);
    input.onProgress?.('core', 1, 1);
    const draft = core.draft;
    const transcriptTokens = input.transcript.cues.reduce((n, c) => n + estimateTokens(c.text) + 1, 0);
    const usage = { calls: 0, tokensSent: 0, transcriptTokens };
    if (deps.model && deps.style === 'verlauf') {
      const tasks = draft.items.map((item, i) => ({ key: itemKey(item), label: item.number, title: item.title, cues: core.itemCues[i], clock: core.clock }));
      const res = await summarizeItems(tasks, {
        model: deps.model,
        concurrency: deps.concurrency,
        tokenBudget: deps.tokenBudget,
        transcriptTokens,
        signal: input.signal,
        done: input.doneSummaries,
        onSummary: input.onSummary,
        onProgress: (f, t) => input.onProgress?.('summaries', f, t),
      });
      usage.calls = res.calls;
      usage.tokensSent = res.tokensSent;
      for (const item of draft.items) {
        const key = itemKey(item);
        if (res.summaries[key]) item.summary = res.summaries[key];
        if (res.failures[key]) item.warnings.push(`Zusammenfassung zu TOP ${item.number} fehlgeschlagen (${res.failures[key]}); stattdessen Zitate.`);
      }
      for (const item of draft.items) if (item.summary) item.quotes = [];
    }
    return { draft: draftSchema.parse(draft), usage };
  };
