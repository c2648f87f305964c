/**
 * A transcript attached in chat, through the running bot (startRathaus) and the fake Bot Framework
 * channel: the turn is acknowledged at once and POST /api/messages answered, the download runs
 * after it with FILE_TRANSFER_TIMEOUT_MS, and the result — or a message naming the file and what
 * to do — follows by proactive message. A retry of the same activity (Teams resends turns it
 * thinks timed out) starts no second job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCheckCases, type CheckCase } from '../../bench/check-cases.js';
import type { WireActivity } from '../fakes/fake-bot-channel.js';
import { startWireBot, type WireBot } from './wire-harness.js';

const VTT = readFileSync(path.resolve('test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));
const TIMEOUT_MS = 3000;

let bot: WireBot;
let checkCase: CheckCase;
beforeAll(async () => {
  // The project's knowledge folder carries the demo checklists (for "Antrag prüfen").
  bot = await startWireBot({ env: { FILE_TRANSFER_TIMEOUT_MS: String(TIMEOUT_MS), KNOWLEDGE_DIR: path.resolve('knowledge'), OCR: 'off' } });
  checkCase = (await generateCheckCases()).find((c) => c.id.startsWith('sondernutzung/ohne-lageplan/'))!;
});
afterAll(async () => {
  await bot.close();
});

const texts = (sent: WireActivity[]) => sent.map((a) => a.text ?? '');
const hasPreview = (sent: WireActivity[]) => sent.some((a) => (a.attachments ?? []).some((x: { contentType: string }) => x.contentType === 'application/vnd.microsoft.card.adaptive'));
const fileGets = (name: string) => bot.channel.requests.filter((r) => r.method === 'GET' && r.path === `/files/${encodeURIComponent(name)}`).length;

function minutesRequest(conversationId: string, name: string, contentUrl: string): WireActivity {
  return { ...bot.channel.message('Niederschrift erstellen', { conversationId }), attachments: [{ contentType: 'text/vtt', name, contentUrl }] };
}

/** Audit records the running server wrote to its data folder. */
function auditLines(): Record<string, unknown>[] {
  const dir = path.join(bot.app.services.config.RATHAUS_DATA_DIR, 'audit');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Delivers and measures how long the channel's HTTP request was held. */
async function deliverTimed(activity: WireActivity) {
  const started = performance.now();
  const res = await bot.channel.deliver(bot.url, activity);
  return { status: res.status, ms: performance.now() - started };
}

describe('attachments are loaded after the turn', () => {
  it('a slow download does not hold POST /api/messages; the draft follows', async () => {
    const id = 'a:attach-slow';
    const url = bot.channel.serveFile('langsame Sitzung.vtt', VTT, 'text/vtt', { delayMs: TIMEOUT_MS - 500 });
    const { status, ms } = await deliverTimed(minutesRequest(id, 'langsame Sitzung.vtt', url));
    expect(status).toBe(200);
    // The download alone takes 2.5 s; the turn answered long before it could have finished.
    expect(ms).toBeLessThan(1000);
    expect(texts(bot.channel.sent(id)).join('\n')).toContain('Ich lade die Datei „langsame Sitzung.vtt“ und melde mich');
    const sent = await bot.channel.waitFor(id, hasPreview);
    expect(texts(sent).join('\n')).toContain('Niederschrift-Entwurf ist fertig');
    // The background work writes the request's audit record when the draft is done: its duration
    // covers the download, and it names no file and no content.
    await bot.app.idle();
    const record = auditLines().findLast((e) => e.capability === 'minutes');
    expect(record).toMatchObject({ capability: 'minutes', outcome: 'completed' });
    expect(record!.durationMs as number).toBeGreaterThanOrEqual(TIMEOUT_MS - 600);
    expect(JSON.stringify(record)).not.toMatch(/Sitzung|vtt|Anna/i);
  });

  it('a download slower than FILE_TRANSFER_TIMEOUT_MS gets a message naming the file and what to do', async () => {
    const id = 'a:attach-timeout';
    const url = bot.channel.serveFile('zu-langsam.vtt', VTT, 'text/vtt', { delayMs: TIMEOUT_MS + 2000 });
    const { ms } = await deliverTimed(minutesRequest(id, 'zu-langsam.vtt', url));
    expect(ms).toBeLessThan(1000);
    const sent = await bot.channel.waitFor(id, (all) => texts(all).some((t) => t.includes('rechtzeitig')));
    const reply = texts(sent).join('\n');
    expect(reply).toContain('„zu-langsam.vtt“ konnte nicht rechtzeitig geladen werden');
    expect(reply).toMatch(/Bitte senden Sie (ihn|sie) (erneut|noch einmal)/);
    expect(hasPreview(sent)).toBe(false);
  });

  it('a failing download gets a message naming the file and what to do, no reference id', async () => {
    const id = 'a:attach-broken';
    const url = bot.channel.serveFile('kaputt.vtt', VTT, 'text/vtt', { status: 500 });
    await deliverTimed(minutesRequest(id, 'kaputt.vtt', url));
    const sent = await bot.channel.waitFor(id, (all) => texts(all).some((t) => t.includes('konnte nicht geladen werden')));
    const reply = texts(sent).join('\n');
    expect(reply).toContain('„kaputt.vtt“ konnte nicht geladen werden');
    expect(reply).toMatch(/Bitte senden Sie (ihn|sie) (erneut|noch einmal)/);
    expect(reply).not.toContain('Referenz');
  });

  it('the same activity posted twice (a Teams retry) creates one job and one draft', async () => {
    const id = 'a:attach-retry';
    const url = bot.channel.serveFile('zweimal.vtt', VTT, 'text/vtt', { delayMs: 500 });
    const activity = minutesRequest(id, 'zweimal.vtt', url);
    const jobsBefore = (await bot.app.services.store.list('minutes-jobs/')).length;
    const [first, second] = await Promise.all([deliverTimed(activity), deliverTimed({ ...activity })]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const sent = await bot.channel.waitFor(id, hasPreview);
    // Anything a second job would send has had time to arrive: wait until the store is quiet too.
    await new Promise((r) => setTimeout(r, 1000));
    const all = texts(bot.channel.sent(id));
    expect(all.filter((t) => t.includes('Ich lade die Datei „zweimal.vtt“'))).toHaveLength(1);
    expect(all.filter((t) => t.includes('bearbeite ich bereits'))).toHaveLength(1);
    expect(all.filter((t) => t.includes('Niederschrift-Entwurf ist fertig'))).toHaveLength(1);
    expect(sent.filter((a) => (a.attachments ?? []).length).length).toBeGreaterThan(0);
    expect(fileGets('zweimal.vtt')).toBe(1);
    expect((await bot.app.services.store.list('minutes-jobs/')).length).toBe(jobsBefore + 1);
  });

  it('an application to check: acknowledged at once, checked after the turn, once per activity', async () => {
    const id = 'a:attach-check';
    const name = 'Sondernutzung Eingang.pdf';
    const url = bot.channel.serveFile(name, checkCase.bytes, 'application/pdf', { delayMs: TIMEOUT_MS - 500 });
    const activity = { ...bot.channel.message('Antrag prüfen', { conversationId: id }), attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: url, fileType: 'pdf' } }] };
    const [first, second] = await Promise.all([deliverTimed(activity), deliverTimed({ ...activity })]);
    expect(Math.max(first.ms, second.ms)).toBeLessThan(1000);
    expect(texts(bot.channel.sent(id)).join('\n')).toContain(`Ich lade den Antrag „${name}“`);
    const sent = await bot.channel.waitFor(id, (all) => texts(all).some((t) => t.startsWith('Vorprüfung')));
    await bot.app.idle();
    const all = texts(bot.channel.sent(id));
    expect(all.filter((t) => t.startsWith('Vorprüfung „Antrag auf Sondernutzung öffentlicher Straßen“'))).toHaveLength(1);
    expect(all.filter((t) => t.includes('prüfe ich bereits'))).toHaveLength(1);
    expect(fileGets(name)).toBe(1);
    expect(hasPreview(sent)).toBe(true);
  });

  it('an application whose download fails gets a message naming it', async () => {
    const id = 'a:attach-check-broken';
    const name = 'Antrag kaputt.pdf';
    const url = bot.channel.serveFile(name, checkCase.bytes, 'application/pdf', { status: 503 });
    await deliverTimed({ ...bot.channel.message('Antrag prüfen', { conversationId: id }), attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: url, fileType: 'pdf' } }] });
    await bot.app.idle();
    const reply = texts(bot.channel.sent(id)).join('\n');
    expect(reply).toContain(`„${name}“ konnte nicht geladen werden`);
    expect(reply).not.toContain('Referenz');
  });
});
