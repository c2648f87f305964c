/** Which checklist an application belongs to: by form id (sure) or by title words (likely). */
import type { Catalog } from './catalog-schema.js';
import type { Application } from './application.js';
import { normaliseName } from './extract-fields.js';

export interface Recognition {
  catalog: Catalog;
  by: 'formId' | 'titleWords';
}

/** The recognised catalog, or undefined when none or several fit equally (then the user chooses). */
export function recogniseType(app: Application, catalogs: Catalog[]): Recognition | undefined {
  const text = app.parts.flatMap((p) => [p.name, p.title ?? '', ...p.lines.slice(0, 60).map((l) => l.text), ...p.formFields.map((f) => (typeof f.value === 'string' ? f.value : ''))]).join('\n');
  const flat = normaliseName(text);
  const byForm = catalogs.filter((c) => c.recognise.formIds.some((id) => new RegExp(`(?<![\\p{L}\\p{N}])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text)));
  if (byForm.length === 1) return { catalog: byForm[0], by: 'formId' };
  const scored = catalogs
    .map((c) => ({ c, score: c.recognise.titleWords.filter((w) => flat.includes(normaliseName(w))).length }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!scored.length || (scored[1] && scored[1].score === scored[0].score)) return undefined;
  return { catalog: scored[0].c, by: 'titleWords' };
}
