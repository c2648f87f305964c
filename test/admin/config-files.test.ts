import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, parseConfig } from '../../src/config.js';
import { ENV_NAMES, knownVariableNames, TOOLKIT_SECRETS, TOOLKIT_VARIABLES } from '../../src/admin/config-catalog.js';
import { renderConfigDoc } from '../../src/admin/config-doc.js';
import { listedVariables, renderEnvTemplate, secretConfigNames } from '../../src/admin/env-templates.js';

const repo = path.join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(repo, rel), 'utf8');

describe.each(ENV_NAMES)('env/.env.%s', (envName) => {
  const text = read(`env/.env.${envName}`);
  const { assigned, commented } = listedVariables(text);

  it('lists every variable of CONFIG_VARIABLES (secrets only as commented-out lines)', () => {
    for (const v of CONFIG_VARIABLES) {
      if (v.secret) {
        expect(commented.has(v.name), `${v.name} as "# ${v.name}="`).toBe(true);
        expect(assigned.has(v.name), `${v.name} must not be assigned`).toBe(false);
      } else {
        expect(assigned.has(v.name), `${v.name} missing`).toBe(true);
      }
    }
  });

  it('lists no unknown variable and the Toolkit variables of this environment', () => {
    const known = knownVariableNames();
    for (const name of [...assigned.keys(), ...commented]) expect(known.has(name), `unknown variable ${name}`).toBe(true);
    for (const t of TOOLKIT_VARIABLES.filter((t) => !t.envs || t.envs.includes(envName))) expect(assigned.has(t.name), t.name).toBe(true);
    for (const s of TOOLKIT_SECRETS) expect(assigned.has(s.name)).toBe(false);
  });

  it('puts a German comment right above every variable', () => {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const m = /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line);
      if (!m) return;
      const comment = lines.slice(Math.max(0, i - 3), i).find((l) => l.startsWith(`# ${m[1]} – `));
      expect(comment, `comment for ${m[1]}`).toBeDefined();
    });
  });

  it('holds no secret values and parses as a valid configuration', () => {
    const values = parseDotenv(text);
    for (const name of secretConfigNames()) expect(values[name] ?? '').toBe('');
    expect(() => parseConfig(values)).not.toThrow();
  });

  it('matches the generator output for its own values (regenerate with npx tsx src/admin/write-config-files.ts)', () => {
    const kept = Object.fromEntries(Object.entries(parseDotenv(text)).filter(([, v]) => v !== ''));
    expect(text).toBe(renderEnvTemplate(envName, kept));
  });
});

describe('docs/konfiguration.md', () => {
  it('is exactly what the generator renders from CONFIG_VARIABLES', () => {
    expect(read('docs/konfiguration.md')).toBe(renderConfigDoc());
  });

  it('documents every variable with its description', () => {
    const doc = renderConfigDoc();
    for (const v of CONFIG_VARIABLES) {
      expect(doc).toContain(`| \`${v.name}\` |`);
      expect(doc).toContain(v.description.replace(/\|/g, '\\|'));
    }
  });
});

describe('renderEnvTemplate', () => {
  it('keeps values the Toolkit wrote and never writes a secret', () => {
    const text = renderEnvTemplate('dev', { BOT_ID: '22222222-2222-4222-8222-222222222222', BOT_PASSWORD: 'geheim' });
    expect(text).toMatch(/^BOT_ID=22222222-2222-4222-8222-222222222222$/m);
    expect(text).not.toContain('geheim\n');
    expect(text).toMatch(/^# BOT_PASSWORD=$/m);
  });
});
