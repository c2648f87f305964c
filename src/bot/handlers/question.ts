/**
 * A question in chat: guards (rate and input limits), the user's Graph token, the grounded
 * answer, the audit record — and in shared conversations, answers built on private sources
 * (mail, OneDrive) go to the user in 1:1 with a short note in the group.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { interpretSourceNarrowing } from '../../knowledge/sources/narrow-sources.js';
import { driveItemVisibility, isPrivatePassage } from '../../knowledge/sources/privacy.js';
import type { SourceId } from '../../knowledge/types.js';
import { answerActivity, newAnswerRef } from '../render/answer-activity.js';
import { addressedTo } from '../render/mention.js';
import type { AuditRecord, BotAnswer, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { isPersonalChat, turnLocale, userContext } from '../turn.js';
import { createAskHandler } from './ask.js';
import { deliverPrivately } from './private-delivery.js';
import { createTokenSource, takePendingQuestion } from './sign-in.js';
import { GRAPH_SETTING } from '../auth.js';

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;

/** Mail and OneDrive content is private; SharePoint items are checked by their URL as well. */
export function isPrivateCitation(c: { sourceId?: string; source: string; meta?: Record<string, string> }): boolean {
  if (isPrivatePassage({ sourceId: (c.sourceId ?? 'local') as SourceId, meta: c.meta })) return true;
  return c.sourceId === 'sharepoint' && driveItemVisibility(c.source) === 'private';
}

export function createQuestionHandler(services: BotServices, app: Application<TurnState>, authConfigured: boolean, audit: Audit) {
  const ask = createAskHandler(services);
  const graphToken = createTokenSource(services, app, authConfigured);

  async function answer(context: TurnContext, state: TurnState, question: string, token: string | undefined): Promise<void> {
    const locale = turnLocale(context);
    const narrowing = interpretSourceNarrowing(question);
    const wantsOnlyM365 = narrowing.sources !== undefined && narrowing.sources.every((s) => s === 'outlook' || s === 'sharepoint');
    if (!token && wantsOnlyM365) {
      await audit(context, { capability: 'ask', outcome: 'refused' });
      await context.sendActivity(t(authConfigured ? TEXTS.signInFailed : TEXTS.signInUnavailable, locale));
      return;
    }
    const started = Date.now();
    const shared = !isPersonalChat(context);
    let result: BotAnswer;
    if (shared) {
      // Build the reply without sending, so private content can be rerouted before anyone sees it.
      result = await services.ask({ question, user: userContext(context, token), history: [] });
      if (result.citations.some(isPrivateCitation)) {
        const reply = answerActivity(result, t(TEXTS.sourcesTitle, locale), true, newAnswerRef());
        await deliverPrivately(context, services.config.BOT_ID ?? '', async (personal) => void (await personal.sendActivity(reply)));
        await context.sendActivity(addressedTo(t(TEXTS.privateAnswerNote, locale), context.activity.from));
      } else {
        await context.sendActivity(addressedTo(answerActivity(result, t(TEXTS.sourcesTitle, locale), true, newAnswerRef()), context.activity.from));
      }
    } else {
      result = await ask(context, state, question, token);
    }
    // A missing permission (e.g. Mail.Read not granted) is explained, so IT knows what to do.
    const forbidden = result.failures?.find((f) => f.kind === 'forbidden');
    if (forbidden) await context.sendActivity(forbidden.message);
    if (token && result.failures?.some((f) => f.kind === 'auth')) {
      // The token was refused (expired, revoked): forget it, so the next question asks for a fresh sign-in.
      if (authConfigured) await app.authentication.signOutUser(context, state, GRAPH_SETTING);
      await context.sendActivity(t(TEXTS.signInAgain, locale));
    }
    await audit(context, {
      capability: 'ask',
      outcome: result.found ? 'answered' : 'noResults',
      sources: result.citations.map((c) => ({ id: `${c.sourceId ?? 'local'}:${c.source}`, ...(/^https?:/.test(c.source) ? { url: c.source } : {}) })),
      durationMs: Date.now() - started,
      ...(result.quarantined ? { quarantined: result.quarantined } : {}),
    });
  }

  async function onQuestion(context: TurnContext, state: TurnState, text: string): Promise<void> {
    const locale = turnLocale(context);
    const token = await graphToken(context, state, text);
    if (token.status === 'pending') return;
    if (token.status === 'failed') await context.sendActivity(t(TEXTS.signInFailed, locale));
    await answer(context, state, text, token.status === 'token' ? token.token : undefined);
  }

  /** After a completed sign-in: answer the question that waited for it. */
  async function onSignInSuccess(context: TurnContext, state: TurnState, token: string | undefined): Promise<void> {
    const question = takePendingQuestion(state);
    if (question) await answer(context, state, question, token);
  }

  /** After a failed or declined sign-in: say so, and answer from the local knowledge. */
  async function onSignInFailure(context: TurnContext, state: TurnState): Promise<void> {
    await context.sendActivity(t(TEXTS.signInFailed, turnLocale(context)));
    const question = takePendingQuestion(state);
    if (question) await answer(context, state, question, undefined);
  }

  return { onQuestion, onSignInSuccess, onSignInFailure, graphToken };
}
