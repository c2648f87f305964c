/**
 * Renders the committed env templates env/.env.local, env/.env.playground and env/.env.dev from
 * CONFIG_VARIABLES and TOOLKIT_VARIABLES. Every variable gets a German comment (purpose, default,
 * example). Secrets appear only as commented-out lines pointing to the git-ignored .user file.
 */
import { CONFIG_VARIABLES, type ConfigVariable } from '../config.js';
import { allowedValuesOf, defaultOf, groupedConfigVariables, TOOLKIT_SECRETS, TOOLKIT_VARIABLES, type EnvName } from './config-catalog.js';

const HEADERS: Record<EnvName, string[]> = {
  local: [
    'Umgebung "local": Bot auf diesem Rechner, in Teams erreichbar über einen Dev-Tunnel (m365agents.local.yml).',
    'Start ohne Toolkit: RATHAUS_ENV=local npm run bot',
  ],
  playground: [
    'Umgebung "playground": Bot und Microsoft 365 Agents Playground auf diesem Rechner, ohne Cloud-Konto',
    '(m365agents.playground.yml; npm start). Ohne BOT_ID läuft der Bot im lokalen Modus nur auf 127.0.0.1.',
  ],
  dev: [
    'Umgebung "dev": Bereitstellung in Azure (m365agents.yml, infra/azure.bicep).',
    'Die App-Einstellungen der Web-App setzt infra/azure.bicep; diese Datei dient dem Toolkit und dem Paketbau',
    '(npm run package -- --env dev). Werte wie BOT_ID und BOT_DOMAIN schreibt das Toolkit beim Provisionieren hinein.',
  ],
};

/** Env values preset for the app per environment (app variables; Toolkit presets live in the catalog). */
const APP_PRESETS: Record<EnvName, Record<string, string>> = {
  local: {},
  playground: {},
  dev: {},
};

function quote(value: string): string {
  return /^[A-Za-z0-9_./:@,+-]*$/.test(value) ? value : `"${value.replace(/"/g, '\\"')}"`;
}

function configComment(v: ConfigVariable, envName: EnvName): string[] {
  const facts: string[] = [];
  const def = defaultOf(v);
  if (def !== undefined) facts.push(def === '' ? 'Standard: leer' : `Standard: ${def}`);
  const allowed = allowedValuesOf(v);
  if (allowed) facts.push(`Werte: ${allowed.join(' | ')}`);
  if (v.example) facts.push(`Beispiel: ${v.example}`);
  const lines = [`# ${v.name} – ${v.description}`];
  if (facts.length) lines.push(`#   ${facts.join(' · ')}`);
  if (v.secret) lines.push(`#   Geheim: nur in env/.env.${envName}.user eintragen (nicht eingecheckt) oder in Azure über den Key Vault.`);
  return lines;
}

/**
 * The template text for one environment. `existing` keeps values an admin or the Toolkit already
 * wrote (so regenerating never loses them); secrets are never written.
 */
export function renderEnvTemplate(envName: EnvName, existing: Record<string, string> = {}): string {
  const out: string[] = [
    '# Rathaus-Assistent – Konfiguration (erzeugt aus src/config.ts; Referenz: docs/konfiguration.md)',
    ...HEADERS[envName].map((l) => `# ${l}`),
    '# Leere Werte bedeuten: Standard verwenden bzw. nicht gesetzt. Geheimnisse gehören in env/.env.' + envName + '.user.',
    '',
    '# ===== Microsoft 365 Agents Toolkit, App-Paket und Azure =====',
  ];
  for (const t of TOOLKIT_VARIABLES) {
    if (t.envs && !t.envs.includes(envName)) continue;
    out.push(`# ${t.name} – ${t.description}${t.setBy ? ` (setzt: ${t.setBy})` : ''}`);
    out.push(`${t.name}=${quote(existing[t.name] ?? t.values?.[envName] ?? '')}`);
  }
  for (const s of TOOLKIT_SECRETS) {
    out.push(`# ${s.name} – ${s.description} Nur in env/.env.${envName}.user.`);
    out.push(`# ${s.name}=`);
  }
  for (const [group, vars] of groupedConfigVariables()) {
    out.push('', `# ===== ${group} =====`);
    for (const v of vars) {
      out.push(...configComment(v, envName));
      if (v.secret) out.push(`# ${v.name}=`);
      else out.push(`${v.name}=${quote(existing[v.name] ?? APP_PRESETS[envName][v.name] ?? '')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Names assigned (`NAME=`) or listed as commented secrets (`# NAME=`) in an env file's text. */
export function listedVariables(text: string): { assigned: Map<string, string>; commented: Set<string> } {
  const assigned = new Map<string, string>();
  const commented = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const a = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (a) assigned.set(a[1], a[2]);
    const c = /^#\s*([A-Z][A-Z0-9_]*)=\s*$/.exec(line);
    if (c) commented.add(c[1]);
  }
  return { assigned, commented };
}

/** Secret app variables, which must never carry a value in a committed template. */
export function secretConfigNames(): string[] {
  return CONFIG_VARIABLES.filter((v) => v.secret).map((v) => v.name);
}
