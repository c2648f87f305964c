/**
 * The default store: one JSON file per key under a directory (RATHAUS_DATA_DIR/state).
 * Writes go to a temp file, are fsynced and renamed over the target, then the directory is
 * fsynced, so after a crash every key holds either its old or its new complete value.
 * Conditional writes are serialised per key within this process; the local store is meant for
 * one instance — several instances share state through the Azure Blob store instead.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { promises as fs, readFile as readFileCb, writeFile as writeFileCb } from 'node:fs';
import { promisify } from 'node:util';
import { LRUCache } from 'lru-cache';
import path from 'node:path';
import { AppError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { isDataFileName, isHashedName, keyToPathSegments, pathSegmentsToKey, encodeSegment } from './key-path.js';
import { createKeyedMutex } from './keyed-mutex.js';
import {
  STORE_UNAVAILABLE_MESSAGE,
  StoreConflictError,
  assertValidPrefix,
  type DeleteOptions,
  type PutOptions,
  type Store,
  type StoredItem,
} from './store.js';

export interface LocalStoreOptions {
  logger?: Logger;
  /** Attempts for passing file-system errors (EMFILE, EBUSY, …) before giving up; default 4. */
  maxAttempts?: number;
  /** Waits between attempts; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Key prefixes written atomically but without fsync: a process crash still leaves the old or the
   * new value, only an OS crash or power loss may lose the last write. Meant for data written on
   * every chat turn (conversation state, usage counters), where four fsyncs per turn would be the
   * main cost of a turn under load. Everything else (jobs, feedback) is fsynced.
   */
  relaxedPrefixes?: string[];
  /**
   * Key prefixes whose records this process keeps in memory after reading or writing them (bounded),
   * so the records read on every chat turn (conversation state) cost no file read. Only for data no
   * other process writes: the local store serves one instance.
   */
  cachedPrefixes?: string[];
}

/** What each file holds: the key (for hashed names), the version and the value. */
interface Envelope {
  key: string;
  etag: string;
  value: unknown;
}

// The callback forms avoid a FileHandle object per call, which showed up as the largest cost of a
// chat turn's state reads and writes under load.
const readFileFast = promisify(readFileCb);
const writeFileFast = promisify(writeFileCb);

/** Cache entry of a record known to be absent (no envelope text is empty). */
const ABSENT = '';

const PASSING_CODES = new Set(['EMFILE', 'ENFILE', 'EBUSY', 'EAGAIN', 'ETIMEDOUT']);

