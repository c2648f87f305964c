/**
 * No parser can be stalled: each gets hostile inputs of the largest size it accepts (patterns that
 * make backtracking regular expressions or recursive lexers quadratic) and must finish within a
 * second of CPU time. CPU time, not wall time, so a busy machine does not make the test flaky;
 * a quadratic parser would need minutes to hours here. Inputs above the limit are refused unread.
 */
import { describe, expect, it } from 'vitest';
import { isEmptyInput } from '../../src/bot/app.js';
import { MINUTES_TRIGGER } from '../../src/bot/handlers/minutes.js';
import { isAppError } from '../../src/core/errors.js';
import { detectLocale } from '../../src/core/language.js';
import { contentWords } from '../../src/knowledge/analysis/german.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { htmlToBlocks } from '../../src/knowledge/parsers/html-blocks.js';
import { textToBlocks } from '../../src/knowledge/parsers/mail.js';
import { markdownToBlocks } from '../../src/knowledge/parsers/markdown.js';
import { MAX_AGENDA_CHARS, parseAgenda, parseAgendaHtml, parseAgendaText } from '../../src/minutes/agenda.js';
import { MAX_ATTENDANCE_CHARS, parseAttendanceCsv } from '../../src/minutes/attendance.js';
import { MAX_TRANSCRIPT_INPUT, parseTranscript } from '../../src/minutes/parse-transcript.js';
import { checkMessage } from '../../src/security/limits.js';

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const VTT_HEAD = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n';
/** Each pattern once bare and once inside a cue (so the cue payload code sees it). */
const hostile = (size: number, units: string[]) => units.flatMap((u) => [fill(u, size), VTT_HEAD + fill(u, size - VTT_HEAD.length)]);

async function cpuMs(fn: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  try {
    await fn();
  } catch {
    // A refusal is fine; only the time counts here.
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The German message of the AppError `fn` throws. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e.userMessage ?? '';
  }
  return '(no refusal)';
}

async function expectBounded(inputs: string[], parse: (s: string) => unknown) {
  for (const input of inputs) {
    const ms = await cpuMs(() => parse(input));
    expect(ms, `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)`).toBeLessThan(1000);
  }
}

describe('transcript parsers (VTT, Graph text, plain lines) at the input limit', () => {
  const inputs = [
    '<v' + ' '.repeat(MAX_TRANSCRIPT_INPUT - 3) + 'x',
    ...hostile(MAX_TRANSCRIPT_INPUT, ['<v ', '<a', '<v.', '\n \t', 'a \t', 'Anna Schmitz 0:0', '0:03 ', '-->']),
    fill('w ', MAX_TRANSCRIPT_INPUT - 100) + ' 0:03',
  ];
  for (const format of ['vtt', 'graph-text', 'text'] as const) {
    it(`${format}: within a second of CPU`, async () => {
      await expectBounded(inputs, (s) => parseTranscript(s, format));
    });
  }

  it('refuses anything above the limit before parsing', async () => {
    const tooBig = Buffer.alloc(MAX_TRANSCRIPT_INPUT + 1, 0x20);
    await expect(parseTranscript(tooBig, 'vtt')).rejects.toSatisfy((e) => isAppError(e, 'limit') && /zu groß/.test(e.userMessage ?? ''));
  });
});

describe('agenda and attendance at their limits', () => {
  const agendaInputs = hostile(MAX_AGENDA_CHARS - 100, ['Vorlage ', 'TOP 1.1.1.', '<li><p>', '<', '&#', 'Öffentlicher Teil ', '1. ']);
  it('plain, HTML and sniffed agendas', async () => {
    await expectBounded(agendaInputs, parseAgendaText);
    await expectBounded(agendaInputs, parseAgendaHtml);
    await expectBounded(agendaInputs, parseAgenda);
    expect(refusal(() => parseAgenda('x'.repeat(MAX_AGENDA_CHARS + 1)))).toMatch(/zu lang/);
    expect(refusal(() => parseAgendaHtml('<div>'.repeat(2000)))).toMatch(/verschachtelt/);
  });

  it('attendance CSV exports', async () => {
    const inputs = ['Name,', 'Name\t', '"', '""', ',', '\t', 'Name;E-Mail\n"'].map((u) => 'Name,E-Mail\n' + fill(u, MAX_ATTENDANCE_CHARS - 20));
    await expectBounded(inputs, parseAttendanceCsv);
    expect(refusal(() => parseAttendanceCsv('x'.repeat(MAX_ATTENDANCE_CHARS + 1)))).toMatch(/zu groß/);
  });
});

describe('document text (DOCX via HTML, PDF/TXT text, Markdown) and chunking', () => {
  // Knowledge files are parsed on a worker thread with a per-file time limit; this bounds the text stage.
  const SIZE = 300_000;
  const units = ['<a', '<', '&#', '<li><p>', '\n \n', '- ', '1. ', 'x.'];
  it('HTML blocks, text blocks and chunks', async () => {
    const inputs = [...hostile(SIZE, units), fill('w ', 600) + 'x'.repeat(SIZE) + '.y'];
    await expectBounded(inputs, htmlToBlocks);
    await expectBounded(inputs, textToBlocks);
    await expectBounded(inputs, (s) => chunkDocument({ title: 't', blocks: [{ kind: 'paragraph', text: s }] }, 'x'));
  });

  it('Markdown (block structure only; deep nesting on a line is capped)', async () => {
    await expectBounded(hostile(SIZE, ['*a', '_a', '[a', '[a](', '<a', '`a', '1. ', '> ', '- > 1. ']), markdownToBlocks);
  });

  it('keeps the text before a dot inside a word when cutting long paragraphs', () => {
    const text = `${'Wort '.repeat(300)}Die Gebühr beträgt 3.5 Prozent. Danach folgt der Rest`;
    const chunks = chunkDocument({ title: 't', blocks: [{ kind: 'paragraph', text }] }, 'x');
    expect(chunks.map((c) => c.text).join(' ')).toContain('Die Gebühr beträgt 3.5 Prozent.');
  });
});

describe('chat text at the largest configurable message length', () => {
  const SIZE = 100_000;
  it('routing, language detection, query words and the length check', async () => {
    const inputs = hostile(SIZE, ['Niederschrift ', 'https://teams.microsoft.com/l/meetup-join/', 'a ', ' ', 'Hallo! ', '?', 'ä-', 'Straßen-verkehrs-']);
    await expectBounded(inputs, (s) => [isEmptyInput(s), MINUTES_TRIGGER.test(s), detectLocale(s), contentWords(s), checkMessage(s, { maxMessageChars: SIZE })]);
  });
});
