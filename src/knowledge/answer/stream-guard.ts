/**
 * Applies the output guard while the answer streams, so an invented citation, a foreign link or
 * an uncited statement is never shown even for a moment. Text is passed on only up to a
 * "settled" point (before an unfinished word, citation or link) and only up to the last valid
 * citation, so the preview grows statement by statement. The final checked answer remains
 * authoritative: `finish` adds the rest when it continues the preview; otherwise (e.g. the answer
 * turned out "not found") the caller replaces the preview with the final answer.
 */
import { NOT_FOUND_MARKER } from '../../llm/prompts/answer.js';
import type { Passage } from '../types.js';
import { checkAnswer, type CheckOptions } from './check-answer.js';

export interface StreamGuard {
  /** Feed a raw model delta. */
  push(delta: string): void;
  /** Emit what remains of the final, checked answer (when it continues the preview). */
  finish(finalText: string): void;
}

export function createStreamGuard(passages: Passage[], onDelta: (delta: string) => void, options: CheckOptions = {}): StreamGuard {
  let raw = '';
  let emitted = '';
  const finish = (finalText: string) => {
    if (finalText.length > emitted.length && finalText.startsWith(emitted)) {
      onDelta(finalText.slice(emitted.length));
      emitted = finalText;
    }
  };
  // What is shown only grows at a citation: the check runs when a new "]" has settled, not per delta.
  let checkedUpTo = -1;
  const push = (delta: string) => {
    raw += delta;
    const settled = settledPrefix(raw);
    if (!settled) return;
    const lastClose = settled.lastIndexOf(']');
    if (lastClose <= checkedUpTo) return;
    checkedUpTo = lastClose;
    // Only statements already backed by a valid citation are shown: cut after the last [n].
    const checked = upToLastCitation(checkAnswer(settled, passages, options).text);
    // The model's not-found marker is not text for people.
    if (NOT_FOUND_MARKER.startsWith(checked.trim()) || checked.includes(NOT_FOUND_MARKER)) return;
    if (checked.length > emitted.length && checked.startsWith(emitted)) {
      const next = checked.slice(emitted.length);
      emitted = checked;
      onDelta(next);
    }
  };
  return { push, finish };
}

function upToLastCitation(text: string): string {
  let end = 0;
  for (const m of text.matchAll(/\[\d+\]/g)) end = (m.index ?? 0) + m[0].length;
  return text.slice(0, end);
}

/** Raw text up to the last whitespace, cut before any bracket or parenthesis still open. */
function settledPrefix(raw: string): string {
  const lastSpace = Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('\n'), raw.lastIndexOf('\t'));
  let prefix = lastSpace >= 0 ? raw.slice(0, lastSpace + 1) : '';
  const open = prefix.lastIndexOf('[');
  if (open > prefix.lastIndexOf(']')) prefix = prefix.slice(0, open);
  const paren = prefix.lastIndexOf('](');
  if (paren >= 0 && prefix.indexOf(')', paren) < 0) prefix = prefix.slice(0, prefix.lastIndexOf('[', paren));
  return prefix;
}
