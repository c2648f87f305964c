/**
 * The generated applications (bench/check-cases.ts): 50 PDF forms, Word files and e-mails with
 * attachments across the three example catalogs, each with a known list of what is missing or
 * wrong. No deficient point may come out "erfüllt"; "fehlt" only for what is really deficient.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCheckCases, type CheckCase } from '../../bench/check-cases.js';
import { createChecker, type Checker } from '../../src/check/create-checker.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';

let cases: CheckCase[];
let checker: Checker;

beforeAll(async () => {
  cases = await generateCheckCases();
  checker = await createChecker({ knowledgeDir: path.resolve('knowledge'), parse: parseDocument, land: 'NW', today: () => ({ year: 2026, month: 12, day: 1 }) });
}, 60_000);

describe('generated applications', () => {
  it('cover at least 40 applications in every format and all three types', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(['bildungsurlaub', 'dienstreise', 'sondernutzung']));
    expect(new Set(cases.map((c) => c.format))).toEqual(new Set(['pdf-form', 'docx', 'mail', 'mail-pdf', 'scan']));
  });

  it('recognise the type of every readable application, report exactly the deficient points as "fehlt" and none of them as "erfüllt"', async () => {
    const problems: string[] = [];
    for (const c of cases.filter((x) => !x.scan)) {
      const out = await checker.check(c.bytes, c.fileName);
      if (out.status !== 'checked') {
        problems.push(`${c.id}: type not recognised`);
        continue;
      }
      const r = out.result;
      if (r.type !== c.type) problems.push(`${c.id}: recognised as ${r.type}`);
      const rules = r.results.filter((x) => x.kind !== 'when');
      const fehlt = rules.filter((x) => x.status === 'fehlt').map((x) => x.ruleId).sort();
      if (JSON.stringify(fehlt) !== JSON.stringify([...c.deficient].sort())) problems.push(`${c.id}: fehlt ${fehlt.join(',')} / expected ${c.deficient.join(',')}`);
      for (const id of c.deficient) if (rules.find((x) => x.ruleId === id)?.status === 'erfuellt') problems.push(`${c.id}: ${id} reported as erfüllt`);
      const expectedOutcome = c.deficient.length ? 'unvollstaendig' : 'vollstaendig';
      if (r.outcome !== expectedOutcome) problems.push(`${c.id}: outcome ${r.outcome}`);
      // Every finding names its source document and section, and every "erfüllt" field its evidence.
      for (const x of rules) if (!x.source.document || !x.source.section || (x.kind === 'required' && x.status === 'erfuellt' && !x.evidence.length)) problems.push(`${c.id}: ${x.ruleId} without source or evidence`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('leave every point of a scan without text open ("unklar"), never "erfüllt" or "fehlt"', async () => {
    const scan = cases.find((c) => c.scan)!;
    const out = await checker.check(scan.bytes, scan.fileName, scan.type);
    expect(out.status).toBe('checked');
    if (out.status !== 'checked') return;
    const statuses = new Set(out.result.results.filter((x) => x.kind !== 'when').map((x) => x.status));
    expect(statuses).toEqual(new Set(['unklar']));
    expect(out.result.outcome).toBe('pruefen');
    expect(out.result.notices.join(' ')).toMatch(/keinen lesbaren Text/);
  });

  it('cannot recognise the type of a scan and says so instead of guessing', async () => {
    const scan = cases.find((c) => c.scan)!;
    const out = await checker.check(scan.bytes, scan.fileName);
    expect(out.status).toBe('typeUnknown');
  });
});
