import { describe, expect, it } from 'vitest';
import { buildPilotReport } from '../../src/reports/pilot/build-pilot-report.js';
import { parseModelPrices, type ModelPrice } from '../../src/reports/pilot/prices.js';
import type { PilotSettings } from '../../src/reports/pilot/types.js';
import { GAP_QUESTIONS, generatePilotRecords, userId } from '../fakes/pilot-records.js';

const prices = (parseModelPrices('chat=0.15/0.60;embedding=0.02/0;chat=0.12/0.48@2026-11-16') as { prices: ModelPrice[] }).prices;
const settings = (over: Partial<PilotSettings> = {}): PilotSettings => ({
  from: '2026-10-01',
  to: '2026-12-31',
  prices,
  operatingCostEurMonth: 31,
  baselineMinutesQuestion: 5,
  baselineMinutesMinutesDraft: 60,
  quoteComments: false,
  generatedAt: '2027-01-05T09:00:00.000Z',
  ...over,
});

describe('pilot report over a generated quarter', () => {
  const { inputs, plan } = generatePilotRecords({ from: '2026-10-01', days: 92, users: 400 });
  const report = buildPilotReport(inputs, settings());

  it('counts use, outcomes and distinct people as the plan says', () => {
    const answered = plan.questions.filter((q) => q.outcome === 'answered').length;
    const notFound = plan.questions.filter((q) => q.outcome === 'noResults').length;
    const refused = plan.questions.filter((q) => q.outcome === 'refused').length;
    const people = new Set([...plan.questions.map((q) => q.user), ...plan.drafts.map((d) => d.clerk), ...plan.checks.map((c) => c.user)]).size;
    expect(plan.questions.length).toBeGreaterThan(3000);
    expect(report.total.use).toMatchObject({ questions: plan.questions.length, answered, notFound, refused, errors: 0, people, minutesDrafts: plan.drafts.length, applicationChecks: plan.checks.length });
    expect(report.total.use.answeredShare).toBeCloseTo(answered / plan.questions.length, 10);
    // The months add up to the period.
    expect(report.months.map((m) => m.month)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(report.months.reduce((n, m) => n + m.figures!.use.questions, 0)).toBe(plan.questions.length);
    const octQuestions = plan.questions.filter((q) => q.day.startsWith('2026-10')).length;
    expect(report.months[0].figures!.use.questions).toBe(octQuestions);
  });

  it('breaks use down by capability and by source of the cited passages', () => {
    const cap = Object.fromEntries(report.byCapability.map((g) => [g.key, g.count]));
    expect(cap).toEqual({ ask: plan.questions.length, minutes: plan.drafts.length, check: plan.checks.length });
    const bySource = Object.fromEntries(report.bySource.map((g) => [g.key, g.count]));
    const cites = (s: string) => plan.questions.filter((q) => q.sources.includes(s as never)).length;
    expect(bySource).toEqual({ local: cites('local'), sharepoint: cites('sharepoint'), outlook: cites('outlook') });
  });

  it('prices every call with the price of its day (price change on 16 November) and adds the prorated operating cost', () => {
    let expected = 0;
    let questionEur = 0;
    let minutesEur = 0;
    const chat = (day: string, p: number, c: number) => (day < '2026-11-16' ? (p * 0.15 + c * 0.6) / 1e6 : (p * 0.12 + c * 0.48) / 1e6);
    for (const q of plan.questions) {
      if (q.outcome === 'refused') continue;
      let eur = (plan.tokens.embedding[0] * 0.02) / 1e6;
      if (q.condensed) eur += chat(q.day, ...plan.tokens.condense);
      if (q.outcome === 'answered') eur += chat(q.day, ...plan.tokens.answer);
      expected += eur;
      questionEur += eur;
    }
    for (const d of plan.drafts) {
      const eur = plan.summaryCallsPerDraft * chat(d.day, ...plan.tokens.minutes);
      expected += eur;
      minutesEur += eur;
    }
    for (const c of plan.checks) expected += chat(c.day, ...plan.tokens.check);
    expect(report.totalCost.modelEur).toBeCloseTo(expected, 8);
    expect(report.totalCost.operatingEur).toBeCloseTo(3 * 31, 8);
    expect(report.totalCost.totalEur).toBeCloseTo(expected + 93, 8);
    const answered = plan.questions.filter((q) => q.outcome === 'answered').length;
    expect(report.totalCost.modelEurPerAnsweredQuestion).toBeCloseTo(questionEur / answered, 10);
    expect(report.totalCost.modelEurPerMinutesDraft).toBeCloseTo(minutesEur / plan.drafts.length, 10);
    expect(report.costRows.every((r) => r.priced)).toBe(true);
    expect(report.months.reduce((n, m) => n + m.cost.modelEur, 0)).toBeCloseTo(expected, 8);
  });

  it('reports assumed and reported time savings separately', () => {
    const answered = plan.questions.filter((q) => q.outcome === 'answered').length;
    expect(report.total.assumed.hours).toBeCloseTo((answered * 5 + plan.drafts.length * 60) / 60, 10);
    const saved = plan.questions.filter((q) => q.saved).length;
    expect(report.total.reported.answersSaved).toBe(saved);
    expect(report.total.reported.minutes).toEqual({
      responses: plan.drafts.length,
      shorter: plan.drafts.filter((d) => d.verdict === 'shorter').length,
      same: plan.drafts.filter((d) => d.verdict === 'same').length,
      longer: plan.drafts.filter((d) => d.verdict === 'longer').length,
      suppressed: false,
    });
  });

  it('reports feedback rates, counts comments without quoting them, and the facts marked "Bitte prüfen"', () => {
    const likes = plan.questions.filter((q) => q.feedback === 'like').length;
    const dislikes = plan.questions.filter((q) => q.feedback === 'dislike').length;
    const answered = plan.questions.filter((q) => q.outcome === 'answered').length;
    expect(report.total.quality).toMatchObject({ likes, dislikes, comments: plan.questions.filter((q) => q.comment).length });
    expect(report.total.quality.likeShare).toBeCloseTo(likes / (likes + dislikes), 10);
    expect(report.total.quality.feedbackShare).toBeCloseTo((likes + dislikes) / answered, 10);
    expect(report.total.quality.minutesFacts).toBe(plan.drafts.reduce((n, d) => n + d.facts, 0));
    expect(report.total.quality.minutesFactsToCheck).toBe(plan.drafts.reduce((n, d) => n + d.factsToCheck, 0));
    expect(report.commentQuotes).toBeUndefined();
    expect(JSON.stringify(report)).not.toContain('Sehr hilfreich');
    const quoted = buildPilotReport(inputs, settings({ quoteComments: true }));
    expect(quoted.commentQuotes).toHaveLength(report.total.quality.comments);
  });

  it('groups unanswered questions by main words and leaves out a topic fewer than five people asked', () => {
    const words = report.gaps.topics.map((t) => t.words.join(' ').toLowerCase());
    expect(words.some((w) => w.includes('anwohnerparkausweis'))).toBe(true);
    expect(words.some((w) => w.includes('hundesteuer'))).toBe(true);
    expect(words.some((w) => w.includes('gebührenbescheid') || w.includes('widerspruch'))).toBe(true);
    expect(words.some((w) => w.includes('flohmarkt') || w.includes('sondernutzung'))).toBe(false);
    for (const t of report.gaps.topics) expect(t.people).toBeGreaterThanOrEqual(5);
    const expectedTopic0 = plan.questions.filter((q) => q.topic === 0).length;
    expect(report.gaps.topics.find((t) => t.words.join(' ').toLowerCase().includes('anwohnerparkausweis'))!.questions).toBe(expectedTopic0);
    expect(report.gaps.questionsInSmallTopics).toBe(plan.questions.filter((q) => q.topic === 3).length);
  });

  it('holds no question text, no user id and no user hash', () => {
    const json = JSON.stringify(report);
    for (const q of GAP_QUESTIONS) expect(json).not.toContain(q);
    expect(json).not.toContain(userId(1));
    for (const e of inputs.audit.slice(0, 50)) expect(json).not.toContain(e.userId);
  });
});

describe('k-anonymity', () => {
  it('does not break down a month, week, source or clerks’ answers with fewer than five people', () => {
    // Four askers in October, 20 in November; four clerks.
    const oct = generatePilotRecords({ from: '2026-10-01', days: 31, users: 4, clerks: 4, every: 1 });
    const nov = generatePilotRecords({ from: '2026-11-01', days: 30, users: 20, clerks: 0, every: 1 });
    const inputs = Object.fromEntries(Object.keys(oct.inputs).map((k) => [k, [...oct.inputs[k as keyof typeof oct.inputs], ...nov.inputs[k as keyof typeof nov.inputs]]])) as unknown as typeof oct.inputs;
    const r = buildPilotReport(inputs, settings({ to: '2026-11-30' }));
    // October: 4 askers + 4 clerks + check users (ids below 4) = 8 people in the month, but the
    // clerks' answers come from 4 people, and the minutes capability has 4 people.
    expect(r.months[1].suppressed).toBe(false);
    expect(r.total.reported.minutes.suppressed).toBe(true);
    expect(r.total.reported.minutes.shorter).toBeNull();
    expect(r.total.reported.minutes.responses).toBe(oct.plan.drafts.length);
    const minutes = r.byCapability.find((g) => g.key === 'minutes')!;
    expect(minutes).toMatchObject({ suppressed: true, count: null, people: null });
    const octWeek = r.weeks.find((w) => w.start === '2026-10-05')!;
    expect(octWeek).toMatchObject({ suppressed: true, questions: null });
    expect(r.weeks.find((w) => w.start === '2026-11-09')!.suppressed).toBe(false);
    // The period's totals still hold every question.
    expect(r.total.use.questions).toBe(oct.plan.questions.length + nov.plan.questions.length);
    expect(r.notes.join(' ')).toMatch(/weniger als 5 Personen/);
  });

  it('suppresses a whole month used by fewer than five people', () => {
    const few = generatePilotRecords({ from: '2026-10-01', days: 31, users: 3, clerks: 0, every: 1 });
    const r = buildPilotReport({ ...few.inputs, audit: few.inputs.audit.filter((e) => e.capability !== ('check' as never)) }, settings({ to: '2026-10-31' }));
    expect(r.months[0]).toMatchObject({ suppressed: true, figures: null });
    expect(r.months[0].cost.modelEurPerAnsweredQuestion).toBeNull();
    expect(r.total.use.people).toBe(3);
  });
});

describe('edge periods', () => {
  it('an empty period gives zeros, no shares and says so', () => {
    const r = buildPilotReport({ audit: [], modelCalls: [], feedback: [], timeFeedback: [], minutesDrafts: [], unanswered: [] }, settings({ operatingCostEurMonth: 0 }));
    expect(r.total.use).toMatchObject({ questions: 0, people: 0, answeredShare: null });
    expect(r.totalCost).toMatchObject({ modelEur: 0, totalEur: 0, modelEurPerAnsweredQuestion: null });
    expect(r.months.every((m) => m.suppressed)).toBe(true);
    expect(r.gaps).toMatchObject({ recorded: false, topics: [] });
    expect(r.notes.join(' ')).toMatch(/keine Audit-Einträge/);
  });

  it('a period with no model costs 0 for the model and still reports time saved', () => {
    const { inputs, plan } = generatePilotRecords({ from: '2026-10-01', days: 31, users: 100, noModel: true });
    const r = buildPilotReport(inputs, settings({ to: '2026-10-31' }));
    const answered = plan.questions.filter((q) => q.outcome === 'answered').length;
    expect(r.totalCost.modelEur).toBe(0);
    expect(r.totalCost.modelCalls).toBe(0);
    expect(r.totalCost.operatingEur).toBeCloseTo(31, 10);
    expect(r.total.assumed.hours).toBeCloseTo((answered * 5 + plan.drafts.length * 60) / 60, 10);
    expect(r.total.reported.answersSaved).toBe(plan.questions.filter((q) => q.saved).length);
    expect(r.notes.join(' ')).toMatch(/kein Sprachmodell aufgerufen/);
  });

  it('prorates the operating cost of a month the period only partly covers', () => {
    const r = buildPilotReport({ audit: [], modelCalls: [], feedback: [], timeFeedback: [], minutesDrafts: [], unanswered: [] }, settings({ from: '2026-10-17', to: '2026-11-30' }));
    expect(r.months[0].cost.operatingEur).toBeCloseTo((31 * 15) / 31, 10);
    expect(r.months[1].cost.operatingEur).toBeCloseTo(31, 10);
  });

  it('counts tokens of a model without price and names it in the limits', () => {
    const { inputs } = generatePilotRecords({ from: '2026-10-01', days: 10, users: 50 });
    const r = buildPilotReport(inputs, settings({ to: '2026-10-10', prices: prices.filter((p) => p.model !== 'embedding') }));
    const row = r.costRows.find((x) => x.model === 'embedding')!;
    expect(row).toMatchObject({ priced: false, eur: 0 });
    expect(row.promptTokens).toBeGreaterThan(0);
    expect(r.notes.join(' ')).toMatch(/„embedding“/);
  });
});

describe('MODEL_PRICES', () => {
  it('parses entries with decimal comma and validity dates, and rejects a malformed one in German', () => {
    expect(parseModelPrices('chat=0,15/0,60@2026-10-01')).toEqual({ prices: [{ model: 'chat', inputEurPerMillion: 0.15, outputEurPerMillion: 0.6, validFrom: '2026-10-01' }] });
    expect(parseModelPrices('')).toEqual({ prices: [] });
    expect(parseModelPrices('chat=teuer')).toMatchObject({ error: expect.stringContaining('Modell=EUR-Eingabe/EUR-Ausgabe') });
  });
});
