/**
 * Which Microsoft 365 tenants may use the bot (ALLOWED_TENANT_IDS). Pure.
 * - A non-empty allow list is enforced in every mode; an activity without tenant id is refused.
 * - Empty list, production: only the bot's own tenant (BOT_TENANT_ID); without one (a MultiTenant
 *   registration) nobody, so a misconfiguration fails closed.
 * - Empty list, local mode: everybody (Playground and CLI send no real tenant).
 */
export interface TenantPolicy {
  allowedTenantIds: string[];
  botTenantId?: string;
  localMode: boolean;
}

export function isTenantAllowed(tenantId: string | undefined, policy: TenantPolicy): boolean {
  const normalise = (id: string) => id.trim().toLowerCase();
  const allowed = policy.allowedTenantIds.map(normalise).filter(Boolean);
  if (allowed.length > 0) return tenantId !== undefined && allowed.includes(normalise(tenantId));
  if (policy.localMode) return true;
  if (!policy.botTenantId || tenantId === undefined) return false;
  return normalise(tenantId) === normalise(policy.botTenantId);
}

/** The one neutral message for a refused tenant (it reveals nothing about the configuration). */
export const TENANT_REFUSED_MESSAGE = {
  de: 'Dieser Assistent steht Ihrer Organisation nicht zur Verfügung.',
  en: 'This assistant is not available to your organisation.',
} as const;
