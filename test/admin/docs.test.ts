/** The admin docs state what the templates and the code really do. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_MARK } from '../../src/minutes/render-docx.js';
import { AUDIT_GROUP_COMMIT_MS } from '../../src/audit/audit-sink.js';
import { USAGE_GROUP_COMMIT_MS } from '../../src/llm/store-usage-recorder.js';

const repo = path.join(import.meta.dirname, '..', '..');
const read = (rel: string) => readFileSync(path.join(repo, rel), 'utf8');
const bicep = read('infra/azure.bicep');
const handbook = read('docs/admin-handbuch.md');
const privacy = read('docs/datenschutz-ki-verordnung.md');

function bicepDefault(param: string): string | undefined {
  return new RegExp(`^param ${param} \\w+ = (.+)$`, 'm').exec(bicep)?.[1].trim();
}

describe('docs/datenschutz-ki-verordnung.md', () => {
  it('quotes the draft label the Word documents really carry, and the Teams AI label', () => {
    expect(privacy).toContain(DRAFT_MARK);
    expect(privacy).toContain('„KI-generiert“');
  });

  it('states the retention defaults of infra/azure.bicep', () => {
    const rows = [...privacy.matchAll(/^\| `(\w+RetentionDays)` \| `infra\/azure\.bicep` \| (\d+) \|/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(['conversationStateRetentionDays', 'feedbackRetentionDays', 'logRetentionDays', 'minutesJobRetentionDays']);
    for (const [, param, days] of rows) expect(bicepDefault(param), param).toBe(days);
  });

  it('names the EU regions the template defaults to', () => {
    expect(bicepDefault('location')).toBe("'germanywestcentral'");
    expect(privacy).toContain('Germany West Central');
    expect(bicepDefault('openAiLocation')).toBe("'swedencentral'");
    expect(privacy).toContain('Sweden Central');
    expect(bicepDefault('chatDeploymentSku')).toBe("'DataZoneStandard'");
  });
});

describe('docs/admin-handbuch.md', () => {
  it('names the group commit windows the audit log and the usage records really use', () => {
    expect(handbook).toMatch(new RegExp(`^\\| Audit-Eintrag [^|]*\\| ${AUDIT_GROUP_COMMIT_MS} ms \\|`, 'm'));
    expect(handbook).toMatch(new RegExp(`^\\| Nutzungszahlen [^|]*\\| ${USAGE_GROUP_COMMIT_MS} ms \\|`, 'm'));
    expect(handbook).toContain(`letzten ${USAGE_GROUP_COMMIT_MS} ms`);
  });

  it('lists every delegated Graph permission the SSO app requests', () => {
    const aad = JSON.parse(read('infra/aad.manifest.json')) as { requiredResourceAccess: { resourceAccess: { id: string }[] }[] };
    const scopes = aad.requiredResourceAccess.flatMap((r) => r.resourceAccess.map((a) => a.id)).filter((s) => !['openid', 'profile', 'offline_access'].includes(s));
    for (const scope of scopes) expect(handbook, scope).toContain(`| \`${scope}\` |`);
  });

  it('gives the PowerShell settings for Graph transcript access and speaker attribution', () => {
    expect(handbook).toContain('-EnableGraphTranscriptAccess $true');
    expect(handbook).toContain('-EnableAttributedTranscripts $true');
  });

  it('describes the health endpoints and the package command the code provides', () => {
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    for (const text of ['/healthz', '/readyz', 'npm run package -- --env dev']) expect(handbook).toContain(text);
  });
});
