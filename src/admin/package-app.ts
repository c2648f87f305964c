/**
 * Builds the Teams app package (appPackage/build/appPackage.<env>.zip) from appPackage/manifest.json:
 * fills the `${{VAR}}` placeholders from env/.env.<env> (+ .user), refuses unresolved ones,
 * validates manifest and localization files against the vendored v1.25 schemas, and zips exactly
 * the manifest, the two icons and the localization files it references.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { readEnvFiles } from '../config.js';
import { AppError } from '../core/errors.js';
import { validateLocalization, validateManifest, type SchemaProblem } from './manifest-schema.js';
import { fillPlaceholders } from './placeholders.js';

/** Environments with a committed template under env/ (others work once env/.env.<name> exists, e.g. prod). */
export const PACKAGE_ENVS = ['dev', 'local', 'playground'] as const;

/** What to package. */
export interface PackageAppInput {
  /** Project folder containing appPackage/ and env/. */
  root: string;
  /** Environment name: reads env/.env.<envName> and env/.env.<envName>.user. */
  envName: string;
  /** Variables that win over the env files (the process environment, as in the Agents Toolkit). */
  overrides?: Record<string, string | undefined>;
  /** Output file; default appPackage/build/appPackage.<envName>.zip. */
  outFile?: string;
}

/** The written package. */
export interface PackageAppResult {
  zipPath: string;
  /** File names inside the zip, in the order written. */
  files: string[];
  /** The filled manifest. */
  manifest: Record<string, unknown>;
}

interface ManifestShape {
  icons?: { color?: string; outline?: string; color32x32?: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file?: string }[] };
}

function readJson(file: string, label: string): unknown {
  if (!existsSync(file)) throw new AppError('invalidInput', `missing ${file}`, `${label} fehlt: ${file}`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new AppError('invalidInput', `invalid JSON in ${file}`, `${label} ist kein gültiges JSON (${file}): ${(e as Error).message}`);
  }
}

/** A relative path inside appPackage/ only: no absolute paths, no `..`. */
function packageFile(appDir: string, rel: string): string {
  const normal = path.posix.normalize(rel.replace(/\\/g, '/'));
  if (path.isAbsolute(rel) || normal.startsWith('..')) {
    throw new AppError('invalidInput', `path escapes appPackage: ${rel}`, `Pfad im Manifest zeigt aus appPackage/ heraus: ${rel}`);
  }
  return path.join(appDir, normal);
}

function describeProblems(file: string, problems: SchemaProblem[]): string {
  const lines = problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`);
  const more = problems.length > 10 ? `\n  … und ${problems.length - 10} weitere` : '';
  return `${file} entspricht nicht dem Schema (Manifest v1.25):\n${lines.join('\n')}${more}`;
}

/** Files referenced by the manifest, relative to appPackage/, manifest first. */
export function referencedFiles(manifest: unknown): string[] {
  const m = manifest as ManifestShape;
  const files = ['manifest.json'];
  for (const icon of [m.icons?.color, m.icons?.outline, m.icons?.color32x32]) if (icon) files.push(icon);
  if (m.localizationInfo?.defaultLanguageFile) files.push(m.localizationInfo.defaultLanguageFile);
  for (const lang of m.localizationInfo?.additionalLanguages ?? []) if (lang.file) files.push(lang.file);
  return [...new Set(files)];
}

/**
 * Builds and writes the package. Throws AppError('invalidInput') with a German message naming
 * every unresolved variable or schema problem; nothing is written in that case.
 */
export async function packageApp(input: PackageAppInput): Promise<PackageAppResult> {
  if (!/^[a-z0-9-]+$/i.test(input.envName)) {
    throw new AppError('invalidInput', `bad env name ${input.envName}`, `Ungültiger Umgebungsname "${input.envName}"; erwartet z. B. ${PACKAGE_ENVS.join(', ')}.`);
  }
  const envFile = path.join(input.root, 'env', `.env.${input.envName}`);
  if (!existsSync(envFile)) {
    throw new AppError('notFound', `missing ${envFile}`, `Umgebungsdatei fehlt: env/.env.${input.envName} (vorhandene Vorlagen: ${PACKAGE_ENVS.map((e) => `env/.env.${e}`).join(', ')}).`);
  }
  const vars: Record<string, string | undefined> = { ...readEnvFiles(input.envName, input.root) };
  for (const [k, v] of Object.entries(input.overrides ?? {})) if (v !== undefined && v !== '') vars[k] = v;
  vars.TEAMSFX_ENV ??= input.envName;

  const appDir = path.join(input.root, 'appPackage');
  const template = readJson(path.join(appDir, 'manifest.json'), 'Manifest');
  const relFiles = referencedFiles(template);

  // Fill every JSON file first, so one message can name all missing variables at once.
  const filledJson = new Map<string, unknown>();
  const missing = new Set<string>();
  for (const rel of relFiles.filter((f) => f.toLowerCase().endsWith('.json'))) {
    const raw = rel === 'manifest.json' ? template : readJson(packageFile(appDir, rel), `Lokalisierungsdatei ${rel}`);
    const { value, missing: m } = fillPlaceholders(raw, vars);
    m.forEach((name) => missing.add(name));
    filledJson.set(rel, value);
  }
  if (missing.size > 0) {
    const names = [...missing].sort();
    throw new AppError(
      'invalidInput',
      `unresolved placeholders: ${names.join(', ')}`,
      `Das App-Paket für "${input.envName}" kann nicht gebaut werden: ${names.length === 1 ? 'Die Variable' : 'Die Variablen'} ${names.join(', ')} ${names.length === 1 ? 'ist' : 'sind'} nicht gesetzt. ` +
        `Bitte in env/.env.${input.envName} (Geheimnisse in env/.env.${input.envName}.user) eintragen oder beim Aufruf als Umgebungsvariable übergeben.`,
    );
  }

  const problems: string[] = [];
  for (const [rel, value] of filledJson) {
    const p = rel === 'manifest.json' ? validateManifest(value) : validateLocalization(value);
    if (p.length > 0) problems.push(describeProblems(rel, p));
  }
  if (problems.length > 0) {
    throw new AppError('invalidInput', 'schema validation failed', `Das App-Paket ist ungültig.\n${problems.join('\n')}`);
  }

  const zip = new JSZip();
  // A fixed date makes two builds of the same input byte-identical.
  const date = new Date('2024-01-01T00:00:00Z');
  for (const rel of relFiles) {
    const data = filledJson.has(rel)
      ? Buffer.from(`${JSON.stringify(filledJson.get(rel), null, 2)}\n`, 'utf8')
      : (() => {
          const file = packageFile(appDir, rel);
          if (!existsSync(file)) throw new AppError('invalidInput', `missing ${file}`, `Datei aus dem Manifest fehlt: appPackage/${rel}`);
          return readFileSync(file);
        })();
    zip.file(rel, data, { date });
  }
  const zipPath = input.outFile ?? path.join(appDir, 'build', `appPackage.${input.envName}.zip`);
  mkdirSync(path.dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { zipPath, files: relFiles, manifest: filledJson.get('manifest.json') as Record<string, unknown> };
}
