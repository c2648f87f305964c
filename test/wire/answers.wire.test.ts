/**
 * What Teams receives for each kind of answer, recorded at the HTTP boundary: the real server
 * (local mode, as `npm run bot` wires it), a fake Bot Framework channel behind `serviceUrl`, and
 * the OpenAI-compatible model stub over HTTP. These tests fail when botbuilder's serializer strips
 * citations, the AI label, feedback or streamInfo again (see docs/adr/0007-entity-mapper-fix.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSLATE_QUERY_SYSTEM_PROMPT } from '../../src/llm/prompts/translate-query.js';
import { stubReply, type StubRequest } from '../fakes/openai-stub.js';
import { USER_ACCOUNT, type WireActivity } from '../fakes/fake-bot-channel.js';
import { startWireBot, type WireBot } from './wire-harness.js';
import { expectCitationsWithinTeamsLimits, hasFeedbackButtons, isAiLabelled, markers, messageEntity, streamInfo } from './teams-limits.js';

let conversation = 0;
/** A fresh conversation per test, so no history (and no follow-up condensing call) is involved. */
const nextConversation = (prefix: string) => `${prefix}-${++conversation}`;

describe('extractive answer (no model) on the wire', () => {
  let bot: WireBot;
  beforeAll(async () => {
    bot = await startWireBot();
  });
  afterAll(() => bot.close());

  it('names its sources in the text, carries citations without the AI label, and offers feedback', async () => {
    const id = nextConversation('a:extractive');
    const res = await bot.channel.deliver(bot.url, bot.channel.message('Wie wird der Parkausweis beantragt?', { conversationId: id }));
    expect(res.status).toBe(200);
    const [reply] = bot.channel.sent(id);
    expect(bot.channel.sent(id)).toHaveLength(1);
    expect(reply.type).toBe('message');
    expect(reply.text).toContain('parken.md');
    expect(reply.text).toContain('Bürgerservice');
    const claims = expectCitationsWithinTeamsLimits(reply);
    expect(claims[0].appearance.name).toBe('Bewohnerparken');
    expect(isAiLabelled(reply)).toBe(false);
    expect(hasFeedbackButtons(reply)).toBe(true);
  });

  it('answers an English question in English: the documents are German, Fundstellen for its German words', async () => {
    const id = nextConversation('a:english');
    await bot.channel.deliver(bot.url, bot.channel.message('How do I book a Dienstwagen for tomorrow?', { conversationId: id }));
    const [reply] = bot.channel.sent(id);
    expect(reply.text).toMatch(/^The documents are in German.*“Dienstwagen”/);
    expect(reply.text).toContain('dienstwagen.md');
    expect(expectCitationsWithinTeamsLimits(reply)[0].appearance.name).toBe('Dienstwagen');
  });
});

/** Number of the prompt's passage block that contains `text`. */
function blockWith(req: StubRequest, text: string): number {
  const prompt = String(req.body.messages.at(-1).content);
  const block = [...prompt.matchAll(/<dokument nr="(\d+)"[^>]*>([\s\S]*?)<\/dokument>/g)].find((m) => m[2].includes(text));
  return block ? Number(block[1]) : 1;
}

