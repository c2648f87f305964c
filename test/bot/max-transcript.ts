/**
 * A transcript of the largest size the bot accepts, made of real-looking session talk: the
 * Stadtentwicklung committee's VTT repeated with shifted times until the input limit
 * (MAX_TRANSCRIPT_INPUT) or the text limit (MAX_TRANSCRIPT_CHARS) is nearly reached. Each round has
 * its agenda items, motions and votes, so every detector does its full work.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_TRANSCRIPT_CHARS, MAX_TRANSCRIPT_INPUT } from '../../src/minutes/parse-transcript.js';

const FIXTURE = path.resolve('test/fixtures/minutes/ausschuss-stadtentwicklung.vtt');

const stamp = (s: number) => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${sec.toFixed(3).padStart(6, '0')}`;
};

/** Returns the VTT text (just under MAX_TRANSCRIPT_INPUT bytes) and the number of characters of spoken text in it. */
export function maxSizeVtt(): { vtt: string; textChars: number } {
  const source = readFileSync(FIXTURE, 'utf8');
  const cues = [...source.matchAll(/(\d+:\d+:[\d.]+) --> (\d+:\d+:[\d.]+)\n<v ([^>]+)>([\s\S]*?)<\/v>/g)].map((m) => {
    const secs = (t: string) => t.split(':').reduce((n, part) => n * 60 + Number(part), 0);
    return { start: secs(m[1]), end: secs(m[2]), speaker: m[3], text: m[4].replace(/\s+/g, ' ') };
  });
  const round = Math.ceil(cues.at(-1)!.end) + 60;
  const parts = ['WEBVTT\n'];
  // Bytes, as the size limit counts them for a downloaded file (umlauts take two).
  let size = Buffer.byteLength(parts[0]);
  let textChars = 0;
  for (let r = 0; ; r++) {
    for (const c of cues) {
      const block = `\n${stamp(c.start + r * round)} --> ${stamp(c.end + r * round)}\n<v ${c.speaker}>${c.text}</v>\n`;
      const bytes = Buffer.byteLength(block);
      if (size + bytes > MAX_TRANSCRIPT_INPUT - 1000 || textChars + c.text.length > MAX_TRANSCRIPT_CHARS - 1000) return { vtt: parts.join(''), textChars };
      parts.push(block);
      size += bytes;
      textChars += c.text.length;
    }
  }
}
