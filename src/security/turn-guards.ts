/**
 * The checks every chat turn passes before anything is searched: tenant, rate limit, message and
 * attachment limits. Built once from the configuration; used by the bot through BotServices.
 */
import { isLocalMode, type AppConfig } from '../config.js';
import { checkAttachments, checkMessage, limitMessage, limitsFromConfig, type AttachmentInfo } from './limits.js';
import { createRateLimiter } from './rate-limit.js';
import { isTenantAllowed } from './tenant-policy.js';

export interface TurnGuardsOptions {
  /** Clock for the rate limiter (tests). */
  now?: () => number;
}

export function createTurnGuards(config: AppConfig, options: TurnGuardsOptions = {}) {
  const limits = limitsFromConfig(config);
  const rateLimiter = createRateLimiter({ userPerMinute: config.RATE_LIMIT_USER_PER_MINUTE, tenantPerMinute: config.RATE_LIMIT_TENANT_PER_MINUTE, now: options.now });
  const tenantPolicy = { allowedTenantIds: config.ALLOWED_TENANT_IDS, botTenantId: config.BOT_TENANT_ID, localMode: isLocalMode(config) };
  return {
    isTenantAllowed: (tenantId: string | undefined) => isTenantAllowed(tenantId, tenantPolicy),
    rateLimit: (request: { userId: string; tenantId?: string }) => rateLimiter.check(request),
    checkMessage: (text: string, attachments: AttachmentInfo[], locale: 'de' | 'en') => {
      const byText = checkMessage(text, limits);
      if (!byText.ok) return limitMessage(byText, locale);
      const byFiles = checkAttachments(attachments, limits);
      return byFiles.ok ? undefined : limitMessage(byFiles, locale);
    },
  };
}
