import { retrievalBench } from './retrieval.js';
import { scaleBench } from './scale.js';
import { minutesBench } from './minutes.js';
import { loadBench } from './load.js';
import { reportBench } from './report.js';
import { checkBench } from './check.js';
import { answersBench } from './answers.js';
import { documentsBench } from './documents.js';
import { trustBench } from './trust.js';
import { oparlBench } from './oparl.js';

export interface BenchContext {
  resultsDir: string;
  log: (line: string) => void;
}

export interface BenchOutcome {
  /** True when every target is met. */
  pass: boolean;
  /** Target description → met. */
  targets: Record<string, boolean>;
  /** Measured numbers (project and baseline side by side). */
  results: unknown;
}

export interface Bench {
  name: string;
  run(ctx: BenchContext): Promise<BenchOutcome>;
}

/** Every benchmark; each area adds its own module here. */
export const BENCHES: Bench[] = [retrievalBench, answersBench, scaleBench, minutesBench, loadBench, checkBench, documentsBench, trustBench, reportBench, oparlBench];
