import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/knowledge/chunking.js';
import type { RetrievalHit } from '../../src/knowledge/retriever.js';
import type { OparlCatalog } from '../../src/oparl/catalog.js';
import { asksNonPublicContent, bodiesIn, calendarFromCatalog, meetingDaysIn, readCouncilQuestion } from '../../src/oparl/council-question.js';
import { rerankRisHits } from '../../src/oparl/reference-lookup.js';
import { yearsIn } from '../../src/oparl/ris-answer-rules.js';
import { buildRisFacts } from '../../src/oparl/ris-facts.js';

// A small RIS written for these tests ("Stadt Talheim"), not the evaluation data.
const org = (n: number) => `https://ris.talheim.example/oparl/org/${n}`;
const catalog: OparlCatalog = {
  version: 1,
  systemUrl: 'https://ris.talheim.example/oparl/system',
  body: { id: 'https://ris.talheim.example/oparl/body/1', name: 'Stadt Talheim', oparlVersion: '1.1', lists: {} },
  organizations: {
    [org(1)]: 'Rat der Stadt Talheim',
    [org(2)]: 'Ausschuss für Planung, Verkehr und Bauen',
    [org(3)]: 'Haupt- und Finanzausschuss',
    [org(4)]: 'Bezirksvertretung Oberdorf',
    [org(5)]: 'Jugendhilfeausschuss',
  },
  organizationShortNames: { [org(2)]: 'Planungsausschuss', [org(3)]: 'HFA' },
  meetings: {
    'm/1': { start: '2026-02-03T17:00:00+01:00', organization: [org(2)], web: 'sitzung/1', results: true },
    'm/2': { start: '2026-02-19T18:00:00+01:00', organization: [org(1)], web: 'sitzung/2', results: true },
    'm/3': { start: '2026-03-04T17:00:00+01:00', organization: [org(4)], web: 'sitzung/3', results: true },
    'm/4': { start: '2026-09-15T17:00:00+02:00', organization: [org(5)], web: 'sitzung/4', cancelled: true },
    'm/5': { start: '2027-01-20T17:00:00+01:00', organization: [org(1)], web: 'sitzung/5' },
  },
  consultations: {},
};
const calendar = calendarFromCatalog(catalog);

describe('meeting days and Gremien in a question', () => {
  it('reads the ways a meeting day is written, and not a deadline or a coming-into-force', () => {
    expect(meetingDaysIn('Was wurde am 3.2.26 beraten?')).toEqual(['2026-02-03']);
    expect(meetingDaysIn('Sitzung vom 19. Februar 2026: welche Beschlüsse?')).toEqual(['2026-02-19']);
    expect(meetingDaysIn('Was hat der Rat in seiner Sitzung 19.02.2026 gemacht?')).toEqual(['2026-02-19']);
    expect(meetingDaysIn('Gilt die neue Satzung ab dem 01.01.2027? Tritt sie zum 1. Juli 2026 in Kraft?')).toEqual([]);
  });

  it('finds a Gremium by its name, its short name, its topic or its initials, and tells an unknown one apart', () => {
    const names = (q: string) => bodiesIn(q, calendar)?.bodies.map((b) => b.name);
    expect(names('Was hat der Planungsausschuss beschlossen?')).toEqual(['Ausschuss für Planung, Verkehr und Bauen']);
    expect(names('Hat der Verkehrsausschuss zugestimmt?')).toEqual(['Ausschuss für Planung, Verkehr und Bauen']);
    expect(names('Was sagte die BV Oberdorf dazu?')).toEqual(['Bezirksvertretung Oberdorf']);
    expect(names('Was hat der HFA dazu gesagt?')).toEqual(['Haupt- und Finanzausschuss']);
    expect(names('Stand das im JHA auf der Tagesordnung?')).toEqual(['Jugendhilfeausschuss']);
    expect(names('Wie hat der Stadtrat entschieden?')).toEqual(['Rat der Stadt Talheim']);
    // Other ways of naming a committee's topic.
    expect(names('Hat der Bauausschuss getagt?')).toEqual(['Ausschuss für Planung, Verkehr und Bauen']);
    expect(names('Was sagte der Ausschuss für Verkehr?')).toEqual(['Ausschuss für Planung, Verkehr und Bauen']);
    expect(names('Hat der Jugendausschuss das beraten?')).toEqual(['Jugendhilfeausschuss']);
    expect(bodiesIn('Was hat der Kulturausschuss entschieden?', calendar)).toEqual({ bodies: [], mention: 'kulturausschuss' });
    expect(bodiesIn('Was kostet der neue Radweg?', calendar)).toBeUndefined();
  });

  it('knows whether the named Gremium met on the named day', () => {
    expect(readCouncilQuestion('Was hat der Planungsausschuss am 03.02.2026 beschlossen?', calendar)).toMatchObject({ kind: 'meeting', meetings: [{ id: 'm/1' }] });
    expect(readCouncilQuestion('Was hat der Planungsausschuss am 04.02.2026 beschlossen?', calendar)).toMatchObject({ kind: 'no-meeting', date: '2026-02-04' });
    // The day exists, but for another Gremium.
    expect(readCouncilQuestion('Was hat der Rat am 03.02.2026 beschlossen?', calendar).kind).toBe('no-meeting');
    expect(readCouncilQuestion('Was wurde am 5. März 2026 beschlossen?', calendar).kind).toBe('no-meeting');
    expect(readCouncilQuestion('Was hat der Kulturausschuss am 03.02.2026 beschlossen?', calendar).kind).toBe('unknown-body');
    expect(readCouncilQuestion('Was kostet der Radweg nach Oberdorf?', calendar).kind).toBe('none');
  });

  it('tells a question for the content of the non-public part from one for its titles, and years from dates and references', () => {
    expect(asksNonPublicContent('Wer hat im nichtöffentlichen Teil den Zuschlag bekommen?')).toBe(true);
    expect(asksNonPublicContent('Was wurde nicht öffentlich zum Grundstück am Bach vereinbart?')).toBe(true);
    expect(asksNonPublicContent('Welche Punkte standen im nichtöffentlichen Teil auf der Tagesordnung?')).toBe(false);
    expect(yearsIn('Wie hoch ist die Grundsteuer für 2029, laut Vorlage 2026/0815 vom 03.02.2026?')).toEqual(['2029']);
  });
});

