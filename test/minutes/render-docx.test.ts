import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/core/errors.js';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import { renderMinutesDocx } from '../../src/minutes/render-docx.js';
import { loadMinutesTemplate } from '../../src/minutes/template.js';
import { docxText, hauptFinanz } from './sessions.js';

const dir = mkdtempSync(path.join(tmpdir(), 'minutes-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Word rendering', () => {
  it('uses the municipal letterhead (MINUTES_TEMPLATE): organisation, address, logo, font', async () => {
    const png = new PNG({ width: 4, height: 4 });
    writeFileSync(path.join(dir, 'wappen.png'), PNG.sync.write(png));
    writeFileSync(path.join(dir, 'briefkopf.json'), JSON.stringify({ organisation: 'Stadt Krefeld – Der Oberbürgermeister', addressLines: ['Fachbereich Rat und Ausschüsse', 'Von-der-Leyen-Platz 1, 47798 Krefeld'], logo: 'wappen.png', font: 'Calibri', fontSize: 12, signaturePlace: 'Krefeld' }));
    const template = await loadMinutesTemplate(path.join(dir, 'briefkopf.json'));
    const { draft } = await draftMinutes({ style: 'verlauf', concurrency: 1, tokenBudget: 1e5 })(await hauptFinanz());
    const data = await renderMinutesDocx(draft, 'public', template);
    const text = await docxText(data);
    expect(text.headers).toContain('Stadt Krefeld – Der Oberbürgermeister');
    expect(text.headers).toContain('Von-der-Leyen-Platz 1, 47798 Krefeld');
    expect(text.body).toContain('Krefeld, den');
    const zip = await JSZip.loadAsync(data);
    expect(Object.keys(zip.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Calibri');
  });

  it('refuses a broken template with a German message instead of silently using a default', async () => {
    writeFileSync(path.join(dir, 'kaputt.json'), JSON.stringify({ fontSize: 40 }));
    await expect(loadMinutesTemplate(path.join(dir, 'kaputt.json'))).rejects.toSatisfy((e) => isAppError(e, 'config') && /fontSize/.test(e.userMessage ?? ''));
    await expect(loadMinutesTemplate(path.join(dir, 'fehlt.json'))).rejects.toSatisfy((e) => isAppError(e, 'config'));
  });

  it('renders votes, Befangenheit, statements zu Protokoll, interruptions and the uncertainty warning', async () => {
    const { draft } = await draftMinutes({ style: 'verlauf', concurrency: 1, tokenBudget: 1e5 })(await hauptFinanz());
    const pub = (await docxText(await renderMinutesDocx(draft, 'public'))).body;
    expect(pub).toContain('angenommen (13 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung)');
    expect(pub).toContain('abgelehnt (7 Ja-Stimmen, 9 Nein-Stimmen)');
    expect(pub).toContain('einstimmig bei 1 Enthaltung angenommen');
    expect(pub).toContain('Unterbrechung: 17:10 Uhr bis 17:22 Uhr');
    const nonpub = (await docxText(await renderMinutesDocx(draft, 'nonpublic'))).body;
    expect(nonpub).toContain('Aylin Yilmaz erklärt sich für befangen und nimmt an Beratung und Abstimmung nicht teil');
    expect(nonpub).toContain('Ergebnis nicht erkannt – Bitte prüfen (nicht erkannt)');
    expect(nonpub).toMatch(/Beleg \(\d\d:\d\d, Uwe Brandt\), wörtlich: „Wer ist dafür\?“/);
    expect(nonpub).toMatch(/Erklärung zu ProtokollMartin Klein \(\d\d:\d\d\), wörtlich: „Ich möchte zu Protokoll geben/);
  });

  it('writes only the key results in Ergebnisprotokoll style', async () => {
    const { draft } = await draftMinutes({ style: 'ergebnis', concurrency: 1, tokenBudget: 1e5 })(await hauptFinanz());
    const pub = (await docxText(await renderMinutesDocx(draft, 'public'))).body;
    expect(pub).not.toContain('Wesentliche Wortbeiträge');
    expect(pub).toContain('angenommen (13 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung)');
  });
});
