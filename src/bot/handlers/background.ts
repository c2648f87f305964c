/**
 * Work that a turn acknowledges and hands on: it runs in a proactive turn of the same conversation
 * (continueConversationAsync), so POST /api/messages is answered at once — the Bot Framework
 * retries turns slower than about 15 s. Tracked by key, so it can be cancelled and a shutdown can
 * wait for it; a retried activity is recognised by its id (claimActivity).
 */
import { createHash } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import type { Logger } from '../../core/logger.js';
import { isStoreConflict, type Store } from '../../storage/store.js';
import { attachTurnLogger } from '../turn.js';

export function createBackgroundTurns(deps: { botId: string; logger: Logger }) {
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  /** Starts `work` in a proactive turn; failures of the proactive turn itself are logged. */
  function start(context: TurnContext, key: string, work: (proactive: TurnContext, signal: AbortSignal) => Promise<void>): void {
    const reference = TurnContext.getConversationReference(context.activity);
    // A continuation activity carries no channelData: keep the asking turn's (its tenant), so the
    // requester, the audit record and file ownership read the same tenant as in the turn.
    const channelData = context.activity.channelData as unknown;
    const askingId = context.activity.id;
    const controller = new AbortController();
    const done = context.adapter
      .continueConversationAsync(deps.botId, reference, async (proactive) => {
        proactive.activity.channelData ??= channelData;
        // Replies thread under the message that asked, as a reply in the turn would (channels).
        if (askingId) proactive.activity.id = askingId;
        attachTurnLogger(proactive, deps.logger);
        await work(proactive, controller.signal);
      })
      .catch((e: unknown) => deps.logger.error({ key, err: e instanceof Error ? e.message : String(e) }, 'background work could not report back'))
      .finally(() => running.delete(key));
    running.set(key, { controller, done });
  }

  /** Aborts the work under `key`; false when none runs here. */
  function abort(key: string): boolean {
    const entry = running.get(key);
    entry?.controller.abort();
    return !!entry;
  }

  /** Resolves when no background work of this process runs any more. */
  async function idle(): Promise<void> {
    while (running.size) await Promise.all([...running.values()].map((r) => r.done));
  }

  return { start, abort, idle };
}

export type BackgroundTurns = ReturnType<typeof createBackgroundTurns>;

/**
 * Records that this activity was taken on (`prefix`/hash of conversation and activity id); false
 * when a retry of it already was. Shared store, so it holds across instances too.
 */
export async function claimActivity(store: Store, context: TurnContext, prefix: string, value: Record<string, unknown>): Promise<boolean> {
  if (!context.activity.id) return true;
  const key = `${prefix}${createHash('sha256').update(`${context.activity.conversation.id}|${context.activity.id}`).digest('hex').slice(0, 40)}`;
  try {
    await store.put(key, { ...value, at: new Date().toISOString() }, { ifNoneMatch: '*' });
    return true;
  } catch (e) {
    if (isStoreConflict(e)) return false;
    throw e;
  }
}
