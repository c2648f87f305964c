/**
 * Cleans parsed cues: time order (overlapping speakers arrive out of order in Teams VTT),
 * consecutive cues of the same speaker merged, empty cues dropped.
 */
import type { Cue, Transcript } from './types.js';

/** Merged cues stay below this length so a transition inside a long turn can still be found cheaply. */
const MAX_MERGED_CHARS = 4000;
/** Pause after which a speaker's next cue starts a new turn. */
const MAX_GAP_SECONDS = 20;

export function cleanTranscript(t: Transcript): Transcript {
  const sorted = t.cues
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.text.trim() !== '')
    .sort((a, b) => a.c.start - b.c.start || a.i - b.i)
    .map(({ c }) => c);
  const merged: Cue[] = [];
  for (const cue of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      cue.speaker !== null &&
      last.speaker === cue.speaker &&
      cue.start - last.end <= MAX_GAP_SECONDS &&
      last.text.length + cue.text.length < MAX_MERGED_CHARS
    ) {
      last.text = `${last.text} ${cue.text}`;
      last.end = Math.max(last.end, cue.end);
      continue;
    }
    merged.push({ ...cue, text: cue.text.trim() });
  }
  return { ...t, cues: merged };
}
