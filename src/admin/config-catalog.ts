/**
 * Everything an admin may put into env/.env.<name>: the app's own variables (CONFIG_VARIABLES in
 * src/config.ts) plus the variables of the Microsoft 365 Agents Toolkit that only the manifest,
 * infra/ and m365agents*.yml use. Env templates and docs/konfiguration.md are generated from here.
 */
import { z } from 'zod';
import { CONFIG_VARIABLES, type ConfigVariable } from '../config.js';

export const ENV_NAMES = ['local', 'playground', 'dev'] as const;
export type EnvName = (typeof ENV_NAMES)[number];

/** A variable the app does not read but the Toolkit, the manifest or infra/ do. */
export interface ToolkitVariable {
  name: string;
  /** German description. */
  description: string;
  /** Preset values per environment; absent = empty in that template. */
  values?: Partial<Record<EnvName, string>>;
  /** Which action or file sets or uses it. */
  setBy?: string;
  /** Templates that list it; default all. */
  envs?: EnvName[];
}

export const TOOLKIT_VARIABLES: ToolkitVariable[] = [
  { name: 'TEAMSFX_ENV', description: 'Name der Umgebung (vom Agents Toolkit gesetzt).', values: { local: 'local', playground: 'playground', dev: 'dev' } },
  { name: 'APP_NAME_SUFFIX', description: 'Zusatz zum App-Namen in Teams, damit Test-Apps unterscheidbar sind; in Produktion leer lassen.', values: { local: ' (local)', playground: ' (playground)', dev: ' (dev)' } },
  { name: 'TEAMS_APP_ID', description: 'ID der Teams-App (GUID); legt teamsApp/create an. Für ein Paket ohne Toolkit: eine feste, selbst erzeugte GUID.', setBy: 'teamsApp/create' },
  { name: 'TEAMS_APP_TENANT_ID', description: 'Mandant, in dem die Teams-App registriert ist.', setBy: 'teamsApp/create' },
  { name: 'DEVELOPER_NAME', description: 'Herausgeber der App im Teams-Store-Eintrag (höchstens 32 Zeichen), z. B. "Stadt Krefeld – IT".', values: { local: 'Rathaus-Assistent (Entwicklung)', playground: 'Rathaus-Assistent (Entwicklung)', dev: 'Rathaus-Assistent' } },
  { name: 'DEVELOPER_WEBSITE_URL', description: 'Webseite mit Hilfe und Ansprechpartnern zur App (https).', values: { local: 'https://example.org/rathaus-assistent', playground: 'https://example.org/rathaus-assistent', dev: '' } },
  { name: 'PRIVACY_URL', description: 'Datenschutzhinweise der Verwaltung zur App (https); Grundlage: docs/datenschutz-ki-verordnung.md.', values: { local: 'https://example.org/rathaus-assistent/datenschutz', playground: 'https://example.org/rathaus-assistent/datenschutz', dev: '' } },
  { name: 'TERMS_URL', description: 'Nutzungsbedingungen bzw. Dienstanweisung zur Nutzung (https).', values: { local: 'https://example.org/rathaus-assistent/nutzungsbedingungen', playground: 'https://example.org/rathaus-assistent/nutzungsbedingungen', dev: '' } },
  { name: 'BOT_ENDPOINT', description: 'Öffentliche HTTPS-Adresse des Bots (lokal: Dev-Tunnel), ohne /api/messages.', setBy: 'devTool/devTunnel (lokal)', envs: ['local'] },
  { name: 'AZURE_SUBSCRIPTION_ID', description: 'Azure-Abonnement für die Bereitstellung; leer = Auswahl beim Provisionieren.', envs: ['dev'] },
  { name: 'AZURE_RESOURCE_GROUP_NAME', description: 'Ressourcengruppe für die Bereitstellung; leer = Auswahl oder Anlage beim Provisionieren.', envs: ['dev'] },
  { name: 'RESOURCE_SUFFIX', description: 'Kurzer Zusatz (Kleinbuchstaben/Ziffern) für eindeutige Azure-Ressourcennamen.', values: { dev: '' }, envs: ['dev'] },
  { name: 'AZURE_LOCATION', description: 'Azure-Region der Ressourcen (EU), z. B. germanywestcentral oder westeurope.', values: { dev: 'germanywestcentral' }, envs: ['dev'] },
  { name: 'AZURE_OPENAI_LOCATION', description: 'Region der Azure-OpenAI-Ressource (EU), z. B. swedencentral.', values: { dev: 'swedencentral' }, envs: ['dev'] },
  { name: 'BOT_AZURE_APP_SERVICE_RESOURCE_ID', description: 'Ressourcen-ID der Web-App; schreibt arm/deploy, nutzt azureAppService/zipDeploy.', setBy: 'arm/deploy', envs: ['dev'] },
  { name: 'AAD_APP_OBJECT_ID', description: 'Objekt-ID der Entra-App für SSO.', setBy: 'aadApp/create' },
  { name: 'AAD_APP_OAUTH_AUTHORITY', description: 'Anmelde-Authority inkl. Mandant.', setBy: 'aadApp/create' },
  { name: 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID', description: 'ID des Bereichs access_as_user in der Entra-App (eine selbst erzeugte GUID).', setBy: 'aadApp/update (Manifest infra/aad.manifest.json)' },
];

/** Toolkit secrets: never in a committed template, only in env/.env.<name>.user. */
export const TOOLKIT_SECRETS = [
  { name: 'SECRET_AAD_APP_CLIENT_SECRET', description: 'Client-Geheimnis der SSO-App; schreibt aadApp/create, geht per Bicep in den Key Vault.' },
  { name: 'SECRET_BOT_PASSWORD', description: 'Client-Geheimnis der lokalen Bot-Registrierung; schreibt botAadApp/create.' },
];

/** Names that may appear in env/.env.<name> (app variables and Toolkit variables). */
export function knownVariableNames(): Set<string> {
  return new Set([...CONFIG_VARIABLES.map((v) => v.name), ...TOOLKIT_VARIABLES.map((v) => v.name), ...TOOLKIT_SECRETS.map((v) => v.name)]);
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s._def.innerType;
    else if (s instanceof z.ZodEffects) s = s._def.schema;
    else return s;
  }
}

/** Default as written in an env file ('' for an empty default), or undefined without default. */
export function defaultOf(v: ConfigVariable): string | undefined {
  if (v.schema instanceof z.ZodDefault) return String(v.schema._def.defaultValue());
  return undefined;
}

/** Allowed values of an enum variable (booleans as true/false), else undefined. */
export function allowedValuesOf(v: ConfigVariable): string[] | undefined {
  const inner = unwrap(v.schema);
  if (!(inner instanceof z.ZodEnum)) return undefined;
  const options = inner.options as string[];
  return options.includes('true') && options.includes('false') ? ['true', 'false'] : options;
}

/** Groups in the order of the table, each with its variables. */
export function groupedConfigVariables(): [ConfigVariable['group'], ConfigVariable[]][] {
  const groups = new Map<ConfigVariable['group'], ConfigVariable[]>();
  for (const v of CONFIG_VARIABLES) {
    if (!groups.has(v.group)) groups.set(v.group, []);
    groups.get(v.group)!.push(v);
  }
  return [...groups];
}
