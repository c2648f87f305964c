import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_DELEGATED_SCOPES, graphScopeUris } from '../../src/graph/scopes.js';

const repo = path.join(import.meta.dirname, '..', '..');

describe('delegated Graph scopes', () => {
  it('are each documented for admins, as delegated', () => {
    const doc = readFileSync(path.join(repo, 'docs', 'graph-berechtigungen.md'), 'utf8');
    for (const scope of GRAPH_DELEGATED_SCOPES) expect(doc).toMatch(new RegExp(`\\| \`${scope.replace(/\./g, '\\.')}\`[^|]*\\| delegiert \\|`));
  });

  it('match the Entra app manifest, which asks for delegated scopes only', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'infra', 'aad.manifest.json'), 'utf8')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    const graph = manifest.requiredResourceAccess.find((r) => r.resourceAppId === 'Microsoft Graph')!;
    const ids = graph.resourceAccess.map((a) => a.id);
    for (const scope of GRAPH_DELEGATED_SCOPES) expect(ids).toContain(scope);
    expect(graph.resourceAccess.every((a) => a.type === 'Scope')).toBe(true);
  });

  it('have the resource form MSAL expects', () => {
    expect(graphScopeUris()[1]).toBe('https://graph.microsoft.com/Files.Read.All');
  });
});
