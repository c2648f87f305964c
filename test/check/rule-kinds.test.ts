/**
 * Every rule kind with cases written for this test: real dates, IBAN checksum, PLZ, amounts,
 * working days with the public holidays of a Land, compare, limit with approval, attachments,
 * signatures and conditional rules.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/check/catalog-schema.js';
import { parseCatalog } from '../../src/check/load-catalogs.js';
import type { Application, ApplicationPart } from '../../src/check/application.js';
import { createCheckApplication } from '../../src/check/check-application.js';
import { isWorkingDay, latestDateBefore, workingDaysBetween } from '../../src/check/deadlines.js';
import { findAmount, findDate, findIban, findPlz } from '../../src/check/values.js';

const d = (day: number, month: number, year: number) => ({ day, month, year });

describe('values', () => {
  it('reads German dates and rejects dates that do not exist', () => {
    expect(findDate('am 3.7.2026')).toMatchObject({ date: d(3, 7, 2026) });
    expect(findDate('Beginn 2026-11-30')).toMatchObject({ date: d(30, 11, 2026) });
    expect(findDate('ab 1. März 2027')).toMatchObject({ date: d(1, 3, 2027) });
    expect(findDate('05.01.27')).toMatchObject({ date: d(5, 1, 2027) });
    expect(findDate('29.02.2028')).toMatchObject({ date: d(29, 2, 2028) });
    expect(findDate('29.02.2027')).toEqual({ invalid: '29.02.2027' });
    expect(findDate('31.04.2026')).toEqual({ invalid: '31.04.2026' });
    expect(findDate('13.13.2026')).toEqual({ invalid: '13.13.2026' });
    expect(findDate('demnächst')).toBeUndefined();
  });

  it('checks the IBAN checksum with spaces and lower case', () => {
    expect(findIban('IBAN: de02 1203 0000 0000 2020 51')).toMatchObject({ iban: 'DE02120300000000202051', valid: true });
    expect(findIban('DE02120300000000202052')).toMatchObject({ valid: false });
    expect(findIban('DE0212030000000020205')).toMatchObject({ valid: false });
    expect(findIban('AT611904300234573201')).toMatchObject({ valid: true });
  });

  it('accepts five-digit German postcodes only', () => {
    expect(findPlz('51373 Leverkusen')).toEqual({ plz: '51373', valid: true });
    expect(findPlz('4779 Krefeld')).toEqual({ plz: '4779', valid: false });
    expect(findPlz('00999')).toEqual({ plz: '00999', valid: false });
  });

  it('reads amounts as written in German', () => {
    expect(findAmount('1.250,50 €')?.value).toBe(1250.5);
    expect(findAmount('EUR 980')?.value).toBe(980);
    expect(findAmount('12,5 m²')?.value).toBe(12.5);
    expect(findAmount('3 000 Euro')?.value).toBe(3000);
  });
});

describe('working days with public holidays', () => {
  it('skips weekends and the holidays of the Land', () => {
    // Allerheiligen (1 November) is a holiday in Bavaria, not in Berlin; 2027-11-01 is a Monday.
    expect(isWorkingDay(d(1, 11, 2027), 'BY')).toBe(false);
    expect(isWorkingDay(d(1, 11, 2027), 'BE')).toBe(true);
    expect(isWorkingDay(d(6, 11, 2027), 'BE')).toBe(false);
  });

  it('counts back across Easter: 3 working days before Tuesday after Easter 2027 (NW)', () => {
    // Ostermontag 29.03.2027, Karfreitag 26.03.2027: Mon 29 and Fri 26 do not count.
    expect(latestDateBefore(d(30, 3, 2027), 3, 'arbeitstage', 'NW')).toEqual(d(23, 3, 2027));
    expect(latestDateBefore(d(30, 3, 2027), 3, 'kalendertage', 'NW')).toEqual(d(27, 3, 2027));
    expect(workingDaysBetween(d(23, 3, 2027), d(30, 3, 2027), 'NW')).toBe(3);
  });

  it('counts weeks and months in calendar terms', () => {
    expect(latestDateBefore(d(10, 5, 2027), 2, 'wochen', 'NW')).toEqual(d(26, 4, 2027));
    expect(latestDateBefore(d(31, 5, 2027), 3, 'monate', 'NW')).toEqual(d(28, 2, 2027));
  });
});

const SOURCE = { document: 'test.md', section: '§ 1' };

function testCatalog(rules: unknown[]): Catalog {
  const yaml = JSON.stringify({
    id: 'testantrag',
    title: 'Testantrag',
    recognise: { titleWords: ['Testantrag'] },
    fields: [
      { id: 'von', label: 'Von', kind: 'date', labels: ['Von'] },
      { id: 'bis', label: 'Bis', kind: 'date', labels: ['Bis'] },
      { id: 'eingang', label: 'Eingang', kind: 'date', labels: ['Eingang'] },
      { id: 'betrag', label: 'Betrag', kind: 'amount', labels: ['Betrag'] },
      { id: 'ausland', label: 'Ausland', kind: 'checkbox', formFields: ['ausland'], labels: ['Ausland'] },
      { id: 'land', label: 'Zielland', kind: 'text', labels: ['Zielland'] },
    ],
    rules,
  });
  const { catalog, problems } = parseCatalog(yaml, 'test.yaml');
  expect(problems).toEqual([]);
  return catalog!;
}

function app(lines: string[], extra: Partial<ApplicationPart>[] = []): Application {
  return {
    parts: [{ name: 'antrag.txt', role: 'main', format: 'text', lines: lines.map((text) => ({ text })), formFields: [] }, ...extra.map((p, i) => ({ name: `anlage-${i}.pdf`, role: 'attachment' as const, format: 'pdf' as const, lines: [], formFields: [], ...p }))],
    notices: [],
  };
}

async function statusOf(catalog: Catalog, application: Application, ruleId: string) {
  const out = await createCheckApplication({ catalogs: [catalog], land: 'NW' })({ app: application, type: catalog.id });
  if (out.status !== 'checked') throw new Error('not checked');
  return out.result.results.find((r) => r.ruleId === ruleId)!;
}

describe('rule kinds', () => {
  it('deadline in working days: in time before a holiday-free week, late across Whit Monday', async () => {
    // Pfingstmontag 17.05.2027; 4 working days before Fri 21.05. = Mon 17 excluded → Thu 13.05. is the latest... counted: 20, 19, 18, 14 → latest 14.05.
    const c = testCatalog([{ id: 'frist', kind: 'deadline', from: 'eingang', before: 'von', amount: 4, unit: 'arbeitstage', title: 'Frist', source: SOURCE }]);
    expect((await statusOf(c, app(['Eingang: 14.05.2027', 'Von: 21.05.2027']), 'frist')).status).toBe('erfuellt');
    const late = await statusOf(c, app(['Eingang: 17.05.2027', 'Von: 21.05.2027']), 'frist');
    expect(late.status).toBe('fehlt');
    expect(late.message).toContain('spätestens am 14.05.2027');
    expect((await statusOf(c, app(['Von: 21.05.2027']), 'frist')).status).toBe('unklar');
  });

  it('deadline falls back to the date of the e-mail', async () => {
    const c = testCatalog([{ id: 'frist', kind: 'deadline', from: 'eingang', before: 'von', amount: 14, unit: 'kalendertage', title: 'Frist', source: SOURCE }]);
    const a = app(['Von: 15.06.2027']);
    expect((await statusOf(c, { ...a, mailDate: d(1, 6, 2027) }, 'frist')).status).toBe('erfuellt');
    expect((await statusOf(c, { ...a, mailDate: d(2, 6, 2027) }, 'frist')).status).toBe('fehlt');
  });

  it('compare: end before start is a contradiction, a missing side is unklar', async () => {
    const c = testCatalog([{ id: 'folge', kind: 'compare', left: 'bis', op: '>=', right: 'von', title: 'Bis nach Von', source: SOURCE }]);
    expect((await statusOf(c, app(['Von: 02.02.2027', 'Bis: 02.02.2027']), 'folge')).status).toBe('erfuellt');
    expect((await statusOf(c, app(['Von: 02.02.2027', 'Bis: 01.02.2027']), 'folge')).status).toBe('fehlt');
    expect((await statusOf(c, app(['Von: 02.02.2027']), 'folge')).status).toBe('unklar');
  });

  it('limit: above the limit needs the approval as an attachment', async () => {
    const c = testCatalog([{ id: 'grenze', kind: 'limit', field: 'betrag', max: 1000, unit: '€', approval: { title: 'die Freigabe der Kämmerei', names: ['Freigabe Kämmerei'] }, title: 'Grenze', source: SOURCE }]);
    expect((await statusOf(c, app(['Betrag: 999,99 €']), 'grenze')).status).toBe('erfuellt');
    const over = await statusOf(c, app(['Betrag: 1.000,01 €']), 'grenze');
    expect(over.status).toBe('fehlt');
    expect(over.message).toContain('Freigabe der Kämmerei');
    expect((await statusOf(c, app(['Betrag: 1.500 €'], [{ name: 'freigabe-kaemmerei.pdf' }]), 'grenze')).status).toBe('erfuellt');
  });

  it('attachment: a file or heading counts, a ticked box without the file is unklar, nothing is fehlt', async () => {
    const c = testCatalog([{ id: 'plan', kind: 'attachment', names: ['Lageplan'], formFields: ['anlage_plan'], title: 'Lageplan', source: SOURCE }]);
    expect((await statusOf(c, app([], [{ name: 'Lageplan_final.pdf' }]), 'plan')).status).toBe('erfuellt');
    expect((await statusOf(c, app([], [{ name: 'scan1.pdf', title: 'Lageplan Marktplatz' }]), 'plan')).status).toBe('erfuellt');
    const ticked: Application = { parts: [{ name: 'antrag.pdf', role: 'main', format: 'pdf', lines: [], formFields: [{ name: 'anlage_plan', kind: 'checkbox', value: true }] }], notices: [] };
    expect((await statusOf(c, ticked, 'plan')).status).toBe('unklar');
    expect((await statusOf(c, app(['Anlage: Lageplan (folgt)']), 'plan')).status).toBe('unklar');
    expect((await statusOf(c, app(['Ich beantrage etwas.']), 'plan')).status).toBe('fehlt');
  });

  it('signature: a signed signature field or a name after the label, not an empty line', async () => {
    const c = testCatalog([{ id: 'sig', kind: 'signature', formFields: ['unterschrift'], labels: ['Unterschrift'], title: 'Unterschrift', source: SOURCE }]);
    const signed: Application = { parts: [{ name: 'a.pdf', role: 'main', format: 'pdf', lines: [], formFields: [{ name: 'unterschrift', kind: 'signature', value: true }] }], notices: [] };
    expect((await statusOf(c, signed, 'sig')).status).toBe('erfuellt');
    expect((await statusOf(c, app(['Unterschrift: Petra Kühn']), 'sig')).status).toBe('erfuellt');
    expect((await statusOf(c, app(['Unterschrift: ______________']), 'sig')).status).toBe('fehlt');
    expect((await statusOf(c, app(['Unterschrift: Datum']), 'sig')).status).toBe('fehlt');
  });

  it('conditional: rules apply only when the condition holds; unknown condition leaves them unklar', async () => {
    const c = testCatalog([
      { id: 'ausland', kind: 'when', when: { field: 'land', notEquals: 'Deutschland' }, title: 'Reise ins Ausland', source: SOURCE, rules: [{ id: 'formular', kind: 'attachment', names: ['Formular A'], title: 'Formular A', source: SOURCE }] },
    ]);
    expect((await statusOf(c, app(['Zielland: Deutschland']), 'formular')).status).toBe('entfaellt');
    expect((await statusOf(c, app(['Zielland: Polen']), 'formular')).status).toBe('fehlt');
    expect((await statusOf(c, app(['Zielland: Polen'], [{ name: 'formular-a.pdf' }]), 'formular')).status).toBe('erfuellt');
    expect((await statusOf(c, app(['keine Angabe zum Ziel']), 'formular')).status).toBe('unklar');
  });

  it('conditional on a checkbox: unticked means the rules do not apply', async () => {
    const c = testCatalog([
      { id: 'a', kind: 'when', when: { field: 'ausland', equals: true }, title: 'Ausland', source: SOURCE, rules: [{ id: 'betrag-da', kind: 'required', field: 'betrag', title: 'Betrag', source: SOURCE }] },
    ]);
    const box = (value: boolean): Application => ({ parts: [{ name: 'a.pdf', role: 'main', format: 'pdf', lines: [], formFields: [{ name: 'ausland', kind: 'checkbox', value }] }], notices: [] });
    expect((await statusOf(c, box(false), 'betrag-da')).status).toBe('entfaellt');
    expect((await statusOf(c, box(true), 'betrag-da')).status).toBe('fehlt');
    expect((await statusOf(c, app(['☒ Ausland', 'Betrag: 20 €']), 'betrag-da')).status).toBe('erfuellt');
  });

  it('required: a value after its label, from the next line, and an invalid value is fehlt with the reason', async () => {
    const c = testCatalog([{ id: 'von', kind: 'required', field: 'von', title: 'Von', source: SOURCE }]);
    expect((await statusOf(c, app(['Von:', '03.03.2027']), 'von')).status).toBe('erfuellt');
    const wrong = await statusOf(c, app(['Von: 30.02.2027']), 'von');
    expect(wrong.status).toBe('fehlt');
    expect(wrong.message).toContain('gibt es nicht');
  });
});

describe('catalog validation', () => {
  it('names file and line of a schema error', () => {
    const text = ['id: test', 'title: Test', 'recognise: {}', 'fields:', '  - id: a', '    label: A', '    kind: datum', 'rules:', '  - { id: r, kind: required, field: a, title: R, source: { document: x.md, section: s } }'].join('\n');
    const { catalog, problems } = parseCatalog(text, 'pruefkataloge/test.yaml');
    expect(catalog).toBeUndefined();
    expect(problems[0].message).toMatch(/^Prüfkatalog „pruefkataloge\/test.yaml“, Zeile 7: Feld „fields.0.kind“: erwartet einen von text, date/);
  });

  it('names the line of broken YAML and of a reference to an unknown field', () => {
    expect(parseCatalog('id: test\ntitle: [unclosed\n', 'a.yaml').problems[0].message).toMatch(/Zeile \d+: kein gültiges YAML/);
    const text = ['id: test', 'title: Test', 'recognise: {}', 'fields:', '  - { id: a, label: A }', 'rules:', '  - { id: r, kind: required, field: b, title: R, source: { document: x.md, section: s } }'].join('\n');
    expect(parseCatalog(text, 'b.yaml').problems[0].message).toBe('Prüfkatalog „b.yaml“, Zeile 7: Regel „r“ verweist auf das Feld „b“, das unter fields nicht definiert ist.');
  });

  it('rejects an unknown rule kind in German', () => {
    const text = ['id: test', 'title: Test', 'recognise: {}', 'fields:', '  - { id: a, label: A }', 'rules:', '  - { id: r, kind: muss, field: a, title: R, source: { document: x.md, section: s } }'].join('\n');
    expect(parseCatalog(text, 'c.yaml').problems[0].message).toMatch(/Zeile 7: .*kind muss required, attachment/);
  });
});
