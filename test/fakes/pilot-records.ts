/**
 * Generates the records a pilot leaves behind (audit events, model calls, feedback, time reports,
 * minutes draft records, unanswered questions) by a fixed arithmetic plan — no randomness, so the
 * tests can compute the expected totals on their own from `plan`. Used by test/reports and the
 * report bench.
 */
import type { AuditEvent } from '../../src/audit/audit-event.js';
import type { UsageEntry } from '../../src/llm/usage.js';
import type { PilotInputs } from '../../src/reports/pilot/types.js';
import { hashUserId } from '../../src/storage/records/record-keys.js';

export interface PlannedQuestion {
  day: string;
  user: number;
  outcome: 'answered' | 'noResults' | 'refused';
  sources: ('local' | 'sharepoint' | 'outlook')[];
  condensed: boolean;
  feedback?: 'like' | 'dislike';
  comment: boolean;
  saved: boolean;
  topic?: number;
}

export interface PlannedDraft {
  day: string;
  clerk: number;
  facts: number;
  factsToCheck: number;
  verdict: 'shorter' | 'same' | 'longer';
}

export interface PilotPlan {
  questions: PlannedQuestion[];
  drafts: PlannedDraft[];
  checks: { day: string; user: number }[];
  /** Token sizes per call. */
  tokens: { condense: [number, number]; answer: [number, number]; embedding: [number, number]; minutes: [number, number]; check: [number, number] };
  summaryCallsPerDraft: number;
}

export interface GenerateOptions {
  from: string;
  days: number;
  /** Staff who ask questions (ids 0..users-1). */
  users: number;
  /** Clerks who make minutes drafts (ids after the users). */
  clerks?: number;
  /** A user asks on a day when (user * 7 + day) % every === 0. */
  every?: number;
  /** Leave out model calls (a pilot without a language model). */
  noModel?: boolean;
}

/** Question texts of unanswered questions: three common topics and one that only few people ask. */
export const GAP_QUESTIONS = [
  'Wie verlängere ich den Anwohnerparkausweis für die Innenstadt?',
  'Wo finde ich das Formular zur Abmeldung der Hundesteuer?',
  'Welche Frist gilt für den Widerspruch gegen einen Gebührenbescheid?',
  'Wer genehmigt die Sondernutzung für einen Flohmarktstand?',
];

export const userId = (n: number) => `aad-user-${String(n).padStart(5, '0')}`;
export const TENANT = 'tenant-krefeld';
const hash = (n: number) => hashUserId(userId(n), TENANT);

