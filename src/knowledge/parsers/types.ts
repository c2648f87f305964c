/** A document read by one of the format parsers, before chunking. */
export interface ParsedDocument {
  title: string;
  /** Structured blocks in reading order; headings open sections. */
  blocks: DocumentBlock[];
  /** Mail details (EML, MSG, Outlook): from, to, date, subject. */
  meta?: Record<string, string>;
}

export type DocumentBlock =
  | { kind: 'heading'; level: number; text: string; page?: number }
  | { kind: 'paragraph'; text: string; page?: number }
  | { kind: 'listItem'; text: string; page?: number };

/** Why a file was not indexed; reported, never fatal. */
export type SkipReason = 'unsupported' | 'empty' | 'encrypted' | 'too-large' | 'unreadable' | 'limit';

export class ParseSkip extends Error {
  constructor(
    readonly reason: SkipReason,
    message: string,
  ) {
    super(message);
    this.name = 'ParseSkip';
  }
}

/**
 * Reads one file's bytes into a ParsedDocument. Throws ParseSkip for files that cannot be
 * indexed (empty, encrypted, broken). Used for local files and for SharePoint/OneDrive downloads.
 */
export type ParseDocument = (bytes: Uint8Array, fileName: string) => Promise<ParsedDocument>;
