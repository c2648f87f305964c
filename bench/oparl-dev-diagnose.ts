/**
 * Development aid (not part of `npm run bench`): for the DEVELOPMENT questions of the OParl set
 * only (or the questions given as arguments), the top hits of the RIS source with their
 * coverage and relevance, and whether the answer path says "nicht gefunden". Test questions are
 * never printed, so tuning cannot see them.
 *   npx tsx bench/oparl-dev-diagnose.ts ["eigene Frage" …]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerQuestion } from '../src/knowledge/answer/index.js';
import { parseDocument } from '../src/knowledge/parsers/parse-document.js';
import { createOparl } from '../src/oparl/create-oparl.js';
import { createMemoryStore } from '../test/fakes/memory-store.js';
import { startOparlEmulator } from '../test/fakes/oparl-emulator.js';
import { musterhausen } from './oparl.js';

interface Question { id: string; category: string; question: string; expected: string[]; fact?: string }
const DATA = path.resolve('bench/data/oparl-ris');

async function main(): Promise<void> {
  const emulator = await startOparlEmulator(musterhausen(), { pageSize: 25 });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'oparl-dev-'));
  try {
    const service = createOparl({ OPARL_SYSTEM_URL: emulator.systemUrl, OPARL_CONTACT: 'dev', OPARL_MAX_RPS: 1000, OPARL_ALLOWED_HOSTS: [], RATHAUS_DATA_DIR: dataDir, MAX_FILE_MB: 50, OPARL_BODY_ID: undefined }, { parse: parseDocument, store: createMemoryStore() })!;
    await service.sync();
    const own = process.argv.slice(2);
    const questions: Question[] = own.length
      ? own.map((q, i) => ({ id: `own-${i + 1}`, category: '?', question: q, expected: [] }))
      : (() => {
          const all = JSON.parse(readFileSync(path.join(DATA, 'questions.json'), 'utf8')) as Question[];
          const dev = new Set((JSON.parse(readFileSync(path.join(DATA, 'split.json'), 'utf8')) as { dev: string[] }).dev);
          return all.filter((q) => dev.has(q.id));
        })();
    const answer = answerQuestion({ sources: [service.source], redactPii: false });
    for (const q of questions) {
      const r = await service.source.search({ text: q.question, top: 3 }, { userId: 'dev', locale: 'de' });
      const a = await answer({ question: q.question, user: { userId: 'dev', locale: 'de' }, top: 5 });
      const ok = q.expected.length ? r.passages.slice(0, 3).some((p) => q.expected.includes(p.source)) : !a.found;
      const quoted = `${a.answer}\n${a.citations.map((c) => c.snippet).join('\n')}`.toLowerCase();
      const right = q.expected.length ? a.found && a.citations.some((c) => q.expected.includes(c.source)) && quoted.includes((q.fact ?? '').toLowerCase()) : !a.found;
      console.log(`\n${ok ? 'ok ' : 'BAD'} ${right ? 'right' : 'WRONG'} ${q.id} [${q.category}] ${q.question}  found=${a.found} cited=${a.citations.map((c) => c.source.replace('https://ris.musterhausen.example', '')).join(',')}`);
      for (const p of r.passages) console.log(`   ${p.relevant ? '+' : '-'} ${(p.relevance ?? 0).toFixed(2)} ${p.source.replace('https://ris.musterhausen.example', '')} ${p.title.slice(0, 90)}`);
      if (a.found) console.log(`   > ${a.answer.replace(/\s+/g, " ").slice(0, Number(process.env.ANSWER_CHARS ?? 300))}`);
    }
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
