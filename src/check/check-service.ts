/**
 * The Antragsvorprüfung as a service for the bot: role check, attachment download through the
 * outbound guard, the check itself, the letter, and a short-lived store for an application whose
 * type the person still has to choose. Nothing of the application is indexed; what waits in the
 * store is deleted when taken and purged after CHECK_RETENTION_DAYS.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UserContext } from '../core/user-context.js';
import type { OutboundFetch } from '../security/outbound-fetch.js';
import type { Store } from '../storage/store.js';
import type { CheckApplicationResult, CheckResult } from './check-application.js';
import type { Checker } from './create-checker.js';
import type { LetterFile } from './render-letter.js';

const PENDING_PREFIX = 'check-pending/';
const LETTERS_PREFIX = 'check-letters/';
/** Prefix of the waiting Nachforderung files (the file consent flow's store prefix). */
export const LETTER_NAME = /^Nachforderung-[a-z][a-z0-9_-]*-\d{8}\.docx$/;

export interface PendingApplication {
  fileName: string;
  base64: string;
  owner: { userId: string; tenantId?: string };
  createdAt: string;
}

export interface CheckService {
  canCheck(user: UserContext): Promise<boolean>;
  catalogs(): { id: string; title: string }[];
  download(url: string, name: string, options?: { extraOrigins?: string[] }): Promise<Uint8Array>;
  check(bytes: Uint8Array, fileName: string, type?: string): Promise<CheckApplicationResult>;
  letter(result: CheckResult): Promise<LetterFile | undefined>;
  /** Keeps an application until its type is chosen; returns the random id for the card. */
  holdForType(fileName: string, bytes: Uint8Array, owner: PendingApplication['owner']): Promise<string>;
  /** The held application, removed from the store; undefined when gone or someone else's. */
  takeHeld(id: string, owner: PendingApplication['owner']): Promise<{ fileName: string; bytes: Uint8Array } | undefined>;
  /** Local mode: writes the letter below the data folder. */
  saveLocally(id: string, file: LetterFile): Promise<{ name: string; url: string }>;
  /** Deletes held applications and waiting letters older than the cutoff. */
  purge(cutoff: Date): Promise<number>;
  newId(): string;
  /** Notes that a letter waits under this job id (for the purge after CHECK_RETENTION_DAYS). */
  recordLetter(id: string): Promise<void>;
}

export interface CheckServiceDeps {
  checker: Checker;
  store: Store;
  outbound: OutboundFetch;
  canCheck(user: UserContext): Promise<boolean>;
  dataDir: string;
  /** Store prefix of waiting files (file consent). */
  filesPrefix: string;
}

export function createCheckService(deps: CheckServiceDeps): CheckService {
  const newId = () => randomBytes(18).toString('base64url');
  return {
    canCheck: deps.canCheck,
    catalogs: () => deps.checker.catalogs.map((c) => ({ id: c.id, title: c.title })),
    download: (url, name, options) => deps.outbound.download(url, name, options),
    check: (bytes, fileName, type) => deps.checker.check(bytes, fileName, type),
    letter: (result) => deps.checker.letter(result),
    newId,
    async recordLetter(id) {
      await deps.store.put(`${LETTERS_PREFIX}${id}`, { createdAt: new Date().toISOString() });
    },
    async holdForType(fileName, bytes, owner) {
      const id = newId();
      await deps.store.put(`${PENDING_PREFIX}${id}`, { fileName, base64: Buffer.from(bytes).toString('base64'), owner, createdAt: new Date().toISOString() } satisfies PendingApplication);
      return id;
    },
    async takeHeld(id, owner) {
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) return undefined;
      const held = await deps.store.get<PendingApplication>(`${PENDING_PREFIX}${id}`);
      if (!held || held.owner.userId !== owner.userId || (held.owner.tenantId ?? '') !== (owner.tenantId ?? '')) return undefined;
      await deps.store.delete(`${PENDING_PREFIX}${id}`);
      return { fileName: held.fileName, bytes: Buffer.from(held.base64, 'base64') };
    },
    async saveLocally(id, file) {
      const dir = path.join(deps.dataDir, 'antragspruefung', id);
      await mkdir(dir, { recursive: true });
      const target = path.join(dir, file.name);
      await writeFile(target, file.data);
      return { name: file.name, url: target };
    },
    async purge(cutoff) {
      let n = 0;
      for (const key of await deps.store.list(PENDING_PREFIX)) {
        const held = await deps.store.get<PendingApplication>(key);
        if (held && held.createdAt >= cutoff.toISOString()) continue;
        await deps.store.delete(key);
        n++;
      }
      for (const key of await deps.store.list(LETTERS_PREFIX)) {
        const job = await deps.store.get<{ createdAt: string }>(key);
        if (job && job.createdAt >= cutoff.toISOString()) continue;
        const id = key.slice(LETTERS_PREFIX.length);
        for (const fileKey of await deps.store.list(`${deps.filesPrefix}${id}/`)) {
          await deps.store.delete(fileKey);
          n++;
        }
        await deps.store.delete(key);
      }
      return n;
    },
  };
}
