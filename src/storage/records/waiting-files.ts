/**
 * Files that wait in the store until the person accepts them through Teams file consent (minutes
 * drafts, Nachforderungsschreiben, Pilotbericht). Accepted or declined files are deleted at once;
 * a file nobody ever answers for is purged after its kind's retention.
 */
import type { Store } from '../store.js';

export type WaitingFileKind = 'minutes' | 'report' | 'check';

/** Who may accept or decline a waiting file. */
export interface WaitingFileOwner {
  /** AAD object id (Teams always sends it; the channel id only outside Teams). */
  userId: string;
  tenantId?: string;
  /** The conversation the consent card was posted in. */
  conversationId: string;
}

export interface WaitingFile {
  base64: string;
  owner?: WaitingFileOwner;
  /** What the file is, for the audit record and the card text (default: minutes draft). */
  kind?: WaitingFileKind;
  /** When it was offered (ISO); files from before this field count as old. */
  createdAt?: string;
}

/** Deletes waiting files of `kind` offered before `cutoff`; returns how many went. */
export async function purgeWaitingFiles(store: Store, prefix: string, kind: WaitingFileKind, cutoff: Date): Promise<number> {
  let n = 0;
  for (const key of await store.list(prefix)) {
    const file = await store.get<WaitingFile>(key);
    if (!file || (file.kind ?? 'minutes') !== kind) continue;
    if (file.createdAt && file.createdAt >= cutoff.toISOString()) continue;
    await store.delete(key);
    n++;
  }
  return n;
}
