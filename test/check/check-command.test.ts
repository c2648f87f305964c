/** `rathaus check` through the real CLI entry point, on generated applications. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCheckCases, type CheckCase } from '../../bench/check-cases.js';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { DRAFT_MARK } from '../../src/minutes/render-docx.js';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';

const dir = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
const knowledge = path.resolve('knowledge');
let cases: CheckCase[];

beforeAll(async () => {
  cases = await generateCheckCases();
  cases.forEach((c, i) => writeFileSync(path.join(dir, `${i}-${c.fileName}`), c.bytes));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file of the first case whose id starts with `prefix` ("dienstreise/ohne-zweck"). */
const file = (prefix: string) => {
  const i = cases.findIndex((x) => x.id.startsWith(prefix));
  if (i < 0) throw new Error(`no case ${prefix}`);
  return `${i}-${cases[i].fileName}`;
};

function io(env: NodeJS.ProcessEnv = { KNOWLEDGE_DIR: knowledge }) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd: dir, isTTY: false };
  return { value, out: () => out.join(''), err: () => err.join('') };
}

describe('rathaus check', () => {
  it('--json lists each rule with status, evidence and source, and --out writes the Nachforderung draft', async () => {
    const cli = io();
    const code = await runCli(['check', '--type', 'sondernutzung', file('sondernutzung/ohne-lageplan/pdf-form'), '--json', '--out', 'briefe'], cli.value);
    expect(cli.err()).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(cli.out());
    expect(json).toMatchObject({ type: 'sondernutzung', outcome: 'unvollstaendig', summary: 'unvollständig: 1 Punkt', counts: { fehlt: 1, unklar: 0 } });
    expect(json.note).toMatch(/keine Entscheidung/);
    const lageplan = json.results.find((r: { rule: string }) => r.rule === 'lageplan');
    expect(lageplan).toMatchObject({ status: 'fehlt', source: { document: 'organisation/sondernutzungssatzung.md', section: '§ 4 Antragsunterlagen' } });
    const iban = json.results.find((r: { rule: string }) => r.rule === 'iban');
    expect(iban).toMatchObject({ status: 'erfuellt', evidence: [{ field: 'iban', via: 'formField' }] });
    expect(JSON.stringify(json)).not.toMatch(/genehmigt|abgelehnt/);

    const docx = readFileSync(json.letter);
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain('Bitte reichen Sie einen Lageplan oder eine Skizze mit Maßangaben nach.');
    expect(text).toContain('Grundlage: § 4 Antragsunterlagen, Satzung über Sondernutzungen an öffentlichen Straßen');
    expect(text).toMatch(/bis zum \d{2}\.\d{2}\.\d{4} nach/);
    expect(text).toContain('Café Rheinblick GmbH');
    expect(text).not.toMatch(/Betriebshaftpflicht/);
    const header = await (await JSZip.loadAsync(docx)).file(/word\/header\d*\.xml/)[0].async('string');
    expect(header).toContain(DRAFT_MARK);
  });

  it('recognises the type, prints the list in German and needs no letter for a complete application', async () => {
    const cli = io();
    expect(await runCli(['check', file('dienstreise/vollstaendig/mail'), '--out', 'briefe2'], cli.value)).toBe(0);
    expect(cli.out()).toMatch(/^Dienstreiseantrag – vollständig nach Prüfkatalog\n/);
    expect(cli.out()).toMatch(/✔ erfüllt +Antrag spätestens fünf Arbeitstage vor Reisebeginn: Datum des Antrags 20\.05\.2026/);
    expect(cli.out()).toContain('Regel: 2. Genehmigung von Dienstreisen, Dienstanweisung Dienstreisen und Reisekosten');
    expect(cli.out()).toContain('Kein Nachforderungsschreiben nötig');
  });

  it('shows a missed deadline with the computed latest date (holiday in NW)', async () => {
    const cli = io();
    expect(await runCli(['check', file('dienstreise/feiertag-verspaetet/')], cli.value)).toBe(0);
    expect(cli.out()).toContain('✘ fehlt');
    expect(cli.out()).toContain('spätestens am 29.05.2026');
    expect(cli.out()).toContain('ohne Wochenenden und Feiertage in NW');
  });

  it('the same late date is in time where Fronleichnam is no holiday (CHECK_LAND=BE)', async () => {
    const cli = io({ KNOWLEDGE_DIR: knowledge, CHECK_LAND: 'BE' });
    expect(await runCli(['check', file('dienstreise/feiertag-verspaetet/'), '--json'], cli.value)).toBe(0);
    expect(JSON.parse(cli.out()).results.find((r: { rule: string }) => r.rule === 'frist').status).toBe('erfuellt');
  });

  it('an unknown --type names the catalogs that exist', async () => {
    const cli = io();
    expect(await runCli(['check', '--type', 'gewerbe', file('dienstreise/vollstaendig/mail')], cli.value)).toBe(2);
    expect(cli.err()).toMatch(/Einen Prüfkatalog „gewerbe“ gibt es nicht\. Vorhanden: bildungsurlaub \(Antrag auf Bildungsurlaub\), dienstreise/);
  });

  it('an unrecognisable application asks for --type instead of guessing', async () => {
    const cli = io();
    expect(await runCli(['check', file('sondernutzung/scan/scan')], cli.value)).toBe(2);
    expect(cli.err()).toMatch(/ließ sich nicht erkennen\. Bitte geben Sie sie mit --type an/);
  });

  it('counts a filled PDF signature field (/FT /Sig with a signature value) as the signature, an empty one as missing', async () => {
    const base = cases.find((x) => x.id.startsWith('dienstreise/vollstaendig/pdf-form'))!;
    const signed = await withSignatureField(base.bytes, true);
    const unsigned = await withSignatureField(base.bytes, false);
    writeFileSync(path.join(dir, 'signiert.pdf'), signed);
    writeFileSync(path.join(dir, 'nicht-signiert.pdf'), unsigned);
    // The fields are what the file says: a real /Sig field, no text field "unterschrift" any more.
    const fields = (await PDFDocument.load(signed)).getForm().getFields().map((f) => [f.getName(), f.constructor.name]);
    expect(fields).toContainEqual(['unterschrift', 'PDFSignature']);
    const result = async (name: string) => {
      const cli = io();
      expect(await runCli(['check', '--type', 'dienstreise', name, '--json'], cli.value)).toBe(0);
      return (JSON.parse(cli.out()) as { results: { rule: string; status: string; detail?: string; evidence?: unknown[] }[] }).results.find((r) => r.rule === 'unterschrift')!;
    };
    expect(await result('signiert.pdf')).toMatchObject({ status: 'erfuellt', evidence: [{ field: 'unterschrift', via: 'formField', page: 1 }] });
    expect(JSON.stringify(await result('signiert.pdf'))).toContain('Signaturfeld ausgefüllt');
    expect(await result('nicht-signiert.pdf')).toMatchObject({ status: 'fehlt' });
  });

  it('a broken catalog is reported with file and line; without a valid catalog the command stops', async () => {
    const k = path.join(dir, 'wissen');
    mkdirSync(path.join(k, 'pruefkataloge'), { recursive: true });
    writeFileSync(path.join(k, 'pruefkataloge', 'kaputt.yaml'), 'id: kaputt\ntitle: Kaputt\nrecognise: {}\nfields:\n  - { id: a, label: A, kind: datum }\nrules: []\n');
    const cli = io({ KNOWLEDGE_DIR: k });
    expect(await runCli(['check', file('dienstreise/vollstaendig/mail')], cli.value)).toBe(2);
    expect(cli.err()).toContain('Prüfkatalog „pruefkataloge/kaputt.yaml“, Zeile 5: Feld „fields.0.kind“');
    expect(cli.err()).toContain('keinen gültigen Prüfkatalog');
  });
});

