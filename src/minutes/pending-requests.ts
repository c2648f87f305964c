/**
 * Minutes requests whose input is still being fetched (an attached transcript downloading, a
 * meeting's transcript read through Graph): recorded in the store of the minutes jobs
 * (`minutes-pending/<id>`) before the fetch starts and removed once the job is submitted (from
 * then on the job itself survives a restart) or the request ended with an answer.
 *
 * A record left behind belongs to a process that died mid-fetch. The fetch is not repeated: the
 * download link of a Teams attachment is short-lived and the clerk's Graph token is never stored.
 * Instead the clerk is told, in the conversation the request came from, that the request was
 * interrupted and must be sent again (naming the file). After a restart this instance's own
 * records are found at once; another instance's only after their hold ran out, so a fetch still
 * under way elsewhere is not reported. Exactly one process reports each (conditional write).
 */
import { isStoreConflict, type Store } from '../storage/store.js';

export const PENDING_PREFIX = 'minutes-pending/';

/**
 * How long a fetch may hold its record: the download is bounded (outbound timeout, 60 s by
 * default) and parsing by the input limits; a record older than this has no living process.
 */
export const PENDING_HOLD_MS = 15 * 60_000;

export interface PendingRequest {
  id: string;
  /** What was being fetched: the attachment's name, or the meeting's transcript. */
  source: { kind: 'file'; name: string } | { kind: 'meeting' };
  /** Opaque data for the shell (the conversation reference to report back to). */
  context?: unknown;
  /** Who asked (UPN or user id). */
  requestedBy?: string;
  /** The process fetching (`<instance>#<process>`, as the job owner) and until when it holds the record. */
  owner: string;
  at: string;
  until: string;
}

export interface PendingRequestsDeps {
  store: Store;
  /** This process (`<instance>#<process>`; the minutes jobs' owner name). */
  owner: string;
  now?: () => Date;
  holdMs?: number;
}

export function createPendingRequests(deps: PendingRequestsDeps) {
  const clock = deps.now ?? (() => new Date());
  const holdMs = deps.holdMs ?? PENDING_HOLD_MS;
  const instance = (owner: string) => owner.split('#')[0];
  const keyOf = (id: string) => `${PENDING_PREFIX}${id}`;

  /** Records the request before its input is fetched. */
  async function hold(id: string, request: Pick<PendingRequest, 'source' | 'context' | 'requestedBy'>): Promise<void> {
    const at = clock();
    const record: PendingRequest = { id, ...request, owner: deps.owner, at: at.toISOString(), until: new Date(at.getTime() + holdMs).toISOString() };
    await deps.store.put(keyOf(id), record, { ifNoneMatch: '*' });
  }

  /** The fetch is over (job submitted, or the request answered): the record goes. */
  async function release(id: string): Promise<void> {
    await deps.store.delete(keyOf(id));
  }

  /**
   * Records whose process died: after a restart (`ownInstance`) those of this instance held by an
   * earlier process, and every record whose hold ran out.
   */
  async function orphans(options: { ownInstance?: boolean } = {}): Promise<PendingRequest[]> {
    const found: PendingRequest[] = [];
    for (const key of await deps.store.list(PENDING_PREFIX)) {
      const record = await deps.store.get<PendingRequest>(key);
      if (!record || record.owner === deps.owner) continue;
      const expired = !(Date.parse(record.until) > clock().getTime());
      if (expired || (options.ownInstance && instance(record.owner) === instance(deps.owner))) found.push(record);
    }
    return found;
  }

  /**
   * Takes an orphaned record for reporting: true for exactly one process, which then holds it
   * (another one takes it only if this one dies before releasing it after the report).
   */
  async function take(id: string): Promise<PendingRequest | undefined> {
    const stored = await deps.store.read<PendingRequest>(keyOf(id));
    if (!stored || stored.value.owner === deps.owner) return undefined;
    const taken: PendingRequest = { ...stored.value, owner: deps.owner, until: new Date(clock().getTime() + holdMs).toISOString() };
    try {
      await deps.store.put(keyOf(id), taken, { ifMatch: stored.etag });
      return taken;
    } catch (e) {
      if (isStoreConflict(e)) return undefined;
      throw e;
    }
  }

  return { hold, release, orphans, take };
}

export type PendingRequests = ReturnType<typeof createPendingRequests>;
