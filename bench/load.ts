/**
 * Turn overhead under load: many concurrent conversations POST to /api/messages (local mode); a
 * stub Bot Connector on 127.0.0.1 receives the replies. Measured for a bare botbuilder echo bot
 * (baseline) and for the assistant answering from a 1,000-document index with a stub model that
 * answers at once. Then a soak run watches the assistant's memory. All traffic stays on loopback,
 * bounded in count and time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startOpenAiStub } from '../test/fakes/openai-stub.js';
import type { Bench, BenchContext } from './benches.js';
import { makeCorpus } from './scale.js';

const CONVERSATIONS = 200;
const MESSAGES_PER_CONVERSATION = 10;
/**
 * Pause between a reply and the next message of the same conversation (people read and type):
 * 200 conversations then offer about 100 messages per second. Without it the run measures queueing
 * at saturation, not turn overhead; that run is reported too, as `saturation`, without a target.
 */
const THINK_MS = 2000;
const REPLY_TIMEOUT_MS = 10_000;
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const SOAK_CONVERSATIONS = 50;
const HERE = path.dirname(fileURLToPath(import.meta.url));
/**
 * Every conversation asks its own questions, and every phase has its own set: no question repeats
 * within a measured run, so caches keyed by the question (per passage and question, last query)
 * help only within a turn, as with real users who rarely ask the very same words.
 */
const QUESTIONS_PER_CONVERSATION = 64;

/** Replies arriving at the stub connector, matched to the request by replyToId. */
function startConnector(): Promise<{ server: Server; url: string; waitFor: (id: string) => Promise<number> }> {
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (t: number) => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      try {
        const activity = JSON.parse(Buffer.concat(chunks).toString()) as { type?: string; replyToId?: string; channelData?: { streamType?: string } };
        const final = activity.type === 'message' && (!activity.channelData?.streamType || activity.channelData.streamType === 'final');
        if (final && activity.replyToId) {
          const resolve = waiting.get(activity.replyToId);
          if (resolve) resolve(at);
          else arrived.set(activity.replyToId, at);
        }
      } catch {
        // not an activity
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `r-${Math.random().toString(36).slice(2)}` }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const waitFor = (id: string) =>
        new Promise<number>((res, rej) => {
          const early = arrived.get(id);
          if (early !== undefined) {
            arrived.delete(id);
            return res(early);
          }
          const timer = setTimeout(() => {
            waiting.delete(id);
            rej(new Error(`no reply to ${id}`));
          }, REPLY_TIMEOUT_MS);
          waiting.set(id, (t) => {
            clearTimeout(timer);
            waiting.delete(id);
            res(t);
          });
        });
      resolve({ server, url, waitFor });
    }),
  );
}

function startTarget(mode: 'echo' | 'assistant', env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  // Same V8 setting as `npm run bot` and the App Service (docs/adr/0005-gc-young-generation.md).
  // BENCH_CPU_PROF_DIR=<dir> writes a V8 CPU profile of each target there (read it with Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, ['--max-semi-space-size=32', ...profile, path.join(HERE, 'load-target.js'), mode], { env: { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '4', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${mode} target did not start`)), 180_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve({ child, port: (JSON.parse(line) as { port: number }).port });
      }
    });
    child.once('exit', (code) => reject(new Error(`${mode} target exited with ${code}`)));
  });
}

