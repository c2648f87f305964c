/** Business rules for appPackage/manifest.json and its English localization. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLocalization, validateManifest } from '../../src/admin/manifest-schema.js';
import { fillPlaceholders, listPlaceholders } from '../../src/admin/placeholders.js';

const repo = path.join(import.meta.dirname, '..', '..');
const readJson = (rel: string) => JSON.parse(readFileSync(path.join(repo, rel), 'utf8'));
const template = readJson('appPackage/manifest.json');
const en = readJson('appPackage/en.json');
const sample = {
  TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111',
  BOT_ID: '22222222-2222-4222-8222-222222222222',
  AAD_APP_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
  BOT_DOMAIN: 'rathaus.azurewebsites.net',
  APP_NAME_SUFFIX: '',
  DEVELOPER_NAME: 'Stadt Krefeld – IT',
  DEVELOPER_WEBSITE_URL: 'https://www.krefeld.de',
  PRIVACY_URL: 'https://www.krefeld.de/datenschutz',
  TERMS_URL: 'https://www.krefeld.de/nutzung',
};
const manifest = fillPlaceholders(template, sample).value;

describe('appPackage/manifest.json', () => {
  it('uses the Agents Toolkit placeholders for ids, domain and developer links', () => {
    expect(listPlaceholders(template).sort()).toEqual(Object.keys(sample).sort());
    expect(template.id).toBe('${{TEAMS_APP_ID}}');
    expect(template.bots[0].botId).toBe('${{BOT_ID}}');
    expect(template.developer).toEqual({ name: '${{DEVELOPER_NAME}}', websiteUrl: '${{DEVELOPER_WEBSITE_URL}}', privacyUrl: '${{PRIVACY_URL}}', termsOfUseUrl: '${{TERMS_URL}}' });
  });

  it('is valid against schema v1.25 once filled, and invalid when an id is not a GUID', () => {
    expect(manifest.manifestVersion).toBe('1.25');
    expect(validateManifest(manifest)).toEqual([]);
    const broken = fillPlaceholders(template, { ...sample, TEAMS_APP_ID: 'rathaus' }).value;
    expect(validateManifest(broken).map((p) => p.path)).toContain('/id');
  });

  it('offers the bot in personal chat, teams and group chats, with file support', () => {
    const bot = manifest.bots[0];
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(true);
    expect(bot.isNotificationOnly).toBe(false);
  });

  it('lists the German commands in every scope, with English translations', () => {
    const list = manifest.bots[0].commandLists;
    expect(list).toHaveLength(1);
    expect(list[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(list[0].commands.map((c: { title: string }) => c.title)).toEqual(['Hilfe', 'Frage stellen', 'Niederschrift erstellen', 'Abmelden']);
    expect([0, 1, 2, 3].map((i) => en[`bots[0].commandLists[0].commands[${i}].title`])).toEqual(['Help', 'Ask a question', 'Create minutes', 'Sign out']);
    for (let i = 0; i < 4; i++) expect(en[`bots[0].commandLists[0].commands[${i}].description`]).toBeTruthy();
  });

  it('is German by default with English as additional language, validated against the localization schema', () => {
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'de-de', additionalLanguages: [{ languageTag: 'en-us', file: 'en.json' }] });
    expect(validateLocalization(fillPlaceholders(en, sample).value)).toEqual([]);
    expect(validateLocalization({ ...en, 'name.short': 'x'.repeat(31) }).length).toBeGreaterThan(0);
    expect(manifest.description.full).toMatch(/KI-Unterstützung/);
  });

  it('declares SSO on the Entra app and only the basic meeting RSC permissions', () => {
    expect(manifest.webApplicationInfo).toEqual({ id: sample.AAD_APP_CLIENT_ID, resource: `api://botid-${sample.AAD_APP_CLIENT_ID}` });
    expect(manifest.validDomains).toEqual([sample.BOT_DOMAIN]);
    const rsc = manifest.authorization.permissions.resourceSpecific;
    expect(rsc).toEqual([
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
      { name: 'ChannelMeeting.ReadBasic.Group', type: 'Application' },
    ]);
    // No RSC permission that reads content (messages, transcripts, recordings): content is read with the user's token.
    for (const p of rsc) expect(p.name).not.toMatch(/ChatMessage|Transcript|Recording|Artifact/);
  });

  it('keeps every RSC permission justified in the admin handbook', () => {
    const handbook = readFileSync(path.join(repo, 'docs', 'admin-handbuch.md'), 'utf8');
    for (const p of manifest.authorization.permissions.resourceSpecific) expect(handbook).toContain(p.name);
  });
});

describe('infra/aad.manifest.json (SSO app)', () => {
  const aad = readJson('infra/aad.manifest.json');
  it('exposes access_as_user under api://botid-{client id} and pre-authorises the Teams clients', () => {
    expect(aad.identifierUris).toEqual(['api://botid-${{AAD_APP_CLIENT_ID}}']);
    expect(aad.oauth2Permissions.map((p: { value: string }) => p.value)).toEqual(['access_as_user']);
    const clients = aad.preAuthorizedApplications.map((a: { appId: string }) => a.appId);
    expect(clients).toContain('1fec8e78-bce4-4aaf-ab1b-5451cc387264'); // Teams desktop and mobile
    expect(clients).toContain('5e3ce6c0-2b1f-4285-8d4b-75ee78787346'); // Teams web
    expect(aad.signInAudience).toBe('AzureADMyOrg');
  });

  it('requests delegated Graph scopes only (no application roles)', () => {
    for (const r of aad.requiredResourceAccess) for (const a of r.resourceAccess) expect(a.type).toBe('Scope');
  });
});
