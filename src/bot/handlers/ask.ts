/**
 * The answer of a chat turn, the same in 1:1 chats, group chats and channels: the question use
 * case (sources, retrieval, grounding, citations, unanswered record) with the conversation's
 * history, then the reply. What differs by chat type is only what Teams allows and who may see it:
 * - 1:1: streamed when a model is configured; history per conversation.
 * - Channel: one message (Teams does not stream outside 1:1), addressed to the asker; history per
 *   thread (a Teams thread has its own conversation id), so a follow-up refers to the thread's topic.
 * - Group chat: one message, addressed to the asker; history per person, so one person's follow-up
 *   never continues someone else's question.
 * In shared chats an answer built on private sources (mail, OneDrive) goes to the asker in 1:1
 * with a short note in the chat, and is kept out of the shared history.
 */
import type { TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import { driveItemVisibility, isPrivatePassage } from '../../knowledge/sources/privacy.js';
import type { SourceId } from '../../knowledge/types.js';
import type { ChatMessage } from '../../llm/chat-model.js';
import { answerActivity, newAnswerRef } from '../render/answer-activity.js';
import { AnswerStream } from '../render/answer-stream.js';
import { addressedTo } from '../render/mention.js';
import type { BotAnswer, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { isPersonalChat, turnLocale, userContext } from '../turn.js';
import { deliverPrivately } from './private-delivery.js';

const HISTORY_TURNS = 3;
/** People whose history a group chat keeps at most (the oldest entry goes first). */
const MAX_PEOPLE = 50;

type ConversationState = { history?: ChatMessage[]; historyByPerson?: Record<string, ChatMessage[]> };

/** Mail and OneDrive content is private; SharePoint items are checked by their URL as well. */
export function isPrivateCitation(c: { sourceId?: string; source: string; meta?: Record<string, string> }): boolean {
  if (isPrivatePassage({ sourceId: (c.sourceId ?? 'local') as SourceId, meta: c.meta })) return true;
  return c.sourceId === 'sharepoint' && driveItemVisibility(c.source) === 'private';
}

/** Whose history a question continues: the conversation (1:1, channel thread) or the person (group chat). */
function historyOwner(context: TurnContext): string | undefined {
  const type = context.activity.conversation?.conversationType;
  const threaded = type === 'channel' && /;messageid=/.test(context.activity.conversation?.id ?? '');
  if (isPersonalChat(context) || threaded) return undefined;
  return userContext(context).userId;
}

function readHistory(state: TurnState, owner: string | undefined): ChatMessage[] {
  const conversation = state.conversation as ConversationState;
  return (owner === undefined ? conversation.history : conversation.historyByPerson?.[owner]) ?? [];
}

function writeHistory(state: TurnState, owner: string | undefined, history: ChatMessage[]): void {
  const conversation = state.conversation as ConversationState;
  if (owner === undefined) {
    conversation.history = history;
    return;
  }
  const byPerson = { ...(conversation.historyByPerson ?? {}) };
  delete byPerson[owner];
  byPerson[owner] = history;
  const people = Object.keys(byPerson);
  for (const old of people.slice(0, Math.max(0, people.length - MAX_PEOPLE))) delete byPerson[old];
  conversation.historyByPerson = byPerson;
}

/** Sign-out: forgets the history this person's questions continue (in a group chat only theirs). */
export function forgetHistory(context: TurnContext, state: TurnState): void {
  const owner = historyOwner(context);
  const conversation = state.conversation as ConversationState;
  if (owner === undefined) conversation.history = [];
  else if (conversation.historyByPerson) writeHistory(state, owner, []);
}

export function createAskHandler(services: BotServices) {
  return async function ask(context: TurnContext, state: TurnState, question: string, graphToken?: string): Promise<BotAnswer> {
    const locale = turnLocale(context);
    const shared = !isPersonalChat(context);
    const owner = historyOwner(context);
    const history = readHistory(state, owner);
    const user = userContext(context, graphToken);
    // Teams streams only in 1:1 chats.
    const stream = services.generative && !shared ? new AnswerStream(context) : undefined;
    stream?.informative(t(TEXTS.working, locale));

    const answer = await services.ask({ question, user, history, onDelta: stream ? (d) => stream.delta(d) : undefined });
    const reply = answerActivity(answer, t(TEXTS.sourcesTitle, locale), true, newAnswerRef());
    let keep = true;
    if (stream) await stream.end(reply);
    else if (!shared) await context.sendActivity(reply);
    else if (answer.citations.some(isPrivateCitation)) {
      // Built without sending, so private content is rerouted before anyone else sees it.
      await deliverPrivately(context, services.config.BOT_ID ?? '', async (personal) => void (await personal.sendActivity(reply)));
      await context.sendActivity(addressedTo(t(TEXTS.privateAnswerNote, locale), context.activity.from));
      keep = false;
    } else {
      await context.sendActivity(addressedTo(reply, context.activity.from));
    }

    if (keep) {
      const next: ChatMessage[] = [...history, { role: 'user', content: question }, { role: 'assistant', content: answer.answer }];
      writeHistory(state, owner, next.slice(-HISTORY_TURNS * 2));
    }
    return answer;
  };
}
