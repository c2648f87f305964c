/**
 * JSON batching (`POST /$batch`): at most 20 requests per batch, as Graph demands. Parts answered
 * 429/503 are sent again in a later batch after their Retry-After (bounded retries, within the
 * turn's deadline); parts that still fail are returned with their status for the caller to judge.
 */
import type { DelegatedGraphClient } from './delegated-client.js';
import { abortableSleep, type Sleep } from './middleware.js';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, retryDelayMs, type RetryPolicy } from './retry-policy.js';

/** Graph's limit of requests per batch. */
export const MAX_BATCH_SIZE = 20;

/** One part of a batch; `url` is relative to the version root, e.g. `/me/messages/{id}`. */
export interface BatchRequest {
  id: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Graph's answer to one part. */
export interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchOptions {
  policy?: Partial<RetryPolicy>;
  sleep?: Sleep;
  random?: () => number;
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? headers[key] : undefined;
}

/** Sends the requests in batches of ≤ 20 and returns one response per request, in request order. */
export async function graphBatch(client: DelegatedGraphClient, requests: BatchRequest[], options: BatchOptions = {}): Promise<BatchResponse[]> {
  const ids = new Set(requests.map((r) => r.id));
  if (ids.size !== requests.length) throw new Error('graphBatch: request ids must be unique');
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const done = new Map<string, BatchResponse>();
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt++) {
    const answered: BatchResponse[] = [];
    for (let i = 0; i < pending.length; i += MAX_BATCH_SIZE) {
      const chunk = pending.slice(i, i + MAX_BATCH_SIZE);
      const result = await client.postJson<{ responses: BatchResponse[] }>('/$batch', { requests: chunk });
      answered.push(...(result.responses ?? []));
    }
    const retry: BatchRequest[] = [];
    let wait = 0;
    for (const response of answered) {
      const request = pending.find((r) => r.id === response.id);
      if (!request) continue;
      if (isRetryableStatus(response.status)) {
        const delay = retryDelayMs(attempt, headerOf(response.headers, 'Retry-After'), policy, random);
        if (delay !== undefined && delay < client.remainingMs()) {
          retry.push(request);
          wait = Math.max(wait, delay);
          continue;
        }
      }
      done.set(response.id, response);
    }
    // A part Graph did not answer at all counts as failed rather than being silently lost.
    for (const request of pending) {
      if (!done.has(request.id) && !retry.includes(request) && !answered.some((a) => a.id === request.id)) {
        done.set(request.id, { id: request.id, status: 0 });
      }
    }
    if (retry.length > 0) await sleep(wait, client.deadlineSignal);
    pending = retry;
  }
  return requests.map((r) => done.get(r.id)!);
}
