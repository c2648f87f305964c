import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cli-fs-errors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {}, cwd: dir, isTTY: false };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

const TRANSCRIPT = `WEBVTT

00:00:01.000 --> 00:00:09.000
<v Anna Vogt>Guten Abend, ich eröffne die Sitzung des Umweltausschusses und rufe Tagesordnungspunkt 1 auf, den Baumschutz an der Lindenallee.</v>

00:00:10.000 --> 00:00:18.000
<v Anna Vogt>Wer der Vorlage zustimmen möchte, den bitte ich um das Handzeichen. Das ist einstimmig so beschlossen.</v>
`;

describe('rathaus: file-system errors become one German line', () => {
  it('minutes --out naming an existing file: names the path, exit 2, the file is untouched', async () => {
    writeFileSync(path.join(dir, 'sitzung.vtt'), TRANSCRIPT);
    writeFileSync(path.join(dir, 'ziel.txt'), 'bleibt');
    const cli = io();
    const code = await runCli(['minutes', '--transcript', 'sitzung.vtt', '--out', 'ziel.txt'], cli.value);
    expect(code).toBe(2);
    expect(cli.err()).toMatch(/^Fehler: „.*ziel\.txt“ gibt es schon als Datei/m);
    expect(cli.err()).not.toMatch(/Unerwarteter Fehler|EEXIST/);
    expect(readdirSync(dir).sort()).toEqual(['sitzung.vtt', 'ziel.txt']);
  });

  it('minutes --out below a file (ENOTDIR) is explained the same way', async () => {
    writeFileSync(path.join(dir, 'sitzung.vtt'), TRANSCRIPT);
    writeFileSync(path.join(dir, 'datei'), 'x');
    const cli = io();
    const code = await runCli(['minutes', '--transcript', 'sitzung.vtt', '--out', 'datei/unterordner'], cli.value);
    expect(code).toBe(2);
    expect(cli.err()).toMatch(/^Fehler: .*datei.*(Datei und kein Ordner|gibt es schon als Datei)/m);
  });

  it('a transcript path that is a folder gets a message, not a stack', async () => {
    mkdirSync(path.join(dir, 'ordner'));
    const cli = io();
    const code = await runCli(['minutes', '--transcript', 'ordner', '--out', 'out'], cli.value);
    expect(code).toBe(2);
    expect(cli.err()).toMatch(/^Fehler: /m);
    expect(cli.err()).not.toMatch(/Unerwarteter Fehler|EISDIR:|at /);
  });
});
