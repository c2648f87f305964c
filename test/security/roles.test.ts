import { describe, expect, it } from 'vitest';
import type { UserContext } from '../../src/core/user-context.js';
import { createRoleService, type IsMemberOf } from '../../src/security/roles.js';

const CLERKS = 'aaaaaaaa-0000-0000-0000-000000000001';
const ADMINS = 'aaaaaaaa-0000-0000-0000-000000000002';

const user = (userId: string, upn?: string): UserContext => ({ userId, upn, tenantId: 't1', locale: 'de' });

/** Group directory fake that counts lookups. */
function directory(members: Record<string, string[]>) {
  const calls: string[] = [];
  const isMemberOf: IsMemberOf = async (u, groupId) => {
    calls.push(`${u.userId}:${groupId}`);
    return (members[groupId] ?? []).includes(u.userId);
  };
  return { isMemberOf, calls };
}

function clock() {
  let t = 1_700_000_000_000; // a real epoch time (lru-cache treats a start time of 0 as "no TTL")
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('role service', () => {
  it('allows minutes for members of the clerks group only', async () => {
    const dir = directory({ [CLERKS]: ['clara'] });
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesGroupId: CLERKS });
    expect(await roles.canRequestMinutes(user('clara'))).toBe(true);
    expect(await roles.canRequestMinutes(user('bernd'))).toBe(false);
  });

  it('also allows MINUTES_USERS by UPN, case-insensitively, without asking Graph', async () => {
    const dir = directory({});
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesGroupId: CLERKS, minutesUsers: ['Schriftfuehrung@Krefeld.de'] });
    expect(await roles.canRequestMinutes(user('x', 'schriftfuehrung@krefeld.de'))).toBe(true);
    expect(dir.calls).toEqual([]);
  });

  it('without a clerks group allows minutes only for MINUTES_USERS', async () => {
    const dir = directory({ [CLERKS]: ['clara'] });
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesUsers: ['a@krefeld.de'] });
    expect(await roles.canRequestMinutes(user('clara', 'clara@krefeld.de'))).toBe(false);
    expect(await roles.canRequestMinutes(user('a', 'a@krefeld.de'))).toBe(true);
    expect(dir.calls).toEqual([]);
  });

  it('in local mode allows minutes and admin to the local user', async () => {
    const dir = directory({});
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesGroupId: CLERKS, adminGroupId: ADMINS, localMode: true });
    expect(await roles.canRequestMinutes(user('local-user'))).toBe(true);
    expect(await roles.isAdmin(user('local-user'))).toBe(true);
  });

  it('admin only for the admin group; nobody without ADMIN_GROUP_ID', async () => {
    const dir = directory({ [ADMINS]: ['ada'], [CLERKS]: ['clara'] });
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, adminGroupId: ADMINS, minutesGroupId: CLERKS });
    expect(await roles.isAdmin(user('ada'))).toBe(true);
    expect(await roles.isAdmin(user('clara'))).toBe(false);
    const noAdmins = createRoleService({ isMemberOf: dir.isMemberOf });
    expect(await noAdmins.isAdmin(user('ada'))).toBe(false);
  });

  it('caches per user for the TTL, then asks again', async () => {
    const c = clock();
    const dir = directory({ [CLERKS]: ['clara'] });
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesGroupId: CLERKS, ttlMs: 60_000, now: c.now });
    await roles.canRequestMinutes(user('clara'));
    await roles.canRequestMinutes(user('clara'));
    expect(dir.calls).toEqual([`clara:${CLERKS}`]);
    c.advance(60_001);
    await roles.canRequestMinutes(user('clara'));
    expect(dir.calls).toHaveLength(2);
  });

  it('never reuses one user\'s answer for another, also when asked at the same time', async () => {
    const dir = directory({ [CLERKS]: ['clara'] });
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesGroupId: CLERKS });
    const [a, b] = await Promise.all([roles.canRequestMinutes(user('clara')), roles.canRequestMinutes(user('bernd'))]);
    expect([a, b]).toEqual([true, false]);
    expect(await roles.canRequestMinutes(user('bernd'))).toBe(false);
  });

  it('sees a removal from the group after the TTL', async () => {
    const c = clock();
    const members = { [CLERKS]: ['clara'] };
    const dir = directory(members);
    const roles = createRoleService({ isMemberOf: dir.isMemberOf, minutesGroupId: CLERKS, ttlMs: 1000, now: c.now });
    expect(await roles.canRequestMinutes(user('clara'))).toBe(true);
    members[CLERKS] = [];
    c.advance(1001);
    expect(await roles.canRequestMinutes(user('clara'))).toBe(false);
  });

  it('does not cache a failed lookup and does not turn it into a refusal', async () => {
    let fail = true;
    const roles = createRoleService({
      minutesGroupId: CLERKS,
      isMemberOf: async () => {
        if (fail) throw new Error('Graph 503');
        return true;
      },
    });
    await expect(roles.canRequestMinutes(user('clara'))).rejects.toThrow('Graph 503');
    fail = false;
    expect(await roles.canRequestMinutes(user('clara'))).toBe(true);
  });
});