/** Asks the target to stop and waits for it (bounded), so it can write diagnostics. */
function stopTarget(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time (user + system) a process or thread has used so far, in ms: the turn cost independent of how busy the machine is. */
function cpuMs(pid: number, tid?: number): number {
  const fields = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat (12 and 13 after the command name).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * Runs a measured phase and adds the target's CPU ms per request to its result: all threads, and
 * the main thread alone (the event loop every turn queues for; the rest is V8's GC helpers and
 * libuv's file-system pool). Also the machine's load average when the phase started.
 */
async function withCpu(pid: number, phase: () => Promise<LoadResult>): Promise<LoadResult & { cpuMsPerRequest: number; mainThreadCpuMsPerRequest: number; loadAverage: number }> {
  const loadAverage = Math.round(loadavg()[0] * 100) / 100;
  const before = cpuMs(pid);
  const mainBefore = cpuMs(pid, pid);
  const result = await phase();
  const per = (ms: number) => Math.round((ms / Math.max(1, result.requests)) * 100) / 100;
  return { ...result, cpuMsPerRequest: per(cpuMs(pid) - before), mainThreadCpuMsPerRequest: per(cpuMs(pid, pid) - mainBefore), loadAverage };
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p99: number;
}

/** Closed loop: each conversation sends its next message after the previous reply arrived. */
async function drive(botPort: number, connector: Awaited<ReturnType<typeof startConnector>>, conversations: number, questions: string[], stop: { messages?: number; untilMs?: number }, thinkMs = THINK_MS): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  async function conversation(c: number): Promise<void> {
    // Conversations start spread over one think time, as people do.
    await new Promise((r) => setTimeout(r, Math.random() * thinkMs));
    for (let m = 0; ; m++) {
      if (m > 0 && thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
      if (stop.messages !== undefined && m >= stop.messages) return;
      if (stop.untilMs !== undefined && performance.now() > stop.untilMs) return;
      const id = `c${c}-m${m}-${Math.random().toString(36).slice(2, 8)}`;
      const activity = {
        type: 'message',
        id,
        text: questions[(c * QUESTIONS_PER_CONVERSATION + m) % questions.length],
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: `user-${c}`, aadObjectId: `user-${c}`, name: `Person ${c}` },
        recipient: { id: 'bot', name: 'Rathaus-Assistent' },
        conversation: { id: `conv-${c}`, conversationType: 'personal' },
        locale: 'de-DE',
      };
      const t0 = performance.now();
      sent++;
      try {
        const reply = connector.waitFor(id);
        // Handled at once: on a busy machine the reply timeout can fire while the POST is still open.
        reply.catch(() => undefined);
        const res = await fetch(`http://127.0.0.1:${botPort}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
        if (res.status !== 200) {
          errors++;
          continue;
        }
        latencies.push((await reply) - t0);
      } catch {
        errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: conversations }, (_, c) => conversation(c)));
  const seconds = (performance.now() - started) / 1000;
  return { requests: sent, errors, seconds: Math.round(seconds * 10) / 10, throughput: Math.round((latencies.length / seconds) * 10) / 10, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

export const loadBench: Bench = {
  name: 'load',
  async run(ctx: BenchContext) {
    const machineLoad = Math.round(loadavg()[0] * 100) / 100;
    const work = mkdtempSync(path.join(tmpdir(), 'rathaus-load-'));
    const knowledge = path.join(work, 'knowledge');
    const { docs, pick } = makeCorpus();
    for (const doc of docs.slice(0, 1000)) {
      const file = path.join(knowledge, doc.name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, doc.text);
    }
    const questionSet = () => Array.from({ length: CONVERSATIONS * QUESTIONS_PER_CONVERSATION }, () => `Was gilt für ${pick()} und ${pick()}?`);
    const [warmUpQuestions, questions, saturationQuestions, soakQuestions] = [questionSet(), questionSet(), questionSet(), questionSet()];
    const connector = await startConnector();
    const model = await startOpenAiStub();
    const children: ChildProcess[] = [];
    try {
      ctx.log('echo bot (baseline) …');
      const echo = await startTarget('echo', {});
      children.push(echo.child);
      // Warm-up: every conversation once, so the measured run sees steady state (JIT, stored state).
      await drive(echo.port, connector, CONVERSATIONS, warmUpQuestions, { messages: 2 });
      const echoResult = await withCpu(echo.child.pid!, () => drive(echo.port, connector, CONVERSATIONS, questions, { messages: MESSAGES_PER_CONVERSATION }));
      const echoSaturation = await drive(echo.port, connector, CONVERSATIONS, saturationQuestions, { messages: 5 }, 0);
      await stopTarget(echo.child);
      ctx.log(`  ${JSON.stringify(echoResult)}`);

      ctx.log('assistant with a 1,000-document index …');
      const assistant = await startTarget('assistant', { BENCH_KNOWLEDGE_DIR: knowledge, BENCH_DATA_DIR: path.join(work, 'data'), BENCH_OPENAI_BASE_URL: model.baseURL });
      children.push(assistant.child);
      await drive(assistant.port, connector, CONVERSATIONS, warmUpQuestions, { messages: 2 });
      const assistantResult = await withCpu(assistant.child.pid!, () => drive(assistant.port, connector, CONVERSATIONS, questions, { messages: MESSAGES_PER_CONVERSATION }));
      const assistantSaturation = await drive(assistant.port, connector, CONVERSATIONS, saturationQuestions, { messages: 5 }, 0);
      ctx.log(`  ${JSON.stringify(assistantResult)}`);
      ctx.log(`  saturation (no pauses): echo ${JSON.stringify(echoSaturation)}, assistant ${JSON.stringify(assistantSaturation)}`);

      ctx.log(`soak: ${SOAK_SECONDS} s with ${SOAK_CONVERSATIONS} conversations …`);
      const samples: { s: number; rssMb: number }[] = [];
      const soakStart = performance.now();
      const sampler = setInterval(() => samples.push({ s: Math.round((performance.now() - soakStart) / 1000), rssMb: Math.round(rssMb(assistant.child.pid!)) }), 5000);
      const soak = await drive(assistant.port, connector, SOAK_CONVERSATIONS, soakQuestions, { untilMs: soakStart + SOAK_SECONDS * 1000 });
      clearInterval(sampler);
      await stopTarget(assistant.child);
      const warm = samples.filter((x) => x.s >= SOAK_SECONDS * 0.2 && x.s <= SOAK_SECONDS * 0.4).map((x) => x.rssMb);
      const late = samples.filter((x) => x.s >= SOAK_SECONDS * 0.8).map((x) => x.rssMb);
      const median = (xs: number[]) => percentile(xs, 50);
      const growth = warm.length && late.length ? Math.round((median(late) / median(warm) - 1) * 1000) / 10 : NaN;
      ctx.log(`  soak ${JSON.stringify({ ...soak, rssWarmMb: median(warm), rssLateMb: median(late), growthPercent: growth })}`);

      const targets = {
        'no errors at 200 concurrent conversations (echo and assistant)': echoResult.errors === 0 && assistantResult.errors === 0,
        'assistant p99 <= 3 x echo p99': assistantResult.p99 <= 3 * echoResult.p99,
        'assistant p99 <= 100 ms': assistantResult.p99 <= 100,
        'memory flat over the soak (late median RSS within 15 % of the warmed-up median)': Number.isFinite(growth) && growth <= 15,
        'no errors during the soak': soak.errors === 0,
      };
      return {
        pass: Object.values(targets).every(Boolean),
        targets,
        results: {
          conversations: CONVERSATIONS,
          messagesPerConversation: MESSAGES_PER_CONVERSATION,
          thinkMs: THINK_MS,
          // Other work on the machine inflates both tails (the ratio target compares runs minutes apart).
          loadAverageAtStart: machineLoad,
          echo: echoResult,
          assistant: assistantResult,
          saturation: { echo: echoSaturation, assistant: assistantSaturation },
          soak: { ...soak, seconds: SOAK_SECONDS, samples },
        },
      };
    } finally {
      for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
      connector.server.close();
      await model.close();
      rmSync(work, { recursive: true, force: true });
    }
  },
};
