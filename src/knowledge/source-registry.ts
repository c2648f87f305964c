/**
 * The one list of knowledge sources. Everything that names a source — its German and English
 * names in answers and failure notices, the pilot report's label, the delegated permission it
 * needs, the words that narrow a question to it ("nur in meinen Mails"), the CLI's `--source`
 * choices — reads this table, so a new source is one entry here plus its implementation.
 */

export interface SourceDescription {
  /** Names in answers ("Diesmal nicht durchsucht werden konnte: …"). */
  name: { de: string; en: string };
  /** Prefix of the German failure messages of the source's search. */
  failureLabel: string;
  /** Label in the pilot report's table of sources. */
  reportLabel: string;
  /** Delegated Graph permission named when the search is forbidden. */
  permission?: string;
  /** How the source is reached: an index on this server, or Microsoft Graph with the user's token. */
  access: 'index' | 'graph';
  /** Words after "nur"/"only" that narrow a question to this source (lower case). */
  narrowWords: string[];
}

export const SOURCE_REGISTRY = {
  local: {
    name: { de: 'Dokumentenordner', en: 'document folder' },
    failureLabel: 'Lokale Dokumente',
    reportLabel: 'Wissensordner (lokal)',
    access: 'index',
    narrowWords: ['lokal', 'lokale', 'lokalen', 'local', 'wissensbasis', 'dienstanweisungen'],
  },
  sharepoint: {
    name: { de: 'SharePoint/OneDrive', en: 'SharePoint/OneDrive' },
    failureLabel: 'SharePoint/OneDrive',
    reportLabel: 'SharePoint/OneDrive',
    permission: 'Files.Read.All / Sites.Read.All',
    access: 'graph',
    narrowWords: ['sharepoint', 'onedrive', 'dateien', 'files', 'teams-dateien'],
  },
  outlook: {
    name: { de: 'Outlook', en: 'Outlook' },
    failureLabel: 'Outlook',
    reportLabel: 'Outlook',
    permission: 'Mail.Read',
    access: 'graph',
    narrowWords: ['mail', 'mails', 'e-mail', 'e-mails', 'email', 'emails', 'postfach', 'outlook', 'inbox', 'mailbox', 'nachrichten'],
  },
  oparl: {
    name: { de: 'Ratsinformationssystem', en: 'council information system' },
    failureLabel: 'Ratsinformationssystem',
    reportLabel: 'Ratsinformationssystem (OParl)',
    access: 'index',
    narrowWords: ['ratsinformationssystem', 'ris', 'oparl', 'ratsinfo'],
  },
} as const satisfies Record<string, SourceDescription>;

/** Where a passage came from. */
export type SourceId = keyof typeof SOURCE_REGISTRY;

export const SOURCE_IDS = Object.keys(SOURCE_REGISTRY) as SourceId[];

export function describeSource(id: SourceId): SourceDescription {
  return SOURCE_REGISTRY[id];
}

export function isSourceId(value: string): value is SourceId {
  return Object.prototype.hasOwnProperty.call(SOURCE_REGISTRY, value);
}

/** Sources searched through Microsoft Graph with the user's delegated token. */
export const GRAPH_SOURCE_IDS = SOURCE_IDS.filter((id) => SOURCE_REGISTRY[id].access === 'graph') as ('sharepoint' | 'outlook')[];
