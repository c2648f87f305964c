/**
 * Where audit events are kept, one bucket per UTC day so retention deletes whole days.
 * Two sinks: JSON-lines files (single instance, RATHAUS_DATA_DIR/audit/YYYY-MM-DD.jsonl) and the
 * shared Store (several instances; one record per event, so instances never overwrite each other).
 */
import { randomUUID } from 'node:crypto';
import { appendFile as appendFileCb, promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createGroupCommit } from '../storage/group-commit.js';
import { createKeyedMutex } from '../storage/keyed-mutex.js';
import type { Store } from '../storage/store.js';
import { auditDay, auditEventSchema, type AuditEvent } from './audit-event.js';

export interface AuditSink {
  append(event: AuditEvent): Promise<void>;
  /** Writes events still queued (see createFileAuditSink) and resolves when none is pending. */
  flush?(): Promise<void>;
  /** Days that hold events, sorted ascending. */
  days(): Promise<string[]>;
  readDay(day: string): Promise<AuditEvent[]>;
  deleteDay(day: string): Promise<void>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// The callback form needs no FileHandle object per write (as in local-store.ts).
const appendLines = promisify(appendFileCb);

/**
 * How long the first audit event of a batch waits for others before the batch is appended (ms).
 * Every chat turn writes one event after its reply went out; a turn ends when its event is written.
 * docs/admin-handbuch.md (Abschnitt „Schreiben je Nachricht“) names this window.
 */
export const AUDIT_GROUP_COMMIT_MS = 10;

export interface FileAuditSinkOptions {
  /** Group commit window (default AUDIT_GROUP_COMMIT_MS). */
  windowMs?: number;
}

/**
 * JSON lines per UTC day. Events are appended by group commit (src/storage/group-commit.ts): all
 * events that arrive within the window, or while the previous append runs, go into the file with
 * one append, in arrival order; `append` resolves when its line is written.
 */
export function createFileAuditSink(dir: string, options: FileAuditSinkOptions = {}): AuditSink {
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

  /** One write with O_APPEND per day of the batch; serialised per day with deleteDay. */
  async function appendDay(day: string, events: readonly AuditEvent[]): Promise<void> {
    await mutex.run(day, async () => {
      if (!dirReady) await ensureDir();
      const file = fileFor(day);
      const lead = !checked.has(day) && (await needsNewline(file)) ? '\n' : '';
      checked.add(day);
      const lines = lead + events.map((e) => `${JSON.stringify(e)}\n`).join('');
      await appendLines(file, lines, { mode: 0o600 }).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
        await ensureDir();
        await appendLines(file, lines, { mode: 0o600 });
      });
    });
  }

  const commit = createGroupCommit<AuditEvent>(
    async (events) => {
      // Usually one day; around midnight two, each its own append: a failing one fails only its events.
      const byDay = new Map<string, AuditEvent[]>();
      for (const e of events) {
        const day = auditDay(e.at);
        const list = byDay.get(day);
        if (list) list.push(e);
        else byDay.set(day, [e]);
      }
      const failed = new Map<string, Error>();
      for (const [day, dayEvents] of byDay) {
        await appendDay(day, dayEvents).catch((e: unknown) => failed.set(day, e instanceof Error ? e : new Error(String(e))));
      }
      return events.map((e) => failed.get(auditDay(e.at)));
    },
    { windowMs: options.windowMs ?? AUDIT_GROUP_COMMIT_MS },
  );

  return {
    append: (event) => commit.add(event),
    flush: () => commit.flush(),
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
