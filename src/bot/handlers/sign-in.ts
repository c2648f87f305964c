/**
 * The delegated Microsoft Graph token of this turn. Teams SSO or the OAuth connection when
 * configured; nothing in local mode (the Agents Playground has no sign-in). A question asked
 * while the sign-in is pending is kept and answered once the sign-in completes or fails.
 */
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotServices } from '../services.js';
import { GRAPH_SETTING } from '../auth.js';

export type TokenOutcome = { status: 'token'; token: string } | { status: 'none' } | { status: 'pending' } | { status: 'failed' };

type PendingState = { pendingQuestion?: string };

export function createTokenSource(services: BotServices, app: Application<TurnState>, authConfigured: boolean) {
  return async function graphToken(context: TurnContext, state: TurnState, question: string): Promise<TokenOutcome> {
    if (services.graphTokenFor) {
      const token = await services.graphTokenFor(context.activity.from?.aadObjectId ?? context.activity.from?.id ?? '');
      return token ? { status: 'token', token } : { status: 'none' };
    }
    if (!authConfigured) return { status: 'none' };
    const signedIn = await app.authentication.get(GRAPH_SETTING).isUserSignedIn(context);
    if (signedIn) return { status: 'token', token: signedIn };
    const response = await app.authentication.signUserIn(context, state, GRAPH_SETTING);
    if (response.status === 'complete') {
      const token = (state.temp as { authTokens?: Record<string, string> }).authTokens?.[GRAPH_SETTING];
      return token ? { status: 'token', token } : { status: 'failed' };
    }
    if (response.status === 'pending') {
      (state.conversation as PendingState).pendingQuestion = question;
      return { status: 'pending' };
    }
    return { status: 'failed' };
  };
}

/** Takes the question that waited for the sign-in, if any. */
export function takePendingQuestion(state: TurnState): string | undefined {
  const conversation = state.conversation as PendingState;
  const question = conversation.pendingQuestion;
  delete conversation.pendingQuestion;
  return question;
}
