/**
 * Local mode on a shared network: the Agents Playground (started by `npm start` with the
 * loopback preload) cannot listen beyond this machine, and a busy port is named in one German line.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const preload = pathToFileURL(path.join(ROOT, 'scripts', 'loopback-only.mjs')).href;

async function addressesWithPreload(code: string): Promise<string[]> {
  const { stdout } = await run(process.execPath, ['--import', preload, '--input-type=module', '-e', code]);
  return stdout.trim().split('\n');
}

describe('loopback preload for the Agents Playground', () => {
  it('makes servers opened without an address listen on 127.0.0.1, in every form of listen()', async () => {
    const code = `
      import http from 'node:http';
      import net from 'node:net';
      const forms = [(s, cb) => s.listen(0, cb), (s, cb) => s.listen(cb), (s, cb) => s.listen({ port: 0 }, cb), (s, cb) => s.listen(0, 511, cb), (s, cb) => s.listen('0', cb)];
      for (const form of forms) for (const make of [() => http.createServer(), () => net.createServer()]) {
        const s = make();
        await new Promise((r) => form(s, r));
        console.log(s.address().address);
        await new Promise((r) => s.close(r));
      }`;
    const addresses = await addressesWithPreload(code);
    expect(addresses).toHaveLength(10);
    expect(new Set(addresses)).toEqual(new Set(['127.0.0.1']));
  });

  it('keeps an explicitly chosen address', async () => {
    const addresses = await addressesWithPreload(`import net from 'node:net'; const s = net.createServer(); s.listen(0, '127.0.0.1', () => { console.log(s.address().address); s.close(); });`);
    expect(addresses).toEqual(['127.0.0.1']);
  });
});

describe('busy port check of the launcher', () => {
  it('sees a port held by another program and words it naming the variable', async () => {
    const { busyPortMessage, portIsFree } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'port-check.mjs')).href)) as {
      busyPortMessage: (port: number, variable: string, example: string) => string;
      portIsFree: (port: number) => Promise<boolean>;
    };
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '0.0.0.0', r));
    const port = (holder.address() as { port: number }).port;
    try {
      expect(await portIsFree(port)).toBe(false);
      expect(busyPortMessage(port, 'PLAYGROUND_PORT', '56151')).toBe(
        `Port ${port} ist bereits belegt (PLAYGROUND_PORT). Beenden Sie das Programm, das ihn verwendet, oder wählen Sie einen anderen, z. B. PLAYGROUND_PORT=56151 npm start.`,
      );
    } finally {
      await new Promise((r) => holder.close(r));
    }
    expect(await portIsFree(port)).toBe(true);
  });
});
