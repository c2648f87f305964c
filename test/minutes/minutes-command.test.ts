import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { FIXTURES, hfaDocx } from './sessions.js';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd: dir, isTTY: false };
  return { value, out: () => out.join(''), err: () => err.join('') };
}
const f = (name: string) => path.join(FIXTURES, name);

describe('rathaus minutes', () => {
  it('prints exactly the documented JSON and writes both Word files', async () => {
    const cli = io();
    const code = await runCli(['minutes', '--transcript', f('ausschuss-stadtentwicklung.vtt'), '--agenda', f('oparl-meeting-stadtentwicklung.json'), '--attendance', f('anwesenheit-stadtentwicklung.csv'), '--out', 'out', '--json'], cli.value);
    expect(cli.err()).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(cli.out());
    expect(Object.keys(json)).toEqual(['title', 'organization', 'date', 'start', 'end', 'chair', 'clerk', 'present', 'absent', 'items', 'facts', 'notAttendees', 'files', 'warnings']);
    expect(Object.keys(json.items[0])).toEqual(['number', 'title', 'public', 'summary', 'decisions', 'decisionStatus', 'bias', 'biasEvidence']);
    expect(Object.keys(json.items[1].decisions[0])).toEqual(['text', 'subject', 'outcome', 'votes', 'votesByGroup', 'unanimous', 'status', 'reasons', 'evidence', 'resolution', 'alternatives']);
    expect(json.items[1].decisions[0]).toMatchObject({ outcome: 'angenommen', votes: { yes: 11, no: 4, abstain: 0 }, unanimous: false, status: 'sicher' });
    // Every decision points to the cue it rests on: the cue id occurs in the transcript and the quote in that cue.
    const vtt = readFileSync(f('ausschuss-stadtentwicklung.vtt'), 'utf8');
    for (const e of json.items[1].decisions[0].evidence) {
      expect(vtt).toContain(e.cueId);
      expect(vtt).toContain(e.quote);
    }
    expect(json.items.filter((i: { public: boolean }) => !i.public).map((i: { number: string }) => i.number)).toEqual(['9', '10']);
    expect(json.present).toContain('Lena Vogt');
    expect(json.files).toEqual({ public: path.join(dir, 'out', 'Niederschrift-oeffentlich.docx'), nonpublic: path.join(dir, 'out', 'Niederschrift-nichtoeffentlich.docx') });
    expect(existsSync(json.files.public) && existsSync(json.files.nonpublic)).toBe(true);
  });

  it('reads a DOCX transcript; talk in the non-public part stays non-public even when the agenda lacks it', async () => {
    writeFileSync(path.join(dir, 'hfa.docx'), await hfaDocx());
    writeFileSync(path.join(dir, 'agenda-public.txt'), readFileSync(f('haupt-finanzausschuss-tagesordnung.txt'), 'utf8').split('Nichtöffentlicher Teil')[0]);
    const cli = io();
    expect(await runCli(['minutes', '--transcript', 'hfa.docx', '--agenda', 'agenda-public.txt', '--out', 'hfa', '--json'], cli.value)).toBe(0);
    const json = JSON.parse(cli.out());
    expect(json.items.map((i: { number: string; public: boolean }) => [i.number, i.public])).toEqual([
      ['Ö 1', true],
      ['Ö 2', true],
      ['Ö 3', true],
      ['Ö 4', true],
      ['Ö 5', true],
      ['N 1', false],
      ['N 2', false],
    ]);
    expect(json.files.nonpublic).not.toBeNull();
  });

  it('reads a text transcript and writes no non-public file when there is no non-public part', async () => {
    const text = readFileSync(f('haupt-finanzausschuss-transkript.txt'), 'utf8');
    writeFileSync(path.join(dir, 'public.txt'), text.slice(0, text.indexOf('Wir kommen zum nichtöffentlichen Teil')));
    const cli = io();
    expect(await runCli(['minutes', '--transcript', 'public.txt', '--out', 'pub', '--json'], cli.value)).toBe(0);
    const json = JSON.parse(cli.out());
    expect(json.items.map((i: { number: string }) => i.number)).toEqual(['Ö 1', '2', '3', '4', '5']);
    expect(json.files.nonpublic).toBeNull();
    expect(existsSync(path.join(dir, 'pub', 'Niederschrift-nichtoeffentlich.docx'))).toBe(false);
  });

  it('explains in German what is wrong with bad input, and has --help', async () => {
    const missing = io();
    expect(await runCli(['minutes', '--transcript', 'fehlt.vtt'], missing.value)).toBe(2);
    expect(missing.err()).toMatch(/Das Transkript „.*fehlt\.vtt“ wurde nicht gefunden/);
    const help = io();
    expect(await runCli(['minutes', '--help'], help.value)).toBe(0);
    expect(help.out()).toMatch(/--transcript <datei>/);
  });

  it('prints a readable summary without --json and says that no model is used', async () => {
    const cli = io();
    expect(await runCli(['minutes', '--transcript', f('ausschuss-stadtentwicklung.vtt'), '--out', 'plain'], cli.value)).toBe(0);
    expect(cli.err()).toMatch(/Ohne Sprachmodell/);
    expect(cli.out()).toMatch(/Niederschrift-oeffentlich\.docx/);
    expect(cli.out()).toMatch(/Keine Tagesordnung angegeben/);
  });
});
