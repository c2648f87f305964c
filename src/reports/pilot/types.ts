/**
 * Inputs and result of the pilot report (Pilotbericht). The core (build-pilot-report.ts) turns
 * records and settings into this data; the Word, Excel and chart renderers and the chat card only
 * present it. Nothing in a report carries question text, names or user ids.
 */
import type { AuditEvent } from '../../audit/audit-event.js';
import type { UsageEntry } from '../../llm/usage.js';
import type { FeedbackRecord } from '../../storage/records/feedback-records.js';
import type { MinutesDraftRecord } from '../../storage/records/minutes-draft-records.js';
import type { TimeFeedbackRecord } from '../../storage/records/time-feedback-records.js';
import type { ModelPrice } from './prices.js';

/** A question nothing was found for (pseudonymous; text only where the administration records it). */
export interface UnansweredQuestion {
  at: string;
  /** Pseudonymous person key (counts distinct people for k-anonymity only). */
  userIdHash: string;
  /** Main words of the question (always recorded; without RECORD_UNANSWERED only general vocabulary). */
  words?: string[];
  /** The question, only when RECORD_UNANSWERED=true; used for topic words, never shown. */
  text?: string;
}

export interface PilotInputs {
  audit: AuditEvent[];
  modelCalls: UsageEntry[];
  feedback: FeedbackRecord[];
  timeFeedback: TimeFeedbackRecord[];
  minutesDrafts: MinutesDraftRecord[];
  unanswered: UnansweredQuestion[];
}

export interface PilotSettings {
  /** First and last day of the period (UTC, YYYY-MM-DD, inclusive). */
  from: string;
  to: string;
  prices: ModelPrice[];
  operatingCostEurMonth: number;
  /** Assumed minutes saved per answered question / per minutes draft. */
  baselineMinutesQuestion: number;
  baselineMinutesMinutesDraft: number;
  /** Admin switch: quote free-text feedback comments (default: counted only). */
  quoteComments: boolean;
  /** k of k-anonymity: smaller groups are not broken down (default 5). */
  minGroupSize?: number;
  /** Whether question texts of unanswered questions are recorded (RECORD_UNANSWERED). */
  unansweredTextRecorded?: boolean;
  generatedAt?: string;
}

export interface UseFigures {
  /** Distinct people who used a capability (count only). */
  people: number;
  questions: number;
  answered: number;
  notFound: number;
  /** Refused, denied, rate-limited or invalid input. */
  refused: number;
  errors: number;
  /** answered / questions; null without questions. */
  answeredShare: number | null;
  minutesDrafts: number;
  applicationChecks: number;
}

export interface QualityFigures {
  likes: number;
  dislikes: number;
  /** likes / (likes + dislikes). */
  likeShare: number | null;
  /** Rated answers / answered questions. */
  feedbackShare: number | null;
  comments: number;
  minutesFacts: number;
  minutesFactsToCheck: number;
  minutesFactsToCheckShare: number | null;
}

export interface CostFigures {
  modelCalls: number;
  promptTokens: number;
  completionTokens: number;
  modelEur: number;
  operatingEur: number;
  totalEur: number;
  /** Model cost of answering (answer, condensing, embeddings) per answered question. */
  modelEurPerAnsweredQuestion: number | null;
  /** Model cost of the minutes purposes per minutes draft. */
  modelEurPerMinutesDraft: number | null;
}

export interface AssumedSavings {
  answeredQuestions: number;
  minutesPerQuestion: number;
  minutesDrafts: number;
  minutesPerDraft: number;
  /** (answered × minutes per question + drafts × minutes per draft) / 60. */
  hours: number;
}

export interface ReportedSavings {
  /** Answers marked "hat mir Zeit gespart". */
  answersSaved: number;
  answersSavedPeople: number;
  /** answersSaved / answered questions. */
  answersSavedShare: number | null;
  /** Clerks' comparisons after a draft; null when fewer than k people answered (not broken down). */
  minutes: { responses: number; shorter: number | null; same: number | null; longer: number | null; suppressed: boolean };
}

export interface PeriodFigures {
  use: UseFigures;
  quality: QualityFigures;
  assumed: AssumedSavings;
  reported: ReportedSavings;
}

export interface MonthRow {
  /** YYYY-MM. */
  month: string;
  /** "Oktober 2026". */
  label: string;
  /** Days of the month inside the period (operating cost is prorated by them). */
  days: number;
  /** Fewer than k people this month: use, quality and savings are not broken down. */
  suppressed: boolean;
  figures: PeriodFigures | null;
  cost: CostFigures;
}

export interface WeekRow {
  /** Monday of the ISO week, YYYY-MM-DD. */
  start: string;
  /** "KW 41/2026". */
  label: string;
  suppressed: boolean;
  questions: number | null;
  answered: number | null;
  answeredShare: number | null;
}

export interface GroupRow {
  key: string;
  label: string;
  people: number | null;
  count: number | null;
  suppressed: boolean;
}

export interface CostRow {
  model: string;
  purpose: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  eur: number;
  /** False when MODEL_PRICES has no price for this model on some of its days. */
  priced: boolean;
}

export interface GapTopic {
  /** Main words of the topic, e.g. "Anwohnerparkausweis · verlängern". */
  words: string[];
  questions: number;
  people: number;
}

export interface PilotReport {
  from: string;
  to: string;
  generatedAt: string;
  minGroupSize: number;
  dataBasis: { auditEvents: number; modelCalls: number; feedback: number; timeFeedback: number; minutesDrafts: number; unanswered: number };
  settings: { operatingCostEurMonth: number; baselineMinutesQuestion: number; baselineMinutesMinutesDraft: number; prices: ModelPrice[]; quoteComments: boolean };
  total: PeriodFigures;
  totalCost: CostFigures;
  months: MonthRow[];
  weeks: WeekRow[];
  byCapability: GroupRow[];
  bySource: GroupRow[];
  costRows: CostRow[];
  gaps: { recorded: boolean; topics: GapTopic[]; questionsInSmallTopics: number; questions: number };
  /** Comment texts, only with the admin switch on. */
  commentQuotes?: string[];
  /** Data-dependent remarks for the "Grenzen" section (German). */
  notes: string[];
}
