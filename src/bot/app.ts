/**
 * The Teams AI Application: routing of welcome, help, sign-out, questions and feedback.
 * Everything it does beyond routing is a framework-free use case from BotServices.
 */
import { ActivityTypes, type ConversationReference, type TurnContext } from 'botbuilder';
import type { MinutesDraft } from '../minutes/draft-schema.js';
import type { MinutesFiles } from '../minutes/minutes-files.js';
import type { PendingRequest } from '../minutes/pending-requests.js';
import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import { newReferenceId } from '../core/logger.js';
import { outboundPolicyFromConfig } from '../security/from-config.js';
import { createOutboundFetch } from '../security/outbound-fetch.js';
import { z } from 'zod';
import { helpCard, helpText, welcomeCard } from './render/cards.js';
import { TIME_FEEDBACK_VERB } from './render/minutes-card.js';
import { authenticationOptions, GRAPH_SETTING } from './auth.js';
import { createAdminHandler, PILOT_REPORT, REINDEX, USAGE_REPORT } from './handlers/admin.js';
import { CHECK_TRIGGER, createCheckHandler } from './handlers/check.js';
import { createBackgroundTurns } from './handlers/background.js';
import { createFileConsentHandlers } from './handlers/file-consent.js';
import { CHECK_TYPE_ACTION } from './render/check-card.js';
import { passesGuards } from './handlers/guards.js';
import { CANCEL_TRIGGER, createMinutesHandler, MINUTES_TRIGGER } from './handlers/minutes.js';
import { createQuestionHandler } from './handlers/question.js';
import { forgetHistory } from './handlers/ask.js';
import type { AuditRecord, BotServices } from './services.js';
import { StoreStateStorage } from './state-storage.js';
import { TEXTS, t } from './texts.js';
import { attachTurnLogger, isPersonalChat, playgroundOrigins, turnLocale, turnLogger, userContext, wasMentioned } from './turn.js';

const HELP = /^\s*(hilfe|help|\?|was kannst du\??|what can you do\??)\s*$/i;
const SIGN_OUT = /^\s*(abmelden|sign ?out|log ?out|logout)\s*$/i;
const GREETING = /^\s*(hallo|hi|hello|guten (morgen|tag|abend)|moin|servus|hey)[\s!.]*$/i;
/** The "Frage stellen" command of the app's command list carries no question yet. */
const ASK_COMMAND = /^\s*(frage stellen|ask a question)\s*$/i;
const AUDITED_KEY = Symbol('rathaus.audited');
const TIME_FEEDBACK = z.union([
  z.object({ task: z.literal('answer'), verdict: z.literal('saved'), ref: z.string().min(8).max(100) }),
  z.object({ task: z.literal('minutes'), verdict: z.enum(['shorter', 'same', 'longer']), ref: z.string().min(8).max(100) }),
]);
const CAPABILITY_KEY = Symbol('rathaus.capability');

/** True when the text carries no question worth searching for (empty, emoji, punctuation). */
export function isEmptyInput(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length < 2;
}

export interface Bot {
  app: Application<TurnState>;
  /** Runs one turn: attaches the turn logger, routes, and turns any error into a friendly reply. */
  runTurn(context: TurnContext): Promise<void>;
  /** Delivers a minutes draft that finished after a restart to the conversation it was asked in (`reference`: the opaque job context). */
  deliverResumedMinutes(reference: unknown, id: string, draft: MinutesDraft, files: MinutesFiles): Promise<void>;
  /** Tells the clerk that a minutes request a restart cut off while its transcript was fetched must be sent again. */
  reportInterruptedMinutes(request: PendingRequest): Promise<void>;
  /** Resolves when no request acknowledged by this process (minutes, checks) is still running in the background. */
  idle(): Promise<void>;
}

