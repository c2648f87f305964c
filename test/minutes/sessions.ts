/** Loads the two committee sessions written for the tests (inputs as the CLI and the bot get them). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { parseAgenda } from '../../src/minutes/agenda.js';
import { parseAttendanceCsv } from '../../src/minutes/attendance.js';
import { parseTranscript } from '../../src/minutes/parse-transcript.js';
import { parseMembers } from '../../src/minutes/roster.js';
import type { DraftMinutesInput } from '../../src/minutes/draft-minutes.js';

export const FIXTURES = path.resolve('test/fixtures/minutes');
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

/** Ausschuss für Stadtentwicklung: Teams VTT, OParl agenda, UTF-16 attendance export, members list. */
export async function stadtentwicklung(): Promise<DraftMinutesInput> {
  return {
    transcript: await parseTranscript(fixture('ausschuss-stadtentwicklung.vtt')),
    agenda: parseAgenda(fixture('oparl-meeting-stadtentwicklung.json').toString('utf8')),
    attendance: parseAttendanceCsv(fixture('anwesenheit-stadtentwicklung.csv')),
    members: parseMembers(fixture('mitglieder-stadtentwicklung.json').toString('utf8')),
  };
}

/** The Teams Word export of the Haupt- und Finanzausschuss transcript (one paragraph per line, as Teams writes it). */
export async function hfaDocx(): Promise<Buffer> {
  const lines = fixture('haupt-finanzausschuss-transkript.txt').toString('utf8').split('\n');
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}

/** Haupt- und Finanzausschuss: DOCX transcript, plain-text agenda with Ö/N numbering, no attendance. */
export async function hauptFinanz(): Promise<DraftMinutesInput> {
  return {
    transcript: await parseTranscript(await hfaDocx()),
    agenda: parseAgenda(fixture('haupt-finanzausschuss-tagesordnung.txt').toString('utf8')),
  };
}

/** All visible text of a .docx (body, headers, footers), runs joined, read back with jszip. */
export async function docxText(data: Buffer): Promise<{ body: string; headers: string; footers: string; all: string }> {
  const zip = await JSZip.loadAsync(data);
  const read = async (re: RegExp) => {
    const names = Object.keys(zip.files).filter((n) => re.test(n)).sort();
    const xml = await Promise.all(names.map((n) => zip.file(n)!.async('string')));
    return xml
      .map((x) => [...x.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join('\n')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  };
  const body = await read(/^word\/document\.xml$/);
  const headers = await read(/^word\/header\d*\.xml$/);
  const footers = await read(/^word\/footer\d*\.xml$/);
  // Anything else in the package (core properties, comments) must not carry content either.
  const other = await read(/^(?:docProps\/.*|word\/(?:comments|footnotes|endnotes)\.xml)$/);
  return { body, headers, footers, all: [body, headers, footers, other].join('\n') };
}
