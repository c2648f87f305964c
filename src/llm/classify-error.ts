/**
 * Maps what the `openai` client throws to a ChatResult status, and reads Retry-After.
 * Pure: no I/O, so the mapping is unit-tested on hand-made errors.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { ChatResult } from './chat-model.js';

export type FailureStatus = Exclude<ChatResult['status'], 'success'>;

export interface ClassifiedError {
  status: FailureStatus;
  /** Technical one-line message for logs (never shown to users as is). */
  message: string;
  /** Worth another attempt (429, 5xx, connection refused). */
  retryable: boolean;
  /** Server's wish how long to wait, in ms, when it said so. */
  retryAfterMs?: number;
}

/**
 * @param timedOut true when our own per-attempt timer aborted the request (the client then
 *   reports a user abort, which is a timeout from the caller's point of view).
 */
export function classifyModelError(e: unknown, timedOut: boolean): ClassifiedError {
  if (timedOut || e instanceof APIConnectionTimeoutError) {
    return { status: 'timeout', message: 'model call timed out', retryable: false };
  }
  if (e instanceof APIUserAbortError) return { status: 'error', message: 'model call aborted by caller', retryable: false };
  if (e instanceof APIConnectionError) {
    return { status: 'unavailable', message: `model endpoint unreachable: ${causeText(e)}`, retryable: true };
  }
  if (e instanceof APIError) {
    const status = e.status ?? 0;
    const retryAfterMs = parseRetryAfter(e.headers as Record<string, string | null | undefined> | undefined);
    if (status === 429) return { status: 'rate_limited', message: `429 from model: ${e.message}`, retryable: true, retryAfterMs };
    if (isContentFilter(e)) return { status: 'content_filter', message: `content filter: ${e.message}`, retryable: false };
    if (status >= 500) return { status: 'unavailable', message: `${status} from model: ${e.message}`, retryable: true, retryAfterMs };
    return { status: 'error', message: `${status} from model: ${e.message}`, retryable: false };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { status: 'error', message, retryable: false };
}

/** Azure OpenAI answers a filtered prompt with 400 and code 'content_filter' (innererror ResponsibleAIPolicyViolation). */
function isContentFilter(e: APIError): boolean {
  if (e.status !== 400) return false;
  if (e.code === 'content_filter') return true;
  const inner = (e.error as { innererror?: { code?: string } } | undefined)?.innererror;
  return inner?.code === 'ResponsibleAIPolicyViolation';
}

function causeText(e: Error): string {
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return e.message;
}

/**
 * Reads `retry-after-ms` (OpenAI, Azure) or `retry-after` (seconds or an HTTP date).
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Record<string, string | null | undefined> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const get = (name: string) => {
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name && typeof v === 'string') return v.trim();
    return undefined;
  };
  const ms = get('retry-after-ms');
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Math.round(Number(ms));
  const value = get('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
