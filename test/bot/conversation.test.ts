import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { AskInput, BotAnswer } from '../../src/bot/index.js';
import { createTestBot, textOf } from './helpers.js';

const ANSWER: BotAnswer = {
  found: true,
  mode: 'extractive',
  answer: 'Die Reisekosten sind binnen sechs Monaten abzurechnen [1].',
  citations: [{ id: 1, title: 'Dienstreisen und Reisekosten', source: 'dienstreisen.md', snippet: 'Die Abrechnung ist binnen sechs Monaten …' }],
};

describe('conversation basics', () => {
  it('greets a user added to a personal chat with a welcome card', async () => {
    const { adapter } = createTestBot();
    await adapter
      .send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'Anna' }], recipient: { id: 'bot', name: 'Bot' } } as Partial<Activity>)
      .assertReply((a) => {
        const card = a.attachments?.[0];
        expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(JSON.stringify(card?.content)).toContain('Willkommen beim Rathaus-Assistenten');
        // Transparency (EU AI Act Art. 50): people learn at once that they talk to an AI system.
        expect(JSON.stringify(card?.content)).toContain('KI-Assistent');
      });
  });

  it('lists what it can do on "Hilfe", in German', async () => {
    const { adapter } = createTestBot();
    await adapter.send('Hilfe').assertReply((a) => {
      expect(textOf(a)).toContain('Was ich für Sie tun kann');
      expect(textOf(a)).toContain('Niederschrift erstellen');
      expect(a.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    });
  });

  it('switches to English on "help"', async () => {
    const { adapter } = createTestBot();
    await adapter.send('help').assertReply((a) => expect(textOf(a)).toContain('What I can do for you'));
  });

  it('answers an English question in English and a German one in German', async () => {
    const seen: AskInput[] = [];
    const { adapter } = createTestBot({
      ask: async (input) => {
        seen.push(input);
        return ANSWER;
      },
    });
    await adapter.send('What is the deadline for travel expenses?').assertReply(() => undefined);
    await adapter.send('Bis wann muss ich meine Reisekosten abrechnen?').assertReply(() => undefined);
    expect(seen.map((s) => s.user.locale)).toEqual(['en', 'de']);
  });

  it('guides on empty or meaningless input instead of searching', async () => {
    let asked = 0;
    const { adapter } = createTestBot({
      ask: async () => {
        asked++;
        return ANSWER;
      },
    });
    await adapter.send('?!').assertReply((a) => expect(textOf(a)).toContain('Stellen Sie mir bitte eine Frage'));
    await adapter.send('Hallo').assertReply((a) => expect(textOf(a)).toContain('Stellen Sie mir bitte eine Frage'));
    // The "Frage stellen" entry of the command list carries no question yet.
    await adapter.send('Frage stellen').assertReply((a) => expect(textOf(a)).toContain('Stellen Sie mir bitte eine Frage'));
    expect(asked).toBe(0);
  });

  it('refuses an overlong message with a clear German message', async () => {
    const { adapter } = createTestBot({ config: { MAX_MESSAGE_CHARS: '100' } });
    await adapter.send('Frage '.repeat(40)).assertReply((a) => expect(textOf(a)).toContain('höchstens 100 Zeichen'));
  });

  it('replies with a cited answer: [n] markers, citation entities and the sources list', async () => {
    const { adapter } = createTestBot({ ask: async () => ANSWER });
    await adapter.send('Bis wann muss ich meine Reisekosten abrechnen?').assertReply((a) => {
      expect(textOf(a)).toContain('[1]');
      const entity = a.entities?.find((e) => e.type === 'https://schema.org/Message') as { citation?: { position: number; appearance: { name: string } }[]; additionalType?: string[] };
      expect(entity?.citation?.[0]).toMatchObject({ position: 1, appearance: { name: 'Dienstreisen und Reisekosten' } });
      // Extractive quotes are not generated text: no AI label.
      expect(entity?.additionalType).toBeUndefined();
      expect(a.channelData).toMatchObject({ feedbackLoopEnabled: true });
    });
  });

  it('offers the feedback buttons on a "nicht gefunden" answer too, so misses can be reported', async () => {
    const { adapter } = createTestBot({ ask: async () => ({ ...ANSWER, found: false, answer: 'Die verfügbaren Dokumente beantworten diese Frage nicht.', citations: [] }) });
    await adapter.send('Wann ist der nächste Betriebsausflug?').assertReply((a) => {
      expect(textOf(a)).toContain('beantworten diese Frage nicht');
      expect(a.channelData).toMatchObject({ feedbackLoopEnabled: true });
    });
  });

  it('labels generated answers as AI generated', async () => {
    const { adapter } = createTestBot({ ask: async () => ({ ...ANSWER, mode: 'generative' }) });
    await adapter
      .send({ type: 'message', text: 'Bis wann muss ich abrechnen?', conversation: { id: 'group', conversationType: 'groupChat', isGroup: true, name: '' }, entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>Bot</at>' }], recipient: { id: 'bot', name: 'Bot' } } as Partial<Activity>)
      .assertReply((a) => {
        const entity = a.entities?.find((e) => e.type === 'https://schema.org/Message') as { additionalType?: string[] };
        expect(entity?.additionalType).toEqual(['AIGeneratedContent']);
        // Generated text carries a sources list with the document's location.
        expect(textOf(a)).toContain('Quellen');
        expect(textOf(a)).toContain('dienstreisen.md');
      });
  });

  it('sends a fast generated answer as one message, and streams a slow one after a "searching" notice', async () => {
    const fast = createTestBot({ generative: true, ask: async ({ onDelta }) => (onDelta?.('Die Frist '), onDelta?.('beträgt sechs Monate [1].'), { ...ANSWER, mode: 'generative' }) });
    await fast.adapter.send('Bis wann muss ich meine Reisekosten abrechnen?').assertReply((a) => {
      expect(a.type).toBe('message');
      expect(a.entities?.some((e) => e.type === 'streaminfo')).toBe(false);
    });
    expect(fast.adapter.activeQueue).toHaveLength(0);

    const slow = createTestBot({
      generative: true,
      ask: async ({ onDelta }) => {
        await new Promise((r) => setTimeout(r, 600));
        onDelta?.('Die Frist ');
        // Updates are buffered: the first one goes out 1.5 s after the "searching" notice.
        await new Promise((r) => setTimeout(r, 1600));
        onDelta?.('beträgt ');
        await new Promise((r) => setTimeout(r, 50));
        return { ...ANSWER, mode: 'generative' };
      },
    });
    await slow.adapter
      .send('Bis wann muss ich meine Reisekosten abrechnen?')
      .assertReply((a) => {
        expect(a.type).toBe('typing');
        expect(a.channelData).toMatchObject({ streamType: 'informative' });
        expect(a.text).toContain('Ich suche');
      })
      .assertReply((a) => expect(a.channelData).toMatchObject({ streamType: 'streaming' }))
      .assertReply((a) => {
        expect(a.type).toBe('message');
        expect(a.channelData).toMatchObject({ streamType: 'final', feedbackLoopEnabled: true });
        // The final text is the checked answer, not the raw deltas.
        expect(a.text).toContain(ANSWER.answer);
      });
  });

  it('shows the typing indicator while a slow answer is being prepared', async () => {
    const { adapter } = createTestBot({ ask: async () => (await new Promise((r) => setTimeout(r, 1300)), ANSWER) });
    await adapter
      .send('Bis wann muss ich meine Reisekosten abrechnen?')
      .assertReply((a) => expect(a.type).toBe('typing'))
      .assertReply((a) => expect(a.type).toBe('message'));
  });

  it('passes the previous turn as history for follow-up questions', async () => {
    const seen: AskInput[] = [];
    const { adapter } = createTestBot({
      ask: async (input) => {
        seen.push(structuredClone({ ...input, onDelta: undefined }));
        return ANSWER;
      },
    });
    await adapter.send('Bis wann muss ich meine Reisekosten abrechnen?').assertReply(() => undefined);
    await adapter.send('Und wer genehmigt das?').assertReply(() => undefined);
    expect(seen[1].history).toEqual([
      { role: 'user', content: 'Bis wann muss ich meine Reisekosten abrechnen?' },
      { role: 'assistant', content: ANSWER.answer },
    ]);
  });

  it('ends an error in a friendly German message whose reference id is also in the log', async () => {
    const { adapter, logs } = createTestBot({
      ask: async () => {
        throw new Error('index exploded at /secret/path');
      },
    });
    let ref = '';
    await adapter.send('Bis wann muss ich meine Reisekosten abrechnen?').assertReply((a) => {
      expect(textOf(a)).toContain('Entschuldigung, dabei ist ein Fehler aufgetreten');
      expect(textOf(a)).not.toContain('exploded');
      ref = /Referenz ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(textOf(a))?.[1] ?? '';
    });
    expect(ref).not.toBe('');
    const logged = logs.find((l) => l.ref === ref);
    expect(logged?.msg).toBe('turn failed');
    expect(typeof logged?.correlationId).toBe('string');
  });

  it('does not log message content at info level', async () => {
    const { adapter, logs } = createTestBot({ ask: async () => ANSWER });
    await adapter.send('Geheime Frage zur Personalakte Müller').assertReply(() => undefined);
    expect(JSON.stringify(logs)).not.toContain('Personalakte');
    expect(logs.some((l) => l.msg === 'turn done')).toBe(true);
  });

  it('stays silent in a group chat unless mentioned', async () => {
    let asked = 0;
    const { adapter } = createTestBot({
      ask: async () => {
        asked++;
        return ANSWER;
      },
    });
    await adapter.send({ type: 'message', text: 'Wer bringt Kuchen mit?', conversation: { id: 'g1', conversationType: 'groupChat', isGroup: true, name: '' }, recipient: { id: 'bot', name: 'Bot' } } as Partial<Activity>);
    await adapter.send({ type: 'message', text: 'Hilfe', conversation: { id: 'g1', conversationType: 'groupChat', isGroup: true, name: '' }, recipient: { id: 'bot', name: 'Bot' } } as Partial<Activity>);
    expect(asked).toBe(0);
    expect(adapter.activeQueue.length).toBe(0);
  });

  it('records thumbs up/down feedback', async () => {
    const { adapter, services } = createTestBot();
    const records: unknown[] = [];
    services.recordFeedback = async (r) => {
      records.push(r);
    };
    await adapter.send({ type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'dislike', feedback: '{"feedbackText":"veraltet"}' } }, replyToId: 'reply-1' } as Partial<Activity>).assertReply((a) => expect(a.type).toBe('invokeResponse'));
    expect(records).toEqual([expect.objectContaining({ reaction: 'dislike', replyToId: 'reply-1', comment: '{"feedbackText":"veraltet"}' })]);
  });
});
