/**
 * Ranking for a follow-up question without a model to rewrite it. Three searches:
 * the follow-up alone (what is asked now), the previous question alone (the topic), and both
 * together. Passages answering the follow-up that lie in a document of the topic come first;
 * then what the combined question found; only if neither finds anything, the follow-up alone.
 * Pure, so the rule is tested without an index.
 */
import type { Passage } from '../types.js';

const documentKey = (p: Passage) => `${p.sourceId}\u0000${p.source}`;

export function rankFollowUp(lists: { followUp: Passage[]; previous: Passage[]; combined: Passage[] }, top: number): Passage[] {
  const topicDocuments = new Set([...lists.previous, ...lists.combined].map(documentKey));
  const onTopic = lists.followUp.filter((p) => topicDocuments.has(documentKey(p)));
  const ranked: Passage[] = [];
  const seen = new Set<string>();
  const add = (p: Passage) => {
    const key = `${p.sourceId}\u0000${p.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    ranked.push(p);
  };
  onTopic.forEach(add);
  lists.combined.forEach(add);
  if (ranked.length === 0) lists.followUp.forEach(add);
  return ranked.slice(0, top);
}
