/**
 * The Pilotbericht end to end through the running server (startRathaus, local mode) and the fake
 * Bot Framework channel: questions, misses and an application check leave their records as the
 * bot writes them, and the chat command "Pilotbericht" reports them — questions, checks and the
 * documentation gaps — with the Word and Excel files in the data folder.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCheckCases } from '../../bench/check-cases.js';
import type { WireActivity } from '../fakes/fake-bot-channel.js';
import { startWireBot, type WireBot } from './wire-harness.js';

const person = (n: number) => ({ id: `29:p${n}`, name: `Person ${n}`, aadObjectId: `aad-p${n}` });
const ADMIN = { id: '29:admin', name: 'Ada Admin', aadObjectId: 'aad-admin' };

describe('Pilotbericht through the running server', () => {
  let bot: WireBot;
  let card: WireActivity;
  beforeAll(async () => {
    bot = await startWireBot({ env: { KNOWLEDGE_DIR: path.resolve('knowledge'), OCR: 'off' } });
    // Six people: one answered question each, and one miss each about the same topic.
    for (let n = 0; n < 6; n++) {
      await bot.channel.deliver(bot.url, bot.channel.message('Wie viele Tage Bildungsurlaub stehen mir zu?', { from: person(n), conversationId: `a:p${n}` }));
      await bot.channel.deliver(bot.url, bot.channel.message(`Wann wird die Hundesteuer für ${n + 2} Hunde fällig?`, { from: person(n), conversationId: `a:p${n}` }));
    }
    const c = (await generateCheckCases()).find((x) => x.id.startsWith('sondernutzung/ohne-lageplan/'))!;
    const url = bot.channel.serveFile(c.fileName, c.bytes);
    const check = { ...bot.channel.message('Antrag prüfen', { from: person(0), conversationId: 'a:p0' }), attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: c.fileName, content: { downloadUrl: url, fileType: 'pdf' } }] };
    await bot.channel.deliver(bot.url, check);
    // The check runs after its turn; its audit record is written when it ends.
    await bot.app.idle();
    await bot.channel.deliver(bot.url, bot.channel.message('Pilotbericht', { from: ADMIN, conversationId: 'a:admin' }));
    card = bot.channel.sent('a:admin').filter((a) => a.type === 'message').at(-1)!;
  }, 120_000);
  afterAll(() => bot.close());

  const fact = (title: string) => (card.attachments[0].content.body as { type: string; facts?: { title: string; value: string }[] }[]).find((b) => b.type === 'FactSet')!.facts!.find((f) => f.title === title)?.value;

  it('counts the questions, their outcomes and the application check as the bot recorded them', () => {
    expect(card.text).toContain('Pilotbericht wurde im Datenordner gespeichert');
    expect(fact('Fragen')).toBe('12');
    expect(fact('davon beantwortet / nicht gefunden / abgelehnt')).toBe('6 / 6 / 0');
    expect(fact('Antragsvorprüfungen')).toBe('1');
    expect(JSON.stringify(card)).not.toMatch(/Person \d|aad-p\d|Hundesteuer für/);
  });

  it('writes the Word file with the documentation gap the six people left', async () => {
    const docx = (card.attachments[0].content.body as { type: string; text?: string }[]).map((b) => b.text ?? '').join('\n').match(/(\/[^\n:]*Pilotbericht_[\d-]+_[\d-]+\.docx)/)?.[1];
    expect(docx && existsSync(docx)).toBe(true);
    const xml = await (await JSZip.loadAsync(await readFile(docx!))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Dokumentationslücken');
    expect(xml).toContain('Hundesteuer');
    expect(xml).not.toContain('Hunde fällig');
  });
});
