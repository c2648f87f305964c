/**
 * The Bot Framework adapter. Without BOT_ID (local mode) requests are not authenticated — that is
 * what the Agents Playground needs — and the server binds to loopback only. With BOT_ID every
 * inbound request must carry a valid Bot Framework token for this bot.
 */
import { readFileSync } from 'node:fs';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { CertificateServiceClientCredentialsFactory } from 'botframework-connector';
import { isLocalMode, type AppConfig } from '../config.js';
import { registerEntityMapperFix } from './entity-mapper-fix.js';

export function createAdapter(config: AppConfig): TeamsAdapter {
  // Citations, the AI label and streamInfo must survive serialisation (ADR 0007).
  registerEntityMapperFix();
  if (isLocalMode(config)) return new TeamsAdapter({});
  const auth = {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
  };
  if (config.BOT_CERT_THUMBPRINT && config.BOT_CERT_KEY_FILE) {
    const pem = readFileSync(config.BOT_CERT_KEY_FILE, 'utf8');
    const factory = new CertificateServiceClientCredentialsFactory(config.BOT_ID!, config.BOT_CERT_THUMBPRINT, pem, config.BOT_TENANT_ID);
    return new TeamsAdapter(auth, factory);
  }
  return new TeamsAdapter(auth);
}