describe('generated answers on the wire', () => {
  let bot: WireBot;
  beforeAll(async () => {
    bot = await startWireBot({ model: () => stubReply.serverError(500) });
  });
  afterAll(() => bot.close());

  it('carries citation claims within Teams limits at the [n] positions, the AI label and feedback', async () => {
    bot.stub!.script(() =>
      stubReply.text('Dem Bauantrag sind der amtliche Lageplan, die Bauzeichnungen und die Baubeschreibung beizufügen [1]. Fehlende Unterlagen fordert die Bauaufsicht innerhalb von drei Wochen nach [1].'),
    );
    const id = nextConversation('a:generated');
    await bot.channel.deliver(bot.url, bot.channel.message('Welche Unterlagen sind dem Bauantrag beizufügen?', { conversationId: id }));
    const sent = bot.channel.sent(id);
    // A quick answer is one message, not a stream.
    expect(sent.map((a) => a.type)).toEqual(['message']);
    const reply = sent[0];
    expect(reply.text).toContain('Bauaufsicht');
    const claims = expectCitationsWithinTeamsLimits(reply);
    expect(claims.map((c) => c.position)).toEqual([1]);
    // The document's title (longer than Teams shows) and its section are clipped, not dropped.
    expect(claims[0].appearance.name).toMatch(/^Merkblatt über die Einreichung vollständiger Bauvorlagen.*…$/);
    expect(claims[0].appearance.abstract).toMatch(/^Dem Bauantrag sind der amtliche Lageplan.*…$/);
    expect(isAiLabelled(reply)).toBe(true);
    expect(hasFeedbackButtons(reply)).toBe(true);
  });

  it('searches an English question with its German translation and answers in English', async () => {
    bot.stub!.script((req) =>
      req.body.messages[0].content === TRANSLATE_QUERY_SYSTEM_PROMPT
        ? stubReply.text('Wo wird der Parkausweis für Bewohner beantragt?')
        : stubReply.text(`The residents' parking permit is applied for at the Bürgerservice in the Stadthaus [${blockWith(req, 'beantragt')}].`),
    );
    const id = nextConversation('a:english');
    await bot.channel.deliver(bot.url, bot.channel.message("Where do I apply for a residents' parking permit?", { conversationId: id }));
    const [reply] = bot.channel.sent(id);
    expect(reply.text).toContain("The residents' parking permit is applied for at the Bürgerservice");
    expect(expectCitationsWithinTeamsLimits(reply)[0].appearance.name).toBe('Bewohnerparken');
    const [translation, answer] = bot.stub!.chatRequests().slice(-2);
    expect(translation.body.messages[1].content).toContain("residents' parking permit");
    expect(answer.body.messages[0].content).toContain('Antworten Sie auf Englisch');
    expect(isAiLabelled(reply)).toBe(true);
  });

  it('numbers two sources [1] and [2] in text and claims alike', async () => {
    // The model cites the passage each statement comes from (the answer guard checks that it does).
    bot.stub!.script((req) => stubReply.text(`Der Parkausweis wird beim Bürgerservice im Stadthaus beantragt [${blockWith(req, 'beantragt')}]. Die Gebühr beträgt 30 Euro im Jahr [${blockWith(req, '30 Euro')}].`));
    const id = nextConversation('a:generated');
    await bot.channel.deliver(bot.url, bot.channel.message('Parkausweis beantragt Gebühr', { conversationId: id }));
    const [reply] = bot.channel.sent(id);
    const claims = expectCitationsWithinTeamsLimits(reply);
    expect(claims.map((c) => c.position).sort()).toEqual(markers(reply.text));
    expect(markers(reply.text)).toEqual([1, 2]);
    expect(isAiLabelled(reply)).toBe(true);
  });

  it('streams a slow answer in 1:1: informative first, buffered updates, one streamId, final message with citations and the AI label', async () => {
    const sentences = [
      'Der Parkausweis für Bewohner wird beim Bürgerservice im Stadthaus beantragt [1].',
      'Mitzubringen sind der Personalausweis und der Fahrzeugschein [1].',
      'Die Gebühr für den Parkausweis beträgt 30 Euro im Jahr [2].',
    ];
    // ~4 s of model output in small pieces: enough for several updates if nothing buffers. The
    // model cites the passages by what they hold ([1] the application, [2] the fee).
    bot.stub!.script((req) =>
      stubReply.text(sentences.join(' ').replace(/\[1\]/g, `[${blockWith(req, 'beantragt')}]`).replace('[2]', `[${blockWith(req, '30 Euro')}]`), { delayMs: 700, chunkSize: 6, chunkDelayMs: 120 }),
    );
    const id = nextConversation('a:streamed');
    await bot.channel.deliver(bot.url, bot.channel.message('Parkausweis beantragt Gebühr', { conversationId: id }));
    const requests = bot.channel.sentRequests(id);
    const sent = requests.map((r) => r.body as WireActivity);
    const updates = sent.filter((a) => a.type === 'typing');
    const final = sent[sent.length - 1];

    expect(updates.length).toBeGreaterThanOrEqual(3);
    expect(sent.slice(0, updates.length).every((a) => a.type === 'typing'), 'all updates before the final message').toBe(true);
    const infos = updates.map(streamInfo);
    expect(infos[0]).toMatchObject({ streamType: 'informative', streamSequence: 1 });
    expect(updates[0].text).toBe('Ich suche in den Dokumenten …');
    expect(infos.slice(1).every((i) => i.streamType === 'streaming')).toBe(true);
    expect(infos.map((i) => i.streamSequence)).toEqual(updates.map((_, i) => i + 1));
    // The stream's id is the id the channel gave its first activity; every later one carries it.
    const streamId = requests[0].assignedId;
    expect(infos.slice(1).every((i) => i.streamId === streamId)).toBe(true);
    // Each streamed text extends the one before (Teams replaces the preview with it).
    const texts = updates.slice(1).map((u) => u.text as string);
    texts.forEach((text, i) => i > 0 && expect(text.startsWith(texts[i - 1])).toBe(true));
    // Buffered: no more than one update per ~1.5 s (timestamps as the channel received them).
    const times = requests.slice(0, updates.length).map((r) => r.at);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1], `gap before update ${i + 1}`).toBeGreaterThanOrEqual(1400);

    expect(final.type).toBe('message');
    expect(streamInfo(final)).toEqual({ type: 'streaminfo', streamType: 'final', streamId });
    expect(final.text).toContain(sentences[2].replace(' [2].', ''));
    expect(final.text.startsWith(texts[texts.length - 1])).toBe(true);
    const claims = expectCitationsWithinTeamsLimits(final);
    expect(claims.map((c) => c.position).sort()).toEqual([1, 2]);
    expect(isAiLabelled(final)).toBe(true);
    expect(hasFeedbackButtons(final)).toBe(true);
  });

  it('does not stream in group chats and channels: one cited message, replying to the @mention', async () => {
    for (const conversationType of ['groupChat', 'channel'] as const) {
      bot.stub!.script(() => stubReply.text('Der Parkausweis für Bewohner wird beim Bürgerservice im Stadthaus beantragt [1].', { delayMs: 500, chunkSize: 6, chunkDelayMs: 30 }));
      const id = nextConversation(`19:${conversationType}`);
      await bot.channel.deliver(bot.url, bot.channel.message('Wie wird der Parkausweis beantragt?', { conversationType, conversationId: id }));
      const sent = bot.channel.sent(id);
      expect(sent.filter((a) => streamInfo(a)), conversationType).toEqual([]);
      const messages = sent.filter((a) => a.type === 'message');
      expect(messages).toHaveLength(1);
      expectCitationsWithinTeamsLimits(messages[0]);
      expect(isAiLabelled(messages[0])).toBe(true);
      expect(messageEntity(messages[0])).toBeDefined();
      expect(messages[0].replyToId).toMatch(/^in-/);
    }
  });

  it('keeps the @mention of the asker intact in a group reply', async () => {
    bot.stub!.script(() => stubReply.text('Dienstwagen werden über das Buchungsportal der Fahrbereitschaft reserviert [1].'));
    const id = nextConversation('19:group');
    await bot.channel.deliver(bot.url, bot.channel.message('Wie wird ein Dienstwagen reserviert?', { conversationType: 'groupChat', conversationId: id }));
    const [reply] = bot.channel.sent(id);
    const mention = (reply.entities ?? []).find((e: { type: string }) => e.type === 'mention');
    expect(mention).toEqual({ type: 'mention', text: `<at>${USER_ACCOUNT.name}</at>`, mentioned: { id: USER_ACCOUNT.id, name: USER_ACCOUNT.name } });
    expect(reply.text).toContain(mention.text);
    expectCitationsWithinTeamsLimits(reply);
  });
});
