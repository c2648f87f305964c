/** A document read by one of the format parsers, before chunking. */
export interface ParsedDocument {
  title: string;
  /** Structured blocks in reading order; headings open sections. */
  blocks: DocumentBlock[];
  /** Mail details (EML, MSG, Outlook): from, to, date, subject. */
  meta?: Record<string, string>;
  /**
   * Mail attachments read as documents of their own (title: "Anhang „…“ der Mail „…“ vom …");
   * they are indexed under the mail's source, with the mail's link.
   */
  attachments?: ParsedDocument[];
  /** Parts that could not be read (an attachment, an OCR page): reported, not silently lost. */
  problems?: PartProblem[];
}

/** Common to all blocks: the page it is on; `ocr` when its text came from OCR of an image. */
interface BlockBase {
  text: string;
  page?: number;
  ocr?: boolean;
}

export type DocumentBlock =
  | (BlockBase & { kind: 'heading'; level: number })
  | (BlockBase & { kind: 'paragraph' })
  | (BlockBase & { kind: 'listItem' });

/** The hint every passage read by OCR carries into its citation (chunk meta `ocr`). */
export const OCR_NOTE = 'Text per Texterkennung gelesen – bitte im Original prüfen';

/** Why a file was not indexed; reported, never fatal. */
/** `outside`: a symbolic link whose target lies outside the knowledge folder (never read); `invalid`: a malformed object of a remote source (OParl). */
export type SkipReason = 'unsupported' | 'empty' | 'encrypted' | 'too-large' | 'unreadable' | 'limit' | 'outside' | 'invalid';

/** A part of a document that was left out, e.g. `Anhang „Plan.dwg“` or `S. 3 (Texterkennung)`. */
export interface PartProblem {
  part: string;
  reason: SkipReason;
  message: string;
}

export class ParseSkip extends Error {
  constructor(
    readonly reason: SkipReason,
    message: string,
  ) {
    super(message);
    this.name = 'ParseSkip';
  }
}

/** Progress of a slow step inside one file (OCR of page `done` of `total`). */
export interface ParseProgress {
  step: 'ocr';
  done: number;
  total: number;
}

export interface ParseOptions {
  onProgress?: (p: ParseProgress) => void;
}

/**
 * Reads one file's bytes into a ParsedDocument. Throws ParseSkip for files that cannot be
 * indexed (empty, encrypted, broken). Used for local files and for SharePoint/OneDrive downloads.
 */
export type ParseDocument = (bytes: Uint8Array, fileName: string, options?: ParseOptions) => Promise<ParsedDocument>;
