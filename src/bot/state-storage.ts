/**
 * botbuilder `Storage` over the application's Store, so Teams AI conversation state lives in the
 * same durable store (local disk or Azure Blob) as everything else. eTags follow botbuilder's
 * rules: '*' or no eTag overwrites; a stale eTag is a conflict (another instance wrote first).
 */
import type { Storage, StoreItems } from 'botbuilder';
import type { Store } from '../storage/store.js';

const PREFIX = 'botstate/';

export class StoreStateStorage implements Storage {
  constructor(private readonly store: Store) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.store.read<Record<string, unknown>>(PREFIX + key);
        if (item) items[key] = { ...item.value, eTag: item.etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, change]) => {
        const { eTag, ...value } = change as { eTag?: string } & Record<string, unknown>;
        await this.store.put(PREFIX + key, value, eTag && eTag !== '*' ? { ifMatch: eTag } : undefined);
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.store.delete(PREFIX + key)));
  }
}
