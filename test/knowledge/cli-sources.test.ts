import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { resolveCliSources } from '../../src/knowledge/sources/cli-sources.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import type { KnowledgeSource } from '../../src/knowledge/types.js';
import { startGraphEmulator, TOKENS, type GraphEmulator } from '../graph-emulator/server.js';

let emu: GraphEmulator;
beforeAll(async () => {
  emu = await startGraphEmulator();
});
afterAll(() => emu.close());

const localSource: KnowledgeSource = { id: 'local', search: async () => ({ passages: [], failures: [] }) };
const deps = { parseDocument };

describe('resolveCliSources', () => {
  it('builds only the chosen Graph source, without touching the local index', async () => {
    let localBuilt = false;
    const local = async () => {
      localBuilt = true;
      return [localSource];
    };
    const sources = await resolveCliSources({ GRAPH_BASE_URL: emu.baseUrl }, { source: 'outlook', graphToken: TOKENS.anna }, local, deps);
    expect(sources.map((s) => s.id)).toEqual(['outlook']);
    expect(localBuilt).toBe(false);
  });

  it('takes GRAPH_ACCESS_TOKEN from the config when no --graph-token is given', async () => {
    const sources = await resolveCliSources({ GRAPH_BASE_URL: emu.baseUrl, GRAPH_ACCESS_TOKEN: TOKENS.bernd }, { source: 'all' }, async () => [localSource], deps);
    expect(sources.map((s) => s.id)).toEqual(['local', 'sharepoint', 'outlook']);
    const result = await sources[2].search({ text: 'Haushaltssperre Personalrat', top: 5 }, { userId: 'cli', locale: 'de' });
    expect(result.passages[0].text).toContain('BERND-GEHEIM');
  });

  it('searches the local index only for "all" without a token', async () => {
    const sources = await resolveCliSources({ GRAPH_BASE_URL: emu.baseUrl }, {}, async () => [localSource], deps);
    expect(sources.map((s) => s.id)).toEqual(['local']);
  });

  it('asks for a token in German when a Graph source is chosen without one, and rejects unknown sources', async () => {
    const noToken = await resolveCliSources({ GRAPH_BASE_URL: emu.baseUrl }, { source: 'sharepoint' }, async () => [], deps).catch((e: unknown) => e);
    expect(isAppError(noToken, 'invalidInput') && noToken.userMessage).toMatch(/--graph-token.*GRAPH_ACCESS_TOKEN/);
    const unknown = await resolveCliSources({ GRAPH_BASE_URL: emu.baseUrl }, { source: 'dropbox' }, async () => [], deps).catch((e: unknown) => e);
    expect(isAppError(unknown, 'invalidInput') && unknown.userMessage).toContain('local, sharepoint, outlook, oparl oder all');
  });
});