function dayOf(from: string, offset: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

export function generatePilotRecords(o: GenerateOptions): { inputs: PilotInputs; plan: PilotPlan } {
  const every = o.every ?? 10;
  const clerks = o.clerks ?? 6;
  const plan: PilotPlan = {
    questions: [],
    drafts: [],
    checks: [],
    tokens: { condense: [200, 20], answer: [1500, 250], embedding: [30, 0], minutes: [3000, 400], check: [2500, 300] },
    summaryCallsPerDraft: 10,
  };
  const inputs: PilotInputs = { audit: [], modelCalls: [], feedback: [], timeFeedback: [], minutesDrafts: [], unanswered: [] };
  const call = (at: string, purpose: string, model: string, [p, c]: [number, number]) => {
    if (!o.noModel) inputs.modelCalls.push({ at, purpose, model, provider: 'azure-openai', promptTokens: p, completionTokens: c, ms: 800, attempts: 1, status: 'success' } as UsageEntry);
  };
  for (let d = 0; d < o.days; d++) {
    const day = dayOf(o.from, d);
    for (let u = 0; u < o.users; u++) {
      if ((u * 7 + d) % every !== 0) continue;
      const at = `${day}T${String(7 + (u % 10)).padStart(2, '0')}:${String(u % 60).padStart(2, '0')}:00.000Z`;
      const r = (u + d) % 5;
      const outcome: PlannedQuestion['outcome'] = r !== 0 ? 'answered' : u % 2 === 0 ? 'noResults' : 'refused';
      const sources: PlannedQuestion['sources'] = outcome === 'answered' ? ['local', ...(u % 3 === 0 ? (['sharepoint'] as const) : []), ...(u % 11 === 0 ? (['outlook'] as const) : [])] : [];
      const q: PlannedQuestion = {
        day,
        user: u,
        outcome,
        sources,
        condensed: u % 2 === 1,
        comment: false,
        saved: outcome === 'answered' && (u + d) % 6 === 0,
        ...(outcome === 'noResults' ? { topic: u % 100 === 0 ? 3 : u % 3 } : {}),
      };
      if (outcome === 'answered' && (u + d) % 4 === 0) {
        q.feedback = u % 7 === 0 ? 'dislike' : 'like';
        q.comment = u % 10 === 0;
      }
      plan.questions.push(q);
      const event: AuditEvent = { at, userId: hash(u), tenantId: TENANT, capability: 'ask', outcome, sources: sources.map((s, i) => ({ id: `${s}:doc-${i}` })), durationMs: 1200 };
      inputs.audit.push(event);
      if (outcome !== 'refused') {
        if (q.condensed) call(at, 'condense-question', 'chat', plan.tokens.condense);
        call(at, 'embedding', 'embedding', plan.tokens.embedding);
        if (outcome === 'answered') call(at, 'answer', 'chat', plan.tokens.answer);
      }
      const replyToId = `reply-${day}-${u}`;
      if (q.feedback) inputs.feedback.push({ at, reaction: q.feedback, ...(q.comment ? { comment: 'Sehr hilfreich, danke' } : {}), userIdHash: hash(u), tenantId: TENANT, replyToId, capability: 'ask' });
      if (q.saved) inputs.timeFeedback.push({ at, task: 'answer', verdict: 'saved', userIdHash: hash(u), taskRef: replyToId.padEnd(24, '0').slice(0, 24).replace(/[^0-9a-f]/g, 'a') });
      if (q.topic !== undefined) inputs.unanswered.push({ at, userIdHash: hash(u), text: GAP_QUESTIONS[q.topic] });
    }
    for (let c = 0; c < clerks; c++) {
      if (d % 14 !== c) continue;
      const clerk = o.users + c;
      const at = `${day}T15:00:00.000Z`;
      const draft: PlannedDraft = { day, clerk, facts: 12, factsToCheck: d % 4, verdict: (['shorter', 'same', 'longer'] as const)[(d + c) % 3] };
      plan.drafts.push(draft);
      inputs.audit.push({ at, userId: hash(clerk), tenantId: TENANT, capability: 'minutes', outcome: 'completed', sources: [], durationMs: 90_000 });
      inputs.audit.push({ at, userId: hash(clerk), tenantId: TENANT, capability: 'minutes', action: 'file-consent-accept', outcome: 'completed', sources: [] });
      for (let i = 0; i < plan.summaryCallsPerDraft; i++) call(at, 'minutes-summary', 'chat', plan.tokens.minutes);
      inputs.minutesDrafts.push({ at, userIdHash: hash(clerk), items: 8, facts: draft.facts, factsToCheck: draft.factsToCheck });
      inputs.timeFeedback.push({ at, task: 'minutes', verdict: draft.verdict, userIdHash: hash(clerk), taskRef: `${String(d).padStart(12, '0')}${String(c).padStart(12, '0')}` });
    }
    // Application checks: ten people a week on Wednesdays.
    if (d % 7 === 3) {
      for (let i = 0; i < 10; i++) {
        const user = (d + i * 13) % o.users;
        plan.checks.push({ day, user });
        // As the bot writes it: the checklist type as action, rule counts only; the type card first for every fifth.
        if (i % 5 === 0) inputs.audit.push({ at: `${day}T10:59:00.000Z`, userId: hash(user), tenantId: TENANT, capability: 'check', action: 'choose-type', outcome: 'started', sources: [] });
        inputs.audit.push({ at: `${day}T11:00:00.000Z`, userId: hash(user), tenantId: TENANT, capability: 'check', action: i % 2 ? 'dienstreise' : 'bildungsurlaub', outcome: 'completed', sources: [], check: { erfuellt: 9, fehlt: i % 3, unklar: 0, entfaellt: 1, result: i % 3 ? 'unvollstaendig' : 'vollstaendig' } });
        call(`${day}T11:00:00.000Z`, 'check-application', 'chat', plan.tokens.check);
      }
    }
    // Admin turns are no use of a capability and must not count.
    if (d % 30 === 0) inputs.audit.push({ at: `${day}T08:00:00.000Z`, userId: hash(o.users + clerks), tenantId: TENANT, capability: 'admin', action: 'usage-report', outcome: 'completed', sources: [] });
  }
  return { inputs, plan };
}
