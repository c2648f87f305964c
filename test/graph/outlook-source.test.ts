import { beforeEach, describe, expect, it } from 'vitest';
import { createDelegatedGraphClient } from '../../src/graph/delegated-client.js';
import { createOutlookSource } from '../../src/knowledge/sources/outlook-source.js';
import type { UserContext } from '../../src/core/user-context.js';
import { TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));
beforeEach(() => {
  emu.settings.messagePageSize = 25;
});

const anna: UserContext = { userId: 'a0000000-0000-4000-8000-00000000a001', locale: 'de' };
const bernd: UserContext = { userId: 'b0000000-0000-4000-8000-00000000b002', locale: 'de' };
const question = { text: 'Ab wann gilt die Haushaltssperre?', top: 10 };
const sourceFor = (token: string, deadlineMs?: number) => createOutlookSource({ client: createDelegatedGraphClient(token, { baseUrl: emu.baseUrl, deadlineMs }) });

describe('Outlook source against the emulator', () => {
  it('finds the Kämmerei mail and cites sender, date, subject and the webLink', async () => {
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    expect(result.failures).toEqual([]);
    const mail = result.passages.find((p) => p.title === 'Haushaltssperre ab 1. Dezember');
    expect(mail).toBeDefined();
    expect(mail!.source).toMatch(/^https:\/\/outlook\.office365\.com\/owa\/\?ItemID=AAMkAnna0001/);
    expect(mail!.meta).toEqual({ subject: 'Haushaltssperre ab 1. Dezember', from: 'Bernd Keller <bernd.keller@rathaus-beispiel.de>', date: '2026-11-14T09:30:00Z', visibility: 'private' });
    expect(mail!.text).toContain('ab dem 1. Dezember 2026 gilt eine Haushaltssperre');
  });

  it('drops the signature and the quoted history from the cited text', async () => {
    const result = await sourceFor(TOKENS.anna).search({ text: 'Haushaltssperre Fortbildungen', top: 10 }, anna);
    const reply = result.passages.find((p) => p.title.startsWith('AW:'));
    expect(reply?.text).toContain('bereits gebuchte Fortbildungen dürfen stattfinden');
    expect(reply?.text).not.toContain('ZITAT-ALT');
    expect(reply?.text).not.toContain('Ursprüngliche Nachricht');
    const announcement = result.passages.find((p) => p.title === 'Haushaltssperre ab 1. Dezember');
    expect(announcement?.text).not.toContain('Telefon 1234');
  });

  it('searches with KQL $search only (no $filter) and at most 25 per page', async () => {
    await sourceFor(TOKENS.anna).search(question, anna);
    const calls = emu.requests.filter((r) => r.path === '/me/messages');
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      const q = new URLSearchParams(c.query);
      expect(q.get('$search')).toMatch(/^".+"$/);
      expect(q.get('$filter')).toBeNull();
      expect(Number(q.get('$top'))).toBeLessThanOrEqual(25);
    }
  });

  it('follows @odata.nextLink for a second page', async () => {
    emu.settings.messagePageSize = 1;
    const result = await sourceFor(TOKENS.anna).search(question, anna);
    expect(emu.requests.filter((r) => r.path === '/me/messages')).toHaveLength(2);
    expect(result.passages.length).toBe(2);
  });

  it('keeps mailboxes apart: Anna never sees Bernd’s mail and vice versa', async () => {
    const [a, b] = await Promise.all([sourceFor(TOKENS.anna).search(question, anna), sourceFor(TOKENS.bernd).search(question, bernd)]);
    expect(a.passages.map((p) => p.text).join('\n')).not.toContain('BERND-GEHEIM');
    expect(b.passages.map((p) => p.text).join('\n')).toContain('BERND-GEHEIM');
    expect(b.passages.some((p) => p.source.includes('AAMkAnna'))).toBe(false);
  });

  it('explains a missing Mail.Read permission in German, as a failure value', async () => {
    const result = await sourceFor(TOKENS.annaWithoutMail).search(question, anna);
    expect(result.passages).toEqual([]);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ sourceId: 'outlook', kind: 'forbidden' });
    expect(result.failures[0].message).toMatch(/Outlook.*Berechtigung.*Mail\.Read/);
  });

  it('reports a timeout naming Outlook', async () => {
    emu.delay({ match: '/me/messages', ms: 3000, times: 1 });
    const result = await sourceFor(TOKENS.anna, 300).search(question, anna);
    expect(result.failures).toEqual([expect.objectContaining({ sourceId: 'outlook', kind: 'timeout' })]);
    expect(result.failures[0].message).toContain('Outlook');
  });
});
