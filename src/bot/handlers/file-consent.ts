/**
 * Word documents to the clerk through the Teams file consent flow: the clerk accepts each file,
 * Teams hands out an upload URL in the clerk's own OneDrive, and the bot uploads there — no
 * Graph write permission is needed. Until accepted, the bytes wait in the durable store.
 */
import type { Attachment, TurnContext } from 'botbuilder';
import { FILES_PREFIX } from '../../minutes/minutes-job.js';
import type { Store } from '../../storage/store.js';

const PREFIX = FILES_PREFIX;

interface ConsentContext {
  jobId: string;
  name: string;
}

interface FileConsentValue {
  action: 'accept' | 'decline';
  context?: ConsentContext;
  uploadInfo?: { uploadUrl: string; contentUrl: string; name: string; uniqueId?: string; fileType?: string };
}

export function consentCard(jobId: string, name: string, sizeInBytes: number): Attachment {
  const context: ConsentContext = { jobId, name };
  return {
    contentType: 'application/vnd.microsoft.teams.card.file.consent',
    name,
    content: { description: `${name} (Entwurf – mit KI-Unterstützung erstellt)`, sizeInBytes, acceptContext: context, declineContext: context },
  };
}

export async function offerFiles(context: TurnContext, store: Store, jobId: string, files: { name: string; data: Buffer }[]): Promise<void> {
  for (const file of files) {
    await store.put(`${PREFIX}${jobId}/${file.name}`, { base64: file.data.toString('base64') });
    await context.sendActivity({ attachments: [consentCard(jobId, file.name, file.data.byteLength)] });
  }
}

export function createFileConsentHandlers(store: Store, fetchImpl: typeof fetch = fetch) {
  async function accept(context: TurnContext, value: FileConsentValue): Promise<void> {
    const ctx = value.context;
    if (!ctx || !value.uploadInfo) return;
    const key = `${PREFIX}${ctx.jobId}/${ctx.name}`;
    const stored = await store.get<{ base64: string }>(key);
    if (!stored) {
      await context.sendActivity('Die Datei ist nicht mehr vorhanden. Bitte lassen Sie den Entwurf neu erstellen.');
      return;
    }
    const data = Buffer.from(stored.base64, 'base64');
    const res = await fetchImpl(value.uploadInfo.uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Length': String(data.byteLength), 'Content-Range': `bytes 0-${data.byteLength - 1}/${data.byteLength}` },
      body: data,
    });
    if (!res.ok) throw new Error(`file upload failed with HTTP ${res.status}`);
    await store.delete(key);
    await context.sendActivity({
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.card.file.info',
          contentUrl: value.uploadInfo.contentUrl,
          name: value.uploadInfo.name,
          content: { uniqueId: value.uploadInfo.uniqueId, fileType: value.uploadInfo.fileType ?? 'docx' },
        },
      ],
    });
  }

  async function decline(context: TurnContext, value: FileConsentValue): Promise<void> {
    if (value.context) await store.delete(`${PREFIX}${value.context.jobId}/${value.context.name}`);
    await context.sendActivity('In Ordnung, die Datei wurde nicht gespeichert.');
  }

  return { accept, decline };
}
