/**
 * Microsoft Purview sensitivity labels of SharePoint/OneDrive files, so a citation shows the
 * label the document carries ("Intern", "Vertraulich"). Graph v1.0 gives the label ids of a file
 * (`POST /drives/{d}/items/{i}/extractSensitivityLabels`, delegated Files.Read.All, the user's own
 * token); the names come from the admin's SENSITIVITY_LABEL_NAMES ("id=Name"), because reading
 * the tenant's label catalogue would need one more permission. A label without a configured name
 * is still shown, under a general name: a citation never hides that a document is labelled.
 */
import { graphBatch, type BatchRequest } from '../../graph/batch.js';
import type { DelegatedGraphClient } from '../../graph/delegated-client.js';

/** What a citation shows of a label. */
export interface SensitivityLabel {
  id: string;
  name: string;
  /** Position in SENSITIVITY_LABEL_NAMES (low to high); unknown labels rank above every known one. */
  rank: number;
}

export interface LabelCatalog {
  describe(id: string): SensitivityLabel;
}

/** Name shown for a label id the admin has not named. */
export const UNNAMED_LABEL = 'Vertraulichkeitsbezeichnung';

/**
 * Reads SENSITIVITY_LABEL_NAMES entries ("<label id>=<name>", lowest first). Returns the entries
 * it cannot read, so configuration can refuse them with the exact text.
 */
export function parseLabelNames(entries: readonly string[]): { catalog: LabelCatalog; invalid: string[] } {
  const names = new Map<string, { name: string; rank: number }>();
  const invalid: string[] = [];
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const id = entry.slice(0, at).trim().toLowerCase();
    const name = entry.slice(at + 1).trim();
    if (at <= 0 || !id || !name) invalid.push(entry);
    else names.set(id, { name, rank: names.size });
  }
  const unknownRank = names.size;
  return {
    invalid,
    catalog: {
      describe(id) {
        const known = names.get(id.toLowerCase());
        return known ? { id, ...known } : { id, name: UNNAMED_LABEL, rank: unknownRank };
      },
    },
  };
}

export interface LabelledItem {
  driveId: string;
  itemId: string;
}

interface ExtractResult {
  labels?: { sensitivityLabelId?: string }[];
}

const keyOf = (item: LabelledItem) => `${item.driveId}/${item.itemId}`;

/**
 * The label ids of each item, in one `$batch` (Graph answers ≤ 20 parts per batch). An item whose
 * labels cannot be read (unsupported file type, throttled to the end, gone) maps to no labels:
 * the citation then simply shows none, and the answer is not held up.
 */
export async function fetchSensitivityLabels(client: DelegatedGraphClient, items: readonly LabelledItem[]): Promise<Map<string, string[]>> {
  const unique = [...new Map(items.map((i) => [keyOf(i), i])).values()];
  const out = new Map<string, string[]>();
  if (!unique.length) return out;
  const requests: BatchRequest[] = unique.map((item, n) => ({
    id: String(n + 1),
    method: 'POST',
    url: `/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}/extractSensitivityLabels`,
    headers: { 'content-type': 'application/json' },
    body: {},
  }));
  const responses = await graphBatch(client, requests, { policy: { maxRetries: 1, maxDelayMs: 2000 } });
  responses.forEach((response, n) => {
    if (response.status < 200 || response.status > 299) return;
    const ids = ((response.body as ExtractResult | undefined)?.labels ?? []).map((l) => l.sensitivityLabelId).filter((id): id is string => !!id);
    if (ids.length) out.set(keyOf(unique[n]), ids);
  });
  return out;
}

/** The label a citation shows for a file with these label ids: the highest-ranked one. */
export function strongestLabel(ids: readonly string[], catalog: LabelCatalog): SensitivityLabel | undefined {
  return ids.map((id) => catalog.describe(id)).sort((a, b) => b.rank - a.rank)[0];
}
