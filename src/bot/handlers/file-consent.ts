/**
 * Word documents to the clerk through the Teams file consent flow: the clerk accepts each file,
 * Teams hands out an upload URL in the clerk's own OneDrive, and the bot uploads there — no
 * Graph write permission is needed. Until accepted, the bytes wait in the durable store.
 *
 * A waiting file belongs to the person who asked for the draft (AAD object id and tenant) and to
 * the conversation its consent card was posted in: accept or decline from anyone else, or from
 * another conversation, is refused and audited, nothing is uploaded and nothing deleted. The upload
 * goes only through the outbound guard to the user's OneDrive host (https, FILE_UPLOAD_HOSTS —
 * default any `*-my.sharepoint.com` —, no internal address; locally also the Playground's origin).
 */
import type { Attachment, TurnContext } from 'botbuilder';
import { isAppError } from '../../core/errors.js';
import { FILES_PREFIX } from '../../minutes/minutes-job.js';
import { NONPUBLIC_FILE, PUBLIC_FILE } from '../../minutes/minutes-files.js';
import { LETTER_NAME } from '../../check/check-service.js';
import type { OutboundFetch } from '../../security/outbound-fetch.js';
import type { Store } from '../../storage/store.js';
import type { WaitingFile, WaitingFileKind, WaitingFileOwner } from '../../storage/records/waiting-files.js';
import type { AuditRecord } from '../services.js';

const PREFIX = FILES_PREFIX;
/** Job ids are random base64url strings (see minutes handler); anything else is not ours. */
const JOB_ID = /^[A-Za-z0-9_-]{16,64}$/;
const FILE_NAMES = new Set([PUBLIC_FILE, NONPUBLIC_FILE]);
/** The Pilotbericht's files (admin command), offered the same way. */
const REPORT_FILE = /^Pilotbericht_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.(docx|xlsx)$/;
const isOfferedName = (name: string) => FILE_NAMES.has(name) || REPORT_FILE.test(name);

interface ConsentContext {
  jobId: string;
  name: string;
}

/** Who may accept or decline a waiting file. */
export type FileOwner = WaitingFileOwner;

type PendingFile = WaitingFile;

interface FileConsentValue {
  action: 'accept' | 'decline';
  context?: Partial<ConsentContext>;
  uploadInfo?: { uploadUrl?: string; contentUrl?: string; name?: string; uniqueId?: string; fileType?: string };
}

type Audit = (context: TurnContext, record: Omit<AuditRecord, 'userId' | 'tenantId'>) => Promise<void>;

/** What each kind of file is called in the messages, and whose capability its audit record counts for. */
const KINDS: Record<WaitingFileKind, { what: string; gone: string; capability: AuditRecord['capability'] }> = {
  minutes: { what: 'einem Niederschrift-Entwurf, den', gone: 'Bitte lassen Sie den Entwurf neu erstellen.', capability: 'minutes' },
  check: { what: 'einer Antragsvorprüfung (Entwurf eines Nachforderungsschreibens), die', gone: 'Bitte prüfen Sie den Antrag noch einmal mit „Antrag prüfen“.', capability: 'check' },
  report: { what: 'einem Pilotbericht, den', gone: 'Bitte fordern Sie den Pilotbericht neu an.', capability: 'admin' },
};

const MSG = {
  gone: (kind: WaitingFileKind) => `Die Datei ist nicht mehr vorhanden. ${KINDS[kind].gone}`,
  notYours: (kind: WaitingFileKind) => `Diese Datei gehört zu ${KINDS[kind].what} eine andere Person angefordert hat. Sie wurde weder übertragen noch gelöscht.`,
  declined: 'In Ordnung, die Datei wurde nicht gespeichert.',
};

/** The kind of a waiting file: as stored, else from its name (a file already gone). */
function kindOf(name: unknown, file?: PendingFile): WaitingFileKind {
  if (file?.kind) return file.kind;
  if (typeof name === 'string' && LETTER_NAME.test(name)) return 'check';
  if (typeof name === 'string' && REPORT_FILE.test(name)) return 'report';
  return 'minutes';
}

/** The person and conversation of this turn, as a file owner. */
export function requesterOf(context: TurnContext): FileOwner {
  const a = context.activity;
  const channelData = (a.channelData ?? {}) as { tenant?: { id?: string } };
  return {
    userId: a.from?.aadObjectId ?? a.from?.id ?? '',
    tenantId: channelData.tenant?.id ?? a.conversation?.tenantId,
    conversationId: a.conversation?.id ?? '',
  };
}

function sameOwner(owner: FileOwner | undefined, who: FileOwner): boolean {
  if (!owner || !owner.userId || !owner.conversationId) return false;
  return owner.userId === who.userId && (owner.tenantId ?? '') === (who.tenantId ?? '') && owner.conversationId === who.conversationId;
}

