import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { createAuditLog, scheduleAuditPurge } from '../../src/audit/audit-log.js';
import { createFileAuditSink, createStoreAuditSink, type AuditSink } from '../../src/audit/audit-sink.js';
import { createMemoryStore } from '../fakes/memory-store.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'rathaus-audit-'));

const sinks: [string, () => AuditSink][] = [
  ['JSON-lines files', () => createFileAuditSink(tempDir())],
  ['shared store', () => createStoreAuditSink(createMemoryStore())],
];

const day = (iso: string) => new Date(iso);

for (const [name, makeSink] of sinks) {
  describe(`audit log on ${name}`, () => {
    it('records who used which capability, the consulted sources and the outcome', async () => {
      const times = ['2026-11-21T09:30:00.000Z', '2026-11-21T09:31:00.000Z'];
      const audit = createAuditLog({ sink: makeSink(), retentionDays: 90, now: () => day(times.shift()!) });
      await audit.record({
        userId: 'u-anna',
        tenantId: 'krefeld',
        capability: 'ask',
        outcome: 'answered',
        sources: [{ id: 'local:satzung.pdf', url: 'file:///knowledge/satzung.pdf' }, { id: 'sp:item-7' }],
      });
      await audit.record({ userId: 'u-ada', capability: 'admin', action: 'reindex', outcome: 'completed', sources: [] });
      const events = await audit.read(day('2026-11-21T00:00:00Z'), day('2026-11-21T23:59:59Z'));
      expect(events).toEqual([
        {
          at: '2026-11-21T09:30:00.000Z',
          userId: 'u-anna',
          tenantId: 'krefeld',
          capability: 'ask',
          outcome: 'answered',
          sources: [{ id: 'local:satzung.pdf', url: 'file:///knowledge/satzung.pdf' }, { id: 'sp:item-7' }],
        },
        { at: '2026-11-21T09:31:00.000Z', userId: 'u-ada', capability: 'admin', action: 'reindex', outcome: 'completed', sources: [] },
      ]);
    });

    it('refuses events that would carry content', async () => {
      const audit = createAuditLog({ sink: makeSink(), retentionDays: 90 });
      const withText = await audit
        .record({ userId: 'u', capability: 'ask', outcome: 'answered', sources: [], ...({ question: 'Wie beantrage ich…' } as object) })
        .catch((e: unknown) => e);
      expect(isAppError(withText, 'invalidInput')).toBe(true);
      const passageInSource = await audit
        .record({ userId: 'u', capability: 'ask', outcome: 'answered', sources: [{ id: 'x', ...({ text: 'Passage' } as object) }] })
        .catch((e: unknown) => e);
      expect(isAppError(passageInSource, 'invalidInput')).toBe(true);
      const freeTextAction = await audit.record({ userId: 'u', capability: 'admin', action: 'lösche alles', outcome: 'denied' }).catch((e: unknown) => e);
      expect(isAppError(freeTextAction, 'invalidInput')).toBe(true);
      expect(await audit.read(day('2000-01-01T00:00:00Z'), day('2100-01-01T00:00:00Z'))).toEqual([]);
    });

    it('purges days past AUDIT_RETENTION_DAYS and keeps the rest', async () => {
      const sink = makeSink();
      const audit = createAuditLog({ sink, retentionDays: 90 });
      for (const at of ['2026-08-01T10:00:00.000Z', '2026-08-22T23:59:00.000Z', '2026-08-23T00:00:00.000Z', '2026-11-21T08:00:00.000Z']) {
        await audit.record({ at, userId: 'u', capability: 'search', outcome: 'noResults' });
      }
      const deleted = await audit.purgeAudit(day('2026-11-21T12:00:00.000Z'));
      expect(deleted).toEqual(['2026-08-01', '2026-08-22']);
      expect(await sink.days()).toEqual(['2026-08-23', '2026-11-21']);
      // A day later the next day goes too; purging again changes nothing more.
      expect(await audit.purgeAudit(day('2026-11-22T00:00:00.000Z'))).toEqual(['2026-08-23']);
      expect(await audit.purgeAudit(day('2026-11-22T00:00:00.000Z'))).toEqual([]);
      expect((await audit.read(day('2026-01-01T00:00:00Z'), day('2026-12-31T00:00:00Z'))).map((e) => e.at)).toEqual(['2026-11-21T08:00:00.000Z']);
    });

    it('keeps every one of many concurrent events', async () => {
      const audit = createAuditLog({ sink: makeSink(), retentionDays: 30, now: () => day('2026-11-21T10:00:00.000Z') });
      await Promise.all(Array.from({ length: 60 }, (_, i) => audit.record({ userId: `u${i}`, capability: 'ask', outcome: 'answered', sources: [{ id: `doc-${i}` }] })));
      const events = await audit.read(day('2026-11-21T00:00:00Z'), day('2026-11-22T00:00:00Z'));
      expect(new Set(events.map((e) => e.userId)).size).toBe(60);
    });
  });
}