/**
 * Replaces the text field "unterschrift" of a generated form by a PDF signature field (/FT /Sig) on
 * page 1, as a signing tool leaves it: with `signed`, its /V is a signature dictionary (/Type /Sig,
 * PKCS#7 detached; the contents are placeholder bytes — the check counts a filled field and does
 * not verify the certificate); without, the field is empty.
 */
async function withSignatureField(bytes: Uint8Array, signed: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  const form = doc.getForm();
  form.removeField(form.getTextField('unterschrift'));
  const page = doc.getPage(0);
  const ctx = doc.context;
  const value = signed
    ? ctx.register(
        ctx.obj({
          Type: 'Sig',
          Filter: 'Adobe.PPKLite',
          SubFilter: 'adbe.pkcs7.detached',
          Name: PDFString.of('Erika Mustermann'),
          M: PDFString.of('D:20260520101500+02\'00\''),
          ByteRange: ctx.obj([0, 0, 0, 0]),
          Contents: PDFHexString.of('0'.repeat(512)),
        }),
      )
    : undefined;
  const field = ctx.register(
    ctx.obj({
      FT: 'Sig',
      T: PDFString.of('unterschrift'),
      Type: 'Annot',
      Subtype: 'Widget',
      Rect: ctx.obj([230, 60, 530, 76].map((n) => PDFNumber.of(n))),
      F: 132,
      P: page.ref,
      ...(value ? { V: value } : {}),
    }),
  );
  const annots = page.node.lookup(PDFName.of('Annots'), PDFArray);
  annots.push(field);
  form.acroForm.addField(field);
  return doc.save();
}
