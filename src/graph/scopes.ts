/**
 * The delegated Microsoft Graph scopes the assistant asks for (TeamsSsoSettings / OAuth
 * connection). One list, so the bot's sign-in, infra/aad.manifest.json and
 * docs/graph-berechtigungen.md stay in step (a test compares them). Delegated only: no
 * application permission ever reads user content.
 */
export const GRAPH_DELEGATED_SCOPES = [
  'User.Read',
  'Files.Read.All',
  'Sites.Read.All',
  'Mail.Read',
  'Calendars.Read',
  'OnlineMeetings.Read',
  'OnlineMeetingTranscript.Read.All',
  'OnlineMeetingArtifact.Read.All',
  'GroupMember.Read.All',
  // Optional: reading the meeting chat's join URL; without it the calendar is searched instead.
  'Chat.ReadBasic',
] as const;

export type GraphScope = (typeof GRAPH_DELEGATED_SCOPES)[number];

/** Scopes in the `https://graph.microsoft.com/<scope>` form MSAL on-behalf-of expects. */
export function graphScopeUris(baseUrl = 'https://graph.microsoft.com'): string[] {
  return GRAPH_DELEGATED_SCOPES.map((s) => `${baseUrl}/${s}`);
}
