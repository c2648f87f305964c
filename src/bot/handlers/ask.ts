/** A question in chat → the grounded answer pipeline → a cited reply (streamed in 1:1 when generative). */
import type { TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import type { ChatMessage } from '../../llm/chat-model.js';
import { answerActivity } from '../render/answer-activity.js';
import { AnswerStream } from '../render/answer-stream.js';
import type { BotAnswer, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { isPersonalChat, turnLocale, userContext } from '../turn.js';

const HISTORY_TURNS = 3;

type ConversationState = { history?: ChatMessage[] };

export function createAskHandler(services: BotServices) {
  return async function ask(context: TurnContext, state: TurnState, question: string, graphToken?: string): Promise<BotAnswer> {
    const locale = turnLocale(context);
    const conversation = state.conversation as ConversationState;
    const history = conversation.history ?? [];
    const user = userContext(context, graphToken);
    const stream = services.generative && isPersonalChat(context) ? new AnswerStream(context) : undefined;
    stream?.informative(t(TEXTS.working, locale));

    const answer = await services.ask({ question, user, history, onDelta: stream ? (d) => stream.delta(d) : undefined });
    const reply = answerActivity(answer, t(TEXTS.sourcesTitle, locale), true);
    if (stream) await stream.end(reply);
    else await context.sendActivity(reply);

    const next: ChatMessage[] = [...history, { role: 'user', content: question }, { role: 'assistant', content: answer.answer }];
    conversation.history = next.slice(-HISTORY_TURNS * 2);
    return answer;
  };
}
