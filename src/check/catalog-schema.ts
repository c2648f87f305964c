/**
 * The Prüfkatalog an administration writes as YAML (knowledge/pruefkataloge/*.yaml): the type of
 * application, how to recognise it, the fields to read and the rules to check, each rule citing
 * the regulation it comes from (a document in the knowledge folder and a section).
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'nur Kleinbuchstaben, Ziffern, _ und - (z. B. "iban" oder "beginn")');
const nonEmpty = z.string().trim().min(1, 'darf nicht leer sein');
const regex = z.string().refine((s) => {
  try {
    new RegExp(s, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'ist kein gültiger regulärer Ausdruck');

/** Where a rule comes from: a document of the knowledge folder (path below it) and a section. */
export const sourceSchema = z.object({ document: nonEmpty, section: nonEmpty }).strict();

export const FIELD_KINDS = ['text', 'date', 'iban', 'plz', 'amount', 'number', 'email', 'checkbox'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const fieldSchema = z
  .object({
    id,
    /** German name shown in results and letters ("IBAN für die Erstattung"). */
    label: nonEmpty,
    kind: z.enum(FIELD_KINDS).default('text'),
    /** Names of PDF form fields holding the value (compared case- and separator-insensitively). */
    formFields: z.array(nonEmpty).default([]),
    /** Printed labels the value follows ("IBAN:", "Beginn der Veranstaltung"). */
    labels: z.array(nonEmpty).default([]),
    /** Extra pattern the value must match (e.g. an Aktenzeichen); checked after the kind's own plausibility. */
    pattern: regex.optional(),
    /** German hint shown when the pattern does not match ("Personalnummer: 6 Ziffern"). */
    patternHint: z.string().optional(),
    /** Look for the kind's own pattern in the whole text when no label is found (only for iban and email). */
    searchText: z.boolean().default(false),
  })
  .strict();

const ruleBase = {
  id,
  /** German title for the result list ("Unterschrift"). */
  title: nonEmpty,
  /** German sentence for the Nachforderungsschreiben ("Bitte reichen Sie den Lageplan nach."). */
  request: z.string().optional(),
  source: sourceSchema,
};

const conditionSchema = z
  .object({
    field: id,
    equals: z.union([z.string(), z.boolean(), z.number()]).optional(),
    notEquals: z.union([z.string(), z.boolean(), z.number()]).optional(),
    oneOf: z.array(z.string()).optional(),
    matches: regex.optional(),
    greaterThan: z.number().optional(),
  })
  .strict()
  .refine((c) => [c.equals, c.notEquals, c.oneOf, c.matches, c.greaterThan].filter((v) => v !== undefined).length === 1, 'braucht genau eine Bedingung: equals, notEquals, oneOf, matches oder greaterThan');

export type Condition = z.infer<typeof conditionSchema>;

const requiredRule = z.object({ ...ruleBase, kind: z.literal('required'), field: id }).strict();
const attachmentRule = z
  .object({
    ...ruleBase,
    kind: z.literal('attachment'),
    /** Words naming the attachment, matched against file names, titles and headings ("Lageplan"). */
    names: z.array(nonEmpty).min(1),
    /** Form checkboxes meaning "liegt bei" (checked without the attachment found = unklar). */
    formFields: z.array(nonEmpty).default([]),
  })
  .strict();
const signatureRule = z
  .object({
    ...ruleBase,
    kind: z.literal('signature'),
    /** Signature or text form fields ("unterschrift"). */
    formFields: z.array(nonEmpty).default([]),
    /** Printed labels followed by the signing name ("Unterschrift", "gez."). */
    labels: z.array(nonEmpty).default([]),
  })
  .strict();
const compareRule = z
  .object({ ...ruleBase, kind: z.literal('compare'), left: id, op: z.enum(['<', '<=', '>', '>=', '==', '!=']), right: id })
  .strict();
const limitRule = z
  .object({
    ...ruleBase,
    kind: z.literal('limit'),
    field: id,
    min: z.number().optional(),
    max: z.number().optional(),
    /** Unit for messages ("€", "Tage", "m²"). */
    unit: z.string().default(''),
    /** Above the limit it is not wrong but needs an approval, present as one of these attachments. */
    approval: z.object({ title: nonEmpty, names: z.array(nonEmpty).min(1) }).strict().optional(),
  })
  .strict();
const deadlineRule = z
  .object({
    ...ruleBase,
    kind: z.literal('deadline'),
    /** Date of the application (a date field); falls back to the mail's date. */
    from: id,
    /** The date the application must precede ("beginn"). */
    before: id,
    /** At least this many units between them. */
    amount: z.number().int().min(0).max(3650),
    unit: z.enum(['kalendertage', 'arbeitstage', 'wochen', 'monate']),
  })
  .strict();

export type RequiredRule = z.infer<typeof requiredRule>;
export type AttachmentRule = z.infer<typeof attachmentRule>;
export type SignatureRule = z.infer<typeof signatureRule>;
export type CompareRule = z.infer<typeof compareRule>;
export type LimitRule = z.infer<typeof limitRule>;
export type DeadlineRule = z.infer<typeof deadlineRule>;
export type ConditionalRule = { id: string; title: string; request?: string; source: z.infer<typeof sourceSchema>; kind: 'when'; when: Condition; whenMissing: 'entfaellt' | 'unklar'; rules: Rule[] };
export type Rule = RequiredRule | AttachmentRule | SignatureRule | CompareRule | LimitRule | DeadlineRule | ConditionalRule;

const conditionalRule = z
  .object({
    ...ruleBase,
    kind: z.literal('when'),
    when: conditionSchema,
    /** When the condition's field is not filled in: the rules do not apply (entfaellt) or are unclear (default). */
    whenMissing: z.enum(['entfaellt', 'unklar']).default('unklar'),
    rules: z.array(z.lazy(() => ruleSchema)).min(1),
  })
  .strict();

export const ruleSchema: z.ZodType<Rule, z.ZodTypeDef, unknown> = z.lazy(() =>
  z
    .discriminatedUnion('kind', [requiredRule, attachmentRule, signatureRule, compareRule, limitRule, deadlineRule, conditionalRule], {
      errorMap: (issue, ctx) =>
        issue.code === 'invalid_union_discriminator' ? { message: 'kind muss required, attachment, signature, compare, limit, deadline oder when sein' } : { message: ctx.defaultError },
    })
    .superRefine((r, ctx) => {
      if (r.kind === 'limit' && r.min === undefined && r.max === undefined) ctx.addIssue({ code: 'custom', message: 'eine limit-Regel braucht min oder max' });
    }),
) as z.ZodType<Rule, z.ZodTypeDef, unknown>;

export const catalogSchema = z
  .object({
    /** Short name for CLI and cards ("bildungsurlaub"). */
    id,
    /** German title ("Antrag auf Bildungsurlaub"). */
    title: nonEmpty,
    recognise: z.object({ titleWords: z.array(nonEmpty).default([]), formIds: z.array(nonEmpty).default([]) }).strict(),
    /** Who the Nachforderungsschreiben comes from ("Fachbereich Personal und Organisation"). */
    office: z.string().optional(),
    /** Reply deadline for the Nachforderung, in calendar days from the letter's date. */
    replyDays: z.number().int().min(1).max(365).default(14),
    fields: z.array(fieldSchema).min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();

export type FieldDef = z.infer<typeof fieldSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
