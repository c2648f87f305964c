/**
 * Outlook mail found through Graph: its file attachments are read too, cited as
 * "Anhang „…“ der Mail „…“ vom …" with the message's webLink, only for the mailbox owner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserContext } from '../../src/core/user-context.js';
import { createGraphSources } from '../../src/knowledge/sources/graph-sources.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { TOKENS, type GraphEmulator } from '../graph-emulator/server.js';
import { useGraphEmulator } from '../graph-emulator/use-emulator.js';
import { makeDocx, makePdf } from '../knowledge/make-files.js';

let emu: GraphEmulator;
useGraphEmulator((started) => (emu = started));
const anna: UserContext = { userId: 'a0000000-0000-4000-8000-00000000a001', locale: 'de' };
const bernd: UserContext = { userId: 'b0000000-0000-4000-8000-00000000b002', locale: 'de' };

beforeAll(async () => {
  emu.tenant.messages.push({
    id: 'AAMkAnnaAnhang', owner: 'anna', subject: 'Dienstreisen: neue Regeln', from: { name: 'Personalamt', address: 'personal@rathaus-beispiel.de' },
    receivedDateTime: '2026-11-20T08:00:00Z', body: 'Die neuen Regeln zu Dienstreisen stehen im Anhang.', uniqueBody: 'Die neuen Regeln zu Dienstreisen stehen im Anhang.',
    attachments: [
      { id: 'att1', name: 'Dienstreise-Richtlinie.pdf', contentType: 'application/pdf', content: await makePdf([['# Tagegeld', 'Bei Dienstreisen über acht Stunden wird ein Tagegeld von 14 Euro gezahlt.']]) },
      { id: 'att2', name: 'Beschaffung.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: await makeDocx() },
      { id: 'att3', name: 'logo.png', contentType: 'image/png', content: Buffer.from('x'), isInline: true },
    ],
  });
});
afterAll(() => {
  emu.tenant.messages.splice(emu.tenant.messages.findIndex((m) => m.id === 'AAMkAnnaAnhang'), 1);
});

const outlookFor = (token: string) => createGraphSources({ config: { GRAPH_BASE_URL: emu.baseUrl }, token, parseDocument, sources: ['outlook'] })[0];

describe('Outlook attachments', () => {
  it('cites the rule in the attached PDF as an attachment of the mail, with the mail’s webLink', async () => {
    const result = await outlookFor(TOKENS.anna).search({ text: 'Tagegeld Dienstreisen acht Stunden', top: 10 }, anna);
    expect(result.failures).toEqual([]);
    const hit = result.passages.find((p) => p.text.includes('14 Euro'));
    expect(hit).toMatchObject({ sourceId: 'outlook', title: 'Anhang „Dienstreise-Richtlinie.pdf“ der Mail „Dienstreisen: neue Regeln“ vom 20.11.2026', page: 1 });
    expect(hit!.source).toMatch(/ItemID=AAMkAnnaAnhang/);
    expect(hit!.meta).toMatchObject({ visibility: 'private', attachment: 'Dienstreise-Richtlinie.pdf', subject: 'Dienstreisen: neue Regeln' });
    const docx = await outlookFor(TOKENS.anna).search({ text: 'Dienstreisen Angebote einholen', top: 10 }, anna);
    expect(docx.passages.some((p) => p.title.startsWith('Anhang „Beschaffung.docx“') && p.text.includes('drei Angebote'))).toBe(true);
    // The inline logo is not downloaded.
    expect(emu.requests.some((r) => r.path.endsWith('/attachments/att3'))).toBe(false);
  });

  it('never reads another user’s attachments', async () => {
    const result = await outlookFor(TOKENS.bernd).search({ text: 'Tagegeld Dienstreisen', top: 10 }, bernd);
    expect(result.passages.some((p) => p.text.includes('14 Euro'))).toBe(false);
  });
});
