/**
 * Use case: transcript (+ agenda, attendance, members) → typed Niederschrift draft.
 * Stages: clean → segment → extract (core-draft.ts, pure) → with a model, per TOP in parallel: the
 * model's reading of the decisions (extract-decisions.ts; quotes checked against the TOP, compared
 * with the core, disagreement → "unsicher" with both readings) and summaries → typed draft.
 * Deterministic values are never changed by the model stage; summaries never touch decisions.
 */
import type { ChatModel } from '../llm/chat-model.js';
import { completeStructured } from '../llm/structured.js';
import { buildCoreDraft, type CoreInput, type CoreResult } from './core-draft.js';
import { draftSchema, type MinutesDraft } from './draft-schema.js';
import { extractDecisionsByModel, extractionCost, quoteLocator, reconcileWithModel, type ExtractionOutcome, type ExtractionTask } from './extract-decisions.js';
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
  /** The model's readings of the decisions from an earlier, interrupted run (by item key). */
  doneReadings?: Record<string, ExtractionOutcome>;
  onReading?: (key: string, outcome: ExtractionOutcome) => void | Promise<void>;
  onProgress?: (stage: 'core' | 'summaries', finished: number, total: number) => void;
}

export interface DraftMinutesResult {
  draft: MinutesDraft;
  /** Model calls and tokens of both model stages (summaries and decision reading). */
  usage: { calls: number; tokensSent: number; transcriptTokens: number; extractionCalls: number; extractionTokens: number };
}

/** Stable key of an item across runs (public and non-public numbering may repeat). */
export function itemKey(item: { number: string; public: boolean }): string {
  return `${item.public ? 'oe' : 'noe'}:${item.number}`;
}

/** The model with at most `limit` calls in flight, whichever stage makes them. */
function withConcurrencyLimit(model: ChatModel, limit: number): ChatModel & { calls: Record<string, number> } {
  let running = 0;
  const calls: Record<string, number> = {};
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    while (running >= Math.max(1, limit)) await new Promise<void>((r) => waiting.push(r));
    running++;
  };
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  const limited: ChatModel & { calls: Record<string, number> } = {
    name: model.name,
    calls,
    async complete(req) {
      calls[req.purpose] = (calls[req.purpose] ?? 0) + 1;
      await acquire();
      try {
        return await model.complete(req);
      } finally {
        release();
      }
    },
    completeStructured: (req, schema) => completeStructured(limited, req, schema),
  };
  return limited;
}

export const draftMinutes =
  (deps: DraftMinutesDeps) =>
  async (input: DraftMinutesInput): Promise<DraftMinutesResult> => {
    // Only data goes to the core (it may run on another thread): no signal, no callbacks.
    const { signal: _signal, doneSummaries: _done, onSummary: _onSummary, doneReadings: _read, onReading: _onReading, onProgress: _onProgress, ...data } = input;
    const coreInput: CoreInput = { ...data, style: deps.style };
    const core = deps.buildCore ? await deps.buildCore(coreInput) : buildCoreDraft(coreInput);
    input.onProgress?.('core', 1, 1);
    const draft = core.draft;
    // What the RIS could not give (an unreadable Vorlage) is for the clerk to check, like the draft's own warnings.
    for (const problem of input.agenda?.problems ?? []) if (!draft.warnings.includes(problem)) draft.warnings.push(problem);
    const transcriptTokens = input.transcript.cues.reduce((n, c) => n + estimateTokens(c.text) + 1, 0);
    const usage = { calls: 0, tokensSent: 0, transcriptTokens, extractionCalls: 0, extractionTokens: 0 };
    if (!deps.model) return { draft: draftSchema.parse(draft), usage };
    // Both stages share the endpoint and MINUTES_CONCURRENCY: one limiter for all their calls.
    const model = withConcurrencyLimit(deps.model, deps.concurrency);
    const extractionTasks: ExtractionTask[] = draft.items.map((item, i) => ({ key: itemKey(item), label: item.number, title: item.title, cues: core.itemCues[i], chairs: core.chairs }));
    // The decision reading is small (the chair's turns); it comes out of MINUTES_TOKEN_BUDGET first.
    const extractionTokens = extractionCost(extractionTasks);
    const reading = extractionTokens <= deps.tokenBudget / 2;
    if (!reading) draft.warnings.push('Abgleich der Beschlüsse mit dem Sprachmodell übersprungen (Token-Budget MINUTES_TOKEN_BUDGET zu klein); nur die Regeln wurden angewandt.');
    const extraction = reading ? extractDecisionsByModel(extractionTasks, { model, concurrency: deps.concurrency, signal: input.signal, done: input.doneReadings, onOutcome: input.onReading }) : undefined;
    const summaries = deps.style === 'verlauf' ? runSummaries(deps.tokenBudget - (reading ? extractionTokens : 0)) : undefined;
    const [ex] = await Promise.all([extraction, summaries]);
    // Every request counts, also a second try after invalid JSON.
    usage.calls = Object.values(model.calls).reduce((a, b) => a + b, 0);
    usage.extractionCalls = model.calls['minutes-extract'] ?? 0;
    if (ex) {
      usage.extractionTokens = ex.tokensSent;
      usage.tokensSent += ex.tokensSent;
      draft.items.forEach((item, i) => {
        const outcome = ex.outcomes[itemKey(item)];
        if (outcome) reconcileWithModel(item, outcome, quoteLocator(core.itemCues[i], core.clock));
      });
    }
    return { draft: draftSchema.parse(draft), usage };

    async function runSummaries(tokenBudget: number): Promise<void> {
      const tasks = draft.items.map((item, i) => ({ key: itemKey(item), label: item.number, title: item.title, cues: core.itemCues[i], clock: core.clock }));
      const res = await summarizeItems(tasks, {
        model,
        concurrency: deps.concurrency,
        tokenBudget,
        transcriptTokens,
        signal: input.signal,
        done: input.doneSummaries,
        onSummary: input.onSummary,
        onProgress: (f, t) => input.onProgress?.('summaries', f, t),
      });
      usage.tokensSent += res.tokensSent;
      for (const item of draft.items) {
        const key = itemKey(item);
        if (res.summaries[key]) item.summary = res.summaries[key];
        if (res.failures[key]) item.warnings.push(`Zusammenfassung zu TOP ${item.number} fehlgeschlagen (${res.failures[key]}); stattdessen Zitate.`);
      }
      for (const item of draft.items) if (item.summary) item.quotes = [];
    }
  };