describe('RIS hits that do not answer a council question', () => {
  const chunk = (web: string, oparl: string, title: string, text: string, extra: Record<string, string> = {}): Chunk => ({ id: `${web}#0`, source: web, title, sectionPath: [], text, meta: { web, from: 'Stadt Talheim', oparl, ...extra } });
  const paper = chunk('vorlage/1', 'Paper', 'Beschlussvorlage 2026/0011: Grundsteuerhebesätze 2027', 'Der Hebesatz der Grundsteuer B wird für 2027 auf 520 Prozent festgesetzt.', { oparlName: 'Grundsteuerhebesätze 2027', reference: '2026/0011' });
  const park = chunk('vorlage/2', 'Paper', 'Beschlussvorlage 2026/0012: Parkgebühren in der Altstadt', 'Besucher der Altstadt zahlen ab 2027 zwei Euro je Stunde.', { oparlName: 'Parkgebühren in der Altstadt', reference: '2026/0012' });
  const market = chunk('vorlage/3', 'Paper', 'Mitteilungsvorlage 2026/0013: Frühlingsmarkt auf dem Kirchplatz', 'Der Frühlingsmarkt zieht 2027 auf den Kirchplatz.', { oparlName: 'Frühlingsmarkt auf dem Kirchplatz', reference: '2026/0013' });
  const top1 = chunk('top/11', 'AgendaItem', 'TOP 3: Grundsteuerhebesätze 2027 – Planungsausschuss am 03.02.2026', 'Ergebnis: beschlossen.', { meeting: 'sitzung/1', oparlName: 'Grundsteuerhebesätze 2027' });
  const top2 = chunk('top/21', 'AgendaItem', 'TOP 5: Grundsteuerhebesätze 2027 – Rat am 19.02.2026', 'Ergebnis: beschlossen.', { meeting: 'sitzung/2', oparlName: 'Grundsteuerhebesätze 2027' });
  const secret = chunk('top/22', 'AgendaItem', 'TOP 9: Vergabe eines Auftrags (nichtöffentlich) – Rat am 19.02.2026', 'Nichtöffentlicher Tagesordnungspunkt.', { meeting: 'sitzung/2', nonPublic: 'true', oparlName: 'Vergabe eines Auftrags' });
  const future = chunk('sitzung/5', 'Meeting', 'Rat am 20.01.2027', 'Tagesordnung: TOP 1 Haushaltssatzung 2027.');
  const council = chunk('sitzung/2', 'Meeting', 'Rat am 19.02.2026', 'Tagesordnung: TOP 5 Grundsteuerhebesätze 2027, TOP 6 Friedhofsgebühren.');
  const top3 = chunk('top/23', 'AgendaItem', 'TOP 6: Friedhofsgebühren – Rat am 19.02.2026', 'Ergebnis: vertagt.', { meeting: 'sitzung/2', oparlName: 'Friedhofsgebühren' });
  const chunks = [paper, park, market, top1, top2, secret, future, council, top3];
  const facts = { ...buildRisFacts(chunks, catalog, '2026-12-01') };
  const hit = (c: Chunk, coverage = 0.8): RetrievalHit => ({ chunk: c, score: coverage * 10, coverage, relevant: true });
  const answers = (q: string, hits: RetrievalHit[]) => rerankRisHits(q, hits, facts).filter((h) => h.relevant).map((h) => h.chunk.source);

  it('finds nothing for a day on which the Gremium did not meet, or a Gremium the RIS does not have', () => {
    expect(answers('Was hat der Planungsausschuss am 10.02.2026 zur Grundsteuer beschlossen?', [hit(top1), hit(paper)])).toEqual([]);
    expect(answers('Was hat der Kulturausschuss am 03.02.2026 zur Grundsteuer beschlossen?', [hit(top1), hit(paper)])).toEqual([]);
    // No such meeting: nothing is left for a language model to answer from; an unknown Gremium is only marked.
    expect(rerankRisHits('Was hat der Planungsausschuss am 10.02.2026 zur Grundsteuer beschlossen?', [hit(top1), hit(paper)], facts)).toEqual([]);
    expect(rerankRisHits('Was hat der Kulturausschuss am 03.02.2026 zur Grundsteuer beschlossen?', [hit(top1), hit(paper)], facts)).toHaveLength(2);
    // The same question for the day it met keeps its answers.
    expect(answers('Was hat der Planungsausschuss am 03.02.2026 zur Grundsteuer beschlossen?', [hit(top1), hit(paper)])).toEqual(['top/11', 'vorlage/1']);
  });

  it("does not answer from another day's meeting, nor gives a result of a meeting still to come or cancelled", () => {
    // The Planungsausschuss's TOP of the 3rd does not answer; the Rat's TOP and Sitzung of the 19th do.
    expect(answers('Was hat der Rat am 19.02.2026 zu den Hebesätzen beschlossen?', [hit(top1), hit(top2)])).toEqual(['sitzung/2', 'top/21']);
    expect(answers('Wie hat der Rat am 20.01.2027 über den Haushalt abgestimmt?', [hit(future), hit(paper)])).toEqual([]);
    expect(answers('Was steht am 20.01.2027 im Rat auf der Tagesordnung?', [hit(future)])).toEqual(['sitzung/5']);
    expect(answers('Was hat der Jugendhilfeausschuss am 15.09.2026 beschlossen?', [hit(paper)])).toEqual([]);
  });

  it('puts the named Sitzung among the first pages: first for its agenda, after the best TOP for its decisions', () => {
    const hits = [hit(top2, 0.9), hit(top3, 0.8), hit(paper, 0.7), hit(council, 0.5)];
    expect(rerankRisHits('Was hat der Rat am 19.02.2026 beschlossen?', hits, facts).map((h) => h.chunk.source)).toEqual(['top/21', 'sitzung/2', 'top/23', 'vorlage/1']);
    expect(rerankRisHits('Was stand am 19.02.2026 im Rat auf der Tagesordnung?', hits, facts)[0].chunk.source).toBe('sitzung/2');
    // The Sitzung's page joins the hits when its TOPs took all the ranked places.
    expect(rerankRisHits('Was stand am 19.02.2026 im Rat auf der Tagesordnung?', [hit(top2), hit(top3)], facts).map((h) => [h.chunk.source, h.relevant])).toEqual([
      ['sitzung/2', true],
      ['top/21', true],
      ['top/23', true],
    ]);
    // Without a named day the ranking stays as it was.
    expect(rerankRisHits('Was hat der Rat zur Grundsteuer beschlossen?', hits, facts).map((h) => h.chunk.source)).toEqual(['top/21', 'top/23', 'vorlage/1', 'sitzung/2']);
  });

  it('never presents public passages as the content of the non-public part', () => {
    expect(rerankRisHits('An wen ging im nichtöffentlichen Teil der Ratssitzung am 19.02.2026 der Auftrag?', [hit(secret), hit(top2, 0.9)], facts)).toEqual([]);
  });

  it('finds nothing for a year or a subject the pages do not name, though they are about something near', () => {
    expect(answers('Wie hoch ist die Grundsteuer 2029?', [hit(paper), hit(top1)])).toEqual([]);
    expect(answers('Wie hoch ist die Grundsteuer 2027?', [hit(paper)])).toEqual(['vorlage/1']);
    // "Frühlingsmarkt" names a Vorlage; the parking page only shares "Besucher" with the question.
    expect(answers('Wie viele Besucher hatte der Frühlingsmarkt?', [hit(park), hit(market, 0.5)])).toEqual(['vorlage/3']);
    // An exact reference is never judged by these rules.
    expect(answers('Was steht in 2026/0011 für 2031?', [hit(paper)])).toEqual(['vorlage/1']);
  });
});
