/**
 * Who is asking, as every use case sees it. `graphToken` is the delegated token of *this*
 * turn only; it is never stored or shared between users.
 */
export interface UserContext {
  /** Stable id (Entra object id in Teams, "local-user" in the Playground or CLI). */
  userId: string;
  tenantId?: string;
  displayName?: string;
  /** UPN or mail, when known (used for MINUTES_USERS). */
  upn?: string;
  /** 'de' or 'en' — the language the answer is written in. */
  locale: 'de' | 'en';
  /** Delegated Microsoft Graph access token of this turn, if signed in. */
  graphToken?: string;
}
