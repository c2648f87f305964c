/**
 * The typed Niederschrift draft. Decisions and votes come only from the deterministic core;
 * a model may fill `summary` and nothing else.
 */
import { z } from 'zod';

export const OUTCOMES = ['angenommen', 'abgelehnt', 'vertagt', 'zur Kenntnis genommen', 'genehmigt', 'zurückgezogen', 'verwiesen'] as const;
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

export const decisionSchema = z.object({
  /** Wording of the result as spoken ("Damit ist der Antrag einstimmig angenommen."). */
  text: z.string(),
  outcome: outcomeSchema.nullable(),
  votes: votesSchema.nullable(),
  unanimous: z.boolean(),
  /** Human-readable vote ("einstimmig bei 2 Enthaltungen"). */
  voteText: z.string(),
  /** Set when the core is unsure; rendered as a visible warning. */
  uncertain: z.boolean(),
  time: z.string(),
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
});
export type MinutesDraft = z.infer<typeof draftSchema>;
