/**
 * Bicep cannot be compiled on this machine, so this test reads infra/*.bicep as text and keeps it
 * consistent with the app's configuration (src/config.ts), the parameters file and env/.env.dev.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, parseConfig } from '../../src/config.js';
import { listPlaceholders } from '../../src/admin/placeholders.js';
import { listedVariables } from '../../src/admin/env-templates.js';

const repo = path.join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(repo, rel), 'utf8');
const bicep = read('infra/azure.bicep');
const botBicep = read('infra/botRegistration/azurebot.bicep');
const parameters = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> };

/** Variables the app needs in production: bot with managed identity, keyless Azure OpenAI and Blob, SSO. */
const PRODUCTION_REQUIRED = [
  'BOT_ID', 'BOT_TYPE', 'BOT_TENANT_ID', 'BOT_DOMAIN', 'AZURE_CLIENT_ID',
  'LLM_PROVIDER', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_API_VERSION', 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT',
  'STORAGE_PROVIDER', 'AZURE_STORAGE_ACCOUNT_URL', 'AZURE_STORAGE_CONTAINER',
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'SSO_MODE', 'AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID', 'AAD_APP_CLIENT_SECRET',
];
const FIXED_VALUES: Record<string, string> = { BOT_TYPE: 'UserAssignedMSI', LLM_PROVIDER: 'azure-openai', STORAGE_PROVIDER: 'azure-blob' };
const PLATFORM = /^(WEBSITE_|WEBSITES_|SCM_)/;
const EU_REGIONS = new Set([
  'germanywestcentral', 'germanynorth', 'westeurope', 'northeurope', 'swedencentral', 'swedensouth', 'francecentral', 'francesouth',
  'norwayeast', 'norwaywest', 'polandcentral', 'spaincentral', 'italynorth', 'switzerlandnorth', 'switzerlandwest', 'austriaeast', 'belgiumcentral',
]);

/** App settings as name → raw Bicep expression ('literal' strings keep their quotes). */
function appSettings(text: string): Map<string, string> {
  const block = /appSettings:\s*\[([\s\S]*?)\n\s*\]/.exec(text);
  if (!block) throw new Error('appSettings block not found in azure.bicep');
  const settings = new Map<string, string>();
  for (const m of block[1].matchAll(/\{\s*name:\s*'([^']+)'\s*,\s*value:\s*(.+?)\s*\}\s*$/gm)) settings.set(m[1], m[2]);
  return settings;
}

function params(text: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const m of text.matchAll(/^param\s+(\w+)\s+\w+(?:\s*=\s*(.+))?$/gm)) out.set(m[1], m[2]?.trim());
  return out;
}

/** The @allowed([...]) list right above a parameter. */
function allowedValues(text: string, param: string): string[] {
  const m = new RegExp(`@allowed\\(\\[([^\\]]*)\\]\\)\\s*(?:@\\w+\\([^)]*\\)\\s*)*param\\s+${param}\\b`).exec(text);
  return m ? [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]) : [];
}

const settings = appSettings(bicep);
const bicepParams = params(bicep);

