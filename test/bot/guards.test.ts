import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { AuditRecord, BotAnswer } from '../../src/bot/index.js';
import { createTestBot, textOf } from './helpers.js';

const OWN_TENANT = '99999999-8888-7777-6666-555555555555';
const OTHER_TENANT = '12345678-1234-1234-1234-123456789012';
const ANSWER: BotAnswer = { found: true, mode: 'extractive', answer: 'Antwort [1]', citations: [{ id: 1, title: 'Vergabe', source: 'vergabe.md', snippet: '…', sourceId: 'local' }] };

function fromTenant(tenantId: string, text = 'Ab welchem Betrag brauche ich drei Angebote?'): Partial<Activity> {
  return { type: 'message', text, channelData: { tenant: { id: tenantId } }, conversation: { id: 'c', conversationType: 'personal', isGroup: false, name: '' } };
}

describe('turn guards', () => {
  it('refuses another tenant with one neutral message, searches nothing and audits the refusal', async () => {
    let asked = 0;
    const { adapter, services } = createTestBot({ guards: true, config: { ALLOWED_TENANT_IDS: OWN_TENANT }, ask: async () => (asked++, ANSWER) });
    const audit: AuditRecord[] = [];
    services.audit = async (r) => void audit.push(r);
    await adapter.send(fromTenant(OTHER_TENANT)).assertReply((a) => expect(textOf(a)).toBe('Dieser Assistent steht Ihrer Organisation nicht zur Verfügung.'));
    expect(asked).toBe(0);
    expect(audit).toEqual([expect.objectContaining({ tenantId: OTHER_TENANT, outcome: 'refused' })]);
  });

  it('serves the allowed tenant and audits which sources were consulted, not the content', async () => {
    const { adapter, services } = createTestBot({ guards: true, config: { ALLOWED_TENANT_IDS: OWN_TENANT }, ask: async () => ANSWER });
    const audit: AuditRecord[] = [];
    services.audit = async (r) => void audit.push(r);
    await adapter.send(fromTenant(OWN_TENANT)).assertReply((a) => expect(textOf(a)).toContain('Antwort [1]'));
    expect(audit).toEqual([expect.objectContaining({ capability: 'ask', outcome: 'answered', sources: [{ id: 'local:vergabe.md' }] })]);
    expect(JSON.stringify(audit)).not.toContain('drei Angebote');
  });

  it('answers a user over the rate limit politely in German, without searching', async () => {
    let asked = 0;
    let now = 1_000_000;
    const { adapter } = createTestBot({ guards: true, config: { RATE_LIMIT_USER_PER_MINUTE: '2' }, now: () => now, ask: async () => (asked++, ANSWER) });
    await adapter.send('Ab welchem Betrag brauche ich drei Angebote?').assertReply(() => undefined);
    await adapter.send('Ab welchem Betrag brauche ich drei Angebote?').assertReply(() => undefined);
    await adapter.send('Ab welchem Betrag brauche ich drei Angebote?').assertReply((a) => expect(textOf(a)).toMatch(/Bitte warten Sie etwa \d+ Sekunden/));
    expect(asked).toBe(2);
    now += 60_000;
    await adapter.send('Ab welchem Betrag brauche ich drei Angebote?').assertReply((a) => expect(textOf(a)).toContain('Antwort'));
  });

  it('refuses a file type that is not allowed with a clear German message', async () => {
    const { adapter } = createTestBot({ guards: true, ask: async () => ANSWER });
    await adapter
      .send({ type: 'message', text: 'Bitte prüfen', attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'makro.exe', content: { downloadUrl: 'https://example.invalid/x', fileType: 'exe' } }] })
      .assertReply((a) => expect(textOf(a)).toMatch(/Format, das nicht verarbeitet wird/));
  });

  it('refuses too many attachments', async () => {
    const { adapter } = createTestBot({ guards: true, config: { MAX_ATTACHMENTS: '1' }, ask: async () => ANSWER });
    const file = (name: string) => ({ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: 'https://example.invalid/x', fileType: 'pdf' } });
    await adapter.send({ type: 'message', text: 'Bitte prüfen', attachments: [file('a.pdf'), file('b.pdf')] }).assertReply((a) => expect(textOf(a)).toMatch(/höchstens 1 Anh/));
  });
});
