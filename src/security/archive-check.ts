/**
 * Zip-bomb defence for DOCX (and any ZIP): first the central directory's declared sizes (cheap,
 * nothing is extracted), then — because declared sizes can lie — a streaming decompression that
 * only counts bytes and stops as soon as the total passes the limit. Nothing is kept in memory.
 */
import JSZip from 'jszip';
import { OK, displayName, megabytes, violation, type InputLimits, type LimitResult } from './limit-types.js';

type ArchiveLimits = Pick<InputLimits, 'maxUncompressedBytes' | 'maxCompressionRatio' | 'maxArchiveEntries'>;

/** jszip keeps the central directory's sizes in a private field; its shape is stable since 3.0. */
interface EntryWithSizes {
  _data?: { compressedSize?: number; uncompressedSize?: number };
  internalStream(type: 'uint8array'): {
    on(event: 'data', cb: (chunk: Uint8Array) => void): unknown;
    on(event: 'end', cb: () => void): unknown;
    on(event: 'error', cb: (e: Error) => void): unknown;
    pause(): unknown;
    resume(): unknown;
  };
}

const RATIO_FLOOR_BYTES = 1024 * 1024;

export interface ArchiveCheckOptions {
  /** For DOCX: the archive must contain word/document.xml. */
  requireEntry?: string;
}

export async function checkZipArchive(name: string, bytes: Uint8Array, limits: ArchiveLimits, options: ArchiveCheckOptions = {}): Promise<LimitResult> {
  const shown = displayName(name);
  const unreadable = () =>
    violation(
      'archiveUnreadable',
      `Die Datei „${shown}“ ist beschädigt oder kein gültiges Word-Dokument und wird nicht verarbeitet.`,
      `The file “${shown}” is damaged or not a valid Word document and was not processed.`,
      { fileName: name },
    );
  const tooLarge = (actual: number) =>
    violation(
      'archiveTooLarge',
      `Die Datei „${shown}“ wäre entpackt zu groß (über ${megabytes(actual)} MB; höchstens ${megabytes(limits.maxUncompressedBytes)} MB) und wird nicht verarbeitet.`,
      `The file “${shown}” would be too large once unpacked (over ${megabytes(actual)} MB; at most ${megabytes(limits.maxUncompressedBytes)} MB) and was not processed.`,
      { fileName: name, limit: limits.maxUncompressedBytes, actual },
    );

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false });
  } catch {
    return unreadable();
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir) as unknown as (JSZip.JSZipObject & EntryWithSizes)[];
  if (entries.length > limits.maxArchiveEntries) {
    return violation(
      'archiveTooManyEntries',
      `Die Datei „${shown}“ enthält ungewöhnlich viele Teile (${entries.length}) und wird aus Sicherheitsgründen nicht verarbeitet.`,
      `The file “${shown}” contains an unusual number of parts (${entries.length}) and was not processed for security reasons.`,
      { fileName: name, limit: limits.maxArchiveEntries, actual: entries.length },
    );
  }
  if (options.requireEntry && !zip.file(options.requireEntry)) return unreadable();

  let declared = 0;
  let compressed = 0;
  for (const entry of entries) {
    declared += entry._data?.uncompressedSize ?? 0;
    compressed += entry._data?.compressedSize ?? 0;
  }
  if (declared > limits.maxUncompressedBytes) return tooLarge(declared);
  const ratioViolation = (total: number) =>
    total > RATIO_FLOOR_BYTES && total / Math.max(1, compressed) > limits.maxCompressionRatio
      ? violation(
          'archiveRatioTooHigh',
          `Die Datei „${shown}“ ist ungewöhnlich stark komprimiert und wird aus Sicherheitsgründen nicht verarbeitet.`,
          `The file “${shown}” is unusually highly compressed and was not processed for security reasons.`,
          { fileName: name, limit: limits.maxCompressionRatio, actual: Math.round(total / Math.max(1, compressed)) },
        )
      : undefined;
  const byDeclared = ratioViolation(declared);
  if (byDeclared) return byDeclared;

  // Verify by decompressing and counting: a crafted archive may declare small sizes.
  let actual = 0;
  for (const entry of entries) {
    const outcome = await new Promise<'ok' | 'tooLarge' | 'error'>((resolve) => {
      const stream = entry.internalStream('uint8array');
      let done = false;
      const finish = (o: 'ok' | 'tooLarge' | 'error') => {
        if (done) return;
        done = true;
        resolve(o);
      };
      stream.on('data', (chunk) => {
        actual += chunk.length;
        if (actual > limits.maxUncompressedBytes) {
          stream.pause();
          finish('tooLarge');
        }
      });
      stream.on('end', () => finish('ok'));
      stream.on('error', () => finish(actual > limits.maxUncompressedBytes ? 'tooLarge' : 'error'));
      stream.resume();
    });
    if (outcome === 'tooLarge') return tooLarge(actual);
    if (outcome === 'error') return unreadable();
  }
  return ratioViolation(actual) ?? OK;
}
