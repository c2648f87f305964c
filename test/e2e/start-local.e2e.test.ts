/**
 * `npm start`'s launcher: starts the bot and the Agents Playground, prints both addresses, and
 * Ctrl-C (SIGINT) stops both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT, startProcess, waitForHttp } from './processes.js';

const work = mkdtempSync(path.join(tmpdir(), 'rathaus-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return false;
  } catch {
    return true;
  }
}

function externalAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

async function waitForOutput(proc: { output: () => string }, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!proc.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`launcher did not print ${text}:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start launcher', () => {
  it.each([
    ['PORT', 'bot'],
    ['PLAYGROUND_PORT', 'playground'],
  ])('stops with one German line naming %s when that port is busy', async (variable, which) => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const busy = (holder.address() as { port: number }).port;
    const other = await freePort();
    const launcher = startProcess(process.execPath, [path.join(ROOT, 'scripts', 'start-local.mjs')], {
      ...process.env,
      PORT: String(which === 'bot' ? busy : other),
      PLAYGROUND_PORT: String(which === 'bot' ? other : busy),
      RATHAUS_DATA_DIR: path.join(work, `data-${which}`),
    });
    try {
      const code = await new Promise<number | null>((resolve) => launcher.child.once('exit', (c) => resolve(c)));
      expect(code).toBe(1);
      const lines = launcher.output().trim().split('\n');
      expect(lines).toEqual([`Port ${busy} ist bereits belegt (${variable}). Beenden Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen, z. B. ${variable}=${variable === 'PORT' ? 3979 : 56151} npm start.`]);
    } finally {
      await launcher.stop();
      await new Promise((r) => holder.close(r));
    }
  });

  it('runs bot and Playground, prints both addresses, and stops both on Ctrl-C', async () => {
    const botPort = await freePort();
    const pgPort = await freePort();
    const launcher = startProcess(process.execPath, [path.join(ROOT, 'scripts', 'start-local.mjs')], {
      ...process.env,
      PORT: String(botPort),
      PLAYGROUND_PORT: String(pgPort),
      RATHAUS_DATA_DIR: path.join(work, 'data'),
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(work, 'playground.log'),
    });
    try {
      await waitForHttp(`http://127.0.0.1:${botPort}/healthz`, 60_000);
      await waitForHttp(`http://127.0.0.1:${pgPort}`, 60_000);
      await waitForOutput(launcher, `Agents Playground: http://127.0.0.1:${pgPort}`);
      expect(launcher.output()).toContain(`Bot:               http://127.0.0.1:${botPort}/api/messages`);
      // Nothing is reachable from the network: not the bot, not the Playground.
      for (const address of externalAddresses()) {
        expect(await refused(`http://${address}:${botPort}/healthz`)).toBe(true);
        expect(await refused(`http://${address}:${pgPort}`)).toBe(true);
      }
      const exited = new Promise<number | null>((resolve) => launcher.child.once('exit', (code) => resolve(code)));
      launcher.child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(await refused(`http://127.0.0.1:${botPort}/healthz`)).toBe(true);
      expect(await refused(`http://127.0.0.1:${pgPort}`)).toBe(true);
    } finally {
      await launcher.stop();
    }
  });
});
