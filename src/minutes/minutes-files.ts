/**
 * Both Word files of a draft: Niederschrift-oeffentlich.docx always, Niederschrift-nichtoeffentlich.docx
 * only when there are non-public TOPs. Returned as bytes (bot uploads) or written to a folder (CLI).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { MinutesDraft } from './draft-schema.js';
import { renderMinutesDocx } from './render-docx.js';
import type { MinutesTemplate } from './template.js';

export const PUBLIC_FILE = 'Niederschrift-oeffentlich.docx';
export const NONPUBLIC_FILE = 'Niederschrift-nichtoeffentlich.docx';

export interface MinutesFiles {
  public: { name: string; data: Buffer };
  nonpublic: { name: string; data: Buffer } | null;
}

export async function renderMinutesFiles(draft: MinutesDraft, template?: MinutesTemplate): Promise<MinutesFiles> {
  const hasNonPublic = draft.items.some((i) => !i.public);
  const [pub, nonpub] = await Promise.all([renderMinutesDocx(draft, 'public', template), hasNonPublic ? renderMinutesDocx(draft, 'nonpublic', template) : Promise.resolve(null)]);
  return { public: { name: PUBLIC_FILE, data: pub }, nonpublic: nonpub ? { name: NONPUBLIC_FILE, data: nonpub } : null };
}

/** Writes the files atomically into `dir`; returns their paths. */
export async function writeMinutesFiles(files: MinutesFiles, dir: string): Promise<{ public: string; nonpublic: string | null }> {
  await mkdir(dir, { recursive: true });
  const pub = path.join(dir, files.public.name);
  await writeFileAtomic(pub, files.public.data);
  let nonpub: string | null = null;
  if (files.nonpublic) {
    nonpub = path.join(dir, files.nonpublic.name);
    await writeFileAtomic(nonpub, files.nonpublic.data);
  }
  return { public: pub, nonpublic: nonpub };
}
