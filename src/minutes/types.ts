/**
 * Plain data shapes shared by the minutes stages (parse → segment → extract → reduce → draft → render).
 * The draft itself is a zod type (draft-schema.ts); these are the inputs to it.
 */

/** One spoken cue; times are seconds from the start of the recording. */
export interface Cue {
  id?: string;
  start: number;
  end: number;
  /** Null when the transcript has no speaker attribution or the speaker is unknown. */
  speaker: string | null;
  text: string;
}

export interface Transcript {
  cues: Cue[];
  /** False for the unattributed Graph format (speaker attribution switched off in the tenant). */
  attributed: boolean;
  /** Absolute start of the recording, when the source knows it (ISO 8601). */
  recordingStart?: string;
}

/** One agenda item (Tagesordnungspunkt) as announced in the invitation. */
export interface AgendaItem {
  /** As printed: "3", "10.1", "Ö 3", "N 1". */
  number: string;
  title: string;
  public: boolean;
  /** Vorlage/Drucksache reference, e.g. "DS 2026/0456". */
  paper?: string;
  /** Title of that paper (OParl Paper.name), when it differs from the item's title. */
  paperName?: string;
  /**
   * Wording of the resolution the paper proposes (Beschlussvorschlag), plain text: it becomes the
   * resolution text of an adopted decision. Only for public items unless the caller may read more.
   */
  resolution?: string;
}

/** A person's membership of the body (OParl Membership with its Person and onBehalfOf group). */
export interface AgendaMembership {
  name: string;
  /** Fraktion or group (OParl Membership.onBehalfOf → Organization.shortName or name). */
  group?: string;
  /** As the RIS names it: "Vorsitzende", "Mitglied", "stellv. Mitglied", "Schriftführer", "beratendes Mitglied". */
  role?: string;
  /** OParl Membership.votingRight; false for advisory members. */
  votingRight?: boolean;
  email?: string;
}

export interface Agenda {
  title?: string;
  organization?: string;
  /** ISO date or date-time of the scheduled start. */
  start?: string;
  place?: string;
  items: AgendaItem[];
  /** Members of the body (from the RIS); they give attendees their group and role. */
  memberships?: AgendaMembership[];
  /**
   * What the RIS could not give (a Vorlage whose file could not be read), in German. The agenda is
   * complete without it; the draft lists it among its warnings for the clerk (CLI and Teams alike).
   */
  problems?: string[];
}

/**
 * The agenda as the council information system gives it: items with their papers (reference, title,
 * Beschlussvorschlag) and the body's memberships. What `rathaus minutes --agenda <OParl-JSON>` reads
 * and what an OParl client fills (Meeting → AgendaItem → Consultation → Paper; Organization → Membership).
 */
export type AgendaWithPapers = Agenda & { memberships: AgendaMembership[] };

/** One person in the attendance list (report or export). */
export interface Attendee {
  name: string;
  email?: string;
  /** Local wall-clock "HH:MM" of first join / last leave, when known. */
  joined?: string;
  left?: string;
  role?: string;
}

export interface Attendance {
  attendees: Attendee[];
  /** Local "HH:MM" of the meeting start/end according to the report. */
  meetingStart?: string;
  meetingEnd?: string;
  /** ISO date (YYYY-MM-DD) of the meeting, when the report says. */
  date?: string;
  title?: string;
}

/** A committee member from an optional members list (JSON or CSV). */
export interface Member {
  name: string;
  fraction?: string;
  /** "Mitglied" (default), "Vorsitz", "Schriftführung", "Verwaltung", "Gast", "Stellvertretung". */
  role?: string;
  /** For substitutes: whom they stand in for. */
  substituteFor?: string;
  email?: string;
}
