import { beforeEach, describe, expect, it } from 'vitest';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { isPrivatePassage } from '../../src/knowledge/sources/privacy.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createSharePointSource } from '../../src/knowledge/sources/sharepoint-source.js';
import { parseLabelNames, UNNAMED_LABEL } from '../../src/knowledge/sources/sensitivity-labels.js';
import { parseConfig } from '../../src/config.js';
import type { UserContext } from '../../src/core/user-context.js';
import { TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { LABEL_INTERN, LABEL_VERTRAULICH } from '../graph-emulator/fixture-tenant.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));
beforeEach(() => {
  emu.settings.searchPageSize = 25;
});

const anna: UserContext = { userId: 'a0000000-0000-4000-8000-00000000a001', locale: 'de' };
const bernd: UserContext = { userId: 'b0000000-0000-4000-8000-00000000b002', locale: 'de' };
const question = { text: 'Wer genehmigt Ausnahmen von der Haushaltssperre?', top: 20 };

function sourceFor(token: string, deadlineMs?: number, labelNames: string[] = []) {
  const labels = parseLabelNames(labelNames).catalog;
  return createSharePointSource({ client: createDelegatedGraphClient(token, { baseUrl: emu.baseUrl, deadlineMs }), parseDocument, labels });
}

describe('SharePoint/OneDrive source against the emulator', () => {
  it('answers from the Dienstanweisung with the item webUrl and its section', async () => {
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    expect(result.failures).toEqual([]);
    const top = result.passages[0];
    expect(top.sourceId).toBe('sharepoint');
    expect(top.source).toBe('https://rathaus-beispiel.sharepoint.com/sites/Kaemmerei/Dokumente/Dienstanweisung%20Haushaltssperre.docx');
    expect(top.text).toContain('Ausnahmen von der Haushaltssperre genehmigt die Kämmerei');
    expect(top.sectionPath.join(' ')).toContain('Ausnahmen');
    const webUrls = new Set(emu.tenant.files.map((f) => f.webUrl));
    expect(result.passages.every((p) => webUrls.has(p.source))).toBe(true);
  });

  it('never gives Anna Bernd’s OneDrive file, nor Bernd Anna’s', async () => {
    const [forAnna, forBernd] = await Promise.all([sourceFor(TOKENS.anna).search(question, anna), sourceFor(TOKENS.bernd).search(question, bernd)]);
    const annaText = forAnna.passages.map((p) => `${p.source} ${p.text}`).join('\n');
    const berndText = forBernd.passages.map((p) => `${p.source} ${p.text}`).join('\n');
    expect(annaText).not.toContain('VERTRAULICH-KAEMMEREI');
    expect(annaText).not.toContain('bernd_keller');
    expect(berndText).not.toContain('VERTRAULICH-HAUPTAMT');
    expect(berndText).not.toContain('anna_schmitz');
    // Both files exist and are found by their owners: the trimming is not an empty result.
    expect(annaText).toContain('VERTRAULICH-HAUPTAMT');
    expect(berndText).toContain('VERTRAULICH-KAEMMEREI');
  });

  it('marks OneDrive passages private and SharePoint site passages shared (no private content in group chats)', async () => {
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    const notes = result.passages.find((p) => p.source.includes('/personal/anna_schmitz/'));
    const instruction = result.passages.find((p) => p.source.includes('/sites/Kaemmerei/'));
    expect(notes?.meta?.visibility).toBe('private');
    expect(isPrivatePassage(notes!)).toBe(true);
    expect(instruction?.meta?.visibility).toBe('shared');
    expect(isPrivatePassage(instruction!)).toBe(false);
  });

  it('skips a hit whose download is forbidden (403) silently', async () => {
    const result = await sourceFor(TOKENS.anna).search({ text: 'Stellenplan Haushaltssperre', top: 20 }, anna);
    expect(emu.requests.some((r) => r.path.includes('01KAEM0STELLENPLAN') && r.status === 403)).toBe(true);
    expect(result.failures).toEqual([]);
    expect(result.passages.some((p) => p.text.includes('GESPERRT-STELLENPLAN') || p.source.includes('Stellenplan'))).toBe(false);
    expect(result.passages.length).toBeGreaterThan(0);
  });

  it('fetches Office formats the parsers cannot read as PDF and reads them', async () => {
    const result = await sourceFor(TOKENS.anna).search({ text: 'freiwillige Leistungen Haushalt 2027', top: 5 }, anna);
    expect(emu.requests.some((r) => r.path.includes('01KAEM0PRAESENTATION') && r.query === 'format=pdf' && r.status === 302)).toBe(true);
    expect(emu.requests.some((r) => r.path.startsWith('/_download/01KAEM0PRAESENTATION') && r.status === 200)).toBe(true);
    const slide = result.passages.find((p) => p.source.endsWith('.pptx'));
    expect(slide?.text).toContain('freiwillige Leistungen');
    expect(slide?.id).not.toMatch(/#summary$/);
  });

  it('pages through search results with from/size while moreResultsAvailable', async () => {
    emu.settings.searchPageSize = 2;
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    const searches = emu.requests.filter((r) => r.path === '/search/query');
    expect(searches.length).toBeGreaterThan(1);
    expect(result.passages.some((p) => p.source.includes('Dienstanweisung'))).toBe(true);
  });

  it('uses the search summary of a SharePoint list item (no download)', async () => {
    const result = await sourceFor(TOKENS.bernd).search({ text: 'Ansprechpartner Haushaltssperre Telefon', top: 10 }, bernd);
    const item = result.passages.find((p) => p.source.includes('/Lists/'));
    expect(item?.text).toContain('Herr Keller');
    expect(item?.text).not.toMatch(/<c0>|<ddd\/>/);
  });

  it('reports a timeout as a SourceFailure naming the source, without throwing', async () => {
    emu.delay({ match: '/search/query', ms: 3000, times: 1 });
    const result = await sourceFor(TOKENS.anna, 300).search(question, anna);
    expect(result.passages).toEqual([]);
    expect(result.failures).toEqual([expect.objectContaining({ sourceId: 'sharepoint', kind: 'timeout' })]);
    expect(result.failures[0].message).toContain('SharePoint');
  });

  it('survives a throttled search (429 with Retry-After twice) and still answers', async () => {
    emu.throttle({ match: '/search/query', times: 2, retryAfterSeconds: 0 });
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    expect(result.failures).toEqual([]);
    expect(result.passages[0].source).toContain('Dienstanweisung');
    expect(emu.requests.filter((r) => r.path === '/search/query').map((r) => r.status).slice(0, 3)).toEqual([429, 429, 200]);
  });

  it('reports throttling beyond the deadline as a throttled failure', async () => {
    emu.throttle({ match: '/search/query', times: 100, retryAfterSeconds: 5 });
    const result = await sourceFor(TOKENS.anna, 2000).search(question, anna);
    expect(result.failures).toEqual([expect.objectContaining({ sourceId: 'sharepoint', kind: 'throttled' })]);
  });

  it('reports an expired token as an auth failure (the bot asks for a fresh sign-in)', async () => {
    const result = await sourceFor(TOKENS.expired).search(question, anna);
    expect(result.failures).toEqual([expect.objectContaining({ sourceId: 'sharepoint', kind: 'auth' })]);
  });
});

describe('sensitivity labels of SharePoint files', () => {
  const dienstanweisung = (p: { source: string }) => p.source.includes('Dienstanweisung');

  it('carries the label of a labelled file, by the name the admin configured, on every passage of that file', async () => {
    const result = await sourceFor(TOKENS.anna, undefined, [`${LABEL_VERTRAULICH}=Vertraulich`, `${LABEL_INTERN}=Intern`]).search(question, anna);
    const labelled = result.passages.filter(dienstanweisung);
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.every((p) => p.meta?.sensitivityLabel === 'Intern' && p.meta?.sensitivityLabelId === LABEL_INTERN)).toBe(true);
    // Files without a label carry none: the label is not spread over the whole answer.
    const others = result.passages.filter((p) => !dienstanweisung(p));
    expect(others.length).toBeGreaterThan(0);
    expect(others.some((p) => p.meta?.sensitivityLabel)).toBe(false);
    // One batch for the labels, with the user's own token.
    const batches = emu.requests.filter((r) => r.path === '/$batch');
    expect(batches.length).toBe(1);
    expect(batches[0].token).toBe(TOKENS.anna);
  });

  it('still shows a label the admin has not named, under a general name', async () => {
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    expect(result.passages.filter(dienstanweisung).every((p) => p.meta?.sensitivityLabel === UNNAMED_LABEL)).toBe(true);
  });

  it('answers without labels when Graph cannot give them, rather than failing the source', async () => {
    emu.fail({ match: 'extractSensitivityLabels', status: 500, code: 'generalException', target: 'batchPart', times: 10 });
    const result = await sourceFor(TOKENS.anna, undefined, [`${LABEL_INTERN}=Intern`]).search(question, anna);
    expect(result.failures).toEqual([]);
    expect(result.passages.some(dienstanweisung)).toBe(true);
    expect(result.passages.some((p) => p.meta?.sensitivityLabel)).toBe(false);
  });

  it('reads "id=Name" entries case-insensitively and ranks them in the configured order, unknown ids highest', () => {
    const { catalog, invalid } = parseLabelNames([`${LABEL_INTERN.toUpperCase()}=Intern`, `${LABEL_VERTRAULICH}=Vertraulich`, 'kaputt']);
    expect(invalid).toEqual(['kaputt']);
    expect(catalog.describe(LABEL_INTERN)).toMatchObject({ name: 'Intern', rank: 0 });
    expect(catalog.describe(LABEL_VERTRAULICH)).toMatchObject({ name: 'Vertraulich', rank: 1 });
    expect(catalog.describe('ffffffff-0000-0000-0000-000000000000')).toMatchObject({ name: UNNAMED_LABEL, rank: 2 });
  });

  it('SENSITIVITY_LABEL_NAMES: the configuration refuses an entry the label parser cannot read, naming it', () => {
    expect(parseConfig({ SENSITIVITY_LABEL_NAMES: `${LABEL_INTERN}=Intern;${LABEL_VERTRAULICH}=Vertraulich, streng` }).SENSITIVITY_LABEL_NAMES).toHaveLength(2);
    expect(() => parseConfig({ SENSITIVITY_LABEL_NAMES: `${LABEL_INTERN}=Intern;Vertraulich` })).toThrow(/Vertraulich.*Bezeichnungs-ID/);
  });
});