export function createBot(services: BotServices, adapter: TeamsAdapter): Bot {
  const auth = authenticationOptions(services.config);
  const app = new Application<TurnState>({
    adapter,
    botAppId: services.config.BOT_ID ?? '',
    storage: new StoreStateStorage(services.store, services.logger),
    removeRecipientMention: true,
    startTypingTimer: true,
    authentication: auth,
  });

  const guards = services.guards;
  // Every turn that uses a capability leaves one audit record; a turn that fails before its
  // handler wrote one gets an "error" record with the reference id shown to the user.
  const audit = async (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => {
    const user = userContext(context);
    context.turnState.set(AUDITED_KEY, true);
    await services.audit?.({ userId: user.userId, tenantId: user.tenantId, ...record }).catch((e: unknown) => turnLogger(context, services.logger).error({ err: String(e) }, 'audit write failed'));
  };
  const route = (context: TurnContext, capability: AuditRecord['capability']) => context.turnState.set(CAPABILITY_KEY, capability);

  const questions = createQuestionHandler(services, app, auth !== undefined, audit);
  // Minutes and checks with attachments answer the turn at once and carry on in the background.
  const background = createBackgroundTurns({ botId: services.config.BOT_ID ?? '', logger: services.logger });
  const minutes = createMinutesHandler(services, questions.graphToken, audit, background);
  const admin = createAdminHandler(services, questions.graphToken, audit);
  const check = createCheckHandler(services, audit, background);
  if (auth) {
    const graphAuth = app.authentication.get(GRAPH_SETTING);
    graphAuth.onUserSignInSuccess(async (context, state) => {
      const token = (state.temp as { authTokens?: Record<string, string> }).authTokens?.[GRAPH_SETTING];
      await questions.onSignInSuccess(context, state, token);
    });
    graphAuth.onUserSignInFailure(async (context, state) => questions.onSignInFailure(context, state));
  }

  // Tenant check before anything else: a foreign tenant gets one neutral message and nothing is searched.
  app.turn('beforeTurn', async (context) => {
    if (!guards) return true;
    const { tenantId } = userContext(context);
    if (guards.isTenantAllowed(tenantId)) return true;
    turnLogger(context, services.logger).warn({ tenantId }, 'activity from a tenant that is not allowed refused');
    await audit(context, { capability: 'ask', outcome: 'refused' });
    if (context.activity.type === ActivityTypes.Message) await context.sendActivity(t(TEXTS.tenantRefused, turnLocale(context)));
    return false;
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    // Personal chat: greet when the user is added; group/team: greet once when the bot is added.
    const greet = isPersonalChat(context) ? added.some((m) => m.id !== botId) : added.some((m) => m.id === botId);
    if (greet) await context.sendActivity({ attachments: [welcomeCard(turnLocale(context))] });
  });

  // In group chats and channels the bot reacts only when @mentioned, commands included.
  const addressed = (context: TurnContext) => isPersonalChat(context) || wasMentioned(context);

  app.message(HELP, async (context) => {
    if (!addressed(context)) return;
    const locale = turnLocale(context);
    await context.sendActivity({ text: helpText(locale), attachments: [helpCard(locale)] });
  });

  app.message(SIGN_OUT, async (context, state) => {
    if (!addressed(context)) return;
    forgetHistory(context, state);
    if (auth) await app.authentication.signOutUser(context, state, GRAPH_SETTING);
    await context.sendActivity(t(TEXTS.signedOut, turnLocale(context)));
  });

  const consent = createFileConsentHandlers({
    store: services.store,
    outbound: services.outbound ?? createOutboundFetch(outboundPolicyFromConfig(services.config)),
    audit,
    extraOrigins: (context) => playgroundOrigins(context, services.config),
  });
  app.fileConsentAccept(async (context, _state, response) => consent.accept(context, response as never));
  app.fileConsentDecline(async (context, _state, response) => consent.decline(context, response as never));

  app.feedbackLoop(async (context, _state, data) => {
    const comment = typeof data.actionValue.feedback === 'string' ? data.actionValue.feedback : JSON.stringify(data.actionValue.feedback);
    await services.recordFeedback?.({
      userId: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown',
      conversationId: context.activity.conversation?.id ?? '',
      replyToId: data.replyToId,
      reaction: data.actionValue.reaction,
      comment,
      at: new Date().toISOString(),
    });
    turnLogger(context, services.logger).info({ reaction: data.actionValue.reaction }, 'feedback recorded');
    await audit(context, { capability: 'feedback', outcome: 'completed' });
  });

  // "Hat mir Zeit gespart" under an answer and the clerk's shorter/same/longer on the minutes card.
  app.adaptiveCards.actionSubmit(TIME_FEEDBACK_VERB, async (context, _state, data: Record<string, unknown>) => {
    const parsed = TIME_FEEDBACK.safeParse(data);
    if (!parsed.success || !services.recordTimeFeedback) return;
    const user = userContext(context);
    const userId = context.activity.from?.aadObjectId ?? user.userId;
    await services.recordTimeFeedback({ task: parsed.data.task, verdict: parsed.data.verdict, userId, tenantId: user.tenantId, taskId: parsed.data.ref });
    await audit(context, { capability: 'feedback', action: parsed.data.task === 'answer' ? 'time-saved' : 'minutes-time', outcome: 'completed' });
    await context.sendActivity(t(TEXTS.timeFeedbackThanks, turnLocale(context)));
  });

  app.activity(ActivityTypes.Message, async (context, state) => {
    if (!addressed(context)) return;
    const text = (context.activity.text ?? '').trim();
    const locale = turnLocale(context);
    const submitted = context.activity.value as { action?: unknown; held?: unknown; type?: unknown } | undefined;
    if (submitted?.action === CHECK_TYPE_ACTION) {
      route(context, 'check');
      return check.onTypeChosen(context, submitted);
    }
    if (isEmptyInput(text) || GREETING.test(text) || ASK_COMMAND.test(text)) {
      await context.sendActivity(t(TEXTS.guidance, locale));
      return;
    }
    const capability = USAGE_REPORT.test(text) || REINDEX.test(text) || PILOT_REPORT.test(text) ? 'admin' : CHECK_TRIGGER.test(text) ? 'check' : MINUTES_TRIGGER.test(text) || CANCEL_TRIGGER.test(text) ? 'minutes' : 'ask';
    route(context, capability);
    if (!(await passesGuards(services, context, text, audit))) return;
    if (capability === 'admin') return admin(context, state, text);
    if (capability === 'check') return check.onCheck(context, text);
    if (MINUTES_TRIGGER.test(text)) return minutes.onMinutes(context, state, text);
    if (CANCEL_TRIGGER.test(text)) return minutes.onCancel(context, state);
    await questions.onQuestion(context, state, text);
  });

  async function onError(context: TurnContext, error: unknown): Promise<void> {
    const ref = newReferenceId();
    const err = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
    turnLogger(context, services.logger).error({ ref, err }, 'turn failed');
    const capability = context.turnState.get(CAPABILITY_KEY) as AuditRecord['capability'] | undefined;
    if (capability && !context.turnState.get(AUDITED_KEY)) await audit(context, { capability, outcome: 'error', referenceId: ref });
    try {
      await context.sendActivity(t(TEXTS.error(ref), turnLocale(context)));
    } catch (sendError) {
      turnLogger(context, services.logger).error({ ref, err: String(sendError) }, 'could not send the error message');
    }
  }

  async function runTurn(context: TurnContext): Promise<void> {
    const logger = attachTurnLogger(context, services.logger);
    const started = Date.now();
    try {
      await app.run(context);
    } catch (error) {
      await onError(context, error);
    } finally {
      logger.info({ ms: Date.now() - started }, 'turn done');
    }
  }

  async function deliverResumedMinutes(reference: unknown, id: string, draft: MinutesDraft, files: MinutesFiles): Promise<void> {
    await adapter.continueConversationAsync(services.config.BOT_ID ?? '', reference as Partial<ConversationReference>, async (context) => {
      attachTurnLogger(context, services.logger);
      await minutes.deliverResumed(context, id, draft, files);
    });
  }

  async function reportInterruptedMinutes(request: PendingRequest): Promise<void> {
    await adapter.continueConversationAsync(services.config.BOT_ID ?? '', request.context as Partial<ConversationReference>, async (context) => {
      attachTurnLogger(context, services.logger);
      await minutes.reportInterrupted(context, request);
    });
  }

  return { app, runTurn, deliverResumedMinutes, reportInterruptedMinutes, idle: background.idle };
}
