/**
 * One ranking from several sources. Scores are comparable only within a source (BM25 of the
 * local index vs. Graph search ranks), so sources are fused by reciprocal rank (RRF); ties are
 * broken by the score normalised within its source. Each source has already applied its own
 * relevance threshold — merging never lets a passage in that its source rejected.
 */
import type { Passage, SourceResult } from './types.js';

/** RRF constant from Cormack et al. (2009); damps the weight of rank differences. */
const RRF_K = 60;

export interface MergedResult extends SourceResult {
  /** Fused score per passage (same order as passages). */
  fusedScores: number[];
}

export function mergeResults(results: SourceResult[], top: number): MergedResult {
  const failures = results.flatMap((r) => r.failures);
  const entries: { passage: Passage; fused: number; normalised: number }[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    const ordered = [...result.passages].sort((a, b) => b.score - a.score);
    const max = ordered.reduce((m, p) => Math.max(m, p.score), 0);
    ordered.forEach((passage, rank) => {
      const key = `${passage.sourceId}\u0000${passage.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries.push({ passage, fused: 1 / (RRF_K + rank + 1), normalised: max > 0 ? passage.score / max : 0 });
    });
  }
  entries.sort((a, b) => b.fused - a.fused || b.normalised - a.normalised);
  const kept = entries.slice(0, Math.max(0, top));
  return { passages: kept.map((e) => e.passage), failures, fusedScores: kept.map((e) => e.fused) };
}
