/**
 * No input stalls the server: while a clerk's hostile or maximum-size transcript is read and
 * drafted, /healthz answers within a second — through the real composition root (startRathaus, as
 * `npm run bot` starts it) and the fake Bot Framework channel, with parsing, the draft's
 * deterministic core and the Word rendering on worker threads as src/index.ts wires them.
 *
 * The reproduction from the security review was a VTT of "<v" followed by 200,000 spaces (15 s of
 * blocked event loop before). A maximum-size real-looking session takes seconds of CPU in the draft
 * core and the rendering; on the event loop /healthz would wait for all of it.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_INPUT } from '../../src/minutes/parse-transcript.js';
import type { WireActivity } from '../fakes/fake-bot-channel.js';
import { startWireBot, type WireBot } from '../wire/wire-harness.js';
import { maxSizeVtt } from './max-transcript.js';

let bot: WireBot;

beforeAll(async () => {
  bot = await startWireBot();
});
afterAll(async () => {
  await bot.close();
});

const text = (sent: WireActivity[]) => sent.map((a) => a.text ?? '').join('\n');
const PREVIEW = 'application/vnd.microsoft.card.adaptive';

/**
 * Polls /healthz from a worker thread: its own event loop, so a request waits exactly as long as
 * the server's loop is blocked (a poller on the server's own loop would sleep through the block).
 */
function startHealthPoller(url: string) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    let stop = false, worst = 0, samples = 0, failures = 0;
    parentPort.on('message', () => { stop = true; });
    (async () => {
      while (!stop) {
        const t = performance.now();
        try { const res = await fetch(workerData.url); await res.text(); if (res.status !== 200) failures++; } catch { failures++; }
        worst = Math.max(worst, performance.now() - t);
        samples++;
        await new Promise((r) => setTimeout(r, 20));
      }
      parentPort.postMessage({ worst, samples, failures });
    })();
  `;
  const worker = new Worker(code, { eval: true, workerData: { url } });
  return {
    stop: () =>
      new Promise<{ worst: number; samples: number; failures: number }>((resolve) => {
        worker.once('message', (m: { worst: number; samples: number; failures: number }) => {
          void worker.terminate();
          resolve(m);
        });
        worker.postMessage('stop');
      }),
  };
}

/**
 * Asks for a draft of `content` and polls /healthz until the bot has reported back (`finished`);
 * returns the slowest /healthz answer, how many were taken, and what the bot sent.
 */
async function healthWhile(name: string, content: string, finished: (sent: WireActivity[]) => boolean) {
  const conversationId = `a:no-stall-${name}`;
  const contentUrl = bot.channel.serveFile(name, Buffer.from(content), 'text/vtt');
  const message = { ...bot.channel.message('Niederschrift erstellen', { conversationId }), attachments: [{ contentType: 'text/vtt', name, contentUrl }] };
  const poller = startHealthPoller(`${bot.url}/healthz`);
  try {
    expect((await bot.channel.deliver(bot.url, message)).status).toBe(200);
    const sent = await bot.channel.waitFor(conversationId, finished, 120_000);
    const health = await poller.stop();
    expect(health.failures).toBe(0);
    return { ...health, replies: text(sent), sent };
  } catch (e) {
    await poller.stop();
    throw e;
  }
}

describe('a big or hostile transcript does not stall the server', () => {
  it('a maximum-size session: parsed, drafted and rendered while /healthz stays under a second', async () => {
    const { vtt, textChars } = maxSizeVtt();
    expect(Buffer.byteLength(vtt)).toBeGreaterThan(MAX_TRANSCRIPT_INPUT * 0.99);
    expect(textChars).toBeGreaterThan(1_000_000);
    const { worst, samples, replies, sent } = await healthWhile('grosse-sitzung.vtt', vtt, (all) => all.some((a) => a.attachments?.some((x: { contentType: string }) => x.contentType === PREVIEW)) || /konnte nicht|zu groß|zu lang|Referenz/.test(text(all)));
    expect(replies).toContain('Niederschrift-Entwurf ist fertig');
    expect(sent.some((a) => JSON.stringify(a.attachments ?? []).includes('TOP'))).toBe(true);
    // /healthz was asked all along (the work takes seconds), and never waited a second.
    expect(samples).toBeGreaterThan(10);
    expect(worst).toBeLessThan(1000);
  });

  it('the review’s reproduction, at the largest accepted size', async () => {
    const { worst, replies } = await healthWhile('angriff.vtt', `WEBVTT\n\n00:00.000 --> 00:01.000\n<v${' '.repeat(MAX_TRANSCRIPT_INPUT - 60)}x`, (all) => /fertig|konnte nicht|Referenz|enthält keinen/.test(text(all)));
    expect(worst).toBeLessThan(1000);
    expect(replies).toContain('Niederschrift-Entwurf');
  });

  it('a file above the limit is refused unread, with the reason', async () => {
    const { worst, replies } = await healthWhile('riesig.vtt', 'WEBVTT\n\n' + ' '.repeat(MAX_TRANSCRIPT_INPUT + 10), (all) => /zu groß|Referenz/.test(text(all)));
    expect(worst).toBeLessThan(1000);
    expect(replies).toContain('zu groß');
  });
});
