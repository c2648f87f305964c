/** Per-turn facts read off the activity: who, which language, which logger. */
import { randomUUID } from 'node:crypto';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import { isLocalMode, isLoopback, type AppConfig } from '../config.js';
import { detectLocale, type Locale } from '../core/language.js';
import type { Logger } from '../core/logger.js';
import type { UserContext } from '../core/user-context.js';

const LOGGER_KEY = Symbol('rathaus.logger');
const LOCALE_KEY = Symbol('rathaus.locale');

export function attachTurnLogger(context: TurnContext, base: Logger): Logger {
  const a = context.activity;
  const logger = base.child({
    correlationId: randomUUID(),
    activityId: a.id,
    activityType: a.type,
    conversationType: a.conversation?.conversationType,
    channelId: a.channelId,
  });
  context.turnState.set(LOGGER_KEY, logger);
  return logger;
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(LOGGER_KEY) as Logger | undefined) ?? fallback;
}

/** The language of this turn: English when the message is English, else German. */
export function turnLocale(context: TurnContext): Locale {
  const cached = context.turnState.get(LOCALE_KEY) as Locale | undefined;
  if (cached) return cached;
  const text = context.activity.text ?? '';
  const clientLocale = (context.activity.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'de';
  const locale = text.trim() ? detectLocale(text, 'de') : clientLocale === 'en' ? 'en' : 'de';
  context.turnState.set(LOCALE_KEY, locale);
  return locale;
}

export function userContext(context: TurnContext, graphToken?: string): UserContext {
  const a = context.activity;
  const channelData = (a.channelData ?? {}) as { tenant?: { id?: string } };
  return {
    userId: a.from?.aadObjectId ?? a.from?.id ?? 'unknown',
    tenantId: channelData.tenant?.id ?? a.conversation?.tenantId,
    displayName: a.from?.name,
    locale: turnLocale(context),
    graphToken,
  };
}

export function isPersonalChat(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return !type || type === 'personal';
}

/** In group chats and channels the bot only reacts when it was @mentioned. */
export function wasMentioned(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId);
}

/** Files the user attached (not the HTML copy of the message or cards Teams adds). */
export function fileAttachments(context: TurnContext): { name: string; sizeBytes?: number; downloadUrl?: string; contentUrl?: string }[] {
  return (context.activity.attachments ?? [])
    .filter((a) => a.contentType !== 'text/html' && !a.contentType?.startsWith('application/vnd.microsoft.card'))
    .map((a) => {
      const content = (a.content ?? {}) as { downloadUrl?: string; fileType?: string };
      return { name: a.name ?? `datei.${content.fileType ?? 'bin'}`, downloadUrl: content.downloadUrl, contentUrl: a.contentUrl };
    });
}

/** The user's UPN (for MINUTES_USERS / CHECK_USERS) from the Teams roster; unknown outside Teams. */
export async function userPrincipalName(context: TurnContext): Promise<string | undefined> {
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.userPrincipalName ?? member.email ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Extra origins attachment downloads may use: in local mode only, the Agents Playground's own
 * loopback origin (the turn's serviceUrl), which serves the files attached in its chat.
 */
export function playgroundOrigins(context: TurnContext, config: AppConfig): string[] {
  if (!isLocalMode(config)) return [];
  try {
    const origin = new URL(context.activity.serviceUrl);
    return isLoopback(origin.hostname.replace(/^\[|\]$/g, '')) && (origin.protocol === 'http:' || origin.protocol === 'https:') ? [origin.origin] : [];
  } catch {
    return [];
  }
}
