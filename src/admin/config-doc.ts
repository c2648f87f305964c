/**
 * Renders docs/konfiguration.md from CONFIG_VARIABLES and the Toolkit catalog. A test compares the
 * committed file with this output, so the reference cannot drift from the code.
 */
import { allowedValuesOf, defaultOf, groupedConfigVariables, TOOLKIT_SECRETS, TOOLKIT_VARIABLES } from './config-catalog.js';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function code(text: string | undefined): string {
  return text ? `\`${text}\`` : '–';
}

export function renderConfigDoc(): string {
  const out: string[] = [
    '# Konfiguration',
    '',
    '<!-- Diese Datei wird erzeugt: npx tsx src/admin/write-config-files.ts (Quelle: src/config.ts, src/admin/config-catalog.ts). Nicht von Hand ändern. -->',
    '',
    'Der Rathaus-Assistent liest seine Einstellungen ausschließlich aus Umgebungsvariablen. Sie kommen aus',
    '',
    '1. der Prozessumgebung (in Azure: den App-Einstellungen der Web-App, gesetzt von `infra/azure.bicep`),',
    '2. den Dateien `env/.env.<Umgebung>` und `env/.env.<Umgebung>.user`, wenn `RATHAUS_ENV=<Umgebung>` gesetzt ist',
    '   (Werte der Prozessumgebung haben Vorrang – wie beim Microsoft 365 Agents Toolkit).',
    '',
    'Vorlagen mit allen Variablen und Kommentaren: `env/.env.local`, `env/.env.playground`, `env/.env.dev`.',
    'Geheimnisse (Spalte „geheim“) gehören nur in die nicht eingecheckten Dateien `env/.env.<Umgebung>.user` oder in Azure in den Key Vault.',
    'Leere Werte zählen als „nicht gesetzt“. Ein ungültiger Wert stoppt den Start mit einer Zeile, die die Variable nennt.',
    '',
    '## Variablen der Anwendung',
  ];
  for (const [group, vars] of groupedConfigVariables()) {
    out.push('', `### ${group}`, '', '| Variable | Bedeutung | Standard | Beispiel | geheim |', '| --- | --- | --- | --- | --- |');
    for (const v of vars) {
      const def = defaultOf(v);
      const allowed = allowedValuesOf(v);
      const meaning = allowed ? `${v.description} Werte: ${allowed.map((a) => `\`${a}\``).join(', ')}.` : v.description;
      out.push(`| \`${v.name}\` | ${cell(meaning)} | ${def === undefined ? '–' : def === '' ? '(leer)' : code(def)} | ${code(v.example || undefined)} | ${v.secret ? 'ja' : ''} |`);
    }
  }
  out.push(
    '',
    '## Variablen für Agents Toolkit, App-Paket und Azure',
    '',
    'Diese Variablen liest die Anwendung nicht; sie füllen die Platzhalter `${{…}}` in `appPackage/manifest.json`,',
    '`appPackage/en.json`, `infra/azure.parameters.json`, `infra/aad.manifest.json` und den `m365agents*.yml`-Dateien.',
    '',
    '| Variable | Bedeutung | gesetzt von |',
    '| --- | --- | --- |',
  );
  for (const t of TOOLKIT_VARIABLES) out.push(`| \`${t.name}\` | ${cell(t.description)} | ${t.setBy ?? 'Administration'} |`);
  for (const s of TOOLKIT_SECRETS) out.push(`| \`${s.name}\` | ${cell(s.description)} (geheim, nur \`.user\`) | Agents Toolkit |`);
  out.push(
    '',
    '## App-Paket bauen',
    '',
    '`npm run package -- --env dev` (oder `rathaus package --env dev`) füllt die Platzhalter aus `env/.env.dev` und `env/.env.dev.user`,',
    'prüft Manifest und Lokalisierung gegen das Schema v1.25 und schreibt `appPackage/build/appPackage.dev.zip`.',
    'Fehlt ein Wert, nennt die Meldung alle fehlenden Variablen. Siehe [Admin-Handbuch](admin-handbuch.md).',
    '',
  );
  return out.join('\n');
}
