/**
 * Regenerates env/.env.{local,playground,dev} and docs/konfiguration.md from the config schema.
 * Existing values in the env files are kept (the Toolkit writes IDs into them).
 * Run: npx tsx src/admin/write-config-files.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';
import { ENV_NAMES } from './config-catalog.js';
import { renderConfigDoc } from './config-doc.js';
import { renderEnvTemplate } from './env-templates.js';
import { projectRootFrom } from './project-root.js';

/** Writes the generated files below `root`; returns the paths written. */
export function writeConfigFiles(root: string): string[] {
  const written: string[] = [];
  for (const envName of ENV_NAMES) {
    const file = path.join(root, 'env', `.env.${envName}`);
    const existing = existsSync(file) ? parseDotenv(readFileSync(file)) : {};
    // Keep only non-empty values: empty ones come from the template again.
    const kept = Object.fromEntries(Object.entries(existing).filter(([, v]) => v !== ''));
    writeFileSync(file, renderEnvTemplate(envName, kept));
    written.push(file);
  }
  const doc = path.join(root, 'docs', 'konfiguration.md');
  writeFileSync(doc, renderConfigDoc());
  written.push(doc);
  return written;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  for (const f of writeConfigFiles(projectRootFrom(import.meta.url))) process.stdout.write(`geschrieben: ${f}\n`);
}
