/**
 * Where audit events are kept, one bucket per UTC day so retention deletes whole days.
 * Two sinks: JSON-lines files (single instance, RATHAUS_DATA_DIR/audit/YYYY-MM-DD.jsonl) and the
 * shared Store (several instances; one record per event, so instances never overwrite each other).
 */
import { randomUUID } from 'node:crypto';
import { appendFile as appendFileCb, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createKeyedMutex } from '../storage/keyed-mutex.js';
import type { Store } from '../storage/store.js';
import { auditDay, auditEventSchema, type AuditEvent } from './audit-event.js';

export interface AuditSink {
  append(event: AuditEvent): Promise<void>;
  /** Days that hold events, sorted ascending. */
  days(): Promise<string[]>;
  readDay(day: string): Promise<AuditEvent[]>;
  deleteDay(day: string): Promise<void>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The callback form needs no FileHandle object per event (one event per chat turn; as in local-store.ts).
const appendLine = promisify(appendFileCb);

export function createFileAuditSink(dir: string): AuditSink {
  const mutex = createKeyedMutex();
  const fileFor = (day: string) => path.join(dir, `${day}.jsonl`);
  // Days whose file end was checked in this process: after a crash a torn last line must not
  // swallow the next event, so the first append of a process starts on a fresh line if needed.
  const checked = new Set<string>();
  // The folder is created once per process, not on every event, and again if it went missing.
  let dirReady = false;
  const ensureDir = async () => {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    dirReady = true;
  };

  async function needsNewline(file: string): Promise<boolean> {
    const handle = await fs.open(file, 'r').catch(() => undefined);
    if (!handle) return false;
    try {
      const { size } = await handle.stat();
      if (size === 0) return false;
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      return last[0] !== 0x0a;
    } finally {
      await handle.close();
    }
  }

  return {
    async append(event) {
      const day = auditDay(event.at);
      // One write per line with O_APPEND; serialised in-process so lines never interleave.
      await mutex.run(day, async () => {
        if (!dirReady) await ensureDir();
        const file = fileFor(day);
        const lead = !checked.has(day) && (await needsNewline(file)) ? '\n' : '';
        checked.add(day);
        const line = `${lead}${JSON.stringify(event)}\n`;
        await appendLine(file, line, { mode: 0o600 }).catch(async (e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
          await ensureDir();
          await appendLine(file, line, { mode: 0o600 });
        });
      });
    },
    async days() {
      const names = await fs.readdir(dir).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return [] as string[];
        throw e;
      });
      return names
        .filter((n) => n.endsWith('.jsonl') && DAY.test(n.slice(0, -6)))
        .map((n) => n.slice(0, -6))
        .sort();
    },
    async readDay(day) {
      const text = await fs.readFile(fileFor(day), 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return '';
        throw e;
      });
      // A crash can leave a half-written last line; it is skipped, the rest stays readable.
      return text.split('\n').flatMap((line) => {
        if (!line.trim()) return [];
        try {
          const parsed = auditEventSchema.safeParse(JSON.parse(line));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      });
    },
    async deleteDay(day) {
      await mutex.run(day, () =>
        fs.unlink(fileFor(day)).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        }),
      );
    },
  };
}

export function createStoreAuditSink(store: Store, prefix = 'audit'): AuditSink {
  return {
    async append(event) {
      const day = auditDay(event.at);
      await store.put(`${prefix}/${day}/${event.at}-${randomUUID()}`, event, { ifNoneMatch: '*' });
    },
    async days() {
      const keys = await store.list(`${prefix}/`);
      return [...new Set(keys.map((k) => k.split('/')[1]).filter((d): d is string => !!d && DAY.test(d)))].sort();
    },
    async readDay(day) {
      const keys = await store.list(`${prefix}/${day}/`);
      const events = await Promise.all(keys.map((k) => store.get<unknown>(k)));
      return events.flatMap((e) => {
        const parsed = auditEventSchema.safeParse(e);
        return parsed.success ? [parsed.data] : [];
      });
    },
    async deleteDay(day) {
      for (const key of await store.list(`${prefix}/${day}/`)) await store.delete(key);
    },
  };
}
