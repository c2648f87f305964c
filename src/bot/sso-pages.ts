/**
 * The two pages Teams opens when silent SSO is not possible yet (the user has not consented):
 * /auth-start.html sends the browser to Entra ID for consent, /auth-end.html tells Teams that it
 * is done. The token itself is then obtained silently by the Teams AI SSO prompt (on-behalf-of).
 *
 * Nothing from the request reaches the page: the `error` query value is mapped to one of a fixed
 * set of codes and German messages, and the one inline script is a constant allowed by its hash
 * in the Content-Security-Policy (besides the Teams JS library from Microsoft's CDN).
 */
import { createHash } from 'node:crypto';
import type { AppConfig } from '../config.js';
import { graphScopeUris } from '../graph/scopes.js';

const TEAMS_JS = 'https://res.cdn.office.net/teams-js/2.31.1/js/MicrosoftTeams.min.js';

/** The failure codes the page may report to Teams, with what the person reads. */
const FAILURES = {
  access_denied: 'Sie haben die Zustimmung abgelehnt. Ohne Zustimmung kann der Assistent nicht in SharePoint, OneDrive oder Outlook suchen.',
  consent_required: 'Für den Zugriff ist eine Zustimmung nötig, die noch fehlt. Bitte wenden Sie sich an die IT, falls die Zustimmung der Administration erforderlich ist.',
  interaction_required: 'Die Anmeldung verlangt einen weiteren Schritt. Bitte versuchen Sie es erneut.',
  login_required: 'Sie sind nicht angemeldet. Bitte melden Sie sich erneut an.',
  temporarily_unavailable: 'Der Anmeldedienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
  failed: 'Die Anmeldung wurde nicht abgeschlossen. Bitte versuchen Sie es erneut oder wenden Sie sich an die IT.',
} as const;
export type ConsentFailure = keyof typeof FAILURES;

/** Maps whatever arrived in `?error=` to a fixed code; unknown values become "failed". */
export function consentFailure(error: string | undefined): ConsentFailure | undefined {
  if (error === undefined) return undefined;
  return Object.hasOwn(FAILURES, error) ? (error as ConsentFailure) : 'failed';
}

// The constant inline script: it reads the fixed code from the page, never from the URL.
const END_SCRIPT =
  "microsoftTeams.app.initialize().then(function () { var f = document.body.getAttribute('data-failure'); if (f) { microsoftTeams.authentication.notifyFailure(f); } else { microsoftTeams.authentication.notifySuccess(); } });";
const END_SCRIPT_HASH = `'sha256-${createHash('sha256').update(END_SCRIPT).digest('base64')}'`;

/** Security headers of every page the bot serves (consent pages and their redirect). */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `default-src 'none'; script-src ${new URL(TEAMS_JS).origin} ${END_SCRIPT_HASH}; base-uri 'none'; form-action 'none'; object-src 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function authStartUrl(config: AppConfig): string {
  const params = new URLSearchParams({
    client_id: config.AAD_APP_CLIENT_ID ?? '',
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: `https://${config.BOT_DOMAIN}/auth-end.html`,
    scope: ['openid', 'profile', 'offline_access', ...graphScopeUris()].join(' '),
    prompt: 'consent',
  });
  return `${config.AAD_APP_OAUTH_AUTHORITY_HOST}/${config.AAD_APP_TENANT_ID}/oauth2/v2.0/authorize?${params.toString()}`;
}

/** The consent end page; `error` is the raw query value and only selects a fixed message. */
export function authEndPage(error?: string): string {
  const failure = consentFailure(error);
  const message = failure ? FAILURES[failure] : 'Anmeldung abgeschlossen. Dieses Fenster schließt sich.';
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Anmeldung – Rathaus-Assistent</title>
<script src="${TEAMS_JS}"></script></head>
<body${failure ? ` data-failure="${failure}"` : ''}><p>${message}</p>${failure ? '<p>Sie können dieses Fenster schließen.</p>' : ''}
<script>${END_SCRIPT}</script></body></html>`;
}