export function createLocalStore(dir: string, options: LocalStoreOptions = {}): Store {
  const root = path.resolve(dir);
  const mutex = createKeyedMutex();
  const maxAttempts = options.maxAttempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => delay(ms));
  const relaxed = options.relaxedPrefixes ?? [];
  const cachedPrefixes = options.cachedPrefixes ?? [];
  // Envelope text per key; a copy is parsed for each reader, so no caller shares an object.
  const cache = new LRUCache<string, string>({ maxSize: 64 * 1024 * 1024, sizeCalculation: (v, k) => v.length + k.length });
  const cacheable = (key: string) => cachedPrefixes.some((prefix) => key.startsWith(prefix));

  function fileFor(key: string): string {
    const file = path.join(root, ...keyToPathSegments(key));
    // Defence in depth: the encoding already makes escaping impossible.
    if (!file.startsWith(root + path.sep)) throw new AppError('invalidInput', `Store: key escapes the store: ${key}`);
    return file;
  }

  async function withRetry<T>(what: string, op: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await op();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code && PASSING_CODES.has(code) && attempt < maxAttempts) {
          await sleep(50 * 2 ** (attempt - 1));
          continue;
        }
        if (e instanceof AppError) throw e;
        if (code && PASSING_CODES.has(code)) throw new AppError('transient', `Local store: ${what} failed: ${code}`, STORE_UNAVAILABLE_MESSAGE, { cause: e });
        throw new AppError(
          'internal',
          `Local store: ${what} failed under ${root}: ${(e as Error).message}`,
          'Der lokale Speicher kann nicht gelesen oder geschrieben werden. Bitte wenden Sie sich an die Administration.',
          { cause: e },
        );
      }
    }
  }

  /** Reads a file; a file that is not a valid envelope is moved aside (kept for inspection) and treated as absent. */
  async function readEnvelope(file: string): Promise<Envelope | undefined> {
    let text: string;
    try {
      text = await readFileFast(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    try {
      const parsed = JSON.parse(text) as Envelope;
      if (parsed && typeof parsed.key === 'string' && typeof parsed.etag === 'string' && 'value' in parsed) return parsed;
    } catch {
      // fall through to quarantine
    }
    const aside = `${file}.corrupt-${Date.now()}`;
    await fs.rename(file, aside).catch(() => undefined);
    options.logger?.warn({ file: aside }, 'local store: unreadable record moved aside');
    return undefined;
  }

  /**
   * readEnvelope, from memory for cached prefixes (see LocalStoreOptions.cachedPrefixes). An absent
   * record is remembered too (as ABSENT): state read on every turn but never written (e.g. empty
   * user state) would otherwise cost a failed file read per turn. Only this process writes these
   * keys, and its own put and delete update the entry.
   */
  async function readCached(key: string, file: string): Promise<Envelope | undefined> {
    if (!cacheable(key)) return readEnvelope(file);
    const text = cache.get(key);
    if (text === ABSENT) return undefined;
    if (text !== undefined) return JSON.parse(text) as Envelope;
    const env = await readEnvelope(file);
    // A put or delete that finished while the file was read has set a newer entry: keep that one.
    if (!cache.has(key)) cache.set(key, env ? JSON.stringify(env) : ABSENT);
    return env;
  }

  /**
   * The current record for checking a write condition. Most conditional writes create a record
   * under a new, unique key (usage, audit, jobs: `ifNoneMatch: '*'`), so the file is usually
   * absent: an existence check (one `access` call, no read) answers that without the failed read.
   * A file that exists is read as before (a corrupt one is moved aside and counts as absent). Same
   * outcome as `readCached`; asynchronous, so a slow disk never holds the event loop.
   */
  async function readForCondition(key: string, file: string): Promise<Envelope | undefined> {
    if (!(cacheable(key) && cache.has(key)) && !(await exists(file))) return undefined;
    return readCached(key, file);
  }

  async function exists(file: string): Promise<boolean> {
    try {
      await fs.access(file);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return false;
      throw e;
    }
  }

  /**
   * Temp file + rename, as write-file-atomic does, but without its realpath/stat/chmod calls: on
   * the hot path of every chat turn those were the largest single cost. Readers only see `*.json`
   * files, so a temp file left by a crash (ends in `.tmp`) is never read as a record.
   */
  let tempCounter = 0;
  async function writeRecord(file: string, text: string, durable: boolean): Promise<void> {
    const temp = `${file}.${process.pid}.${++tempCounter}.tmp`;
    try {
      await writeFileFast(temp, text, { mode: 0o600, flush: durable });
      await fs.rename(temp, file);
    } catch (e) {
      await fs.unlink(temp).catch(() => undefined);
      throw e;
    }
  }

  // Directories known to exist (the store never removes folders); saves a mkdir per write.
  const knownDirs = new Set<string>();
  async function ensureDir(dirPath: string): Promise<void> {
    if (knownDirs.has(dirPath)) return;
    await fs.mkdir(dirPath, { recursive: true });
    knownDirs.add(dirPath);
  }

  async function fsyncDir(dirPath: string): Promise<void> {
    // Makes the rename itself durable; not supported on every platform, so failures are ignored.
    const handle = await fs.open(dirPath, 'r').catch(() => undefined);
    if (!handle) return;
    await handle.sync().catch(() => undefined);
    await handle.close();
  }

  function checkCondition(key: string, current: Envelope | undefined, cond: PutOptions | DeleteOptions, isDelete: boolean): void {
    const { ifMatch } = cond;
    const ifNoneMatch = 'ifNoneMatch' in cond ? cond.ifNoneMatch : undefined;
    if (ifNoneMatch === '*' && current) throw new StoreConflictError(key);
    if (ifMatch === undefined) return;
    if (!current) {
      if (isDelete) return;
      throw new StoreConflictError(key);
    }
    if (ifMatch !== '*' && ifMatch !== current.etag) throw new StoreConflictError(key);
  }

  const store: Store = {
    async get<T>(key: string): Promise<T | undefined> {
      return (await store.read<T>(key))?.value;
    },

    async read<T>(key: string): Promise<StoredItem<T> | undefined> {
      const file = fileFor(key);
      const env = await withRetry('read', () => readCached(key, file));
      return env ? { value: env.value as T, etag: env.etag } : undefined;
    },

    async put<T>(key: string, value: T, opts: PutOptions = {}): Promise<{ etag: string }> {
      const file = fileFor(key);
      // The etag is known before serialising, so the written text need not be parsed back.
      const etag = randomUUID();
      const text = JSON.stringify({ key, etag, value });
      if (text === undefined) throw new AppError('invalidInput', `Store: value for ${key} is not JSON-serialisable`);
      const written = mutex.run(key, () =>
        withRetry('write', async () => {
          if (opts.ifMatch !== undefined || opts.ifNoneMatch !== undefined) checkCondition(key, await readForCondition(key, file), opts, false);
          await ensureDir(path.dirname(file));
          const durable = !relaxed.some((prefix) => key.startsWith(prefix));
          const write = () => writeRecord(file, text, durable);
          await write().catch(async (e: NodeJS.ErrnoException) => {
            if (e.code !== 'ENOENT') throw e;
            // The folder was removed from outside since we created it: create it again.
            knownDirs.delete(path.dirname(file));
            await ensureDir(path.dirname(file));
            await write();
          });
          if (durable) await fsyncDir(path.dirname(file));
          if (cacheable(key)) cache.set(key, text);
          return { etag };
        }),
      );
      // After a failed write the file may or may not hold the new value: read it from disk next time.
      return written.catch((e: unknown) => {
        cache.delete(key);
        throw e;
      });
    },

    async delete(key: string, opts: DeleteOptions = {}): Promise<void> {
      const file = fileFor(key);
      await mutex.run(key, () =>
        withRetry('delete', async () => {
          if (opts.ifMatch !== undefined) checkCondition(key, await readForCondition(key, file), opts, true);
          cache.delete(key);
          await fs.unlink(file).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== 'ENOENT') throw e;
          });
          if (cacheable(key)) cache.set(key, ABSENT);
          await fsyncDir(path.dirname(file));
        }),
      );
    },

    async list(prefix: string): Promise<string[]> {
      assertValidPrefix(prefix);
      const complete = prefix.split('/').slice(0, -1);
      const start = path.join(root, ...complete.map(encodeSegment));
      const keys: string[] = [];
      await withRetry('list', () => walk(start, complete.map(encodeSegment), prefix, keys));
      return [...new Set(keys)].sort();
    },

    async ready(): Promise<boolean> {
      try {
        await fs.mkdir(root, { recursive: true });
        const probe = path.join(root, `.ready-probe-${process.pid}`);
        await writeRecord(probe, 'ok', false);
        const ok = (await fs.readFile(probe, 'utf8')) === 'ok';
        await fs.unlink(probe);
        return ok;
      } catch {
        return false;
      }
    },
  };

  async function walk(dirPath: string, rel: string[], prefix: string, out: string[]): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dirPath, { withFileTypes: true });
    } catch (e) {
      // A directory removed or not yet created is simply empty.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw e;
    }
    for (const entry of entries) {
      const parts = [...rel, entry.name];
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(path.join(dirPath, entry.name), parts, prefix, out);
        continue;
      }
      if (!entry.isFile() || !isDataFileName(entry.name)) continue;
      let key = pathSegmentsToKey(parts);
      if (key === undefined && parts.some(isHashedName)) key = (await readEnvelope(path.join(dirPath, entry.name)))?.key;
      if (key !== undefined && key.startsWith(prefix)) out.push(key);
    }
  }

  return store;
}
