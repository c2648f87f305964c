/**
 * How many facts a draft states and how many carry "Bitte prüfen" (status other than "sicher"):
 * decisions with their votes, Befangenheiten and session facts (start, end, interruptions, …).
 * Numbers only, for the pilot report.
 */
import type { MinutesDraft } from './draft-schema.js';

export function countDraftFacts(draft: MinutesDraft): { items: number; facts: number; factsToCheck: number } {
  const statuses = [
    ...draft.items.flatMap((item) => item.decisions.map((d) => (d.uncertain ? 'unsicher' : d.status))),
    ...draft.items.flatMap((item) => item.biasFacts.map((f) => f.status)),
    ...draft.facts.map((f) => f.status),
  ];
  return { items: draft.items.length, facts: statuses.length, factsToCheck: statuses.filter((s) => s !== 'sicher').length };
}
