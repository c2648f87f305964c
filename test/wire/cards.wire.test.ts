/**
 * The cards Teams receives from the running bot (local mode, fake channel), validated as
 * Adaptive Cards 1.5 (see adaptive-card-validator.ts), and the file consent card in the shape
 * Teams' file consent flow expects.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { consentCard } from '../../src/bot/handlers/file-consent.js';
import { checkResultCard, checkTypeCard } from '../../src/bot/render/check-card.js';
import { registerEntityMapperFix } from '../../src/bot/entity-mapper-fix.js';
import { BOT_ACCOUNT, USER_ACCOUNT, type WireActivity } from '../fakes/fake-bot-channel.js';
import { startWireBot, type WireBot } from './wire-harness.js';
import { ADAPTIVE_CARD, adaptiveCardProblems, adaptiveCardsOf } from './adaptive-card-validator.js';
import { generateCheckCases } from '../../bench/check-cases.js';

const VTT = readFileSync(path.resolve('test/fixtures/minutes/ausschuss-stadtentwicklung.vtt'));

let bot: WireBot;
beforeAll(async () => {
  bot = await startWireBot();
});
afterAll(() => bot.close());

function cardsIn(activities: WireActivity[]) {
  return activities.flatMap(adaptiveCardsOf);
}

describe('the validator', () => {
  it('finds what Teams would not render', () => {
    expect(adaptiveCardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Guten Tag', wrap: true }] })).toEqual([]);
    const broken = {
      type: 'AdaptiveCard',
      version: '1.6',
      body: [{ type: 'TextBlok', text: 'x' }, { type: 'TextBlock', text: 'x', weight: 'Heavy' }, { type: 'TextBlock', text: ' ' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Öffnen' }, { type: 'Action.Submit', data: {} }],
    };
    const problems = adaptiveCardProblems(broken).join('\n');
    expect(problems).toMatch(/newer than 1\.5/);
    expect(problems).toMatch(/TextBlok/);
    expect(problems).toMatch(/Heavy/);
    expect(problems).toMatch(/url/);
    expect(problems).toMatch(/TextBlock without text/);
    expect(problems).toMatch(/Action\.Submit without title/);
  });
});

describe('Adaptive Cards on the wire', () => {
  it('welcome card when the bot is added to a 1:1 chat', async () => {
    const id = 'a:welcome';
    const update = { ...bot.channel.message('', { conversationId: id }), type: 'conversationUpdate', text: undefined, membersAdded: [USER_ACCOUNT, BOT_ACCOUNT] };
    expect((await bot.channel.deliver(bot.url, update)).status).toBe(200);
    const cards = cardsIn(bot.channel.sent(id));
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Rathaus-Assistent');
    expect(adaptiveCardProblems(cards[0])).toEqual([]);
  });

  it('help card, in German and in English', async () => {
    for (const [text, word] of [
      ['Hilfe', 'Fragen'],
      ['help', 'questions'],
    ]) {
      const id = `a:help-${text}`;
      await bot.channel.deliver(bot.url, bot.channel.message(text, { conversationId: id, locale: text === 'help' ? 'en-US' : 'de-DE' }));
      const cards = cardsIn(bot.channel.sent(id));
      expect(cards, text).toHaveLength(1);
      expect(JSON.stringify(cards[0]).toLowerCase()).toContain(word.toLowerCase());
      expect(adaptiveCardProblems(cards[0])).toEqual([]);
    }
  });

  it('minutes preview card for a transcript attached in chat', async () => {
    const id = 'a:minutes';
    const contentUrl = bot.channel.serveFile('ausschuss.vtt', VTT, 'text/vtt');
    const message = { ...bot.channel.message('Niederschrift erstellen', { conversationId: id }), attachments: [{ contentType: 'text/vtt', name: 'ausschuss.vtt', contentUrl }] };
    expect((await bot.channel.deliver(bot.url, message)).status).toBe(200);
    // The turn only acknowledges; the draft follows by proactive message.
    const sent = await bot.channel.waitFor(id, (all) => cardsIn(all).length > 0);
    const cards = cardsIn(sent);
    expect(cards, JSON.stringify(sent.map((a) => a.text))).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Entwurf – mit KI-Unterstützung erstellt');
    expect(JSON.stringify(cards[0])).toContain('TOP');
    expect(adaptiveCardProblems(cards[0])).toEqual([]);
  });
});

describe('Pilotbericht and time feedback cards on the wire', () => {
  it('"Hat mir Zeit gespart" card under a found answer', async () => {
    const id = 'a:answer-time';
    await bot.channel.deliver(bot.url, bot.channel.message('Welche Unterlagen gehören zum Bauantrag?', { conversationId: id }));
    const cards = cardsIn(bot.channel.sent(id));
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Hat mir Zeit gespart');
    expect(adaptiveCardProblems(cards[0])).toEqual([]);
  });

  it('Pilotbericht summary card (local mode: files in the data folder)', async () => {
    const id = 'a:pilot';
    const today = new Date().toISOString().slice(0, 10);
    await bot.channel.deliver(bot.url, bot.channel.message(`Pilotbericht ${today} bis ${today}`, { conversationId: id }));
    const cards = cardsIn(bot.channel.sent(id));
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Pilotbericht Rathaus-Assistent');
    expect(JSON.stringify(cards[0])).toContain(`Pilotbericht_${today}_${today}.docx`);
    expect(adaptiveCardProblems(cards[0])).toEqual([]);
  });
});

describe('Adaptive Cards of the application check on the wire', () => {
  // The demo folder holds the checklists (knowledge/pruefkataloge) the check needs.
  let checkBot: WireBot;
  beforeAll(async () => {
    checkBot = await startWireBot({ env: { KNOWLEDGE_DIR: path.resolve('knowledge'), OCR: 'off' } });
  }, 120_000);
  afterAll(() => checkBot.close());

  it('application check: result card and the card that asks for the checklist type', async () => {
    const cases = await generateCheckCases();
    const attach = (name: string, bytes: Uint8Array) => ({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name,
      content: { downloadUrl: checkBot.channel.serveFile(name, bytes), fileType: path.extname(name).slice(1) },
    });
    const form = cases.find((c) => c.id.startsWith('sondernutzung/ohne-lageplan/'))!;
    const resultId = 'a:check-result';
    await checkBot.channel.deliver(checkBot.url, { ...checkBot.channel.message('Antrag prüfen', { conversationId: resultId }), attachments: [attach(form.fileName, form.bytes)] });
    await checkBot.app.idle();
    const resultCards = cardsIn(checkBot.channel.sent(resultId));
    expect(resultCards, JSON.stringify(checkBot.channel.sent(resultId).map((a) => a.text))).toHaveLength(1);
    expect(JSON.stringify(resultCards[0])).toContain('Vorprüfung – mit KI-Unterstützung erstellt');
    expect(adaptiveCardProblems(resultCards[0])).toEqual([]);

    const scan = cases.find((c) => c.scan)!;
    const askId = 'a:check-type';
    await checkBot.channel.deliver(checkBot.url, { ...checkBot.channel.message('Antrag prüfen', { conversationId: askId }), attachments: [attach('eingang-0815.pdf', scan.bytes)] });
    await checkBot.app.idle();
    const askCards = cardsIn(checkBot.channel.sent(askId));
    expect(askCards, JSON.stringify(checkBot.channel.sent(askId).map((a) => a.text))).toHaveLength(1);
    expect(JSON.stringify(askCards[0])).toContain('Dienstreiseantrag');
    expect(adaptiveCardProblems(askCards[0])).toEqual([]);
  }, 60_000);
});

describe('coverage', () => {
  it('Antragsvorprüfung result and type cards are valid Adaptive Cards', () => {
    const result = { type: 'x', typeTitle: 'Testantrag', recognisedBy: 'given' as const, checkedOn: { year: 2026, month: 12, day: 1 }, counts: { erfuellt: 1, fehlt: 1, unklar: 0, entfaellt: 0 }, outcome: 'unvollstaendig' as const, summary: 'unvollständig: 1 Punkt', notices: ['Hinweis'], fields: [], parts: ['a.pdf'],
      results: [{ ruleId: 'a', title: 'Lageplan', kind: 'attachment' as const, status: 'fehlt' as const, message: 'fehlt', evidence: [{ part: 'a.pdf', via: 'label' as const, quote: 'x' }], source: { document: 'd.md', section: '§ 1' } }] };
    for (const card of [checkResultCard(result), checkTypeCard('abcdefghijklmnopqrstuvwx', [{ id: 'x', title: 'Testantrag' }])]) expect(adaptiveCardProblems(card.content)).toEqual([]);
  });

  it('validates every module of the bot that builds an Adaptive Card (a new card needs a wire test above)', () => {
    const builders = readdirSync('src/bot', { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.ts'))
      .map((f) => path.join(f.parentPath, f.name).split(path.sep).join('/'))
      .filter((file) => readFileSync(file, 'utf8').includes('CardFactory.adaptiveCard('))
      .sort();
    expect(builders).toEqual(['src/bot/render/answer-activity.ts', 'src/bot/render/cards.ts', 'src/bot/render/check-card.ts', 'src/bot/render/minutes-card.ts', 'src/bot/render/pilot-report-card.ts']);
  });
});

describe('file consent card', () => {
  it('has the shape of Teams’ file consent flow and survives the connector’s serializer', async () => {
    const card = consentCard('abcdefghijklmnopqrstuvwx', 'niederschrift-oeffentlich.docx', 12_345);
    registerEntityMapperFix();
    // Sent with the same connector client the adapter uses, so the wire shape is the real one.
    const client = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: bot.channel.url });
    const conversationId = 'a:consent';
    await client.conversations.sendToConversation(conversationId, { type: 'message', attachments: [card], from: BOT_ACCOUNT, recipient: USER_ACCOUNT } as never);
    const [sent] = bot.channel.sent(conversationId);
    const [attachment] = sent.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    expect(attachment.contentType).not.toBe(ADAPTIVE_CARD);
    expect(attachment.name).toBe('niederschrift-oeffentlich.docx');
    expect(attachment.content).toEqual({
      description: expect.stringContaining('mit KI-Unterstützung'),
      sizeInBytes: 12_345,
      acceptContext: { jobId: 'abcdefghijklmnopqrstuvwx', name: 'niederschrift-oeffentlich.docx' },
      declineContext: { jobId: 'abcdefghijklmnopqrstuvwx', name: 'niederschrift-oeffentlich.docx' },
    });
  });
});
