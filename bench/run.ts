/**
 * `npm run bench`: runs every benchmark in BENCHES, each measuring the project against a
 * baseline in the same run, and writes bench/results/<name>.json. Exit code 1 when a target
 * is missed. Select some with `npm run bench -- retrieval minutes`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCHES, type BenchContext } from './benches.js';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const resultsDir = path.resolve('bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const ctx: BenchContext = { resultsDir, log: (line) => process.stdout.write(`${line}\n`) };
  let failed = 0;
  for (const bench of BENCHES) {
    if (wanted.length && !wanted.includes(bench.name)) continue;
    ctx.log(`== ${bench.name}`);
    const outcome = await bench.run(ctx);
    const file = path.join(resultsDir, `${bench.name}.json`);
    writeFileSync(file, JSON.stringify({ name: bench.name, date: new Date().toISOString(), node: process.version, ...outcome }, null, 2) + '\n');
    ctx.log(`${outcome.pass ? 'PASS' : 'FAIL'} ${bench.name} -> ${path.relative(process.cwd(), file)}`);
    for (const [target, ok] of Object.entries(outcome.targets)) ctx.log(`   ${ok ? 'ok  ' : 'MISS'} ${target}`);
    if (!outcome.pass) failed++;
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
