/**
 * Quarantine of planted instructions (pure): flags passages whose text addresses an assistant,
 * and orders flagged passages below clean ones. Used at question time for every source (local
 * index, SharePoint, Outlook) and by the indexer for its warnings.
 */
import type { Passage } from '../types.js';
import { detectInstructions, FLAG_TEXT, type InstructionFlag } from './detect-instructions.js';

export { detectInstructions, FLAG_TEXT, type InstructionFlag };

/** The passage with its flags (kept when a source already set them). */
export function flagPassage(p: Passage): Passage {
  if (p.instructionFlags) return p;
  const flags = detectInstructions(`${p.title}\n${p.text}`);
  return { ...p, instructionFlags: flags };
}

/** Flags every passage and ranks flagged ones below clean ones (order within each group kept). */
export function quarantinePassages(passages: Passage[]): { passages: Passage[]; flagged: Passage[] } {
  const flaggedAll = passages.map(flagPassage);
  const clean = flaggedAll.filter((p) => !p.instructionFlags?.length);
  const flagged = flaggedAll.filter((p) => p.instructionFlags?.length);
  return { passages: [...clean, ...flagged], flagged };
}

/** One warning of the indexer: a file with text that looks like an instruction to an assistant. */
export interface InstructionWarning {
  source: string;
  flags: InstructionFlag[];
  /** German, for `rathaus index` and the log. */
  message: string;
}

/** Warnings per file for indexed chunks (one per file, all flags of its chunks). */
export function instructionWarnings(chunks: { source: string; title: string; text: string }[]): InstructionWarning[] {
  const bySource = new Map<string, Set<InstructionFlag>>();
  for (const c of chunks) {
    const flags = detectInstructions(`${c.title}\n${c.text}`);
    if (!flags.length) continue;
    const set = bySource.get(c.source) ?? new Set<InstructionFlag>();
    for (const f of flags) set.add(f);
    bySource.set(c.source, set);
  }
  return [...bySource].map(([source, set]) => {
    const flags = [...set];
    return { source, flags, message: `Enthält Text, der sich wie eine Anweisung an einen KI-Assistenten liest (${flags.map((f) => FLAG_TEXT[f]).join('; ')}); wird nur als Daten verwendet und nachrangig gefunden. Bitte prüfen.` };
  });
}