describe('audit files', () => {
  it('writes one JSON line per event into RATHAUS_DATA_DIR/audit/YYYY-MM-DD.jsonl and skips a torn last line', async () => {
    const dir = tempDir();
    const audit = createAuditLog({ sink: createFileAuditSink(dir), retentionDays: 90, now: () => day('2026-11-21T10:00:00.000Z') });
    await audit.record({ userId: 'u1', capability: 'minutes', outcome: 'started' });
    expect(readdirSync(dir)).toEqual(['2026-11-21.jsonl']);
    appendFileSync(path.join(dir, '2026-11-21.jsonl'), '{"at":"2026-11-21T10:00:01.000Z","userId":"u2","capa');
    const lines = readFileSync(path.join(dir, '2026-11-21.jsonl'), 'utf8').split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ userId: 'u1', capability: 'minutes' });
    const events = await audit.read(day('2026-11-21T00:00:00Z'), day('2026-11-21T23:00:00Z'));
    expect(events.map((e) => e.userId)).toEqual(['u1']);
    // After a restart the next event starts on its own line and is not lost to the torn one.
    const restarted = createAuditLog({ sink: createFileAuditSink(dir), retentionDays: 90, now: () => day('2026-11-21T11:00:00.000Z') });
    await restarted.record({ userId: 'u3', capability: 'ask', outcome: 'answered' });
    await restarted.record({ userId: 'u4', capability: 'ask', outcome: 'answered' });
    const after = await restarted.read(day('2026-11-21T00:00:00Z'), day('2026-11-21T23:00:00Z'));
    expect(after.map((e) => e.userId)).toEqual(['u1', 'u3', 'u4']);
  });
});

describe('audit files by group commit', () => {
  const lines = (dir: string, d: string) => readFileSync(path.join(dir, `${d}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { userId: string });

  it('appends every one of many concurrent events, in the order they were recorded, each resolved once on disk', async () => {
    const dir = tempDir();
    const audit = createAuditLog({ sink: createFileAuditSink(dir, { windowMs: 20 }), retentionDays: 30, now: () => day('2026-11-21T10:00:00.000Z') });
    const recorded = Array.from({ length: 120 }, (_, i) =>
      audit.record({ userId: `u${i}`, capability: 'ask', outcome: 'answered' }).then(() => {
        // When its promise resolves, the event's line is in the file.
        expect(lines(dir, '2026-11-21').some((e) => e.userId === `u${i}`)).toBe(true);
      }),
    );
    await Promise.all(recorded);
    expect(lines(dir, '2026-11-21').map((e) => e.userId)).toEqual(Array.from({ length: 120 }, (_, i) => `u${i}`));
  });

  it('writes events of a batch that spans midnight into the file of their own day', async () => {
    const dir = tempDir();
    const audit = createAuditLog({ sink: createFileAuditSink(dir, { windowMs: 20 }), retentionDays: 30 });
    await Promise.all([
      audit.record({ at: '2026-11-21T23:59:59.999Z', userId: 'late', capability: 'ask', outcome: 'answered' }),
      audit.record({ at: '2026-11-22T00:00:00.000Z', userId: 'early', capability: 'ask', outcome: 'answered' }),
    ]);
    expect(lines(dir, '2026-11-21').map((e) => e.userId)).toEqual(['late']);
    expect(lines(dir, '2026-11-22').map((e) => e.userId)).toEqual(['early']);
  });

  it('flush writes queued events at once, so a shutdown loses none', async () => {
    const dir = tempDir();
    const audit = createAuditLog({ sink: createFileAuditSink(dir, { windowMs: 60_000 }), retentionDays: 30, now: () => day('2026-11-21T10:00:00.000Z') });
    const pending = [audit.record({ userId: 'a', capability: 'ask', outcome: 'answered' }), audit.record({ userId: 'b', capability: 'admin', action: 'reindex', outcome: 'completed' })];
    await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(dir)).toEqual([]);
    await audit.flush();
    expect(lines(dir, '2026-11-21').map((e) => e.userId)).toEqual(['a', 'b']);
    await Promise.all(pending);
  });

  it('a failing append rejects the events of its batch, and the log keeps working once the cause is gone', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'audit');
    // A file where the audit folder should be: the folder cannot be created.
    writeFileSync(dir, 'not a folder');
    const audit = createAuditLog({ sink: createFileAuditSink(dir, { windowMs: 5 }), retentionDays: 30, now: () => day('2026-11-21T10:00:00.000Z') });
    const outcomes = await Promise.allSettled([audit.record({ userId: 'x', capability: 'ask', outcome: 'answered' }), audit.record({ userId: 'y', capability: 'ask', outcome: 'answered' })]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    rmSync(dir);
    await audit.record({ userId: 'z', capability: 'ask', outcome: 'answered' });
    expect(lines(dir, '2026-11-21').map((e) => e.userId)).toEqual(['z']);
  });
});

describe('audit purge schedule', () => {
  it('purges at start and then every interval, reports errors, and stops', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const errors: unknown[] = [];
      const audit = {
        record: async () => {
          throw new Error('unused');
        },
        read: async () => [],
        purgeAudit: async () => {
          calls++;
          if (calls === 2) throw new Error('disk gone');
          return [];
        },
      };
      const stop = scheduleAuditPurge(audit, { intervalMs: 1000, onError: (e) => errors.push(e) });
      await vi.advanceTimersByTimeAsync(2500);
      expect(calls).toBe(3);
      expect(errors).toHaveLength(1);
      stop();
      await vi.advanceTimersByTimeAsync(5000);
      expect(calls).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
