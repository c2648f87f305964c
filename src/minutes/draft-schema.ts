/**
 * The typed Niederschrift draft. Decisions and votes come only from the deterministic core;
 * a model may fill `summary` and nothing else.
 */
import { z } from 'zod';

export const OUTCOMES = ['angenommen', 'abgelehnt', 'vertagt', 'zur Kenntnis genommen', 'genehmigt', 'zurückgezogen', 'verwiesen', 'abgesetzt', 'erledigt', 'gewählt'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof outcomeSchema>;

export const votesSchema = z.object({
  yes: z.number().int().nonnegative().nullable(),
  no: z.number().int().nonnegative().nullable(),
  abstain: z.number().int().nonnegative().nullable(),
});
export type Votes = z.infer<typeof votesSchema>;

/** A quoted passage; code, not the model, stamps speaker and time. */
export const quoteSchema = z.object({
  speaker: z.string().nullable(),
  /** "17:25" when the clock time is known, else the offset "0:22:10". */
  time: z.string(),
  text: z.string(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** How sure the deterministic core is about a fact: only "sicher" is shown without "Bitte prüfen". */
export const STATUSES = ['sicher', 'unsicher', 'nicht erkannt'] as const;
export const statusSchema = z.enum(STATUSES);
export type FactStatus = z.infer<typeof statusSchema>;

/** Where a fact comes from: the cue, its time and the sentence quoted verbatim. */
export const evidenceSchema = z.object({
  cueId: z.string().nullable(),
  /** Clock or offset label, as in quotes. */
  time: z.string(),
  speaker: z.string().nullable(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const groupVotesSchema = z.object({ yes: z.array(z.string()), no: z.array(z.string()), abstain: z.array(z.string()) });
export type GroupVotesEntry = z.infer<typeof groupVotesSchema>;

/** A fact about the session (start, end, interruption, Befangenheit, attendance) with its evidence. */
export const factSchema = z.object({
  kind: z.enum(['Beginn', 'Ende', 'Unterbrechung', 'Befangenheit', 'Anwesenheit', 'Tagesordnung']),
  text: z.string(),
  status: statusSchema,
  evidence: z.array(evidenceSchema),
});
export type Fact = z.infer<typeof factSchema>;

/** Placeholder for the resolution wording when the paper's text is not at hand. */
export const RESOLUTION_PLACEHOLDER = 'Beschlusstext bitte aus der Vorlage übernehmen.';
/** Marks a resolution changed by an adopted amendment (the wording as amended is what was decided). */
export const AMENDED_MARK = 'in der geänderten Fassung';

export const decisionSchema = z.object({
  /** Wording of the result as spoken ("Damit ist der Antrag einstimmig angenommen."). */
  text: z.string(),
  outcome: outcomeSchema.nullable(),
  votes: votesSchema.nullable(),
  unanimous: z.boolean(),
  /** Human-readable vote ("einstimmig bei 2 Enthaltungen"). */
  voteText: z.string(),
  /** Set when the core is unsure; rendered as a visible warning. Same as status !== 'sicher'. */
  uncertain: z.boolean(),
  time: z.string(),
  /** What was voted on ("Änderungsantrag der FDP", "Ziffer 2"), when it was said. */
  subject: z.string().nullable().default(null),
  /** Vote by parliamentary group, when the chair named groups. */
  votesByGroup: groupVotesSchema.nullable().default(null),
  status: statusSchema.default('unsicher'),
  /** Why it is not sure (German, for the clerk). */
  reasons: z.array(z.string()).default([]),
  evidence: z.array(evidenceSchema).default([]),
  /** Wording of the resolution: from the paper of the agenda item, else a placeholder for the clerk. */
  resolution: z.string().nullable().default(null),
  /** A different reading (by the model), shown next to the deterministic one. */
  alternatives: z.array(z.string()).default([]),
});
export type Decision = z.infer<typeof decisionSchema>;

export const itemSchema = z.object({
  number: z.string(),
  title: z.string(),
  public: z.boolean(),
  paper: z.string().nullable(),
  /** False when the item was on the agenda but no spoken transition was found. */
  found: z.boolean(),
  start: z.string().nullable(),
  summary: z.string().nullable(),
  quotes: z.array(quoteSchema),
  decisions: z.array(decisionSchema),
  bias: z.array(z.string()),
  /** Evidence and status of each Befangenheit in `bias` (same order). */
  biasFacts: z.array(factSchema).default([]),
  statements: z.array(quoteSchema),
  /** Warnings about this item only (kept apart so a public document never shows non-public ones). */
  warnings: z.array(z.string()),
});
export type MinutesItem = z.infer<typeof itemSchema>;

export const personSchema = z.object({
  name: z.string(),
  fraction: z.string().nullable(),
  role: z.string().nullable(),
  /** "ab 17:45 Uhr", "bis 18:30 Uhr", "Vertretung für …". */
  note: z.string().nullable(),
});
export type PersonEntry = z.infer<typeof personSchema>;

export const draftSchema = z.object({
  title: z.string(),
  organization: z.string().nullable(),
  sessionNumber: z.string().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  interruptions: z.array(z.object({ from: z.string(), to: z.string().nullable() })),
  chair: z.string().nullable(),
  clerk: z.string().nullable(),
  present: z.array(personSchema),
  absent: z.array(personSchema),
  guests: z.array(personSchema),
  items: z.array(itemSchema),
  style: z.enum(['verlauf', 'ergebnis']),
  /** Session-wide warnings that contain nothing of a non-public item. */
  warnings: z.array(z.string()),
  /** Session facts (start, end, interruptions, attendance changes, agenda check) with evidence and status. */
  facts: z.array(factSchema).default([]),
  /** Named for review, not listed as attendees: room devices and unattributed voices. */
  notAttendees: z.array(z.string()).default([]),
});
export type MinutesDraft = z.infer<typeof draftSchema>;
