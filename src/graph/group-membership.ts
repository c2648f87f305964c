/**
 * Role checks from Entra groups (minutes for the clerks' group, admin commands for
 * ADMIN_GROUP_ID) via `POST /me/checkMemberGroups` with the user's delegated token. The cache
 * lives as long as the bot (created once in the composition root) but stores only booleans per
 * (userId, groupId) for a short TTL — never a token or a client — and is consulted only with the
 * user id of the turn whose token made the call.
 */
import { LRUCache } from 'lru-cache';
import type { DelegatedGraphClient } from './delegated-client.js';

/** Short-lived membership answers, keyed by user and group. */
export interface MembershipCache {
  get(userId: string, groupId: string): boolean | undefined;
  set(userId: string, groupId: string, member: boolean): void;
}

export interface MembershipCacheOptions {
  ttlMs?: number;
  /** Bound on entries; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

export function createMembershipCache(options: MembershipCacheOptions = {}): MembershipCache {
  const entries = new LRUCache<string, boolean>({ max: options.maxEntries ?? 10_000, ttl: options.ttlMs ?? 5 * 60_000, ttlResolution: 0, perf: { now: options.now ?? Date.now } });
  const key = (u: string, g: string) => `${u}\u0000${g.toLowerCase()}`;
  return {
    get: (userId, groupId) => entries.get(key(userId, groupId)),
    set: (userId, groupId, member) => void entries.set(key(userId, groupId), member),
  };
}

export interface GroupMembershipChecker {
  /** Whether the signed-in user is a (transitive) member of the group. */
  isMember(groupId: string): Promise<boolean>;
  /** Membership for several groups in one call (checkMemberGroups takes up to 20 ids). */
  memberships(groupIds: string[]): Promise<Record<string, boolean>>;
}

export interface GroupMembershipOptions {
  /** Entra object id of the user whose token the client carries (UserContext.userId). */
  userId: string;
  cache?: MembershipCache;
}

/** Checks membership with this turn's client; errors (401/403) propagate as GraphRequestError. */
export function createGroupMembershipChecker(client: DelegatedGraphClient, options: GroupMembershipOptions): GroupMembershipChecker {
  const { userId, cache } = options;
  const memberships = async (groupIds: string[]): Promise<Record<string, boolean>> => {
    const result: Record<string, boolean> = {};
    const unknown: string[] = [];
    for (const id of new Set(groupIds)) {
      const cached = cache?.get(userId, id);
      if (cached === undefined) unknown.push(id);
      else result[id] = cached;
    }
    for (let i = 0; i < unknown.length; i += 20) {
      const chunk = unknown.slice(i, i + 20);
      const res = await client.postJson<{ value?: string[] }>('/me/checkMemberGroups', { groupIds: chunk });
      const members = new Set((res.value ?? []).map((v) => v.toLowerCase()));
      for (const id of chunk) {
        result[id] = members.has(id.toLowerCase());
        cache?.set(userId, id, result[id]);
      }
    }
    return result;
  };
  return {
    memberships,
    isMember: async (groupId) => (await memberships([groupId]))[groupId] ?? false,
  };
}
