/**
 * The audit trail is written by the running server: the application is started as `npm start`
 * starts it (startRathaus with a parsed configuration, local store, real HTTP server), turns go
 * through POST /api/messages, and the audit files and the usage report are read afterwards.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { startRathaus, type StartedApp } from '../../src/index.js';
import { personalMessage, postActivity, startReplyCollector, type ReplyCollector } from './reply-collector.js';

const work = mkdtempSync(path.join(tmpdir(), 'rathaus-audit-'));
let app: StartedApp;
let channel: ReplyCollector;

beforeAll(async () => {
  const knowledge = path.join(work, 'knowledge');
  mkdirSync(knowledge, { recursive: true });
  writeFileSync(
    path.join(knowledge, 'reisekosten.md'),
    '# Dienstreisen\n\nFür Dienstreisen mit dem privaten Kraftfahrzeug wird eine Wegstreckenentschädigung von 0,30 Euro je gefahrenem Kilometer gezahlt. Der Antrag ist innerhalb von sechs Monaten nach Ende der Dienstreise zu stellen.\n',
  );
  writeFileSync(path.join(knowledge, 'urlaub.md'), '# Erholungsurlaub\n\nDer Urlaubsantrag wird über das Personalportal gestellt und von der Vorgesetzten genehmigt.\n');
  const config = parseConfig({ PORT: '0', KNOWLEDGE_DIR: knowledge, RATHAUS_DATA_DIR: path.join(work, 'data'), RATHAUS_ENV: '' });
  app = await startRathaus(config, createLogger('silent'));
  await app.indexReady;
  channel = await startReplyCollector();
}, 60_000);

afterAll(async () => {
  await app?.server.shutdown('test');
  await channel?.close();
  rmSync(work, { recursive: true, force: true });
});

function auditLines(): Record<string, unknown>[] {
  const dir = path.join(work, 'data', 'audit');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('audit trail of the running server', () => {
  it('records every turn with a pseudonymous id and no content, and the usage report counts them', async () => {
    const turns: [string, string][] = [
      ['q1', 'Wie hoch ist die Wegstreckenentschädigung für Dienstreisen mit dem privaten Kraftfahrzeug?'],
      ['q2', 'Welche Farbe hat das Einhorn im Keller des Standesamts?'],
      ['m1', 'Niederschrift erstellen'],
      ['r1', 'Nutzungsbericht'],
    ];
    for (const [id, text] of turns) {
      expect(await postActivity(app.server.url, personalMessage(id, text, channel.url))).toBe(200);
      expect(channel.repliesTo(id).length).toBeGreaterThan(0);
    }
    const events = auditLines();
    expect(events.map((e) => [e.capability, e.outcome])).toEqual([
      ['ask', 'answered'],
      ['ask', 'noResults'],
      ['minutes', 'invalidInput'],
      ['admin', 'completed'],
    ]);
    expect(events[3].action).toBe('usage-report');
    // Who: a pseudonymous hash, the same for every turn of the same person, never the raw ids or the name.
    expect(new Set(events.map((e) => e.userId)).size).toBe(1);
    expect(events[0].userId).toMatch(/^[0-9a-f]{32}$/);
    // Sources used: ids of the cited documents.
    expect(JSON.stringify(events[0].sources)).toContain('reisekosten.md');
    const raw = readdirSync(path.join(work, 'data', 'audit')).map((f) => readFileSync(path.join(work, 'data', 'audit', f), 'utf8')).join('\n');
    for (const content of ['user-anna', 'Anna', 'Wegstreckenentschädigung', 'Einhorn', '0,30']) expect(raw).not.toContain(content);
    // The usage report an admin asks for in chat counts the real requests made before it.
    const report = channel.repliesTo('r1').map((a) => a.text ?? '').join('\n');
    expect(report).toContain('Anfragen: 3 von 1 Personen');
    expect(report).toMatch(/Fragen: 2 \(answered 1, noResults 1\)/);
  });

  it('records every refusal by the rate limit but sends one notice per window', async () => {
    const before = auditLines().length;
    // A second person floods: the limit (default per minute) refuses the rest, each refusal is audited.
    const limit = app.services.config.RATE_LIMIT_USER_PER_MINUTE;
    const total = limit + 40;
    const ids = Array.from({ length: total }, (_, i) => `f${i}`);
    const statuses = await Promise.all(ids.map((id) => postActivity(app.server.url, personalMessage(id, 'Wie stelle ich einen Urlaubsantrag?', channel.url, 'user-bert'))));
    expect(statuses.every((s) => s === 200)).toBe(true);
    const flood = auditLines().slice(before);
    expect(flood).toHaveLength(total);
    expect(flood.filter((e) => e.outcome === 'rateLimited')).toHaveLength(40);
    // The flood is not answered with a flood: one notice, then silence for the rest of the window.
    const notices = ids.flatMap((id) => channel.repliesTo(id)).filter((a) => /Bitte warten Sie|sehr viele Anfragen/.test(a.text ?? ''));
    expect(notices).toHaveLength(1);
  });
});
