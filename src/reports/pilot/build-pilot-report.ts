/**
 * The pilot report's pure core: audit events, model usage, feedback, the staff's time reports,
 * minutes draft records and unanswered questions in, report data out — per month and for the
 * period. No I/O, no clock (generatedAt comes with the settings).
 *
 * Privacy: people are counted (distinct pseudonymous ids), never listed; a month, week,
 * capability, source or topic with fewer than k people is not broken down.
 */
import type { AuditEvent } from '../../audit/audit-event.js';
import { SOURCE_IDS, SOURCE_REGISTRY } from '../../knowledge/source-registry.js';
import { dayEnd, dayStart, monthsOf, weekLabel, weekStart, weeksOf } from './calendar.js';
import { CostTally, tallyCosts } from './cost.js';
import { groupGaps, wordsOf } from './documentation-gaps.js';
import type { CostFigures, GroupRow, MonthRow, PeriodFigures, PilotInputs, PilotReport, PilotSettings, WeekRow } from './types.js';

const REFUSED = new Set(['refused', 'denied', 'rateLimited', 'invalidInput']);
const USE_CAPABILITIES = new Set(['ask', 'search', 'minutes', 'check']);
export const CAPABILITY_LABELS: Record<string, string> = { ask: 'Fragen', search: 'Suche', minutes: 'Niederschrift', check: 'Antragsvorprüfung' };
export const SOURCE_LABELS: Record<string, string> = Object.fromEntries(SOURCE_IDS.map((id) => [id, SOURCE_REGISTRY[id].reportLabel]));

