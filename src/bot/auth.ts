/**
 * Microsoft 365 sign-in through the Teams AI library: Teams SSO (MSAL on-behalf-of) or the
 * Bot Framework OAuth connection. Only delegated scopes: the assistant reads user content with
 * the user's own permissions and nothing else.
 */
import type { AuthenticationOptions } from '@microsoft/teams-ai';
import type { AppConfig } from '../config.js';
import { graphScopeUris } from '../graph/scopes.js';

export const GRAPH_SETTING = 'graph';

export function authenticationOptions(config: AppConfig): AuthenticationOptions | undefined {
  if (config.SSO_MODE === 'teams-sso') {
    return {
      autoSignIn: false,
      settings: {
        [GRAPH_SETTING]: {
          scopes: graphScopeUris(),
          msalConfig: {
            auth: {
              clientId: config.AAD_APP_CLIENT_ID!,
              clientSecret: config.AAD_APP_CLIENT_SECRET!,
              authority: `${config.AAD_APP_OAUTH_AUTHORITY_HOST}/${config.AAD_APP_TENANT_ID}`,
            },
          },
          signInLink: `https://${config.BOT_DOMAIN ?? 'localhost'}/auth-start.html`,
          endOnInvalidMessage: true,
        },
      },
    };
  }
  if (config.SSO_MODE === 'oauth-connection') {
    return {
      autoSignIn: false,
      settings: {
        [GRAPH_SETTING]: {
          connectionName: config.OAUTH_CONNECTION_NAME!,
          title: 'Bei Microsoft 365 anmelden',
          text: 'Für die Suche in SharePoint, OneDrive und Ihren E-Mails melden Sie sich bitte an. Der Assistent sieht nur, was Sie selbst öffnen dürfen.',
          enableSso: true,
        },
      },
    };
  }
  return undefined;
}
