/**
 * The two pages Teams opens when silent SSO is not possible yet (the user has not consented):
 * /auth-start.html sends the browser to Entra ID for consent, /auth-end.html tells Teams that it
 * is done. The token itself is then obtained silently by the Teams AI SSO prompt (on-behalf-of).
 */
import type { AppConfig } from '../config.js';
import { graphScopeUris } from '../graph/scopes.js';

const TEAMS_JS = 'https://res.cdn.office.net/teams-js/2.31.1/js/MicrosoftTeams.min.js';

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

export function authEndPage(error?: string): string {
  const script = error ? `microsoftTeams.authentication.notifyFailure(${JSON.stringify(error)});` : 'microsoftTeams.authentication.notifySuccess();';
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Anmeldung – Rathaus-Assistent</title>
<script src="${TEAMS_JS}"></script></head>
<body><p>${error ? 'Die Anmeldung wurde nicht abgeschlossen. Sie können dieses Fenster schließen.' : 'Anmeldung abgeschlossen. Dieses Fenster schließt sich.'}</p>
<script>microsoftTeams.app.initialize().then(function () { ${script} });</script></body></html>`;
}
