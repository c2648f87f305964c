#!/usr/bin/env node
/**
 * `npm start`: the bot with the embedded defaults (local knowledge, local storage, no cloud
 * account) and the Microsoft 365 Agents Playground against it. Ctrl-C stops both.
 *
 * Both listen on 127.0.0.1 only (in local mode every caller is trusted). A busy port stops the
 * start with one German line naming PORT or PLAYGROUND_PORT; the addresses printed are the ones
 * the two processes report they actually listen on.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { busyPortMessage, portIsFree } from './port-check.mjs';

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

function run(name, command, args, options, onLine) {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', onLine ? 'pipe' : 'inherit', 'inherit'], ...options });
  if (onLine) {
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += String(chunk);
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
  }
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

for (const [value, variable, fallback] of [
  [port, 'PORT', '3979'],
  [playgroundPort, 'PLAYGROUND_PORT', '56151'],
]) {
  if (!(await portIsFree(Number(value)))) {
    process.stderr.write(`${busyPortMessage(value, variable, fallback)}\n`);
    process.exit(1);
  }
}

// The bot logs one JSON line with the URL it listens on.
let botUrl;
const botListening = new Promise((resolve) => {
  botUrl = resolve;
});
function onBotLine(line) {
  try {
    const entry = JSON.parse(line);
    if (entry.msg === 'bot listening' && typeof entry.url === 'string') botUrl(entry.url);
  } catch {
    // not a log line
  }
}

// A larger young generation keeps garbage-collection pauses out of the turn latency (docs/adr/0005).
run('Der Bot', process.execPath, ['--max-semi-space-size=32', path.join(root, 'dist', 'src', 'index.js')], { env }, onBotLine);
if (!(await waitForBot(`http://127.0.0.1:${port}/healthz`, 60_000))) {
  process.stderr.write('Der Bot ist nicht rechtzeitig gestartet; Details stehen im Log oben.\n');
  stopAll(1);
} else {
  const messagesUrl = await Promise.race([botListening, new Promise((r) => setTimeout(() => r(`http://127.0.0.1:${port}/api/messages`), 2000))]);
  const cli = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  // Without a desktop the Playground's attempt to open a browser ends its process: then don't.
  const headless = process.env.CI || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const playgroundEnv = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_LOGFILE: process.env.M365_AGENTS_PLAYGROUND_LOGFILE ?? path.join(root, 'data', 'm365agentsplayground.log'),
    ...(headless ? { TEAMSAPPTESTER_BROWSER: 'none' } : {}),
  };
  // The Playground has no host option: the preload makes its servers listen on 127.0.0.1.
  const loopbackOnly = pathToFileURL(path.join(root, 'scripts', 'loopback-only.mjs')).href;
  let announced = false;
  const onPlaygroundLine = (line) => {
    const listening = /^Listening on (\d+)\s*$/.exec(line);
    if (!listening || announced) return;
    announced = true;
    if (listening[1] !== String(playgroundPort)) {
      // The Playground moves to a random port when its own is taken (a race after our check).
      process.stderr.write(`${busyPortMessage(playgroundPort, 'PLAYGROUND_PORT', '56151')}\n`);
      stopAll(1);
      return;
    }
    process.stdout.write(
      [
        '',
        'Rathaus-Assistent läuft (nur auf diesem Rechner erreichbar):',
        `  Bot:               ${messagesUrl}  (Bereitschaft: ${messagesUrl.replace(/\/api\/messages$/, '/readyz')})`,
        `  Agents Playground: http://127.0.0.1:${listening[1]}`,
        'Beenden mit Strg+C.',
        '',
      ].join('\n') + '\n',
    );
  };
  run(
    'Der Agents Playground',
    process.execPath,
    ['--import', loopbackOnly, cli, 'start', '-e', messagesUrl, '-c', 'msteams', '-p', String(playgroundPort), '--service-url', `http://127.0.0.1:${playgroundPort}/_connector`, '--disable-telemetry'],
    { env: playgroundEnv },
    onPlaygroundLine,
  );
}
