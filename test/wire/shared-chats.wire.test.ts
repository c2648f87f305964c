/**
 * Shared chats go through the same answer use case as 1:1 chats, at the HTTP boundary: the same
 * retrieval, citations, feedback and audit record, no streaming (Teams streams only in 1:1), and
 * follow-up history per person in a group chat and per thread in a channel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLogFor } from '../../src/audit/create-audit-log.js';
import { stubReply } from '../fakes/openai-stub.js';
import type { WireActivity } from '../fakes/fake-bot-channel.js';
import { expectCitationsWithinTeamsLimits, hasFeedbackButtons, streamInfo } from './teams-limits.js';
import { startWireBot, type WireBot } from './wire-harness.js';

/** Two documents written for this test: both have an approval rule, so "Und wer genehmigt das?" depends on the topic before. */
const DOCUMENTS: Record<string, string> = {
  'dienstreisen.md': [
    '# Dienstreisen',
    '',
    '## Abrechnung',
    '',
    'Die Reisekosten sind spätestens sechs Monate nach dem Ende der Dienstreise bei der Reisekostenstelle abzurechnen.',
    '',
    '## Genehmigung',
    '',
    'Eine Dienstreise genehmigt die Leitung des Fachbereichs vor dem Antritt der Reise.',
    '',
  ].join('\n'),
  'urlaub.md': [
    '# Erholungsurlaub',
    '',
    '## Antrag',
    '',
    'Der Urlaub wird im Zeiterfassungsportal beantragt, möglichst vier Wochen vorher.',
    '',
    '## Genehmigung',
    '',
    'Den Urlaubsantrag genehmigt die unmittelbare Vorgesetzte oder der unmittelbare Vorgesetzte.',
    '',
  ].join('\n'),
};

const ANNA = { id: '29:anna', name: 'Anna Schmitz', aadObjectId: 'aad-anna' };
const BERND = { id: '29:bernd', name: 'Bernd Weber', aadObjectId: 'aad-bernd' };

const lastMessage = (bot: WireBot, conversationId: string): WireActivity => bot.channel.sent(conversationId).filter((a) => a.type === 'message').at(-1)!;

describe('shared chats without a model', () => {
  let bot: WireBot;
  beforeAll(async () => {
    bot = await startWireBot({ documents: DOCUMENTS });
  }, 60_000);
  afterAll(() => bot.close());

  it('answers an @mention in a group chat with the same cited, rated answer as in 1:1, and audits it', async () => {
    const question = 'Bis wann muss ich die Reisekosten abrechnen?';
    await bot.channel.deliver(bot.url, bot.channel.message(question, { from: ANNA, conversationId: 'a:anna-1to1' }));
    await bot.channel.deliver(bot.url, bot.channel.message(question, { from: ANNA, conversationType: 'groupChat', conversationId: '19:same@thread.v2' }));
    const personal = lastMessage(bot, 'a:anna-1to1');
    const group = lastMessage(bot, '19:same@thread.v2');
    expect(group.text).toContain(personal.text);
    expect(group.text).toContain('<at>Anna Schmitz</at>');
    expect(expectCitationsWithinTeamsLimits(group)).toEqual(expectCitationsWithinTeamsLimits(personal));
    expect(hasFeedbackButtons(group)).toBe(true);
    const audit = await createAuditLogFor(bot.app.services.config, { store: bot.app.services.store }).read(new Date(Date.now() - 600_000), new Date());
    expect(audit.filter((e) => e.capability === 'ask' && e.outcome === 'answered')).toHaveLength(2);
  });

  it('in a group chat, a follow-up continues the asker’s own question, not the last one in the chat', async () => {
    const chat = '19:followup-group@thread.v2';
    const ask = (from: typeof ANNA, text: string) => bot.channel.deliver(bot.url, bot.channel.message(text, { from, conversationType: 'groupChat', conversationId: chat }));
    await ask(ANNA, 'Bis wann muss ich die Reisekosten abrechnen?');
    await ask(BERND, 'Wo wird der Urlaub beantragt?');
    await ask(ANNA, 'Und wer genehmigt das?');
    const annaFollowUp = lastMessage(bot, chat);
    expect(annaFollowUp.text).toContain('<at>Anna Schmitz</at>');
    expect(annaFollowUp.text).toContain('Leitung des Fachbereichs');
    expect(annaFollowUp.text).not.toContain('Vorgesetzte');
    await ask(BERND, 'Und wer genehmigt das?');
    const berndFollowUp = lastMessage(bot, chat);
    expect(berndFollowUp.text).toContain('Vorgesetzte');
    expect(berndFollowUp.text).not.toContain('Leitung des Fachbereichs');
  });

  it('in a channel, a follow-up continues the topic of its thread, whoever asks', async () => {
    const threadA = '19:general@thread.tacv2;messageid=1700000000001';
    const threadB = '19:general@thread.tacv2;messageid=1700000000002';
    const ask = (from: typeof ANNA, conversationId: string, text: string) => bot.channel.deliver(bot.url, bot.channel.message(text, { from, conversationType: 'channel', conversationId }));
    await ask(ANNA, threadA, 'Bis wann muss ich die Reisekosten abrechnen?');
    await ask(ANNA, threadB, 'Wo wird der Urlaub beantragt?');
    await ask(BERND, threadA, 'Und wer genehmigt das?');
    expect(lastMessage(bot, threadA).text).toContain('Leitung des Fachbereichs');
    expect(lastMessage(bot, threadA).text).not.toContain('Vorgesetzte');
    await ask(BERND, threadB, 'Und wer genehmigt das?');
    expect(lastMessage(bot, threadB).text).toContain('Vorgesetzte');
    expect(lastMessage(bot, threadB).text).not.toContain('Leitung des Fachbereichs');
  });
});

describe('shared chats with a model', () => {
  let bot: WireBot;
  beforeAll(async () => {
    bot = await startWireBot({ documents: DOCUMENTS, model: () => stubReply.serverError(500) });
  }, 60_000);
  afterAll(() => bot.close());

  it('sends the follow-up history of the thread to the model, and does not stream', async () => {
    const thread = '19:general@thread.tacv2;messageid=1700000000009';
    bot.stub!.script(() => stubReply.text('Die Reisekosten sind spätestens sechs Monate nach dem Ende der Dienstreise abzurechnen [1].', { chunkSize: 8, chunkDelayMs: 20 }));
    await bot.channel.deliver(bot.url, bot.channel.message('Bis wann muss ich die Reisekosten abrechnen?', { from: ANNA, conversationType: 'channel', conversationId: thread }));
    const requestsBefore = bot.stub!.requests.length;
    bot.stub!.script(() => stubReply.text('Eine Dienstreise genehmigt die Leitung des Fachbereichs vor dem Antritt der Reise [1].'));
    await bot.channel.deliver(bot.url, bot.channel.message('Und wer genehmigt das?', { from: BERND, conversationType: 'channel', conversationId: thread }));
    const prompts = bot.stub!.requests.slice(requestsBefore).map((r) => JSON.stringify(r.body.messages));
    // The earlier question of the thread reaches the model with the follow-up (condensing or answer prompt).
    expect(prompts.some((p) => p.includes('Reisekosten abrechnen'))).toBe(true);
    const sent = bot.channel.sent(thread);
    expect(sent.filter((a) => streamInfo(a))).toEqual([]);
    expect(lastMessage(bot, thread).text).toContain('Leitung des Fachbereichs');
  });
});
