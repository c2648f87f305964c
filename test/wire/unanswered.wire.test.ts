/**
 * Learning from misses, through the running server and the CLI: every "nicht gefunden" in 1:1 and
 * in a group chat (by @mention) is recorded pseudonymously, `rathaus unanswered` groups the record
 * by main words, and the Pilotbericht's documentation gaps read the same record — with the
 * k-anonymity rule (a topic fewer than five people asked is only counted).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { createUnansweredRecords } from '../../src/storage/records/unanswered-records.js';
import { hashUserId } from '../../src/storage/records/record-keys.js';
import type { PilotReport } from '../../src/reports/pilot/types.js';
import { hasFeedbackButtons } from './teams-limits.js';
import { startWireBot, type WireBot } from './wire-harness.js';

const person = (n: number) => ({ id: `29:person-${n}`, name: `Erika Beispiel ${n}`, aadObjectId: `aad-person-${n}` });

/** Questions the wire documents (parking, service cars, building permits) do not answer, written for this test. */
const DOG_TAX = ['Wie hoch ist die Hundesteuer für einen zweiten Hund?', 'Wo melde ich die Hundesteuer ab, wenn der Hund gestorben ist?', 'Gibt es eine Ermäßigung der Hundesteuer für Rentner?', 'Bis wann muss die Hundesteuer bezahlt werden?', 'Wer ist für die Hundesteuer zuständig?'];
const FLEA_MARKET = ['Brauche ich eine Erlaubnis für einen Flohmarkt auf dem Schulhof?', 'Wie beantrage ich einen Flohmarkt?'];

