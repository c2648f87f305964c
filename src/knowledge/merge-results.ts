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
  const byKey = new Map<string, { passage: Passage; fused: number; normalised: number }>();
  const addList = (passages: Passage[]) => {
    const ordered = [...passages].sort((a, b) => b.score - a.score);
    const max = ordered.reduce((m, p) => Math.max(m, p.score), 0);
    const seenHere = new Set<string>();
    ordered.forEach((passage, rank) => {
      const key = passageKey(passage);
      if (seenHere.has(key)) return;
      seenHere.add(key);
      const contribution = 1 / (RRF_K + rank + 1);
      const normalised = max > 0 ? passage.score / max : 0;
      const entry = byKey.get(key);
      // Standard RRF: a passage found by several lists (e.g. two queries) sums its contributions.
      if (entry) {
        entry.fused += contribution;
        entry.normalised = Math.max(entry.normalised, normalised);
      } else byKey.set(key, { passage, fused: contribution, normalised });
    });
  };
  for (const result of results) addList(result.passages);
  const entries = [...byKey.values()].sort((a, b) => b.fused - a.fused || b.normalised - a.normalised);
  const kept = entries.slice(0, Math.max(0, top));
  return { passages: kept.map((e) => e.passage), failures, fusedScores: kept.map((e) => e.fused) };
}

export function passageKey(p: Passage): string {
  return `${p.sourceId}\u0000${p.id}`;
}
