/**
 * What the sync remembers about the RIS between runs, besides the index: the body and its list
 * URLs, the names of Gremien, the dates of meetings and which Vorlage each consultation belongs to
 * — so a poll that brings one changed Vorlage can still name the Gremien and dates of its
 * Beratungsfolge. Kept as a JSON file next to the index (written atomically).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface OparlCatalog {
  version: 1;
  systemUrl: string;
  body: { id: string; name: string; oparlVersion: '1.0' | '1.1'; lists: Record<string, string | undefined> };
  organizations: Record<string, string>;
  /** Short names of organizations ("Bauausschuss"), how staff name a Gremium in a question. */
  organizationShortNames?: Record<string, string>;
  /**
   * `cancelled`: the RIS says the meeting is cancelled; `results`: some result of it is in the RIS
   * (a TOP's result, resolution text or file, or the Niederschrift).
   */
  meetings: Record<string, { name?: string; start?: string; organization?: string[]; items?: string[]; web?: string; cancelled?: boolean; results?: boolean }>;
  /** Consultation URL → Vorlage reference and name. */
  consultations: Record<string, { paper?: string; reference?: string; name?: string }>;
}

export const CATALOG_FILE = 'oparl-catalog.json';

export async function readCatalog(dataDir: string, systemUrl: string): Promise<OparlCatalog | undefined> {
  try {
    const c = JSON.parse(await readFile(path.join(dataDir, CATALOG_FILE), 'utf8')) as OparlCatalog;
    return c.version === 1 && c.systemUrl === systemUrl ? c : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCatalog(dataDir: string, catalog: OparlCatalog): Promise<void> {
  await writeFileAtomic(path.join(dataDir, CATALOG_FILE), JSON.stringify(catalog));
}
