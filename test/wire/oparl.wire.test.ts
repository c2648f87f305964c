/**
 * The council information system through the running bot: with OPARL_SYSTEM_URL set, the server
 * syncs the RIS at start (OParl emulator on 127.0.0.1) and a chat question is answered from it,
 * citing the RIS page; "nur im RIS" narrows to it; nothing of a non-public TOP reaches the reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOparlEmulator, type OparlEmulator } from '../fakes/oparl-emulator.js';
import { beispielstadt } from '../fakes/oparl-test-data.js';
import { startWireBot, type WireBot } from './wire-harness.js';
import { messageEntity } from './teams-limits.js';

let emulator: OparlEmulator;
let bot: WireBot;
let n = 0;

beforeAll(async () => {
  emulator = await startOparlEmulator(beispielstadt(), { pageSize: 3 });
  bot = await startWireBot({ env: { OPARL_SYSTEM_URL: emulator.systemUrl, OPARL_CONTACT: 'it@beispielstadt.example', OPARL_MAX_RPS: '50' } });
});
afterAll(async () => {
  await bot.close();
  await emulator.close();
});

async function ask(text: string) {
  const id = `oparl-${++n}`;
  await bot.channel.deliver(bot.url, bot.channel.message(text, { conversationId: id }));
  return bot.channel.sent(id)[0];
}

describe('RIS answers in Teams', () => {
  it('syncs at start and answers from the RIS with a link to the Vorlage', async () => {
    let reply = await ask('Was kostet die Sanierung der Turnhalle Nord?');
    for (let i = 0; i < 50 && !reply.text?.includes('480.000'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      reply = await ask('Was kostet die Sanierung der Turnhalle Nord?');
    }
    expect(reply.text).toContain('480.000 Euro');
    const claims = (messageEntity(reply)?.citation ?? []) as { appearance: { url?: string } }[];
    expect(claims.map((c) => c.appearance.url)).toContain('https://ris.beispielstadt.example/vorlage/1');
    expect(emulator.requests.some((r) => r.userAgent?.includes('it@beispielstadt.example'))).toBe(true);
  });

  it('narrows to the RIS on request and never shows a non-public result', async () => {
    const reply = await ask('Wer hat nur im RIS den Zuschlag in der Grundstücksangelegenheit Gewerbegebiet Ost bekommen?');
    expect(reply.text).not.toContain('Grundwert');
    expect(reply.text).not.toContain('1.250.000');
  });
});
