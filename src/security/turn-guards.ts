/**
 * The checks every chat turn passes before anything is searched: tenant, rate limit, message and
 * attachment limits — the bot's view of the policies built by securityFromConfig.
 */
import { checkAttachments, checkMessage, limitMessage, type AttachmentInfo } from './limits.js';
import type { SecurityPolicies } from './from-config.js';
import { isTenantAllowed } from './tenant-policy.js';

export function createTurnGuards(policies: SecurityPolicies) {
  return {
    isTenantAllowed: (tenantId: string | undefined) => isTenantAllowed(tenantId, policies.tenantPolicy),
    rateLimit: (request: { userId: string; tenantId?: string }) => policies.rateLimiter.check(request),
    checkMessage: (text: string, attachments: AttachmentInfo[], locale: 'de' | 'en') => {
      const byText = checkMessage(text, policies.limits);
      if (!byText.ok) return limitMessage(byText, locale);
      const byFiles = checkAttachments(attachments, policies.limits);
      return byFiles.ok ? undefined : limitMessage(byFiles, locale);
    },
  };
}