export function consentCard(jobId: string, name: string, sizeInBytes: number, kind: PendingFile['kind'] = 'minutes'): Attachment {
  const context: ConsentContext = { jobId, name };
  const description =
    kind === 'report' ? `${name} (automatisch erstellter Pilotbericht)` : kind === 'check' ? `${name} (Entwurf des Nachforderungsschreibens – mit KI-Unterstützung erstellt)` : `${name} (Entwurf – mit KI-Unterstützung erstellt)`;
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name,
    content: { description, sizeInBytes, acceptContext: context, declineContext: context },
  };
}

/**
 * Stores the files for `owner` (person who asked; the conversation is the one of `context`, where
 * the cards go) and posts one consent card each.
 */
export async function offerFiles(
  context: TurnContext,
  store: Store,
  jobId: string,
  owner: Omit<FileOwner, 'conversationId'>,
  files: { name: string; data: Buffer }[],
  kind: PendingFile['kind'] = 'minutes',
): Promise<void> {
  const record: FileOwner = { ...owner, conversationId: context.activity.conversation.id };
  for (const file of files) {
    await store.put(`${PREFIX}${jobId}/${file.name}`, { base64: file.data.toString('base64'), owner: record, kind, createdAt: new Date().toISOString() } satisfies PendingFile);
    await context.sendActivity({ attachments: [consentCard(jobId, file.name, file.data.byteLength, kind)] });
  }
}

export function createFileConsentHandlers(deps: { store: Store; outbound: OutboundFetch; audit: Audit; extraOrigins?: (context: TurnContext) => string[] }) {
  const { store, outbound, audit } = deps;

  /** The waiting file the invoke names, if it is one of ours and belongs to this requester. */
  async function ownFile(context: TurnContext, value: FileConsentValue): Promise<{ key: string; file: PendingFile; name: string } | 'gone' | { notYours: WaitingFileKind }> {
    const jobId = value.context?.jobId;
    const name = value.context?.name;
    if (typeof jobId !== 'string' || typeof name !== 'string' || !JOB_ID.test(jobId) || !(isOfferedName(name) || LETTER_NAME.test(name))) return 'gone';
    const key = `${PREFIX}${jobId}/${name}`;
    const file = await store.get<PendingFile>(key);
    if (!file) return 'gone';
    if (!sameOwner(file.owner, requesterOf(context))) return { notYours: kindOf(name, file) };
    return { key, file, name };
  }

  async function refuse(context: TurnContext, action: string, kind: WaitingFileKind): Promise<void> {
    await audit(context, { capability: KINDS[kind].capability, action, outcome: 'refused' });
    await context.sendActivity(MSG.notYours(kind));
  }

  async function accept(context: TurnContext, value: FileConsentValue): Promise<void> {
    const found = await ownFile(context, value);
    if (found === 'gone') return void (await context.sendActivity(MSG.gone(kindOf(value.context?.name))));
    if ('notYours' in found) return refuse(context, 'file-consent-accept', found.notYours);
    const kind = kindOf(found.name, found.file);
    const info = value.uploadInfo;
    if (!info?.uploadUrl) return void (await context.sendActivity(MSG.gone(kind)));
    const data = Buffer.from(found.file.base64, 'base64');
    try {
      await outbound.upload(
        info.uploadUrl,
        found.name,
        data,
        { 'Content-Length': String(data.byteLength), 'Content-Range': `bytes 0-${data.byteLength - 1}/${data.byteLength}` },
        { extraOrigins: deps.extraOrigins?.(context) ?? [] },
      );
    } catch (e) {
      if (isAppError(e, 'forbidden')) {
        await audit(context, { capability: KINDS[kind].capability, action: 'file-upload-url', outcome: 'refused' });
        await context.sendActivity(e.userMessage ?? MSG.notYours(kind));
        return;
      }
      throw e;
    }
    await store.delete(found.key);
    await audit(context, { capability: KINDS[kind].capability, action: 'file-consent-accept', outcome: 'completed' });
    await context.sendActivity({
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.card.file.info',
          contentUrl: info.contentUrl,
          name: info.name ?? found.name,
          content: { uniqueId: info.uniqueId, fileType: info.fileType ?? (found.name.endsWith('.xlsx') ? 'xlsx' : 'docx') },
        },
      ],
    });
  }

  async function decline(context: TurnContext, value: FileConsentValue): Promise<void> {
    const found = await ownFile(context, value);
    if (found !== 'gone' && 'notYours' in found) return refuse(context, 'file-consent-decline', found.notYours);
    if (found !== 'gone') {
      await store.delete(found.key);
      await audit(context, { capability: KINDS[kindOf(found.name, found.file)].capability, action: 'file-consent-decline', outcome: 'completed' });
    }
    await context.sendActivity(MSG.declined);
  }

  return { accept, decline };
}
