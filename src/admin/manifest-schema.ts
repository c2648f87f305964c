/**
 * Validation of the Teams app manifest and its localization files against the vendored
 * schemas (vendor/teams-manifest-schema/v1.25, MIT, Microsoft).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { projectRootFrom } from './project-root.js';

export const MANIFEST_SCHEMA_VERSION = '1.25';

/** One schema violation, with the JSON path of the offending value. */
export interface SchemaProblem {
  path: string;
  message: string;
}

// ajv-draft-04 is CommonJS: under NodeNext the default import is module.exports, whose .default is the class.
const Ajv = AjvDraft04.default;

interface Validators {
  manifest: ValidateFunction;
  localization: ValidateFunction;
}

let cached: Validators | undefined;

function load(): Validators {
  if (cached) return cached;
  const dir = path.join(projectRootFrom(import.meta.url), 'vendor', 'teams-manifest-schema', `v${MANIFEST_SCHEMA_VERSION}`);
  const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as object;
  // The schema is draft-04 and some patterns use escapes JavaScript's unicode mode rejects;
  // formats are not validated (Ajv ships none; the Teams validator checks URLs itself).
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false });
  cached = {
    manifest: ajv.compile(read('MicrosoftTeams.schema.json')),
    localization: ajv.compile(read('MicrosoftTeams.Localization.schema.json')),
  };
  return cached;
}

function toProblems(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.keyword === 'additionalProperties' ? `${e.message} (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : (e.message ?? e.keyword),
  }));
}

/** Problems of a filled manifest.json against schema v1.25; empty when valid. */
export function validateManifest(manifest: unknown): SchemaProblem[] {
  const v = load().manifest;
  return v(manifest) ? [] : toProblems(v.errors);
}

/** Problems of a filled localization file (e.g. en.json); empty when valid. */
export function validateLocalization(localization: unknown): SchemaProblem[] {
  const v = load().localization;
  return v(localization) ? [] : toProblems(v.errors);
}
