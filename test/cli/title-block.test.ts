/**
 * Issue #14 through `rathaus index` and `rathaus search`: the title a hit shows is the document's
 * title (not its letterhead, not its first § heading), and no snippet quotes a letterhead.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cli-title-block-'));
  mkdirSync(path.join(root, 'wissen'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, env: {}, cwd: root, isTTY: false };
  return { value, out: () => out.join('') };
}

interface Hit {
  title: string;
  source: string;
  section: string[];
  snippet: string;
}

async function search(query: string): Promise<Hit[]> {
  const cli = io();
  expect(await runCli(['search', query, '--data-dir', 'd', '--json', '--top', '5'], cli.value)).toBe(0);
  return (JSON.parse(cli.out()) as { hits: Hit[] }).hits;
}

const LETTERHEAD = ['STADT LINDMARK                                   Fachbereich 6 Grünflächen', 'Der Oberbürgermeister                            Az. 67.30-11 / 2027'];

describe('rathaus search: titles and letterheads', () => {
  it('a plain-text form: the hit carries the title under the letterhead; the letterhead is neither title, section nor snippet', async () => {
    writeFileSync(
      path.join(root, 'wissen', 'baumpate.txt'),
      [...LETTERHEAD, '', 'MERKBLATT BAUMPATENSCHAFTEN', '', 'Stand: 1. April 2027', '', 'Eine Baumpatenschaft übernehmen Anwohnerinnen und Anwohner für drei Jahre.', 'Die Paten gießen den Baum in trockenen Sommern einmal pro Woche.', ''].join('\n'),
    );
    const cli = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], cli.value)).toBe(0);
    const [hit] = await search('Wie oft gießen Baumpaten?');
    expect(hit).toMatchObject({ source: 'baumpate.txt', title: 'MERKBLATT BAUMPATENSCHAFTEN', section: ['MERKBLATT BAUMPATENSCHAFTEN'] });
    expect(hit.snippet).toContain('einmal pro Woche');
    for (const line of ['STADT LINDMARK', 'Oberbürgermeister', 'Az. 67.30-11', 'Stand: 1. April 2027']) expect(hit.snippet).not.toContain(line);
  });

  it('a DOCX statute: titled by its title property; its letterhead is not found as a passage', async () => {
    const doc = new Document({
      title: 'Satzung über Sondernutzungen an öffentlichen Straßen',
      sections: [{
        children: [
          new Paragraph('Stadt Lindmark · Der Oberbürgermeister · Lindenplatz 2 · 54321 Lindmark · Telefon 0561 77-0'),
          new Paragraph('Sondernutzungssatzung der Stadt Lindmark'),
          new Paragraph({ text: '§ 1 Erlaubnispflicht', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Wer eine Straße über den Gemeingebrauch hinaus benutzt, etwa für Tische vor einem Café, braucht eine Sondernutzungserlaubnis.'),
        ],
      }],
    });
    writeFileSync(path.join(root, 'wissen', 'sondernutzung.docx'), await Packer.toBuffer(doc));
    expect(await runCli(['index', 'wissen', '--data-dir', 'd', '--json'], io().value)).toBe(0);
    const hits = await search('Erlaubnis für Tische vor dem Café');
    expect(hits[0]).toMatchObject({ source: 'sondernutzung.docx', title: 'Satzung über Sondernutzungen an öffentlichen Straßen', section: ['§ 1 Erlaubnispflicht'] });
    for (const h of await search('Lindenplatz 2 Telefon 0561 77-0')) expect(h.snippet).not.toContain('Lindenplatz 2');
  });
});
