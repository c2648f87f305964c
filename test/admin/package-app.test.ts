import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packageApp } from '../../src/admin/package-app.js';
import { validateLocalization, validateManifest } from '../../src/admin/manifest-schema.js';
import { runCli, type CliIo } from '../../src/cli/main.js';

const repo = path.join(import.meta.dirname, '..', '..');
const IDS = {
  TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111',
  BOT_ID: '22222222-2222-4222-8222-222222222222',
  AAD_APP_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
  BOT_DOMAIN: 'rathaus-dev.azurewebsites.net',
};

let root: string;
beforeEach(() => {
  // A copy of the project's appPackage/ and env/ so the test never writes into the working tree.
  root = mkdtempSync(path.join(tmpdir(), 'rathaus-pkg-'));
  cpSync(path.join(repo, 'appPackage'), path.join(root, 'appPackage'), { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
  cpSync(path.join(repo, 'env'), path.join(root, 'env'), { recursive: true, filter: (src) => !src.endsWith('.user') });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fillDevEnv(extra = ''): void {
  const file = path.join(root, 'env', '.env.dev');
  let text = readFileSync(file, 'utf8');
  const values: Record<string, string> = {
    ...IDS,
    DEVELOPER_WEBSITE_URL: 'https://www.krefeld.de/rathaus-assistent',
    PRIVACY_URL: 'https://www.krefeld.de/datenschutz',
    TERMS_URL: 'https://www.krefeld.de/nutzungsbedingungen',
  };
  for (const [k, v] of Object.entries(values)) text = text.replace(new RegExp(`^${k}=.*$`, 'm'), `${k}=${v}`);
  writeFileSync(file, text + extra);
}

async function readZip(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

describe('packageApp', () => {
  it('builds a zip from a filled env/.env.dev whose manifest and localization pass the v1.25 schemas', async () => {
    fillDevEnv();
    const result = await packageApp({ root, envName: 'dev' });
    expect(result.zipPath).toBe(path.join(root, 'appPackage', 'build', 'appPackage.dev.zip'));
    const zip = await readZip(result.zipPath);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(validateManifest(manifest)).toEqual([]);
    expect(validateLocalization(JSON.parse(await zip.file('en.json')!.async('string')))).toEqual([]);
    expect(manifest.id).toBe(IDS.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(IDS.BOT_ID);
    expect(manifest.webApplicationInfo).toEqual({ id: IDS.AAD_APP_CLIENT_ID, resource: `api://botid-${IDS.AAD_APP_CLIENT_ID}` });
    expect(manifest.validDomains).toEqual([IDS.BOT_DOMAIN]);
    expect(manifest.name.short).toBe('Rathaus-Assistent (dev)');
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('puts exactly manifest, icons and localization into the zip, icons byte-identical', async () => {
    fillDevEnv();
    const { zipPath } = await packageApp({ root, envName: 'dev' });
    const zip = await readZip(zipPath);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    for (const icon of ['color.png', 'outline.png']) {
      const packed = await zip.file(icon)!.async('nodebuffer');
      expect(packed.equals(readFileSync(path.join(root, 'appPackage', icon)))).toBe(true);
    }
  });

  it('names every missing variable in German and writes nothing', async () => {
    // env/.env.dev as committed: IDs and URLs empty
    const err = await packageApp({ root, envName: 'dev' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'invalidInput' });
    const message = (err as { userMessage: string }).userMessage;
    for (const name of ['TEAMS_APP_ID', 'BOT_ID', 'AAD_APP_CLIENT_ID', 'BOT_DOMAIN', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL']) {
      expect(message).toContain(name);
    }
    expect(message).toContain('nicht gesetzt');
    expect(message).not.toContain('APP_NAME_SUFFIX');
    await expect(readZip(path.join(root, 'appPackage', 'build', 'appPackage.dev.zip'))).rejects.toThrow();
  });

  it('takes values from the .user file and lets the process environment win', async () => {
    fillDevEnv();
    writeFileSync(path.join(root, 'env', '.env.dev.user'), `BOT_DOMAIN=from-user-file.example.org\n`);
    let result = await packageApp({ root, envName: 'dev' });
    expect(result.manifest.validDomains).toEqual(['from-user-file.example.org']);
    result = await packageApp({ root, envName: 'dev', overrides: { BOT_DOMAIN: 'from-process.example.org' } });
    expect(result.manifest.validDomains).toEqual(['from-process.example.org']);
  });

  it('refuses a filled manifest that breaks the schema and says where', async () => {
    fillDevEnv();
    const err = await packageApp({ root, envName: 'dev', overrides: { BOT_ID: 'kein-guid' } }).catch((e: unknown) => e);
    expect((err as { userMessage: string }).userMessage).toMatch(/manifest\.json entspricht nicht dem Schema[\s\S]*\/bots\/0\/botId/);
  });

  it('keeps values with quotes intact (substitution into parsed strings, not raw JSON)', async () => {
    fillDevEnv();
    const result = await packageApp({ root, envName: 'dev', overrides: { DEVELOPER_NAME: 'Stadt "Krefeld" \\ IT' } });
    expect((result.manifest.developer as { name: string }).name).toBe('Stadt "Krefeld" \\ IT');
  });
});

describe('rathaus package', () => {
  function io(env: Record<string, string> = {}) {
    const out: string[] = [];
    const errOut: string[] = [];
    const cli: CliIo = { stdout: (t) => out.push(t), stderr: (t) => errOut.push(t), env, cwd: root, isTTY: false };
    return { cli, out, errOut };
  }

  it('writes appPackage/build/appPackage.<env>.zip and reports its content', async () => {
    const { cli, out } = io(IDS);
    expect(await runCli(['package', '--env', 'local'], cli)).toBe(0);
    expect(out.join('')).toContain('appPackage/build/appPackage.local.zip');
    const zip = await readZip(path.join(root, 'appPackage', 'build', 'appPackage.local.zip'));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).name.short).toBe('Rathaus-Assistent (local)');
  });

  it('exits with 2 and a German message naming the missing variables', async () => {
    const { cli, errOut } = io({});
    expect(await runCli(['package', '--env', 'local'], cli)).toBe(2);
    expect(errOut.join('')).toMatch(/Variablen AAD_APP_CLIENT_ID, BOT_DOMAIN, BOT_ID, TEAMS_APP_ID sind nicht gesetzt/);
  });

  it('says which env file is missing for an environment without one', async () => {
    const { cli, errOut } = io(IDS);
    expect(await runCli(['package', '--env', 'prod'], cli)).toBe(2);
    expect(errOut.join('')).toContain('env/.env.prod');
  });

  it('builds for a custom environment such as prod once its env file exists', async () => {
    writeFileSync(path.join(root, 'env', '.env.prod'), readFileSync(path.join(root, 'env', '.env.dev'), 'utf8').replace(/^APP_NAME_SUFFIX=.*$/m, 'APP_NAME_SUFFIX='));
    const { cli } = io({ ...IDS, DEVELOPER_WEBSITE_URL: 'https://www.leverkusen.de', PRIVACY_URL: 'https://www.leverkusen.de/ds', TERMS_URL: 'https://www.leverkusen.de/nb' });
    expect(await runCli(['package', '--env', 'prod'], cli)).toBe(0);
    const zip = await readZip(path.join(root, 'appPackage', 'build', 'appPackage.prod.zip'));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).name.short).toBe('Rathaus-Assistent');
  });

  it('rejects an environment name that could leave env/', async () => {
    const { cli, errOut } = io(IDS);
    expect(await runCli(['package', '--env', '../etc'], cli)).toBe(2);
    expect(errOut.join('')).toContain('Ungültiger Umgebungsname');
  });
});
