import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import type { UserContext } from '../../src/core/user-context.js';
import { createGraphSources } from '../../src/knowledge/sources/graph-sources.js';
import { interpretSourceNarrowing } from '../../src/knowledge/sources/narrow-sources.js';
import { answerQuestion } from '../../src/knowledge/answer/index.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));

const config = () => parseConfig({ GRAPH_BASE_URL: emu.baseUrl });
const userFor = (key: 'anna' | 'bernd', token: string): UserContext => ({ userId: emu.tenant.users[key].id, locale: 'de', graphToken: token });

/** One bot turn: sources built from this turn's token only, then the answer use case. */
async function turn(user: UserContext, question: string) {
  const narrowing = interpretSourceNarrowing(question);
  const sources = createGraphSources({ config: config(), token: user.graphToken!, parseDocument, sources: narrowing.sources?.filter((s) => s !== 'local') as ('sharepoint' | 'outlook')[] | undefined });
  return answerQuestion({ sources, redactPii: false })({ question: narrowing.cleanedQuestion, user, top: 8 });
}

describe('Graph sources of a turn', () => {
  it('answers from SharePoint and Outlook with their own links', async () => {
    const result = await turn(userFor('anna', TOKENS.anna), 'Ab wann gilt die Haushaltssperre?');
    expect(result.found).toBe(true);
    const sources = result.citations.map((c) => c.source);
    expect(sources).toContain('https://rathaus-beispiel.sharepoint.com/sites/Kaemmerei/Dokumente/Dienstanweisung%20Haushaltssperre.docx');
    expect(sources.some((s) => s.startsWith('https://outlook.office365.com/owa/?ItemID=AAMkAnna0001'))).toBe(true);
    const known = new Set([...emu.tenant.files.map((f) => f.webUrl)]);
    for (const c of result.citations) expect(known.has(c.source) || c.source.startsWith('https://outlook.office365.com/owa/?ItemID=AAMkAnna')).toBe(true);
  });

  it('keeps two concurrent turns of different users apart, token and content', async () => {
    const annaToken = emu.issueToken('anna');
    const berndToken = emu.issueToken('bernd');
    const [a, b] = await Promise.all([
      turn(userFor('anna', annaToken), 'Haushaltssperre Personalrat Stellen vertraulich'),
      turn(userFor('bernd', berndToken), 'Haushaltssperre Personalrat Stellen vertraulich'),
    ]);
    const textOf = (r: typeof a) => r.citations.map((c) => `${c.source} ${c.snippet}`).join('\n') + r.answer;
    expect(textOf(a)).not.toMatch(/BERND-GEHEIM|VERTRAULICH-KAEMMEREI|bernd_keller/);
    expect(textOf(b)).not.toMatch(/VERTRAULICH-HAUPTAMT|anna_schmitz|AAMkAnna/);
    expect(textOf(b)).toMatch(/BERND-GEHEIM|VERTRAULICH-KAEMMEREI/);
    // Every request of the emulator carried one of the two turn tokens, and each token only its own user.
    const used = emu.requests.filter((r) => !r.batchPart);
    expect(used.length).toBeGreaterThan(0);
    for (const r of used) expect([annaToken, berndToken]).toContain(r.token);
    expect(used.filter((r) => r.token === annaToken).every((r) => r.user === 'anna')).toBe(true);
    expect(used.filter((r) => r.token === berndToken).every((r) => r.user === 'bernd')).toBe(true);
  });

  it('narrows to Outlook when asked "nur in meinen Mails"', async () => {
    const result = await turn(userFor('anna', TOKENS.anna), 'Ab wann gilt die Haushaltssperre? Nur in meinen Mails.');
    expect(result.citations.length).toBeGreaterThan(0);
    expect(result.citations.every((c) => c.sourceId === 'outlook')).toBe(true);
    expect(emu.requests.some((r) => r.path === '/search/query')).toBe(false);
  });

  it('answers from Outlook when SharePoint times out, and says which source failed', async () => {
    emu.delay({ match: '/search/query', ms: 5000, times: 1 });
    const user = userFor('anna', TOKENS.anna);
    const sources = createGraphSources({ config: config(), token: TOKENS.anna, parseDocument, requestTimeoutMs: 400 });
    const result = await answerQuestion({ sources, redactPii: false })({ question: 'Ab wann gilt die Haushaltssperre?', user });
    expect(result.found).toBe(true);
    expect(result.citations.every((c) => c.sourceId === 'outlook')).toBe(true);
    expect(result.failures).toEqual([expect.objectContaining({ sourceId: 'sharepoint', kind: 'timeout' })]);
  });

  it('gives no Graph sources without a token', () => {
    expect(createGraphSources({ config: config(), token: '', parseDocument })).toEqual([]);
  });
});
