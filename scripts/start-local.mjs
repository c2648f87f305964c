#!/usr/bin/env node
/**
 * `npm start`: the bot with the embedded defaults (local knowledge, local storage, no cloud
 * account) and the Microsoft 365 Agents Playground against it. Ctrl-C stops both.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const port = process.env.PORT ?? '3978';
const playgroundPort = process.env.PLAYGROUND_PORT ?? '56150';
const env = { ...process.env, RATHAUS_ENV: process.env.RATHAUS_ENV ?? 'playground', PORT: port };

const children = [];
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}

function run(name, command, args, options) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} wurde beendet (${signal ?? code}). Alles wird gestoppt.\n`);
      stopAll(code ?? 1);
    } else if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(0);
  });
  return child;
}

async function waitForBot(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

// A larger young generation keeps garbage-collection pauses out of the turn latency (docs/adr/0005).
run('Der Bot', process.execPath, ['--max-semi-space-size=32', path.join(root, 'dist', 'src', 'index.js')], { env });
if (!(await waitForBot(`http://127.0.0.1:${port}/healthz`, 60_000))) {
  process.stderr.write('Der Bot ist nicht rechtzeitig gestartet; Details stehen im Log oben.\n');
  stopAll(1);
} else {
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'agentsplayground.cmd' : 'agentsplayground');
  // Without a desktop the Playground's attempt to open a browser ends its process: then don't.
  const headless = process.env.CI || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const playgroundEnv = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(root, 'data', 'm365agentsplayground.log'),
    ...(headless ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
  };
  run('Der Agents Playground', bin, ['start', '-e', `http://127.0.0.1:${port}/api/messages`, '-c', 'msteams', '-p', playgroundPort, '--disable-telemetry'], { env: playgroundEnv });
  process.stdout.write(
    [
      '',
      'Rathaus-Assistent läuft:',
      `  Bot:               http://localhost:${port}/api/messages  (Bereitschaft: http://localhost:${port}/readyz)`,
      `  Agents Playground: http://localhost:${playgroundPort}`,
      'Beenden mit Strg+C.',
      '',
    ].join('\n') + '\n',
  );
}
