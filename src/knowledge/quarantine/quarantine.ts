/**
 * Quarantine of planted instructions (pure): flags passages whose text addresses an assistant,
 * and orders flagged passages below clean ones. Used at question time for every source (local
 * index, SharePoint, Outlook) and by the indexer for its warnings.
 */
import { LRUCache } from 'lru-cache';
import { HIDDEN_TEXT_META } from '../parsers/types.js';
import type { Passage } from '../types.js';
import { detectInstructions, FLAG_TEXT, type InstructionFlag } from './detect-instructions.js';

export { detectInstructions, FLAG_TEXT, type InstructionFlag };

/**
 * Flags per passage text: the same indexed chunks come back for many questions, and running every
 * pattern over them on each turn cost more than the search itself under load. Bounded by size.
 */
const flagCache = new LRUCache<string, InstructionFlag[]>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (_v, key) => key.length + 16 });

function cachedFlags(text: string): InstructionFlag[] {
  let flags = flagCache.get(text);
  if (!flags) {
    flags = detectInstructions(text);
    flagCache.set(text, flags);
  }
  return flags;
}

/** Flags of a text plus `hidden-text` when the parser found text formatted not to be seen in it. */
function flagsOf(title: string, text: string, meta: Record<string, string> | undefined): InstructionFlag[] {
  const flags = cachedFlags(`${title}\n${text}`);
  return meta?.[HIDDEN_TEXT_META] ? [...flags, 'hidden-text'] : [...flags];
}

/** The passage with its flags (kept when a source already set them). */
export function flagPassage(p: Passage): Passage {
  if (p.instructionFlags) return p;
  return { ...p, instructionFlags: flagsOf(p.title, p.text, p.meta) };
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
export function instructionWarnings(chunks: { source: string; title: string; text: string; meta?: Record<string, string> }[]): InstructionWarning[] {
  const bySource = new Map<string, Set<InstructionFlag>>();
  for (const c of chunks) {
    const flags = flagsOf(c.title, c.text, c.meta);
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
