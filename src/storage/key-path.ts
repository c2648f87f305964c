/**
 * Maps store keys to relative file paths and back for the local store. Each key segment is
 * percent-encoded except [A-Za-z0-9_.-] (a leading or trailing "." is encoded too, so no file name
 * starts with "." and temp/probe files never collide with data). Files get ".json". Segments whose
 * encoding would be too long for a file system name are replaced by "~" + a hash; for those the
 * key is read back from the file itself. Assumes a case-sensitive file system (Linux).
 */
import { createHash } from 'node:crypto';
import { assertValidKey } from './store.js';

export const FILE_SUFFIX = '.json';
/** Well below the usual 255-byte name limit, leaving room for the suffix and temp-file tails. */
const MAX_ENCODED_SEGMENT = 180;

/** Percent-encodes a segment; "." stays only inside a name (never first or last). Reversible. */
export function encodeSegmentRaw(segment: string): string {
  const chars = [...segment];
  let out = '';
  chars.forEach((ch, i) => {
    if (/^[A-Za-z0-9_-]$/.test(ch) || (ch === '.' && i > 0 && i < chars.length - 1)) out += ch;
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  });
  return out;
}

/** Like {@link encodeSegmentRaw}, but names too long for a file system become "~" + a hash. */
export function encodeSegment(segment: string): string {
  const out = encodeSegmentRaw(segment);
  if (out.length > MAX_ENCODED_SEGMENT) return `~${createHash('sha256').update(segment).digest('hex').slice(0, 40)}`;
  return out;
}

/** The segments of the relative path for a key: directories, then the file name. */
export function keyToPathSegments(key: string): string[] {
  assertValidKey(key);
  const parts = key.split('/').map(encodeSegment);
  parts[parts.length - 1] += FILE_SUFFIX;
  return parts;
}

/** The key for a relative path, or undefined when a segment is hashed (read the file instead) or not ours. */
export function pathSegmentsToKey(parts: string[]): string | undefined {
  const last = parts[parts.length - 1];
  if (!last?.endsWith(FILE_SUFFIX)) return undefined;
  const names = [...parts.slice(0, -1), last.slice(0, -FILE_SUFFIX.length)];
  if (names.some((n) => n.startsWith('~'))) return undefined;
  try {
    return names.map((n) => decodeURIComponent(n)).join('/');
  } catch {
    return undefined;
  }
}

/** True for names the store wrote as data files (skips temp files, probes and quarantined files). */
export function isDataFileName(name: string): boolean {
  return name.endsWith(FILE_SUFFIX) && !name.startsWith('.');
}

/** True for names that are hashed segments whose key must be read from the file. */
export function isHashedName(name: string): boolean {
  return name.startsWith('~');
}
