import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { securityFromConfig } from '../../src/security/from-config.js';
import { isTenantAllowed } from '../../src/security/tenant-policy.js';

const BOT = '00000000-0000-0000-0000-0000000000b0';
const TENANT = '11111111-1111-1111-1111-111111111111';
const CLERKS = '22222222-2222-2222-2222-222222222222';

describe('security policies from configuration', () => {
  it('production: bot tenant only, clerks group decides, rate limits from the variables', async () => {
    const config = parseConfig({ BOT_ID: BOT, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, MINUTES_GROUP_ID: CLERKS, RATE_LIMIT_USER_PER_MINUTE: '2' });
    const p = securityFromConfig(config, { isMemberOf: async (u, g) => u.userId === 'clara' && g === CLERKS, now: () => 0 });
    expect(isTenantAllowed(TENANT, p.tenantPolicy)).toBe(true);
    expect(isTenantAllowed('33333333-3333-3333-3333-333333333333', p.tenantPolicy)).toBe(false);
    expect(await p.roles.canRequestMinutes({ userId: 'clara', locale: 'de' })).toBe(true);
    expect(await p.roles.canRequestMinutes({ userId: 'bernd', locale: 'de' })).toBe(false);
    expect(await p.roles.isAdmin({ userId: 'clara', locale: 'de' })).toBe(false);
    const decisions = [1, 2, 3].map(() => p.rateLimiter.check({ userId: 'anna', tenantId: TENANT }).allowed);
    expect(decisions).toEqual([true, true, false]);
    expect(p.limits.maxMessageChars).toBe(4000);
  });

  it('local mode: no sign-in, so the local user may do everything', async () => {
    const p = securityFromConfig(parseConfig({}), { isMemberOf: async () => false });
    expect(p.tenantPolicy.localMode).toBe(true);
    expect(await p.roles.canRequestMinutes({ userId: 'local-user', locale: 'de' })).toBe(true);
    expect(await p.roles.isAdmin({ userId: 'local-user', locale: 'de' })).toBe(true);
  });
});
