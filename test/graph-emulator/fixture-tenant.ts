/**
 * The fixture tenant of the Graph emulator: two users of a town hall whose files and mails
 * differ, their groups, and a committee meeting. Everything a user may see is listed per item
 * (`readableBy`), so tests can prove permission trimming.
 */
import {
  ATTENDANCE_RECORDS, ATTENDANCE_REPORT_ID, MEETING_CHAT_ID, MEETING_EVENT_BODY_HTML, MEETING_EVENT_ID, MEETING_ID, MEETING_JOIN_URL,
  TRANSCRIPT_ID, TRANSCRIPT_UNATTRIBUTED, TRANSCRIPT_VTT,
} from './fixture-meeting.js';
import {
  buildDocx, buildPdf, DIENSTANWEISUNG_HAUSHALTSSPERRE, documentText, ENTWURF_STELLENPLAN, NOTIZEN_ANNA_TXT, PERSONALPLANUNG_VERTRAULICH,
  PRAESENTATION_HAUSHALT_TEXT, REISEKOSTEN_RICHTLINIE_MD,
} from './fixture-documents.js';

export type UserKey = 'anna' | 'bernd';

export interface FixtureUser {
  key: UserKey;
  id: string;
  userPrincipalName: string;
  displayName: string;
  department: string;
}

/** A delegated token of the fixture tenant: an opaque string mapped to a user and scopes. */
export interface FixtureToken {
  user: UserKey;
  scopes: string[];
  expired?: boolean;
}

export interface FixtureFile {
  id: string;
  driveId: string;
  siteId?: string;
  name: string;
  webUrl: string;
  mimeType: string;
  /** Searchable plain text. */
  text: string;
  content: Uint8Array;
  /** What `?format=pdf` returns; absent → 406 like Graph for formats it cannot convert. */
  pdf?: Uint8Array;
  /** Users who can open the file. */
  readableBy: UserKey[];
  /** Users whose search finds it (default: readableBy); lets tests model a stale search index. */
  searchableBy?: UserKey[];
  lastModifiedDateTime: string;
  lastModifiedBy: string;
  /** A SharePoint list item instead of a drive item (no content download). */
  listItem?: boolean;
  /** Microsoft Purview sensitivity label assigned to the file (answered by extractSensitivityLabels). */
  sensitivityLabelId?: string;
}

export interface FixtureMessage {
  id: string;
  owner: UserKey;
  subject: string;
  from: { name: string; address: string };
  receivedDateTime: string;
  /** Full body text including quoted history and signature. */
  body: string;
  /** The part that is new in this message (Graph's uniqueBody). */
  uniqueBody: string;
  /** File attachments (fileAttachment resources with contentBytes). */
  attachments?: { id: string; name: string; contentType: string; content: Uint8Array; isInline?: boolean }[];
}

export interface FixtureMeeting {
  id: string;
  subject: string;
  organizer: UserKey;
  attendees: UserKey[];
  joinWebUrl: string;
  chatId: string;
  calendarEventId: string;
  startDateTime: string;
  endDateTime: string;
  transcripts: { id: string; vtt: string; unattributed: string; createdDateTime: string }[];
  attendanceReports: { id: string; meetingStartDateTime: string; meetingEndDateTime: string; records: unknown[] }[];
}

export interface FixtureEvent {
  id: string;
  owners: UserKey[];
  subject: string;
  bodyHtml: string;
  start: string;
  end: string;
  location: string;
  joinUrl?: string;
}

export interface FixtureTenant {
  tenantId: string;
  users: Record<UserKey, FixtureUser>;
  tokens: Record<string, FixtureToken>;
  groups: { id: string; displayName: string; members: UserKey[] }[];
  files: FixtureFile[];
  messages: FixtureMessage[];
  meetings: FixtureMeeting[];
  events: FixtureEvent[];
}

export const ALL_SCOPES = [
  'User.Read', 'Files.Read.All', 'Sites.Read.All', 'Mail.Read', 'Calendars.Read', 'OnlineMeetings.Read',
  'OnlineMeetingTranscript.Read.All', 'OnlineMeetingArtifact.Read.All', 'GroupMember.Read.All', 'Chat.ReadBasic',
];

