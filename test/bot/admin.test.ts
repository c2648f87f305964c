import { describe, expect, it } from 'vitest';
import type { BotServices } from '../../src/bot/index.js';
import { createTestBot, textOf } from './helpers.js';

function withAdmin(isAdmin: boolean) {
  const bot = createTestBot();
  const calls: string[] = [];
  const admin: NonNullable<BotServices['admin']> = {
    isAdmin: async () => isAdmin,
    usageReport: async (days) => (calls.push(`report:${days}`), 'Nutzungsbericht 2026-10-22 bis 2026-11-21'),
    reindex: async () => (calls.push('reindex'), { documents: 11, chunks: 84, skipped: 1 }),
  };
  bot.services.admin = admin;
  return { ...bot, calls };
}

describe('admin commands', () => {
  it('refuses the usage report and re-indexing to people outside the admin group', async () => {
    const { adapter, calls } = withAdmin(false);
    await adapter.send('Nutzungsbericht').assertReply((a) => expect(textOf(a)).toContain('nur der Administration'));
    await adapter.send('neu indexieren').assertReply((a) => expect(textOf(a)).toContain('nur der Administration'));
    expect(calls).toEqual([]);
  });

  it('gives admins the usage report of the last 30 days and re-indexes on request', async () => {
    const { adapter, calls } = withAdmin(true);
    await adapter.send('Nutzungsbericht').assertReply((a) => expect(textOf(a)).toContain('Nutzungsbericht 2026-10-22'));
    await adapter
      .send('neu indexieren')
      .assertReply((a) => expect(textOf(a)).toContain('wird neu aufgebaut'))
      .assertReply((a) => expect(textOf(a)).toContain('11 Dokumente, 84 Abschnitte, 1 Dateien übersprungen'));
    expect(calls).toEqual(['report:30', 'reindex']);
  });
});
