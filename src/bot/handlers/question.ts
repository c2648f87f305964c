/**
 * A question in chat: the user's Graph token (sign-in), the grounded answer (ask.ts, the same for
 * 1:1, group chats and channels) and the audit record.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { interpretSourceNarrowing } from '../../knowledge/sources/narrow-sources.js';
import type { AuditRecord, BotAnswer, BotServices } from '../services.js';
import { TEXTS, t } from '../texts.js';
import { turnLocale } from '../turn.js';
import { createAskHandler } from './ask.js';
import { createTokenSource, takePendingQuestion } from './sign-in.js';
import { GRAPH_SETTING } from '../auth.js';

export { isPrivateCitation } from './ask.js';

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;

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
    // One answer path for 1:1, group chats and channels (ask.ts decides streaming, history and privacy).
    const result: BotAnswer = await ask(context, state, question, token);
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
