import { describe, expect, it } from 'vitest';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { isGraphRequestError } from '../../src/graph/errors.js';
import { createGroupMembershipChecker, createMembershipCache } from '../../src/graph/group-membership.js';
import { ALL_SCOPES, GROUP_ADMIN, GROUP_SCHRIFTFUEHRUNG, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));

const client = (token: string) => createDelegatedGraphClient(token, { baseUrl: emu.baseUrl });

describe('group membership (roles from Entra groups)', () => {
  it('tells the clerk from the treasurer', async () => {
    const annaCheck = createGroupMembershipChecker(client(TOKENS.anna), { userId: emu.tenant.users.anna.id });
    const berndCheck = createGroupMembershipChecker(client(TOKENS.bernd), { userId: emu.tenant.users.bernd.id });
    expect(await annaCheck.memberships([GROUP_SCHRIFTFUEHRUNG, GROUP_ADMIN])).toEqual({ [GROUP_SCHRIFTFUEHRUNG]: true, [GROUP_ADMIN]: false });
    expect(await berndCheck.isMember(GROUP_SCHRIFTFUEHRUNG)).toBe(false);
    expect(await berndCheck.isMember(GROUP_ADMIN)).toBe(true);
  });

  it('caches answers briefly per user, never answering one user from another user’s entry', async () => {
    let now = 1_700_000_000_000;
    const cache = createMembershipCache({ ttlMs: 60_000, now: () => now });
    const annaId = emu.tenant.users.anna.id;
    const berndId = emu.tenant.users.bernd.id;
    expect(await createGroupMembershipChecker(client(TOKENS.anna), { userId: annaId, cache }).isMember(GROUP_SCHRIFTFUEHRUNG)).toBe(true);
    // A later turn of Anna (new client, new token) is answered from the cache.
    expect(await createGroupMembershipChecker(client(emu.issueToken('anna')), { userId: annaId, cache }).isMember(GROUP_SCHRIFTFUEHRUNG)).toBe(true);
    expect(emu.requests.filter((r) => r.path === '/me/checkMemberGroups')).toHaveLength(1);
    // Bernd asks for the same group: his own call, his own answer.
    expect(await createGroupMembershipChecker(client(TOKENS.bernd), { userId: berndId, cache }).isMember(GROUP_SCHRIFTFUEHRUNG)).toBe(false);
    expect(emu.requests.filter((r) => r.path === '/me/checkMemberGroups')).toHaveLength(2);
    // After the TTL Anna is asked again.
    now += 61_000;
    await createGroupMembershipChecker(client(TOKENS.anna), { userId: annaId, cache }).isMember(GROUP_SCHRIFTFUEHRUNG);
    expect(emu.requests.filter((r) => r.path === '/me/checkMemberGroups')).toHaveLength(3);
  });

  it('propagates a missing GroupMember.Read.All consent as forbidden (the bot refuses politely)', async () => {
    const token = emu.issueToken('anna', { scopes: ALL_SCOPES.filter((s) => s !== 'GroupMember.Read.All') });
    const error = await createGroupMembershipChecker(client(token), { userId: 'x' }).isMember(GROUP_SCHRIFTFUEHRUNG).catch((e: unknown) => e);
    expect(isGraphRequestError(error, 'forbidden')).toBe(true);
  });
});
