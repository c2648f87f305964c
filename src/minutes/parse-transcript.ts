/**
 * Transcript parsers: Teams WebVTT, the unattributed Graph transcript text, Teams DOCX export and
 * plain "Name: text" lines. All return raw cues; clean-transcript.ts sorts and merges them.
 */
import he from 'he';
import mammoth from 'mammoth';
import { AppError } from '../core/errors.js';
import type { Cue, Transcript } from './types.js';

/**
 * Longest transcript accepted (characters of text); a four-hour session is about 300,000, the
 * longest real full-day Landtag sitting we have about 450,000 (0.7 MB of VTT).
 */
export const MAX_TRANSCRIPT_CHARS = 1_500_000;
/**
 * Largest transcript input (bytes of a file, characters of a string), checked before any parsing:
 * timings, cue ids and markup come on top of the text. A DOCX export is bounded by the attachment
 * limit and the archive check instead.
 */
export const MAX_TRANSCRIPT_INPUT = 2_000_000;

const TIME = String.raw`(\d{1,2}):(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?|(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?`;
const CUE_TIMING = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})`);
/** Longest line tested as a cue timing ("00:00:00.000 --> 00:00:05.000" plus cue settings). */
const MAX_TIMING_LINE = 300;

/** "0:0:5.320", "00:01:02.5", "01:02.500" → seconds. */
export function parseTimestamp(raw: string): number {
  const parts = raw.trim().split(/[.,]/);
  const hms = parts[0].split(':').map(Number);
  const frac = parts[1] ? Number(`0.${parts[1]}`) : 0;
  const [h, m, s] = hms.length === 3 ? hms : [0, hms[0], hms[1]];
  return h * 3600 + m * 60 + s + frac;
}

/** Entities decoded, whitespace collapsed (only runs that are not already one space are replaced). */
function decode(text: string): string {
  return he.decode(text).replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

const UNNAMED = /^(unknown|unbekannt|speaker \d+|sprecher \d+)$/i;

function isTagStart(c: string | undefined): boolean {
  return c !== undefined && (c === '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** The speaker of a voice tag's content (`v Name`, `v.class Name`), or undefined for other tags. */
function voiceName(tag: string): string | undefined {
  if (tag[0] !== 'v' && tag[0] !== 'V') return undefined;
  let i = 1;
  if (tag[i] === '.') while (i < tag.length && !/\s/.test(tag[i])) i++;
  if (i >= tag.length || !/\s/.test(tag[i])) return undefined;
  const name = tag.slice(i).trim();
  return name || undefined;
}

/**
 * Text of a cue payload: `<v Name>…</v>` voice spans, other tags dropped, entities decoded. One
 * pass with indexOf (no backtracking pattern): the position of the next `>` is remembered, so a
 * run of `<` without a closing `>` costs linear time, and text after the last `>` stays text.
 */
function readPayload(lines: string[]): { speaker: string | null; text: string } {
  const joined = lines.join('\n');
  let speaker: string | null = null;
  const parts: string[] = [];
  let last = 0;
  let from = 0;
  let nextGt = -1;
  for (;;) {
    const lt = joined.indexOf('<', from);
    if (lt < 0) break;
    if (!isTagStart(joined[lt + 1])) {
      from = lt + 1;
      continue;
    }
    if (nextGt < lt) nextGt = joined.indexOf('>', lt);
    if (nextGt < 0) break;
    const tag = joined.slice(lt + 1, nextGt);
    if (speaker === null) {
      const name = voiceName(tag);
      if (name) speaker = decode(name);
    }
    parts.push(joined.slice(last, lt), ' ');
    last = from = nextGt + 1;
  }
  parts.push(joined.slice(last));
  const text = decode(parts.join(''));
  return { speaker: speaker && !UNNAMED.test(speaker) ? speaker : null, text };
}

/** Non-empty lines grouped into blocks separated by blank lines (a line scan, no split pattern). */
function blocksOf(input: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of input.split('\n')) {
    if (line.trim() === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Parses Teams WebVTT (cue ids like `uuid/12-0`, unpadded times, multi-line cues, NOTE blocks). */
export function parseVtt(input: string): Transcript {
  const cues: Cue[] = [];
  for (const lines of blocksOf(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))) {
    // A timing line is short; testing only short lines keeps a giant line from costing more than a scan.
    const timingAt = lines.findIndex((l) => l.length <= MAX_TIMING_LINE && CUE_TIMING.test(l));
    if (timingAt < 0) continue;
    const [startRaw, endRaw] = lines[timingAt].split('-->').map((s) => s.trim().split(/\s+/)[0]);
    const { speaker, text } = readPayload(lines.slice(timingAt + 1));
    if (!text) continue;
    cues.push({ id: timingAt > 0 ? lines[timingAt - 1].trim() : undefined, start: parseTimestamp(startRaw), end: parseTimestamp(endRaw), speaker, text });
  }
  const attributed = cues.some((c) => c.speaker !== null);
  return { cues, attributed };
}

/**
 * Graph `application/vnd.microsoft.graph.transcript+text` (speaker attribution off): timing lines
 * followed by text, no speakers. Accepts both a VTT-like layout and "[0:00:05] text" lines.
 */
export function parseUnattributedTranscript(input: string): Transcript {
  if (/-->/.test(input)) {
    const t = parseVtt(input);
    return { cues: t.cues.map((c) => ({ ...c, speaker: null })), attributed: false };
  }
  const cues: Cue[] = [];
  for (const line of input.replace(/\r\n?/g, '\n').split('\n')) {
    const m = /^\s*\[?(\d{1,2}:\d{1,2}(?::\d{1,2})?(?:[.,]\d+)?)\]?\s+(.+)$/.exec(line);
    if (m) cues.push({ start: parseTimestamp(m[1]), end: parseTimestamp(m[1]), speaker: null, text: decode(m[2]) });
    else if (line.trim() && cues.length) cues[cues.length - 1].text += ` ${decode(line)}`;
  }
  return { cues, attributed: false };
}

/**
 * Lines as Teams exports a transcript to Word or text: "Name   0:03" (or "0:03 Name") on one line,
 * the spoken text on the following lines. Falls back to "Name: text" lines.
 */
export function parseTranscriptLines(input: string): Transcript {
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const cues: Cue[] = [];
  const nameColon = /^(?:\[?(\d{1,2}:\d{2}(?::\d{2})?)\]?\s+)?([A-ZÄÖÜ][^:]{1,60}?):\s+(.+)$/;
  const headers = lines.filter((l) => readHeader(l)).length;
  let current: Cue | undefined;
  for (const line of lines) {
    if (!line) continue;
    const h = headers >= 2 ? readHeader(line) : undefined;
    if (h) {
      current = { start: parseTimestamp(h.time), end: parseTimestamp(h.time), speaker: cleanName(h.name), text: '' };
      cues.push(current);
      continue;
    }
    const nc = headers < 2 ? nameColon.exec(line) : null;
    if (nc) {
      const t = nc[1] ? parseTimestamp(nc[1]) : cues.length;
      current = { start: t, end: t, speaker: cleanName(nc[2]), text: decode(nc[3]) };
      cues.push(current);
      continue;
    }
    if (current) current.text = current.text ? `${current.text} ${decode(line)}` : decode(line);
  }
  const kept = cues.filter((c) => c.text);
  return { cues: kept, attributed: kept.some((c) => c.speaker !== null) };
}

const MAX_HEADER_LINE = 200;

/** "Anna Schmitz   0:03" or "0:03 Anna Schmitz"; a line ending in punctuation is speech, not a header. */
function readHeader(line: string): { name: string; time: string } | undefined {
  // Name (≤ 80) + spaces + time: anything longer is speech, and the patterns stay constant-time.
  if (line.length > MAX_HEADER_LINE) return undefined;
  const a = /^(.{2,80}?)\s+(\d{1,2}:\d{2}(?::\d{2})?)$/.exec(line);
  if (a && !/[.!?,;]$/.test(a[1])) return { name: a[1], time: a[2] };
  const b = /^(\d{1,2}:\d{2}(?::\d{2})?)\s+(?:-\s+)?([^.!?]{2,80})$/.exec(line);
  if (b && b[2].split(/\s+/).length <= 5) return { name: b[2], time: b[1] };
  return undefined;
}

function cleanName(raw: string): string | null {
  const name = decode(raw).replace(/\s+\(Gast\)$/i, '');
  return /^(unknown|unbekannt|speaker \d+|sprecher \d+)$/i.test(name) ? null : name;
}

/** Reads a Teams DOCX transcript export (via mammoth's raw text). */
export async function parseDocxTranscript(buffer: Buffer): Promise<Transcript> {
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (e) {
    throw new AppError('invalidInput', 'docx unreadable', 'Die Word-Datei mit dem Transkript lässt sich nicht lesen.', { cause: e });
  }
  if (text.length > MAX_TRANSCRIPT_INPUT) throw tooLarge(text.length);
  return parseTranscriptLines(text);
}

export type TranscriptFormat = 'vtt' | 'docx' | 'text' | 'graph-text';

/** Picks the parser by format (or sniffs: WEBVTT header, ZIP magic, else lines). */
export async function parseTranscript(data: Buffer | string, format?: TranscriptFormat): Promise<Transcript> {
  // Size first: nothing larger than the limit reaches a parser.
  if (data.length > MAX_TRANSCRIPT_INPUT) throw tooLarge(data.length);
  const isZip = Buffer.isBuffer(data) && data.length > 4 && data[0] === 0x50 && data[1] === 0x4b;
  const head = Buffer.isBuffer(data) ? data.subarray(0, 20).toString('utf8') : data.slice(0, 20);
  const fmt: TranscriptFormat = format ?? (isZip ? 'docx' : /^\uFEFF?WEBVTT/.test(head) ? 'vtt' : 'text');
  if (fmt === 'docx') {
    if (!Buffer.isBuffer(data)) throw new AppError('invalidInput', 'docx needs bytes', 'Die Word-Datei wurde nicht als Datei übergeben.');
    return checked(await parseDocxTranscript(data));
  }
  const text = Buffer.isBuffer(data) ? data.toString('utf8') : data;
  if (fmt === 'vtt') return checked(parseVtt(text));
  if (fmt === 'graph-text') return checked(parseUnattributedTranscript(text));
  return checked(parseTranscriptLines(text));
}

function tooLarge(size: number): AppError {
  const mb = (n: number) => (n / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1 });
  return new AppError(
    'limit',
    `transcript input too large: ${size}`,
    `Die Transkript-Datei ist zu groß (${mb(size)} Mio. Zeichen, höchstens ${mb(MAX_TRANSCRIPT_INPUT)} Mio.). Bitte teilen Sie die Sitzung in mehrere Dateien auf.`,
  );
}

function tooLong(chars: number): AppError {
  return new AppError(
    'limit',
    `transcript too long: ${chars} chars`,
    `Das Transkript ist zu lang (${chars.toLocaleString('de-DE')} Zeichen, höchstens ${MAX_TRANSCRIPT_CHARS.toLocaleString('de-DE')}). Bitte teilen Sie die Sitzung in mehrere Dateien auf.`,
  );
}

function checked(t: Transcript): Transcript {
  const chars = t.cues.reduce((n, c) => n + c.text.length, 0);
  if (chars > MAX_TRANSCRIPT_CHARS) throw tooLong(chars);
  if (!t.cues.length) {
    throw new AppError('invalidInput', 'empty transcript', 'Im Transkript wurden keine Wortbeiträge gefunden. Erwartet wird eine VTT-, DOCX- oder Textdatei aus Teams.');
  }
  return t;
}