/** Predefined tokens; tests may add more with `emulator.issueToken`. */
export const TOKENS = {
  anna: 'emu-token-anna',
  bernd: 'emu-token-bernd',
  annaWithoutMail: 'emu-token-anna-no-mail',
  expired: 'emu-token-expired',
} as const;

/** Sensitivity label ids of the fixture tenant (names are configured by the admin: SENSITIVITY_LABEL_NAMES). */
export const LABEL_INTERN = 'e8a2d8f1-6c1b-4d7a-9f3e-1a2b3c4d5e01';
export const LABEL_VERTRAULICH = 'e8a2d8f1-6c1b-4d7a-9f3e-1a2b3c4d5e02';

export const GROUP_SCHRIFTFUEHRUNG = '5c4f0d7e-1b1a-4a5e-9a0e-000000000f01';
export const GROUP_ADMIN = '5c4f0d7e-1b1a-4a5e-9a0e-000000000a02';

const SITE_KAEMMEREI = 'rathaus-beispiel.sharepoint.com,kaemmerei-site-id,web-1';
const SITE_HAUPTAMT = 'rathaus-beispiel.sharepoint.com,hauptamt-site-id,web-2';
const SP = 'https://rathaus-beispiel.sharepoint.com';

export async function buildFixtureTenant(): Promise<FixtureTenant> {
  const users: Record<UserKey, FixtureUser> = {
    anna: { key: 'anna', id: 'a0000000-0000-4000-8000-00000000a001', userPrincipalName: 'anna.schmitz@rathaus-beispiel.de', displayName: 'Anna Schmitz', department: 'Hauptamt' },
    bernd: { key: 'bernd', id: 'b0000000-0000-4000-8000-00000000b002', userPrincipalName: 'bernd.keller@rathaus-beispiel.de', displayName: 'Bernd Keller', department: 'Kämmerei' },
  };
  const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const files: FixtureFile[] = [
    {
      id: '01KAEM0DIENSTANWEISUNG', driveId: 'b!kaemmerei-dokumente', siteId: SITE_KAEMMEREI, name: 'Dienstanweisung Haushaltssperre.docx',
      webUrl: `${SP}/sites/Kaemmerei/Dokumente/Dienstanweisung%20Haushaltssperre.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: documentText(DIENSTANWEISUNG_HAUSHALTSSPERRE), content: await buildDocx(DIENSTANWEISUNG_HAUSHALTSSPERRE),
      pdf: buildPdf(documentText(DIENSTANWEISUNG_HAUSHALTSSPERRE).split('\n')),
      readableBy: ['anna', 'bernd'], lastModifiedDateTime: '2026-11-14T09:12:00Z', lastModifiedBy: 'Bernd Keller',
      sensitivityLabelId: LABEL_INTERN,
    },
    {
      id: '01HAUPT0REISEKOSTEN', driveId: 'b!hauptamt-dokumente', siteId: SITE_HAUPTAMT, name: 'Richtlinie Dienstreisen.md',
      webUrl: `${SP}/sites/Hauptamt/Dokumente/Richtlinie%20Dienstreisen.md`, mimeType: 'text/markdown',
      text: REISEKOSTEN_RICHTLINIE_MD, content: text(REISEKOSTEN_RICHTLINIE_MD),
      readableBy: ['anna', 'bernd'], lastModifiedDateTime: '2026-03-02T10:00:00Z', lastModifiedBy: 'Anna Schmitz',
    },
    {
      id: '01BERND0PERSONALPLANUNG', driveId: 'b!onedrive-bernd', name: 'Personalplanung 2027 vertraulich.docx',
      webUrl: 'https://rathaus-beispiel-my.sharepoint.com/personal/bernd_keller/Documents/Personalplanung%202027%20vertraulich.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: documentText(PERSONALPLANUNG_VERTRAULICH), content: await buildDocx(PERSONALPLANUNG_VERTRAULICH),
      readableBy: ['bernd'], lastModifiedDateTime: '2026-11-10T15:30:00Z', lastModifiedBy: 'Bernd Keller',
    },
    {
      id: '01ANNA0NOTIZEN', driveId: 'b!onedrive-anna', name: 'Notizen Haushaltssperre.txt',
      webUrl: 'https://rathaus-beispiel-my.sharepoint.com/personal/anna_schmitz/Documents/Notizen%20Haushaltssperre.txt',
      mimeType: 'text/plain', text: NOTIZEN_ANNA_TXT, content: text(NOTIZEN_ANNA_TXT),
      readableBy: ['anna'], lastModifiedDateTime: '2026-11-18T08:00:00Z', lastModifiedBy: 'Anna Schmitz',
    },
    {
      // Found by Anna's search (stale index after the sharing was removed) but 403 on download.
      id: '01KAEM0STELLENPLAN', driveId: 'b!kaemmerei-dokumente', siteId: SITE_KAEMMEREI, name: 'Entwurf Stellenplan 2027.docx',
      webUrl: `${SP}/sites/Kaemmerei/Dokumente/Entwurf%20Stellenplan%202027.docx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      text: documentText(ENTWURF_STELLENPLAN), content: await buildDocx(ENTWURF_STELLENPLAN),
      readableBy: ['bernd'], searchableBy: ['anna', 'bernd'], lastModifiedDateTime: '2026-11-16T12:00:00Z', lastModifiedBy: 'Bernd Keller',
    },
    {
      // A format our parsers do not read: fetched as PDF (?format=pdf).
      id: '01KAEM0PRAESENTATION', driveId: 'b!kaemmerei-dokumente', siteId: SITE_KAEMMEREI, name: 'Haushalt 2027 Überblick.pptx',
      webUrl: `${SP}/sites/Kaemmerei/Dokumente/Haushalt%202027%20%C3%9Cberblick.pptx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      text: PRAESENTATION_HAUSHALT_TEXT, content: text('PK-not-a-real-pptx'), pdf: buildPdf([PRAESENTATION_HAUSHALT_TEXT]),
      readableBy: ['anna', 'bernd'], lastModifiedDateTime: '2026-11-12T11:00:00Z', lastModifiedBy: 'Bernd Keller',
    },
    {
      id: '17', driveId: '', siteId: SITE_KAEMMEREI, name: 'Ansprechpartner Haushaltssperre',
      webUrl: `${SP}/sites/Kaemmerei/Lists/Ankuendigungen/DispForm.aspx?ID=17`, mimeType: 'text/plain',
      text: 'Ansprechpartner Haushaltssperre: Fragen zu Ausnahmen beantwortet Herr Keller, Kämmerei, Telefon 1234.',
      content: new Uint8Array(), readableBy: ['anna', 'bernd'], lastModifiedDateTime: '2026-11-15T07:00:00Z', lastModifiedBy: 'Bernd Keller', listItem: true,
    },
  ];

  const sig = '\r\n\r\n-- \r\nBernd Keller\r\nStadt Rathaus-Beispiel | Kämmerei\r\nTelefon 1234';
  const announcement =
    'Sehr geehrte Kolleginnen und Kollegen,\r\n\r\nab dem 1. Dezember 2026 gilt eine Haushaltssperre. Neue Bestellungen sind nur noch mit Zustimmung der Kämmerei möglich. Einzelheiten regelt die Dienstanweisung Haushaltssperre.\r\n\r\nMit freundlichen Grüßen';
  const messages: FixtureMessage[] = [
    {
      id: 'AAMkAnna0001', owner: 'anna', subject: 'Haushaltssperre ab 1. Dezember', from: { name: 'Bernd Keller', address: 'bernd.keller@rathaus-beispiel.de' },
      receivedDateTime: '2026-11-14T09:30:00Z', body: announcement + sig, uniqueBody: announcement + sig,
    },
    {
      id: 'AAMkAnna0002', owner: 'anna', subject: 'AW: Haushaltssperre – Fortbildungen', from: { name: 'Bernd Keller', address: 'bernd.keller@rathaus-beispiel.de' },
      receivedDateTime: '2026-11-17T14:05:00Z',
      body: 'Hallo Frau Schmitz,\r\n\r\nbereits gebuchte Fortbildungen dürfen stattfinden, neue Buchungen bitte zurückstellen.\r\n\r\nGruß\r\nBernd Keller\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: Anna Schmitz\r\nGesendet: Montag, 16. November 2026 10:00\r\nAn: Bernd Keller\r\nBetreff: Haushaltssperre – Fortbildungen\r\n\r\nDürfen wir die Fortbildungen im Dezember noch durchführen? ZITAT-ALT',
      uniqueBody: 'Hallo Frau Schmitz,\r\n\r\nbereits gebuchte Fortbildungen dürfen stattfinden, neue Buchungen bitte zurückstellen.\r\n\r\nGruß\r\nBernd Keller\r\n\r\n-----Ursprüngliche Nachricht-----\r\nVon: Anna Schmitz\r\nGesendet: Montag, 16. November 2026 10:00\r\nAn: Bernd Keller\r\nBetreff: Haushaltssperre – Fortbildungen\r\n\r\nDürfen wir die Fortbildungen im Dezember noch durchführen? ZITAT-ALT',
    },
    {
      id: 'AAMkAnna0003', owner: 'anna', subject: 'Kantine: Speiseplan', from: { name: 'Kantine', address: 'kantine@rathaus-beispiel.de' },
      receivedDateTime: '2026-11-16T07:00:00Z', body: 'Am Freitag gibt es Reibekuchen.', uniqueBody: 'Am Freitag gibt es Reibekuchen.',
    },
    {
      id: 'AAMkBernd0001', owner: 'bernd', subject: 'Vertraulich: Haushaltssperre und Personalrat', from: { name: 'Stadtkämmerer', address: 'kaemmerer@rathaus-beispiel.de' },
      receivedDateTime: '2026-11-13T17:00:00Z',
      body: 'Lieber Herr Keller, BERND-GEHEIM: bitte die Haushaltssperre vorab mit dem Personalrat abstimmen.',
      uniqueBody: 'Lieber Herr Keller, BERND-GEHEIM: bitte die Haushaltssperre vorab mit dem Personalrat abstimmen.',
    },
  ];

  const meetings: FixtureMeeting[] = [
    {
      id: MEETING_ID, subject: 'Finanzausschuss – 12. Sitzung', organizer: 'anna', attendees: ['bernd'], joinWebUrl: MEETING_JOIN_URL,
      chatId: MEETING_CHAT_ID, calendarEventId: MEETING_EVENT_ID, startDateTime: '2026-11-19T16:00:00Z', endDateTime: '2026-11-19T17:45:00Z',
      transcripts: [{ id: TRANSCRIPT_ID, vtt: TRANSCRIPT_VTT, unattributed: TRANSCRIPT_UNATTRIBUTED, createdDateTime: '2026-11-19T17:46:00Z' }],
      attendanceReports: [{ id: ATTENDANCE_REPORT_ID, meetingStartDateTime: '2026-11-19T16:00:12Z', meetingEndDateTime: '2026-11-19T17:38:12Z', records: ATTENDANCE_RECORDS }],
    },
  ];
  const events: FixtureEvent[] = [
    {
      id: MEETING_EVENT_ID, owners: ['anna', 'bernd'], subject: 'Finanzausschuss – 12. Sitzung', bodyHtml: MEETING_EVENT_BODY_HTML,
      start: '2026-11-19T17:00:00', end: '2026-11-19T18:45:00', location: 'Ratssaal / Microsoft Teams', joinUrl: MEETING_JOIN_URL,
    },
    { id: 'AAMkAGFubmEtZXZlbnQtcmVzdA', owners: ['anna'], subject: 'Jour fixe Hauptamt', bodyHtml: '<p>Themen: Urlaubsplanung</p>', start: '2026-11-20T09:00:00', end: '2026-11-20T10:00:00', location: 'Raum 204' },
  ];

  return {
    tenantId: '11111111-2222-3333-4444-555555555555',
    users,
    tokens: {
      [TOKENS.anna]: { user: 'anna', scopes: ALL_SCOPES },
      [TOKENS.bernd]: { user: 'bernd', scopes: ALL_SCOPES },
      [TOKENS.annaWithoutMail]: { user: 'anna', scopes: ALL_SCOPES.filter((s) => s !== 'Mail.Read') },
      [TOKENS.expired]: { user: 'anna', scopes: ALL_SCOPES, expired: true },
    },
    groups: [
      { id: GROUP_SCHRIFTFUEHRUNG, displayName: 'Schriftführung Ausschüsse', members: ['anna'] },
      { id: GROUP_ADMIN, displayName: 'Rathaus-Assistent Administration', members: ['bernd'] },
    ],
    files,
    messages,
    meetings,
    events,
  };
}
