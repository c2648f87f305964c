/**
 * Development aid (not part of `npm run bench`, not in CI): drafts DEVELOPMENT sessions through the real
 * CLI (`rathaus minutes`), converts both .docx to PDF with LibreOffice headless and the pages to PNG, so a
 * person can look at the form a clerk signs. Needs `soffice` and `pdftoppm` on the machine
 * (`apt-get install -y --no-install-recommends libreoffice-writer poppler-utils`).
 *   npm run build && npx tsx bench/render-docx-check.ts [out-dir] [session-dir …]
 * Without sessions it takes a mix: with and without agenda, with a non-public part, a Landtag sitting.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const DEFAULT_SESSIONS = [
  'bench/data/council-sessions/nrw-krefeld-stadtentwicklung-2026-03',
  'bench/data/council-sessions/by-vaterstetten-gemeinderat-2026-02',
  'bench/data/council-sessions-b/nrw-kamen-rat-2026-04',
  'bench/data/council-sessions-b/sh-harrislee-gemeindevertretung-2026-06',
  'bench/data/landtag-hessen/20-80',
];

function draft(session: string, out: string): string[] {
  const args = ['bin/rathaus.js', 'minutes', '--transcript', path.join(session, 'transcript.vtt'), '--out', out, '--json'];
  if (existsSync(path.join(session, 'agenda.json'))) args.push('--agenda', path.join(session, 'agenda.json'));
  if (existsSync(path.join(session, 'attendance.tsv'))) args.push('--attendance', path.join(session, 'attendance.tsv'));
  const json = JSON.parse(execFileSync('node', args, { encoding: 'utf8' })) as { files: Record<string, string | undefined> };
  return Object.values(json.files).filter((f): f is string => !!f);
}

function main(): void {
  const [outArg, ...sessions] = process.argv.slice(2);
  const root = path.resolve(outArg ?? '/tmp/render-docx-check');
  for (const session of sessions.length ? sessions : DEFAULT_SESSIONS) {
    const out = path.join(root, path.basename(session));
    mkdirSync(out, { recursive: true });
    for (const docx of draft(session, out)) {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore' });
      const pdf = docx.replace(/\.docx$/u, '.pdf');
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/u, '')]);
    }
    for (const png of readdirSync(out).filter((f) => f.endsWith('.png')).sort()) console.log(path.join(out, png));
  }
}

main();
