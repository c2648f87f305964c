/**
 * `npm start`'s launcher: starts the bot and the Agents Playground, prints both addresses, and
 * Ctrl-C (SIGINT) stops both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('npm start launcher', () => {
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
      expect(launcher.output()).toContain(`http://localhost:${botPort}/api/messages`);
      expect(launcher.output()).toContain(`http://localhost:${pgPort}`);
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