describe('infra/azure.bicep app settings', () => {
  it('sets only variables the app reads (CONFIG_VARIABLES) or App Service platform variables', () => {
    expect(settings.size).toBeGreaterThan(10);
    const known = new Set(CONFIG_VARIABLES.map((v) => v.name));
    for (const name of settings.keys()) expect(known.has(name) || PLATFORM.test(name), `unknown app setting ${name}`).toBe(true);
  });

  it('sets every variable production needs, with the fixed modes for MSI, Azure OpenAI and Blob', () => {
    for (const name of PRODUCTION_REQUIRED) expect(settings.has(name), `${name} missing`).toBe(true);
    for (const [name, value] of Object.entries(FIXED_VALUES)) expect(settings.get(name)).toBe(`'${value}'`);
  });

  it('passes the app\'s own config validation (expressions replaced by example values)', () => {
    const raw: Record<string, string> = {};
    for (const [name, expr] of settings) {
      if (PLATFORM.test(name)) continue;
      const literal = /^'([^'$]*)'$/.exec(expr);
      const variable = CONFIG_VARIABLES.find((v) => v.name === name)!;
      raw[name] = literal ? literal[1] : variable.secret ? 'aus-dem-key-vault' : variable.example || 'x';
    }
    expect(() => parseConfig(raw)).not.toThrow();
    expect(parseConfig(raw)).toMatchObject({ BOT_TYPE: 'UserAssignedMSI', LLM_PROVIDER: 'azure-openai', STORAGE_PROVIDER: 'azure-blob' });
  });

  it('keeps keys out: secrets only as Key Vault references, no key-like literals, no listKeys anywhere', () => {
    for (const v of CONFIG_VARIABLES.filter((v) => v.secret)) {
      const expr = settings.get(v.name);
      if (expr === undefined) continue;
      expect(expr, `${v.name} must reference Key Vault`).toMatch(/@Microsoft\.KeyVault\(VaultName=\$\{keyVault\.name\};SecretName=/);
    }
    for (const name of ['AZURE_OPENAI_API_KEY', 'AZURE_STORAGE_CONNECTION_STRING', 'BOT_PASSWORD', 'OPENAI_API_KEY']) expect(settings.has(name), name).toBe(false);
    for (const [name, expr] of settings) {
      expect(expr, name).not.toMatch(/AccountKey=|SharedAccessSignature|sig=|[A-Za-z0-9+/]{40,}={0,2}/);
    }
    for (const text of [bicep, botBicep]) {
      expect(text).not.toMatch(/listKeys\(|listConnectionStrings\(|\.keys\(/i);
    }
    const outputs = [...bicep.matchAll(/^output\s+(\w+)\s+\w+\s*=\s*(.+)$/gm)];
    expect(outputs.length).toBeGreaterThan(0);
    for (const [, name, value] of outputs) {
      expect(name).not.toMatch(/(_KEY|SECRET|PASSWORD|CONNECTION_STRING)$/i);
      expect(value).not.toMatch(/secret|password|ConnectionString|primaryKey|keys/i);
    }
  });
});

describe('infra/azure.parameters.json', () => {
  it('only passes parameters azure.bicep declares, and every required parameter', () => {
    for (const name of Object.keys(parameters.parameters)) expect(bicepParams.has(name), `param ${name} not in azure.bicep`).toBe(true);
    for (const [name, def] of bicepParams) if (def === undefined) expect(parameters.parameters[name], `required param ${name}`).toBeDefined();
  });

  it('references only variables that env/.env.dev lists', () => {
    const { assigned, commented } = listedVariables(read('env/.env.dev'));
    for (const name of listPlaceholders(parameters)) expect(assigned.has(name) || commented.has(name), `${name} not in env/.env.dev`).toBe(true);
  });

  it('passes the SSO client secret only into a @secure() parameter', () => {
    expect(JSON.stringify(parameters.parameters.aadAppClientSecret)).toContain('SECRET_AAD_APP_CLIENT_SECRET');
    expect(bicep).toMatch(/@secure\(\)\s*(?:@\w+\([^)]*\)\s*)*param aadAppClientSecret string/);
  });
});

describe('infra security and data residency settings', () => {
  it('defaults every location to an EU region and allows only EU regions', () => {
    expect(bicepParams.get('location')).toBe("'germanywestcentral'");
    expect(bicepParams.get('openAiLocation')).toBe("'swedencentral'");
    for (const p of ['location', 'openAiLocation']) {
      const allowed = allowedValues(bicep, p);
      expect(allowed.length, `@allowed for ${p}`).toBeGreaterThan(0);
      for (const region of allowed) expect(EU_REGIONS.has(region), `${p}: ${region}`).toBe(true);
    }
    const envDev = parseDotenv(read('env/.env.dev'));
    expect(EU_REGIONS.has(envDev.AZURE_LOCATION)).toBe(true);
    expect(envDev.AZURE_OPENAI_LOCATION).toBe('swedencentral');
    // Every regional resource uses one of the two location parameters; only the bot service is global.
    for (const m of bicep.matchAll(/^\s*location:\s*(.+)$/gm)) expect(['location', 'openAiLocation']).toContain(m[1].trim());
    for (const m of botBicep.matchAll(/^\s*location:\s*(.+)$/gm)) expect(m[1].trim()).toBe("'global'");
  });

  it('enforces HTTPS, TLS 1.2, no FTP, Node 22 LTS, health check and keyless data services', () => {
    for (const pattern of [
      /httpsOnly:\s*true/, /minTlsVersion:\s*'1\.2'/, /ftpsState:\s*'Disabled'/, /linuxFxVersion:\s*'NODE\|22-lts'/,
      /healthCheckPath:\s*'\/healthz'/, /alwaysOn:\s*true/, /allowSharedKeyAccess:\s*false/, /minimumTlsVersion:\s*'TLS1_2'/,
      /supportsHttpsTrafficOnly:\s*true/, /allowBlobPublicAccess:\s*false/, /disableLocalAuth:\s*true/, /kind:\s*'OpenAI'/,
      /enableRbacAuthorization:\s*true/, /retentionInDays:\s*logRetentionDays/, /param logRetentionDays int = 90/,
    ]) expect(bicep).toMatch(pattern);
    expect(botBicep).toMatch(/msaAppType:\s*'UserAssignedMSI'/);
    expect(botBicep).toMatch(/channelName:\s*'MsTeamsChannel'/);
    expect(bicep).toMatch(/userAssignedIdentities@/);
  });

  it('deletes every kind of state record after its retention period (lifecycle rules per store prefix)', () => {
    for (const prefix of ['minutes-jobs/', 'botstate/', 'feedback/', 'usage/', 'capability-usage/', 'audit/', 'unanswered/']) {
      expect(bicep).toMatch(new RegExp(`prefix: '${prefix}', days: \\w+`));
    }
    expect(bicep).toMatch(/managementPolicies@/);
    expect(bicep).toMatch(/version: \{ delete: \{ daysAfterCreationGreaterThan: 14 \} \}/);
  });

  it('grants the managed identity exactly the three data roles it needs', () => {
    const roles = {
      'Cognitive Services OpenAI User': '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd',
      'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
      'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
    };
    for (const id of Object.values(roles)) expect(bicep).toContain(id);
    const assignments = [...bicep.matchAll(/resource \w+ 'Microsoft\.Authorization\/roleAssignments@[^']+' = \{([\s\S]*?)\n\}/g)];
    expect(assignments).toHaveLength(3);
    for (const [, body] of assignments) expect(body).toMatch(/principalId:\s*identity\.properties\.principalId/);
    for (const [scope] of [['openAi'], ['storage'], ['keyVault']]) expect(assignments.some(([, b]) => new RegExp(`scope:\\s*${scope}\\n`).test(b))).toBe(true);
  });
});
