/**
 * The security policies built from AppConfig, for the composition root: one call each, so the
 * mapping from variables to options lives here and not in src/index.ts.
 */
import { isLocalMode, type AppConfig } from '../config.js';
import { limitsFromConfig, type InputLimits } from './limit-types.js';
import { DEFAULT_UPLOAD_HOSTS, type OutboundPolicy } from './outbound-fetch.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import { createRoleService, type IsMemberOf, type RoleService } from './roles.js';
import type { TenantPolicy } from './tenant-policy.js';

export type SecurityConfig = Pick<
  AppConfig,
  | 'BOT_ID'
  | 'BOT_TENANT_ID'
  | 'CHECK_GROUP_ID'
  | 'CHECK_USERS'
  | 'ALLOWED_TENANT_IDS'
  | 'MINUTES_GROUP_ID'
  | 'MINUTES_USERS'
  | 'ADMIN_GROUP_ID'
  | 'RATE_LIMIT_USER_PER_MINUTE'
  | 'RATE_LIMIT_TENANT_PER_MINUTE'
  | 'MAX_MESSAGE_CHARS'
  | 'MAX_ATTACHMENTS'
  | 'MAX_ATTACHMENT_MB'
>;

export interface SecurityPolicies {
  rateLimiter: RateLimiter;
  roles: RoleService;
  tenantPolicy: TenantPolicy;
  limits: InputLimits;
}

export function securityFromConfig(config: SecurityConfig, deps: { isMemberOf: IsMemberOf; now?: () => number; roleTtlMs?: number }): SecurityPolicies {
  const localMode = isLocalMode(config as AppConfig);
  return {
    rateLimiter: createRateLimiter({
      userPerMinute: config.RATE_LIMIT_USER_PER_MINUTE,
      tenantPerMinute: config.RATE_LIMIT_TENANT_PER_MINUTE,
      now: deps.now,
    }),
    roles: createRoleService({
      isMemberOf: deps.isMemberOf,
      minutesGroupId: config.MINUTES_GROUP_ID,
      minutesUsers: config.MINUTES_USERS,
      adminGroupId: config.ADMIN_GROUP_ID,
      checkGroupId: config.CHECK_GROUP_ID,
      checkUsers: config.CHECK_USERS,
      ttlMs: deps.roleTtlMs,
      now: deps.now,
      localMode,
    }),
    tenantPolicy: { allowedTenantIds: config.ALLOWED_TENANT_IDS, botTenantId: config.BOT_TENANT_ID, localMode },
    limits: limitsFromConfig(config),
  };
}

/**
 * Where attachment downloads (ALLOWED_FILE_HOSTS) and file consent uploads (FILE_UPLOAD_HOSTS,
 * default any OneDrive host) may go, how large and how long.
 */
export function outboundPolicyFromConfig(config: Pick<AppConfig, 'ALLOWED_FILE_HOSTS' | 'FILE_UPLOAD_HOSTS' | 'FILE_TRANSFER_TIMEOUT_MS' | 'MAX_ATTACHMENT_MB'>): OutboundPolicy {
  return {
    allowedHosts: config.ALLOWED_FILE_HOSTS,
    uploadHosts: config.FILE_UPLOAD_HOSTS.length ? config.FILE_UPLOAD_HOSTS : [...DEFAULT_UPLOAD_HOSTS],
    timeoutMs: config.FILE_TRANSFER_TIMEOUT_MS,
    maxBytes: config.MAX_ATTACHMENT_MB * 1024 * 1024,
  };
}