describe('unanswered questions in local mode (RECORD_UNANSWERED defaults to true)', () => {
  let bot: WireBot;
  let dataDir: string;
  beforeAll(async () => {
    bot = await startWireBot();
    dataDir = bot.app.services.config.RATHAUS_DATA_DIR;
    // Five people ask about the dog tax in 1:1; two ask about a flea market in a group chat.
    for (const [i, q] of DOG_TAX.entries()) await bot.channel.deliver(bot.url, bot.channel.message(q, { from: person(i), conversationId: `a:dog-${i}` }));
    for (const [i, q] of FLEA_MARKET.entries()) await bot.channel.deliver(bot.url, bot.channel.message(q, { from: person(10 + i), conversationType: 'groupChat', conversationId: '19:team-flohmarkt@thread.v2' }));
    // An answered question is no gap.
    await bot.channel.deliver(bot.url, bot.channel.message('Wie wird der Parkausweis beantragt?', { from: person(20), conversationId: 'a:park' }));
  }, 60_000);
  afterAll(() => bot.close());

  it('answers "nicht gefunden" with the feedback buttons, in 1:1 and in the group', () => {
    const misses = [...DOG_TAX.map((_, i) => `a:dog-${i}`), '19:team-flohmarkt@thread.v2'].flatMap((id) => bot.channel.sent(id)).filter((a) => a.type === 'message');
    expect(misses.length).toBe(DOG_TAX.length + FLEA_MARKET.length);
    for (const reply of misses) {
      expect(reply.entities?.some((e: { citation?: unknown[] }) => e.citation?.length)).toBeFalsy();
      expect(hasFeedbackButtons(reply)).toBe(true);
    }
  });

  it('records each miss once, without user id, name, conversation or the audit hash', async () => {
    const records = await createUnansweredRecords(bot.app.services.store, { recordText: false }).listUnanswered(new Date(Date.now() - 3_600_000), new Date());
    expect(records).toHaveLength(DOG_TAX.length + FLEA_MARKET.length);
    const json = JSON.stringify(records);
    for (let i = 0; i < 12; i++) {
      expect(json).not.toContain(`aad-person-${i}`);
      expect(json).not.toContain(`Erika Beispiel ${i}`);
      expect(json).not.toContain(hashUserId(`aad-person-${i}`, 'tenant-krefeld'));
    }
    expect(json).not.toContain('flohmarkt@thread');
    expect(json).not.toContain('Parkausweis');
    // Local mode records the text (for the owners of the documents); the @mention is not part of it.
    expect(records.map((r) => r.text)).toEqual(expect.arrayContaining([DOG_TAX[0], FLEA_MARKET[1]]));
    expect(records.every((r) => !r.text?.includes('<at>'))).toBe(true);
    expect(new Set(records.map((r) => r.personKey)).size).toBe(DOG_TAX.length + FLEA_MARKET.length);
  });

  it('`rathaus unanswered --days 30` lists the topic five people asked and only counts the smaller one', async () => {
    const { code, out } = await cliCapture(['unanswered', '--days', '30'], dataDir);
    expect(code).toBe(0);
    expect(out).toMatch(/Unbeantwortete Fragen .*: 7/);
    expect(out).toMatch(/Hundesteuer.* – 5 Fragen, 5 Personen/);
    expect(out).not.toMatch(/Flohmarkt/);
    expect(out).toContain('2 Fragen gehören zu kleineren Themen');
    for (const q of DOG_TAX) expect(out).not.toContain(q);
  });

  it('`--examples 2` shows recorded texts of a topic shown, never of the smaller one', async () => {
    const { code, out } = await cliCapture(['unanswered', '--days', '30', '--examples', '2', '--json'], dataDir);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { topics: { words: string[]; examples: string[] }[] };
    expect(result.topics).toHaveLength(1);
    expect(result.topics[0].examples).toHaveLength(2);
    for (const e of result.topics[0].examples) expect(DOG_TAX).toContain(e);
    for (const q of FLEA_MARKET) expect(out).not.toContain(q);
  });

  it('the Pilotbericht of today lists the same top topic under its documentation gaps', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { code, out } = await cliCapture(['report', '--from', today, '--to', today, '--json', '--out', path.join(dataDir, 'bericht')], dataDir);
    expect(code).toBe(0);
    const report = JSON.parse(out) as PilotReport;
    expect(report.dataBasis.unanswered).toBe(7);
    expect(report.gaps.recorded).toBe(true);
    expect(report.gaps.topics).toEqual([{ words: [expect.stringMatching(/^Hundesteuer$/)], questions: 5, people: 5 }]);
    expect(report.gaps.questionsInSmallTopics).toBe(2);
    expect(out).not.toContain(DOG_TAX[0]);
  });
});

describe('unanswered questions with RECORD_UNANSWERED=false (production default)', () => {
  let bot: WireBot;
  beforeAll(async () => {
    bot = await startWireBot({ env: { RECORD_UNANSWERED: 'false' } });
  }, 60_000);
  afterAll(() => bot.close());

  it('keeps only main words of the general vocabulary: no text, no name, no number, no IBAN', async () => {
    const question = 'Frau Kowalczyk fragt: Wie hoch ist die Hundesteuer für Aktenzeichen 32-1234, IBAN DE89 3704 0044 0532 0130 00?';
    await bot.channel.deliver(bot.url, bot.channel.message(question, { from: person(1), conversationId: 'a:prod-1' }));
    const records = await createUnansweredRecords(bot.app.services.store, { recordText: false }).listUnanswered(new Date(Date.now() - 3_600_000), new Date());
    expect(records).toHaveLength(1);
    expect(records[0].text).toBeUndefined();
    expect(records[0].words).toContain('Hundesteuer');
    const json = JSON.stringify(records);
    for (const secret of ['Kowalczyk', '1234', 'DE89', '3704', 'Frau', 'aad-person-1']) expect(json).not.toContain(secret);
  });
});

async function cliCapture(args: string[], dataDir: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd: path.dirname(dataDir), isTTY: false };
  const code = await runCli([...args, '--data-dir', dataDir], io);
  return { code, out: out.join(''), err: err.join('') };
}
