/**
 * Who may request minutes drafts and use admin commands. Membership comes from Entra groups
 * through an injected `isMemberOf` (the Graph helper's checker); results are cached briefly per
 * user so a conversation does not call Graph on every turn, and a result for one user is never
 * used for another.
 *
 * Decisions:
 * - Local mode (no BOT_ID: Playground or CLI on 127.0.0.1, nobody signs in): everybody may request
 *   minutes and use admin commands, because the only person who can reach the bot is the one
 *   running it on their own machine.
 * - MINUTES_USERS (UPN or mail, case-insensitive) may always request minutes, in addition to the
 *   group. Without MINUTES_GROUP_ID only they may.
 * - Without ADMIN_GROUP_ID nobody is an admin in production; the `rathaus` CLI remains the admin path.
 * - A failing group lookup is not cached and not turned into "no": it throws, so the user hears
 *   "try again later" instead of a wrong refusal.
 */
import { LRUCache } from 'lru-cache';
import type { UserContext } from '../core/user-context.js';

/** True when the user is a (transitive) member of the Entra group. */
export type IsMemberOf = (user: UserContext, groupId: string) => Promise<boolean>;

export interface RoleServiceOptions {
  isMemberOf: IsMemberOf;
  minutesGroupId?: string;
  minutesUsers?: string[];
  adminGroupId?: string;
  /** Antragsvorprüfung: like minutes (CHECK_GROUP_ID, CHECK_USERS). */
  checkGroupId?: string;
  checkUsers?: string[];
  /** How long a membership answer is reused for the same user; default 5 minutes. */
  ttlMs?: number;
  now?: () => number;
  localMode?: boolean;
  /** Upper bound on cached users; default 10,000. */
  maxEntries?: number;
}

export interface RoleService {
  canRequestMinutes(user: UserContext): Promise<boolean>;
  isAdmin(user: UserContext): Promise<boolean>;
  canCheckApplications(user: UserContext): Promise<boolean>;
}

export function createRoleService(options: RoleServiceOptions): RoleService {
  const minutesUsers = new Set((options.minutesUsers ?? []).map((u) => u.trim().toLowerCase()).filter(Boolean));
  const checkUsers = new Set((options.checkUsers ?? []).map((u) => u.trim().toLowerCase()).filter(Boolean));
  // Keyed by tenant, user and group, so answers are never shared between users or groups; lookups
  // for the same key in flight at once are made once (lru-cache's fetch).
  const cache = new LRUCache<string, boolean, { user: UserContext; groupId: string }>({
    max: options.maxEntries ?? 10_000,
    ttl: options.ttlMs ?? 5 * 60_000,
    ttlResolution: 0,
    perf: { now: options.now ?? Date.now },
    fetchMethod: (_key, _stale, { context }) => options.isMemberOf(context.user, context.groupId),
  });

  async function member(user: UserContext, groupId: string): Promise<boolean> {
    const key = JSON.stringify([user.tenantId ?? '', user.userId, groupId]);
    return (await cache.fetch(key, { context: { user, groupId } })) ?? false;
  }

  return {
    async canRequestMinutes(user) {
      if (options.localMode) return true;
      if (!user.userId) return false;
      if (user.upn && minutesUsers.has(user.upn.trim().toLowerCase())) return true;
      if (!options.minutesGroupId) return false;
      return member(user, options.minutesGroupId);
    },
    async canCheckApplications(user) {
      if (options.localMode) return true;
      if (!user.userId) return false;
      if (user.upn && checkUsers.has(user.upn.trim().toLowerCase())) return true;
      if (!options.checkGroupId) return false;
      return member(user, options.checkGroupId);
    },
    async isAdmin(user) {
      if (options.localMode) return true;
      if (!user.userId || !options.adminGroupId) return false;
      return member(user, options.adminGroupId);
    },
  };
}
