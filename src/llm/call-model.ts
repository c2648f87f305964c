/**
 * The one choke point for every model call (chat and embeddings): per-attempt timeout,
 * bounded retries honouring Retry-After with jitter under a total deadline, usage
 * accounting and typed outcomes. Nothing else in the code base talks to a model directly.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from '../core/logger.js';
import type { TokenUsage } from './chat-model.js';
import { classifyModelError, type FailureStatus } from './classify-error.js';
import type { UsageEntry, UsageRecorder } from './usage.js';

/** Limits and collaborators shared by all calls of one model. */
export interface ModelCallSettings {
  /** Deployment or model name (for usage records and logs). */
  model: string;
  provider: UsageEntry['provider'];
  /** Per-attempt timeout (LLM_TIMEOUT_MS). */
  timeoutMs: number;
  /** Retries after the first attempt on 429/5xx/connection errors (LLM_MAX_RETRIES). */
  maxRetries: number;
  /** Upper bound for the whole call including waits; default 2 × timeoutMs. */
  totalDeadlineMs?: number;
  usage: UsageRecorder;
  logger?: Logger;
  /** Injected for tests; default: real timers and Math.random. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** What one attempt gets: an abort signal (timeout or caller) and a way to say output has reached the caller. */
export interface AttemptContext {
  signal: AbortSignal;
  /** Call once output was handed on (a streamed delta): from then on a failure is not retried. */
  markDelivered(): void;
}

export type ModelCallOutcome<T> =
  | { status: 'success'; value: T; usage: TokenUsage }
  | { status: FailureStatus; message: string; usage?: TokenUsage };

/** A failure the attempt itself detected in a 200 answer (e.g. finish_reason content_filter). */
export class ModelOutcomeError extends Error {
  constructor(
    readonly status: FailureStatus,
    message: string,
    readonly usage?: TokenUsage,
  ) {
    super(message);
    this.name = 'ModelOutcomeError';
  }
}

const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/**
 * Runs `attempt` under the settings' limits. `attempt` performs exactly one HTTP request
 * with the given signal and resolves with its value and token usage.
 */
export async function callModel<T>(
  settings: ModelCallSettings,
  call: { purpose: string; signal?: AbortSignal },
  attempt: (ctx: AttemptContext) => Promise<{ value: T; usage: TokenUsage }>,
): Promise<ModelCallOutcome<T>> {
  const sleep = settings.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const random = settings.random ?? Math.random;
  const started = Date.now();
  const deadline = started + (settings.totalDeadlineMs ?? settings.timeoutMs * 2);
  let attempts = 0;

  const finish = <R extends ModelCallOutcome<T>>(outcome: R): R => {
    const usage = outcome.usage ?? { promptTokens: 0, completionTokens: 0 };
    const entry: UsageEntry = {
      at: new Date(started).toISOString(),
      purpose: call.purpose,
      model: settings.model,
      provider: settings.provider,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      ms: Date.now() - started,
      attempts,
      status: outcome.status,
    };
    try {
      void Promise.resolve(settings.usage.record(entry)).catch((e: unknown) => settings.logger?.warn({ err: e }, 'usage record failed'));
    } catch (e) {
      settings.logger?.warn({ err: e }, 'usage record failed');
    }
    settings.logger?.info({ purpose: call.purpose, model: settings.model, status: outcome.status, ms: entry.ms, attempts }, 'model call');
    return outcome;
  };

  for (;;) {
    attempts++;
    if (call.signal?.aborted) return finish({ status: 'error', message: 'model call aborted by caller' });
    const remaining = deadline - Date.now();
    if (remaining <= 0) return finish({ status: 'timeout', message: 'total deadline for model call exceeded' });

    const controller = new AbortController();
    let timedOut = false;
    let delivered = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, Math.min(settings.timeoutMs, remaining));
    const onCallerAbort = () => controller.abort();
    call.signal?.addEventListener('abort', onCallerAbort, { once: true });
    try {
      const { value, usage } = await attempt({ signal: controller.signal, markDelivered: () => (delivered = true) });
      return finish({ status: 'success', value, usage });
    } catch (e) {
      if (e instanceof ModelOutcomeError) return finish({ status: e.status, message: e.message, usage: e.usage });
      if (call.signal?.aborted) return finish({ status: 'error', message: 'model call aborted by caller' });
      const failure = classifyModelError(e, timedOut);
      const retriesLeft = attempts <= settings.maxRetries;
      if (!failure.retryable || !retriesLeft || delivered) {
        settings.logger?.warn({ purpose: call.purpose, status: failure.status, attempts, detail: failure.message }, 'model call failed');
        return finish({ status: failure.status, message: failure.message });
      }
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempts - 1));
      // Honour the server's wish exactly (plus a little jitter so parallel turns do not stampede);
      // otherwise exponential backoff with ±25 % jitter.
      const wait = failure.retryAfterMs !== undefined ? failure.retryAfterMs + random() * 250 : backoff * (0.75 + random() * 0.5);
      if (Date.now() + wait >= deadline) {
        settings.logger?.warn({ purpose: call.purpose, status: failure.status, attempts, waitMs: Math.round(wait) }, 'model retry would pass the deadline');
        return finish({ status: failure.status, message: `${failure.message} (retry wait ${Math.round(wait)} ms exceeds deadline)` });
      }
      settings.logger?.info({ purpose: call.purpose, status: failure.status, attempt: attempts, waitMs: Math.round(wait) }, 'model call retry');
      try {
        await sleep(wait, call.signal);
      } catch {
        return finish({ status: 'error', message: 'model call aborted by caller' });
      }
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onCallerAbort);
    }
  }
}
