/** The m365agents*.yml files use documented Toolkit actions and point at files that exist. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listedVariables } from '../../src/admin/env-templates.js';

const repo = path.join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(repo, rel), 'utf8');

// Actions documented for the Microsoft 365 Agents Toolkit (aka.ms/teamsfx-actions).
const DOCUMENTED = new Set([
  'teamsApp/create', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update',
  'teamsApp/publishAppPackage', 'aadApp/create', 'aadApp/update', 'botAadApp/create', 'botFramework/create', 'arm/deploy',
  'cli/runNpmCommand', 'azureAppService/zipDeploy', 'file/createOrUpdateEnvironmentFile',
]);
/** Outputs the Toolkit writes itself; they need not be listed in the templates. */
const TOOLKIT_WRITES = new Set(['TEAMS_APP_PUBLISHED_APP_ID', 'AAD_APP_TENANT_ID', 'AAD_APP_OAUTH_AUTHORITY_HOST']);

const FILES = { 'm365agents.yml': 'dev', 'm365agents.local.yml': 'local', 'm365agents.playground.yml': 'playground' } as const;

describe.each(Object.entries(FILES))('%s', (file, envName) => {
  const text = read(file);

  it('uses only documented actions', () => {
    const actions = [...text.matchAll(/^\s*- uses:\s*(\S+)/gm)].map((m) => m[1]);
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(DOCUMENTED.has(a), a).toBe(true);
  });

  it('points only at files in the project', () => {
    for (const m of text.matchAll(/(?:manifestPath|path|parameters|ignoreFile):\s*(\.\/\S+)/g)) {
      expect(existsSync(path.join(repo, m[1])), m[1]).toBe(true);
    }
  });

  it('reads only variables its env template lists (or the Toolkit writes)', () => {
    const { assigned, commented } = listedVariables(read(`env/.env.${envName}`));
    for (const m of text.matchAll(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g)) {
      const name = m[1];
      expect(assigned.has(name) || commented.has(name) || TOOLKIT_WRITES.has(name), `${name} in ${file}`).toBe(true);
    }
  });
});

describe('m365agents.yml lifecycle', () => {
  const text = read('m365agents.yml');
  it('provisions, deploys and publishes in the documented order', () => {
    const order = ['teamsApp/create', 'aadApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/update'];
    const provision = text.slice(text.indexOf('provision:'), text.indexOf('\ndeploy:'));
    let last = -1;
    for (const a of order) {
      const at = provision.indexOf(`uses: ${a}`);
      expect(at, a).toBeGreaterThan(last);
      last = at;
    }
    const deploy = text.slice(text.indexOf('\ndeploy:'), text.indexOf('\npublish:'));
    expect(deploy).toMatch(/args: install[\s\S]*args: run build[\s\S]*uses: azureAppService\/zipDeploy/);
    expect(text.slice(text.indexOf('\npublish:'))).toContain('uses: teamsApp/publishAppPackage');
  });
});
