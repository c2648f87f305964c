/**
 * Circulars carry the rule in the attachment: every attachment of an .eml/.msg is indexed as a
 * document of its own, cited as "Anhang „…“ der Mail „…“ vom …" with the mail as its source;
 * an attachment that cannot be read is in the skip report with its reason.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { makeDocx, makeEml, makeMsgWithAttachments, makePdf, type MailAttachment } from './make-files.js';

async function circularAttachments(): Promise<MailAttachment[]> {
  return [
    { name: 'Reisekostenregel 2027.pdf', mime: 'application/pdf', content: await makePdf([['# Reisekosten', 'Tagegeld wird ab einer Abwesenheit von acht Stunden gezahlt.']]) },
    { name: 'Beschaffung.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', content: await makeDocx() },
    { name: 'Lageplan.dwg', mime: 'application/acad', content: Buffer.from('AC1032 binär') },
  ];
}

describe('attachments of a mail file', () => {
  it('EML: PDF and DOCX attachments become documents of their own; the inline logo is no attachment; the DWG is reported', async () => {
    const eml = makeEml('Neue Regeln für Dienstreisen', 'Tue, 03 Feb 2026 09:15:00 +0100', 'Liebe Kolleginnen und Kollegen,\r\nanbei die neuen Regeln.\r\n', await circularAttachments());
    const doc = await parseDocument(eml, 'rundschreiben.eml');
    expect(doc.attachments?.map((a) => a.title)).toEqual([
      'Anhang „Reisekostenregel 2027.pdf“ der Mail „Neue Regeln für Dienstreisen“ vom 03.02.2026',
      'Anhang „Beschaffung.docx“ der Mail „Neue Regeln für Dienstreisen“ vom 03.02.2026',
    ]);
    expect(doc.problems).toEqual([{ part: 'Anhang „Lageplan.dwg“', reason: 'unsupported', message: 'Dateityp .dwg wird nicht unterstützt.' }]);
    const chunks = chunkDocument(doc, 'rundschreiben.eml');
    const pdfChunk = chunks.find((c) => c.text.includes('acht Stunden'));
    expect(pdfChunk).toMatchObject({ source: 'rundschreiben.eml', page: 1, title: 'Anhang „Reisekostenregel 2027.pdf“ der Mail „Neue Regeln für Dienstreisen“ vom 03.02.2026' });
    expect(pdfChunk?.meta).toMatchObject({ subject: 'Neue Regeln für Dienstreisen', attachment: 'Reisekostenregel 2027.pdf' });
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });

  it('MSG: attachments are read the same way', async () => {
    const msg = makeMsgWithAttachments('Wertgrenzen Beschaffung', 'Bitte die Anlage beachten.', 'Zentrale Vergabestelle', await circularAttachments());
    const doc = await parseDocument(msg, 'vergabe.msg');
    expect(doc.attachments?.map((a) => a.title)).toEqual(['Anhang „Reisekostenregel 2027.pdf“ der Mail „Wertgrenzen Beschaffung“', 'Anhang „Beschaffung.docx“ der Mail „Wertgrenzen Beschaffung“']);
    expect(doc.attachments?.[1].blocks.map((b) => b.text)).toContain('Ab 1.000 Euro sind drei Angebote einzuholen.');
    expect(doc.problems?.map((p) => p.part)).toEqual(['Anhang „Lageplan.dwg“']);
  });
});

describe('rathaus index and ask over a mail with attachments', () => {
  let root: string;
  const io = (): CliIo & { out: string; err: string } => {
    const c = { out: '', err: '', stdout: (t: string) => void (c.out += t), stderr: (t: string) => void (c.err += t), env: { OCR: 'off' }, cwd: root, isTTY: false };
    return c;
  };
  beforeEach(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'rathaus-mail-'));
    mkdirSync(path.join(root, 'wissen'));
    writeFileSync(path.join(root, 'wissen', 'rundschreiben.eml'), makeEml('Neue Regeln für Dienstreisen', 'Tue, 03 Feb 2026 09:15:00 +0100', 'Anbei die neuen Regeln.\r\n', await circularAttachments()));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the rule in the attached PDF, cites the attachment with the mail, and reports the unreadable attachment', async () => {
    const c = io();
    expect(await runCli(['index', 'wissen', '--data-dir', 'd'], c)).toBe(0);
    expect(c.out).toContain('1 Dokumente');
    expect(c.out).toContain('rundschreiben.eml › Anhang „Lageplan.dwg“: Dateityp nicht unterstützt (Dateityp .dwg wird nicht unterstützt.)');
    const ask = io();
    await runCli(['ask', 'Ab wie vielen Stunden Abwesenheit gibt es Tagegeld?', '--data-dir', 'd', '--json'], ask);
    const answer = JSON.parse(ask.out);
    expect(answer.citations[0]).toMatchObject({ title: 'Anhang „Reisekostenregel 2027.pdf“ der Mail „Neue Regeln für Dienstreisen“ vom 03.02.2026', source: 'rundschreiben.eml' });
    expect(answer.citations[0].snippet).toContain('acht Stunden');
  });
});
