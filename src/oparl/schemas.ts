/**
 * The OParl objects the client reads, as zod schemas. Both OParl 1.0 and 1.1 are accepted:
 * the `type` URL may carry either version; fields that one version embeds and the other links
 * (a File, a Location, a Consultation) are accepted as object or URL; the lists only 1.1 offers
 * on the Body (agendaItem, consultation, file) are optional. Unknown fields pass through.
 * A malformed object fails here and is skipped and reported by the sync, never fatal.
 */
import { z } from 'zod';

export type OparlType = 'System' | 'Body' | 'Paper' | 'Meeting' | 'AgendaItem' | 'Consultation' | 'Organization' | 'File' | 'Person' | 'Membership' | 'Location' | 'LegislativeTerm';

const TYPE_URL = /^https?:\/\/schema\.oparl\.org\/(1\.[01])\/([A-Za-z]+)$/;

/** OParl version and object type from a `type` URL ("https://schema.oparl.org/1.0/Meeting"). */
export function parseTypeUrl(type: unknown): { version: '1.0' | '1.1'; name: string } | undefined {
  if (typeof type !== 'string') return undefined;
  const m = TYPE_URL.exec(type);
  return m ? { version: m[1] as '1.0' | '1.1', name: m[2] } : undefined;
}

const typed = (name: OparlType) => z.string().refine((t) => parseTypeUrl(t)?.name === name, { message: `type ist nicht …/${name}` });
const link = z.string().url();
const links = z.array(link);
/** A date ("2024-03-12") or date-time; kept as written. */
const when = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'kein Datum');

const common = {
  id: link,
  web: link.optional(),
  created: when.optional(),
  modified: when.optional(),
  deleted: z.boolean().optional(),
  keyword: z.array(z.string()).optional(),
};

export const fileSchema = z
  .object({
    ...common,
    type: typed('File'),
    name: z.string().optional(),
    fileName: z.string().optional(),
    mimeType: z.string().optional(),
    date: when.optional(),
    size: z.number().int().nonnegative().optional(),
    text: z.string().optional(),
    accessUrl: link.optional(),
    downloadUrl: link.optional(),
  })
  .passthrough();
export type OparlFile = z.infer<typeof fileSchema>;

/** A deleted object may carry little more than id, type and deleted (OParl 1.1, 2.9). */
const fileRef = z.union([link, fileSchema]);

export const consultationSchema = z
  .object({
    ...common,
    type: typed('Consultation'),
    paper: link.optional(),
    agendaItem: link.optional(),
    meeting: link.optional(),
    organization: links.optional(),
    authoritative: z.boolean().optional(),
    role: z.string().optional(),
  })
  .passthrough();
export type OparlConsultation = z.infer<typeof consultationSchema>;

export const paperSchema = z
  .object({
    ...common,
    type: typed('Paper'),
    body: link.optional(),
    name: z.string().optional(),
    reference: z.string().optional(),
    date: when.optional(),
    paperType: z.string().optional(),
    mainFile: fileRef.optional(),
    auxiliaryFile: z.array(fileRef).optional(),
    underDirectionOf: links.optional(),
    originatorOrganization: links.optional(),
    consultation: z.array(z.union([link, consultationSchema])).optional(),
    relatedPaper: links.optional(),
  })
  .passthrough();
export type OparlPaper = z.infer<typeof paperSchema>;

export const agendaItemSchema = z
  .object({
    ...common,
    type: typed('AgendaItem'),
    meeting: link.optional(),
    number: z.union([z.string(), z.number()]).optional(),
    // Required in the schema, but real 1.0 servers omit it; the position in the list stands in.
    order: z.number().int().optional(),
    name: z.string().optional(),
    public: z.boolean().optional(),
    consultation: link.optional(),
    result: z.string().optional(),
    resolutionText: z.string().optional(),
    resolutionFile: fileRef.optional(),
    auxiliaryFile: z.array(fileRef).optional(),
  })
  .passthrough();
export type OparlAgendaItem = z.infer<typeof agendaItemSchema>;

const locationSchema = z.object({ description: z.string().optional(), room: z.string().optional(), streetAddress: z.string().optional(), locality: z.string().optional() }).passthrough();

export const meetingSchema = z
  .object({
    ...common,
    type: typed('Meeting'),
    name: z.string().optional(),
    meetingState: z.string().optional(),
    cancelled: z.boolean().optional(),
    start: when.optional(),
    end: when.optional(),
    location: z.union([link, locationSchema]).optional(),
    organization: links.optional(),
    invitation: fileRef.optional(),
    resultsProtocol: fileRef.optional(),
    auxiliaryFile: z.array(fileRef).optional(),
    agendaItem: z.array(z.union([link, agendaItemSchema])).optional(),
  })
  .passthrough();
export type OparlMeeting = z.infer<typeof meetingSchema>;

export const organizationSchema = z
  .object({
    ...common,
    type: typed('Organization'),
    name: z.string().optional(),
    shortName: z.string().optional(),
    organizationType: z.string().optional(),
    classification: z.string().optional(),
    membership: z.array(z.union([link, z.object({ id: link }).passthrough()])).optional(),
  })
  .passthrough();
export type OparlOrganization = z.infer<typeof organizationSchema>;

export const membershipSchema = z
  .object({
    ...common,
    type: typed('Membership'),
    person: link.optional(),
    organization: link.optional(),
    role: z.string().optional(),
    votingRight: z.boolean().optional(),
    startDate: when.optional(),
    endDate: when.optional(),
    onBehalfOf: link.optional(),
  })
  .passthrough();
export type OparlMembership = z.infer<typeof membershipSchema>;

export const personSchema = z
  .object({ ...common, type: typed('Person'), name: z.string().optional(), familyName: z.string().optional(), givenName: z.string().optional(), membership: z.array(z.union([link, membershipSchema])).optional() })
  .passthrough();
export type OparlPerson = z.infer<typeof personSchema>;

export const bodySchema = z
  .object({
    ...common,
    type: typed('Body'),
    name: z.string(),
    shortName: z.string().optional(),
    website: z.string().optional(),
    organization: link,
    person: link.optional(),
    meeting: link,
    paper: link,
    // Lists new in OParl 1.1.
    agendaItem: link.optional(),
    consultation: link.optional(),
    file: link.optional(),
    membership: link.optional(),
  })
  .passthrough();
export type OparlBody = z.infer<typeof bodySchema>;

export const systemSchema = z
  .object({
    id: link,
    type: typed('System'),
    oparlVersion: z.string(),
    body: link,
    name: z.string().optional(),
    contactEmail: z.string().optional(),
    website: z.string().optional(),
  })
  .passthrough();
export type OparlSystem = z.infer<typeof systemSchema>;

/** One page of an external object list. `data` is checked object by object, so one bad entry does not sink the page. */
export const listPageSchema = z
  .object({
    data: z.array(z.unknown()),
    links: z.object({ next: link.optional() }).passthrough().optional(),
    pagination: z.object({ totalElements: z.number().optional() }).passthrough().optional(),
  })
  .passthrough();

/** Short reason of a failed parse, for the sync report ("name: Expected string, received number"). */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(Objekt)'}: ${i.message}`)
    .join('; ');
}
