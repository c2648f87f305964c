import { describe, expect, it } from 'vitest';
import { isTenantAllowed } from '../../src/security/tenant-policy.js';

const KREFELD = '11111111-1111-1111-1111-111111111111';
const LEVERKUSEN = '22222222-2222-2222-2222-222222222222';
const STRANGER = '99999999-9999-9999-9999-999999999999';

describe('tenant policy', () => {
  it('enforces the allow list, case-insensitively, in production and local mode', () => {
    for (const localMode of [false, true]) {
      const policy = { allowedTenantIds: [KREFELD, LEVERKUSEN.toUpperCase()], botTenantId: KREFELD, localMode };
      expect(isTenantAllowed(KREFELD, policy)).toBe(true);
      expect(isTenantAllowed(LEVERKUSEN, policy)).toBe(true);
      expect(isTenantAllowed(STRANGER, policy)).toBe(false);
      expect(isTenantAllowed(undefined, policy)).toBe(false);
    }
  });

  it('without a list allows only the bot tenant in production', () => {
    const policy = { allowedTenantIds: [], botTenantId: KREFELD, localMode: false };
    expect(isTenantAllowed(KREFELD, policy)).toBe(true);
    expect(isTenantAllowed(LEVERKUSEN, policy)).toBe(false);
    expect(isTenantAllowed(undefined, policy)).toBe(false);
  });

  it('fails closed in production with neither a list nor a bot tenant', () => {
    expect(isTenantAllowed(KREFELD, { allowedTenantIds: [], localMode: false })).toBe(false);
  });

  it('allows everybody in local mode without a list', () => {
    expect(isTenantAllowed(undefined, { allowedTenantIds: [], localMode: true })).toBe(true);
    expect(isTenantAllowed(STRANGER, { allowedTenantIds: [], localMode: true })).toBe(true);
  });
});
