/**
 * Input limits and their violations. Every violation carries a German and an English text that
 * the bot can show as is; nothing the user sent is lost, they are told what to change.
 */
import type { AppConfig } from '../config.js';

/** File formats the assistant accepts as attachments or uploads. */
export const FILE_KINDS = ['pdf', 'docx', 'txt', 'md', 'html', 'eml', 'msg', 'vtt', 'csv', 'json'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export type LimitCode =
  | 'messageTooLong'
  | 'tooManyAttachments'
  | 'attachmentTooLarge'
  | 'fileTypeNotAllowed'
  | 'fileTypeMismatch'
  | 'archiveTooLarge'
  | 'archiveRatioTooHigh'
  | 'archiveTooManyEntries'
  | 'archiveUnreadable'
  | 'pdfTooManyPages'
  | 'transcriptTooLong';

export interface LimitViolation {
  code: LimitCode;
  /** Text for the user, Sie-Form. */
  message: { de: string; en: string };
  fileName?: string;
  /** The limit and the measured value, in the unit the code implies (characters, bytes, pages, count). */
  limit?: number;
  actual?: number;
}

export type LimitResult = { ok: true } | { ok: false; violation: LimitViolation };

export interface InputLimits {
  maxMessageChars: number;
  maxAttachments: number;
  maxAttachmentBytes: number;
  /** Total size of a DOCX/ZIP after decompression. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size above which an archive counts as a zip bomb (checked above 1 MB). */
  maxCompressionRatio: number;
  maxArchiveEntries: number;
  maxPdfPages: number;
  maxTranscriptChars: number;
  allowedKinds: readonly FileKind[];
}

export const DEFAULT_LIMITS: InputLimits = {
  maxMessageChars: 4000,
  maxAttachments: 5,
  maxAttachmentBytes: 25 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxArchiveEntries: 10_000,
  // Budget plans and development plans run to well over a thousand pages.
  maxPdfPages: 2000,
  // About a twelve-hour meeting; minutes have their own token budget on top.
  maxTranscriptChars: 3_000_000,
  allowedKinds: FILE_KINDS,
};

export function limitsFromConfig(config: Pick<AppConfig, 'MAX_MESSAGE_CHARS' | 'MAX_ATTACHMENTS' | 'MAX_ATTACHMENT_MB'>): InputLimits {
  return {
    ...DEFAULT_LIMITS,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    maxAttachments: config.MAX_ATTACHMENTS,
    maxAttachmentBytes: config.MAX_ATTACHMENT_MB * 1024 * 1024,
  };
}

export function violation(code: LimitCode, de: string, en: string, extra: Omit<LimitViolation, 'code' | 'message'> = {}): LimitResult {
  return { ok: false, violation: { code, message: { de, en }, ...extra } };
}

export const OK: LimitResult = { ok: true };

/** A file name safe to quote in a message: no control characters, not overly long. */
export function displayName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').replace(/^.*[/\\]/, '');
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 });
}