/** Counters for one group (the period, a month). */
class Tally {
  people = new Set<string>();
  questions = 0;
  answered = 0;
  notFound = 0;
  refused = 0;
  errors = 0;
  drafts = 0;
  checks = 0;
  likes = 0;
  dislikes = 0;
  comments = 0;
  facts = 0;
  factsToCheck = 0;
  saved = 0;
  savedPeople = new Set<string>();
  minutesVerdicts = { shorter: 0, same: 0, longer: 0 };
  minutesRespondents = new Set<string>();
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const isQuestion = (e: AuditEvent) => (e.capability === 'ask' || e.capability === 'search') && !e.action;
const isDraft = (e: AuditEvent) => e.capability === 'minutes' && e.outcome === 'completed' && !e.action;
// A finished check carries its rule counts (the checklist type is its action); "choose-type" is not a check yet.
const isCheck = (e: AuditEvent) => e.capability === 'check' && e.outcome === 'completed' && (e.check !== undefined || !e.action);

function countAudit(t: Tally, e: AuditEvent): void {
  if (!USE_CAPABILITIES.has(e.capability)) return;
  t.people.add(e.userId);
  if (isQuestion(e)) {
    t.questions++;
    if (e.outcome === 'answered') t.answered++;
    else if (e.outcome === 'noResults') t.notFound++;
    else if (REFUSED.has(e.outcome)) t.refused++;
    else if (e.outcome === 'error') t.errors++;
  }
  if (isDraft(e)) t.drafts++;
  if (isCheck(e)) t.checks++;
}

function figures(t: Tally, s: PilotSettings, k: number): PeriodFigures {
  const respondents = t.minutesRespondents.size;
  const suppressed = respondents < k;
  const responses = t.minutesVerdicts.shorter + t.minutesVerdicts.same + t.minutesVerdicts.longer;
  return {
    use: {
      people: t.people.size,
      questions: t.questions,
      answered: t.answered,
      notFound: t.notFound,
      refused: t.refused,
      errors: t.errors,
      answeredShare: share(t.answered, t.questions),
      minutesDrafts: t.drafts,
      applicationChecks: t.checks,
    },
    quality: {
      likes: t.likes,
      dislikes: t.dislikes,
      likeShare: share(t.likes, t.likes + t.dislikes),
      feedbackShare: share(t.likes + t.dislikes, t.answered),
      comments: t.comments,
      minutesFacts: t.facts,
      minutesFactsToCheck: t.factsToCheck,
      minutesFactsToCheckShare: share(t.factsToCheck, t.facts),
    },
    assumed: {
      answeredQuestions: t.answered,
      minutesPerQuestion: s.baselineMinutesQuestion,
      minutesDrafts: t.drafts,
      minutesPerDraft: s.baselineMinutesMinutesDraft,
      hours: (t.answered * s.baselineMinutesQuestion + t.drafts * s.baselineMinutesMinutesDraft) / 60,
    },
    reported: {
      answersSaved: t.saved,
      answersSavedPeople: t.savedPeople.size,
      answersSavedShare: share(t.saved, t.answered),
      minutes: {
        responses,
        shorter: suppressed ? null : t.minutesVerdicts.shorter,
        same: suppressed ? null : t.minutesVerdicts.same,
        longer: suppressed ? null : t.minutesVerdicts.longer,
        suppressed,
      },
    },
  };
}

function cost(c: CostTally, operatingEur: number, answered: number, drafts: number): CostFigures {
  return {
    modelCalls: c.calls,
    promptTokens: c.promptTokens,
    completionTokens: c.completionTokens,
    modelEur: c.eur,
    operatingEur,
    totalEur: c.eur + operatingEur,
    modelEurPerAnsweredQuestion: answered > 0 ? c.byTask.question / answered : null,
    modelEurPerMinutesDraft: drafts > 0 ? c.byTask.minutes / drafts : null,
  };
}

function group(key: string, label: string, people: Set<string>, count: number, k: number): GroupRow {
  const suppressed = people.size < k;
  return { key, label, people: suppressed ? null : people.size, count: suppressed ? null : count, suppressed };
}

export function buildPilotReport(inputs: PilotInputs, settings: PilotSettings): PilotReport {
  const k = settings.minGroupSize ?? 5;
  const fromIso = dayStart(settings.from).toISOString();
  const toIso = dayEnd(settings.to).toISOString();
  const inPeriod = <T extends { at: string }>(rows: T[]) => rows.filter((r) => r.at >= fromIso && r.at <= toIso);
  const audit = inPeriod(inputs.audit);
  const feedback = inPeriod(inputs.feedback);
  const timeFeedback = inPeriod(inputs.timeFeedback);
  const drafts = inPeriod(inputs.minutesDrafts);
  const unanswered = inPeriod(inputs.unanswered);
  const costs = tallyCosts(inPeriod(inputs.modelCalls), settings.prices);

  const total = new Tally();
  const months = new Map<string, Tally>();
  const monthOf = (at: string) => {
    const m = at.slice(0, 7);
    let t = months.get(m);
    if (!t) months.set(m, (t = new Tally()));
    return t;
  };
  const weeks = new Map<string, { people: Set<string>; questions: number; answered: number }>();
  const capabilities = new Map<string, { people: Set<string>; count: number }>();
  const sources = new Map<string, { people: Set<string>; count: number }>();
  const add = (map: Map<string, { people: Set<string>; count: number }>, key: string, person: string) => {
    const g = map.get(key) ?? { people: new Set<string>(), count: 0 };
    g.people.add(person);
    g.count++;
    map.set(key, g);
  };

  const weekOfDay = new Map<string, string>();
  for (const e of audit) {
    countAudit(total, e);
    countAudit(monthOf(e.at), e);
    // Finer actions (file consent, type card) are not uses; a finished check carries its type as action.
    if (!USE_CAPABILITIES.has(e.capability) || (e.action && !isCheck(e))) continue;
    add(capabilities, e.capability, e.userId);
    if (isQuestion(e)) {
      const day = e.at.slice(0, 10);
      let w = weekOfDay.get(day);
      if (!w) weekOfDay.set(day, (w = weekStart(day)));
      const row = weeks.get(w) ?? { people: new Set<string>(), questions: 0, answered: 0 };
      row.people.add(e.userId);
      row.questions++;
      if (e.outcome === 'answered') row.answered++;
      weeks.set(w, row);
      if (e.outcome === 'answered') {
        const kinds = new Set(e.sources.map((src) => src.id.split(':')[0] || 'local'));
        for (const kind of kinds) add(sources, kind, e.userId);
      }
    }
  }
  for (const f of feedback) {
    for (const t of [total, monthOf(f.at)]) {
      if (f.reaction === 'like') t.likes++;
      else t.dislikes++;
      if (f.comment) t.comments++;
    }
  }
  for (const d of drafts) {
    for (const t of [total, monthOf(d.at)]) {
      t.facts += d.facts;
      t.factsToCheck += d.factsToCheck;
    }
  }
  for (const r of timeFeedback) {
    for (const t of [total, monthOf(r.at)]) {
      if (r.task === 'answer') {
        t.saved++;
        t.savedPeople.add(r.userIdHash);
      } else if (r.verdict !== 'saved') {
        t.minutesVerdicts[r.verdict]++;
        t.minutesRespondents.add(r.userIdHash);
      }
    }
  }

  const monthRows: MonthRow[] = monthsOf(settings.from, settings.to).map((m) => {
    const t = months.get(m.month) ?? new Tally();
    const suppressed = t.people.size < k;
    const operating = (settings.operatingCostEurMonth * m.days) / m.daysInMonth;
    return { month: m.month, label: m.label, days: m.days, suppressed, figures: suppressed ? null : figures(t, settings, k), cost: cost(costs.months.get(m.month) ?? new CostTally(), operating, suppressed ? 0 : t.answered, suppressed ? 0 : t.drafts) };
  });
  const weekRows: WeekRow[] = weeksOf(settings.from, settings.to).map((start) => {
    const w = weeks.get(start);
    const suppressed = (w?.people.size ?? 0) < k;
    return { start, label: weekLabel(start), suppressed, questions: suppressed ? null : w!.questions, answered: suppressed ? null : w!.answered, answeredShare: suppressed ? null : share(w!.answered, w!.questions) };
  });
  const operatingTotal = monthRows.reduce((n, m) => n + m.cost.operatingEur, 0);
  const totalCost = cost(costs.total, operatingTotal, total.answered, total.drafts);
  const rows = costs.rows;
  const gaps = groupGaps(unanswered, { minGroupSize: k });
  const unansweredWithWords = unanswered.filter((q) => wordsOf(q).length > 0).length;

  const notes: string[] = [];
  if (costs.total.calls === 0) notes.push('Im Zeitraum wurde kein Sprachmodell aufgerufen (z. B. Betrieb ohne Sprachmodell oder nur Suche): Die Modellkosten sind 0 €; die angenommene Zeitersparnis ist trotzdem ausgewiesen.');
  for (const r of rows.filter((row) => !row.priced)) notes.push(`Für „${r.model}“ (${r.purpose}) ist in MODEL_PRICES nicht für jeden Tag ein Preis hinterlegt: ${r.calls} Aufrufe sind gezählt, ohne Preis aber mit 0 € bewertet.`);
  if (settings.operatingCostEurMonth === 0) notes.push('OPERATING_COST_EUR_MONTH ist nicht gesetzt: Feste Betriebskosten (App Service, Speicher, Protokolle) sind mit 0 € angesetzt.');
  const hiddenMonths = monthRows.filter((m) => m.suppressed).length;
  if (hiddenMonths) notes.push(`${hiddenMonths} Monat(e) mit weniger als ${k} Personen werden nicht aufgeschlüsselt; ihre Zahlen sind in der Summe des Zeitraums enthalten.`);
  const hiddenWeeks = weekRows.filter((w) => w.suppressed && weeks.has(w.start)).length;
  if (hiddenWeeks) notes.push(`${hiddenWeeks} Woche(n) mit weniger als ${k} Personen sind im Wochendiagramm ausgelassen.`);
  if (total.minutesRespondents.size > 0 && total.minutesRespondents.size < k) notes.push(`Die Rückmeldungen der Schriftführung zur Dauer kommen von weniger als ${k} Personen und werden deshalb nicht aufgeschlüsselt.`);
  if (unanswered.length > 0 && unansweredWithWords === 0) notes.push('Zu den unbeantworteten Fragen sind keine Hauptwörter gespeichert: Themen von Dokumentationslücken lassen sich nicht ermitteln.');
  if (settings.unansweredTextRecorded === false && unanswered.length > 0) notes.push('Von unbeantworteten Fragen werden nur die Hauptwörter des allgemeinen Wortschatzes gespeichert, nicht der Fragetext (RECORD_UNANSWERED=false).');
  if (audit.length === 0) notes.push('Im Zeitraum liegen keine Audit-Einträge vor: Nutzung, Qualität und Zeitersparnis sind 0.');

  return {
    from: settings.from,
    to: settings.to,
    generatedAt: settings.generatedAt ?? new Date(0).toISOString(),
    minGroupSize: k,
    dataBasis: { auditEvents: audit.length, modelCalls: costs.total.calls, feedback: feedback.length, timeFeedback: timeFeedback.length, minutesDrafts: drafts.length, unanswered: unanswered.length },
    settings: {
      operatingCostEurMonth: settings.operatingCostEurMonth,
      baselineMinutesQuestion: settings.baselineMinutesQuestion,
      baselineMinutesMinutesDraft: settings.baselineMinutesMinutesDraft,
      prices: settings.prices,
      quoteComments: settings.quoteComments,
    },
    total: figures(total, settings, k),
    totalCost,
    months: monthRows,
    weeks: weekRows,
    byCapability: [...capabilities.entries()].sort((a, b) => b[1].count - a[1].count).map(([key, g]) => group(key, CAPABILITY_LABELS[key] ?? key, g.people, g.count, k)),
    bySource: [...sources.entries()].sort((a, b) => b[1].count - a[1].count).map(([key, g]) => group(key, SOURCE_LABELS[key] ?? key, g.people, g.count, k)),
    costRows: rows,
    gaps: { recorded: unansweredWithWords > 0, ...gaps },
    ...(settings.quoteComments ? { commentQuotes: feedback.flatMap((f) => (f.comment ? [f.comment] : [])) } : {}),
    notes,
  };
}
