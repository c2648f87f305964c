/**
 * botbuilder `Storage` over the application's Store, so Teams AI conversation state lives in the
 * same durable store (local disk or Azure Blob) as everything else. eTag '*' overwrites; any other
 * eTag is a conditional write; no eTag (the turn found no state) creates the state only if it is
 * still absent — otherwise, as on a conflict, the two are merged.
 *
 * Several instances: two turns of one conversation may run on two instances at once. The second
 * write then finds a newer eTag; instead of failing the turn (or overwriting the other one's
 * change), it merges three ways — the state as this turn read it, this turn's state, and the
 * state now stored — and writes again with the new eTag. Fields only one side changed keep that
 * side's value; lists both sides appended to keep both appends; otherwise this turn's value wins.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../core/logger.js';
import { isStoreConflict, type Store } from '../storage/store.js';
import { mergeState } from './merge-state.js';

const PREFIX = 'botstate/';
const MAX_MERGE_ATTEMPTS = 12;

export class StoreStateStorage implements Storage {
  /** The state as read, per key and eTag (JSON), as the base of a merge; bounded. */
  private readonly asRead = new LRUCache<string, string>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (v, k) => v.length + k.length });

  constructor(
    private readonly store: Store,
    private readonly logger?: Logger,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.store.read<Record<string, unknown>>(PREFIX + key);
        if (!item) return;
        this.asRead.set(`${key}\u0000${item.etag}`, JSON.stringify(item.value));
        items[key] = { ...item.value, eTag: item.etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, change]) => {
        const { eTag, ...value } = change as { eTag?: string } & Record<string, unknown>;
        if (eTag === '*') {
          await this.store.put(PREFIX + key, value);
          return;
        }
        await this.writeMerging(key, value, eTag);
      }),
    );
  }

  /** `eTag` undefined: state this turn found empty — created only if still absent, else merged onto what another turn created. */
  private async writeMerging(key: string, ours: Record<string, unknown>, eTag: string | undefined): Promise<void> {
    const cached = eTag ? this.asRead.get(`${key}\u0000${eTag}`) : JSON.stringify({});
    const base = cached ? (JSON.parse(cached) as Record<string, unknown>) : undefined;
    let etag = eTag;
    let value = ours;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.store.put(PREFIX + key, value, etag ? { ifMatch: etag } : { ifNoneMatch: '*' });
        return;
      } catch (e) {
        if (!isStoreConflict(e) || attempt >= MAX_MERGE_ATTEMPTS) throw e;
      }
      // Another instance (or turn) wrote first: merge onto what is stored now and try again,
      // after a short random pause so that writers racing for one conversation spread out.
      await sleep(Math.random() * 10 * (attempt + 1));
      const current = await this.store.read<Record<string, unknown>>(PREFIX + key);
      if (!current) {
        // Deleted meanwhile: this turn's state is created anew.
        value = ours;
        etag = undefined;
        continue;
      }
      value = mergeState(base, ours, current.value);
      etag = current.etag;
      this.logger?.info({ key: key.split('/')[0], attempt: attempt + 1, withBase: base !== undefined }, 'conversation state changed concurrently; merged');
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.delete(PREFIX + key)));
  }
}
