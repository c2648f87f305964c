/**
 * Who may request Niederschrift drafts: members of MINUTES_GROUP_ID or users in MINUTES_USERS.
 * Pure; the bot supplies `isMember` (a Graph group check with the user's token).
 */
export interface MinutesAccessConfig {
  minutesGroupIds: string[];
  /** E-mail addresses / UPNs, compared case-insensitively. */
  minutesUsers: string[];
}

export interface MinutesRequester {
  /** UPN or e-mail address. */
  upn?: string;
  email?: string;
  aadObjectId?: string;
}

/** True when the user is listed or in one of the groups. No configuration means nobody may. */
export async function canRequestMinutes(
  user: MinutesRequester,
  config: MinutesAccessConfig,
  isMember: (groupId: string) => Promise<boolean>,
): Promise<boolean> {
  const listed = new Set(config.minutesUsers.map((u) => u.trim().toLowerCase()).filter(Boolean));
  for (const id of [user.upn, user.email]) if (id && listed.has(id.trim().toLowerCase())) return true;
  for (const group of config.minutesGroupIds) {
    try {
      if (await isMember(group)) return true;
    } catch {
      // A failed membership lookup must not grant access; other groups may still match.
    }
  }
  return false;
}

/** The polite refusal shown to everyone else (German, Sie-Form). */
export const MINUTES_REFUSAL =
  'Niederschrift-Entwürfe können nur Personen der Schriftführung anfordern. Wenn Sie dazu berechtigt sein sollten, wenden Sie sich bitte an die Administration.';
