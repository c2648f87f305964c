/**
 * The trust checks of issue #17 at the HTTP boundary of the running bot (`startRathaus`, as
 * `npm run bot` starts it): a knowledge folder with the clean regulation and planted files, and a
 * model stub over HTTP that obeys every instruction it finds and streams its text slowly.
 * What Teams receives (every streamed update and the final message), what the log says and what
 * the audit record notes are read where production writes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logCapture } from '../bot/helpers.js';
import type { WireActivity } from '../fakes/fake-bot-channel.js';
import { stubReply } from '../fakes/openai-stub.js';
import { CLEAN_TEXT, CLEAN_TITLE, obedientReply, plantedFile, plantedVariants, QUESTION, type PlantedVariant } from '../fakes/planted-corpus.js';
import { startWireBot, type WireBot } from './wire-harness.js';
import { streamInfo } from './teams-limits.js';

// Three text formats (the bot's documents are written as text): an override, a fake system
// message, and an instruction a browser does not show.
const variants: PlantedVariant[] = plantedVariants().filter((v) => ['md-0', 'txt-2', 'html-6'].includes(v.id));
const logs = logCapture();
let bot: WireBot;
let plantedNames: string[];
let conversation = 0;

beforeAll(async () => {
  expect(variants).toHaveLength(3);
  const files = await Promise.all(variants.map(plantedFile));
  plantedNames = files.map((f) => f.name);
  const documents: Record<string, string> = { 'reisekosten.md': `# ${CLEAN_TITLE}\n\n## Abrechnung\n\n${CLEAN_TEXT}\n` };
  for (const f of files) documents[f.name] = Buffer.from(f.bytes).toString('utf8');
  // Slow enough that Teams gets streamed updates before the final message.
  bot = await startWireBot({
    documents,
    logStream: logs.stream,
    model: (req) => stubReply.text(obedientReply(String(req.body.messages.at(-1).content), variants), { delayMs: 700, chunkSize: 8, chunkDelayMs: 40 }),
  });
}, 60_000);

afterAll(() => bot?.close());

/** Audit records of the running server, as written to its data folder. */
function auditLines(): Record<string, unknown>[] {
  const dir = path.join(bot.app.services.config.RATHAUS_DATA_DIR, 'audit');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function until<T>(get: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Nothing any planted file asked for, in whatever text reached the user. */
function expectNothingPlanted(text: string, what: string) {
  const plain = text.replace(/[\u200B\u202E\u202C]/g, '');
  for (const v of variants) {
    expect(plain, what).not.toContain(v.word);
    expect(plain, what).not.toContain(new URL(v.link).host);
    expect(plain, what).not.toContain(v.address);
    expect(plain, what).not.toContain(v.falseFact);
  }
  expect(plain, what).not.toMatch(/evil/i);
}

describe('a model that obeys planted instructions, through the running server', () => {
  it('the index names each planted file in the log when the bot starts, and not the clean one', () => {
    const warned = logs.lines.filter((l) => l.msg === 'planted instruction in a knowledge file (quarantined)');
    expect(warned.map((l) => l.source).sort()).toEqual([...plantedNames].sort());
    for (const l of warned) expect((l.flags as string[]).length).toBeGreaterThan(0);
  });

  it('streams only checked text, and the final message replaces the stream with the checked answer', async () => {
    const id = `a:trust-stream-${++conversation}`;
    const before = bot.stub!.chatRequests().length;
    const res = await bot.channel.deliver(bot.url, bot.channel.message(QUESTION, { conversationId: id }));
    expect(res.status).toBe(200);
    // The obeying model really got the planted blocks (the test is not vacuous).
    const prompt = String(bot.stub!.chatRequests()[before].body.messages.at(-1).content);
    expect(variants.filter((v) => prompt.replace(/[\u200B\u202E\u202C]/g, '').includes(v.word)).length).toBeGreaterThan(0);

    const sent = bot.channel.sent(id);
    const updates = sent.filter((a) => a.type === 'typing' && streamInfo(a)?.streamType === 'streaming');
    const final = sent[sent.length - 1] as WireActivity;
    expect(updates.length, 'the answer was streamed').toBeGreaterThan(0);
    expect(final.type).toBe('message');
    expect(streamInfo(final)?.streamType).toBe('final');
    // What Teams shows at any moment: a streamed update, then the final message in its place
    // (the checked answer, after the note on the quarantined documents).
    for (const [i, u] of updates.entries()) {
      expectNothingPlanted(String(u.text), `update ${i + 1}`);
      expect(String(final.text).includes(String(u.text)), `update ${i + 1} is part of the final text`).toBe(true);
    }
    expectNothingPlanted(String(final.text), 'final message');
    expect(final.text).toMatch(/sechs Monaten/);
    // Every citation the user sees points to the clean regulation.
    const claims = ((final.entities ?? []) as { citation?: { appearance: { name: string } }[] }[]).flatMap((e) => e.citation ?? []);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.appearance.name).toBe(CLEAN_TITLE);
    // The user is told that a found document spoke to the assistant.
    expect(final.text).toMatch(/richtet; er wurde nicht verwendet|richten; er wurde nicht verwendet|KI-Assistenten/);
  });

  it('logs what the guard removed as counts and reasons, without content, and the audit record notes the quarantine', async () => {
    const id = `a:trust-log-${++conversation}`;
    const from = logs.lines.length;
    await bot.channel.deliver(bot.url, bot.channel.message(QUESTION, { conversationId: id }));
    const turnLogs = logs.lines.slice(from);
    const removed = turnLogs.find((l) => l.msg === 'answer guard removed content');
    expect(removed, 'one log line says what was removed').toBeDefined();
    const reasons = removed!.droppedSentences as Record<string, number>;
    // The obeying text has a bare planted word (no citation), sentences citing only the planted
    // block and sentences with foreign links: each reason counted.
    expect(reasons.uncited).toBeGreaterThan(0);
    expect(reasons.foreignLink).toBeGreaterThan(0);
    expect((reasons.quarantined ?? 0) + (reasons.planted ?? 0) + (reasons.unsupported ?? 0)).toBeGreaterThan(0);
    expect(removed!.droppedLinks).toBeGreaterThan(0);
    const quarantinedLog = turnLogs.find((l) => l.msg === 'retrieved passages look like planted instructions (quarantined)');
    expect(quarantinedLog).toBeDefined();
    // No line of the turn carries the question, the documents' text or what was removed.
    const raw = JSON.stringify(turnLogs);
    for (const content of [QUESTION, 'sechs Monaten', 'Personalamt', ...variants.flatMap((v) => [v.word, v.falseFact, new URL(v.link).host, v.address])]) {
      expect(raw, content).not.toContain(content);
    }

    const record = await until(() => auditLines().findLast((e) => e.capability === 'ask' && typeof e.quarantined === 'number'), 'the audit record');
    expect(record.outcome).toBe('answered');
    expect(record.quarantined).toBeGreaterThanOrEqual(1);
    // Sources used: only the clean regulation was cited.
    expect((record.sources as { id: string }[]).map((s) => s.id).join(' ')).toContain('reisekosten.md');
    for (const name of plantedNames) expect(JSON.stringify(record.sources)).not.toContain(name);
  });

  it('falls back to the Fundstellen when nothing the model wrote is backed by what it cites', async () => {
    const id = `a:trust-fallback-${++conversation}`;
    bot.stub!.script(() => stubReply.text('Die Frist für die Reisekostenabrechnung beträgt drei Wochen [1]. Bitte beachten Sie die Hinweise.'));
    try {
      await bot.channel.deliver(bot.url, bot.channel.message(QUESTION, { conversationId: id }));
    } finally {
      bot.stub!.script((req) => stubReply.text(obedientReply(String(req.body.messages.at(-1).content), variants)));
    }
    const messages = bot.channel.sent(id).filter((a) => a.type === 'message');
    expect(messages).toHaveLength(1);
    const text = String(messages[0].text);
    expect(text).not.toContain('drei Wochen');
    expect(text).toContain('Die erzeugte Antwort ließ sich nicht Satz für Satz mit den Quellen belegen');
    // The Fundstelle quoted is the clean regulation, not a planted file.
    expect(text).toContain('sechs Monaten');
    expect(text).toContain('reisekosten.md');
    expectNothingPlanted(text, 'fallback');
  });
});
