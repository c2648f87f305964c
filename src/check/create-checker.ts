/**
 * One checker for CLI and bot: catalogs loaded once from the knowledge folder, the application
 * read from bytes, the rules applied, the Nachforderung rendered on the letterhead.
 */
import type { ChatModel } from '../llm/chat-model.js';
import type { ParseDocument } from '../knowledge/parsers/types.js';
import type { MinutesTemplate } from '../minutes/template.js';
import type { Catalog } from './catalog-schema.js';
import { createCheckApplication, type CheckApplicationResult, type CheckResult } from './check-application.js';
import type { Land } from './deadlines.js';
import { loadCatalogs, type CatalogProblem } from './load-catalogs.js';
import { readApplication } from './read-application.js';
import { renderNachforderung, type LetterFile } from './render-letter.js';
import type { CalendarDate } from './values.js';

export interface Checker {
  catalogs: Catalog[];
  problems: CatalogProblem[];
  check(bytes: Uint8Array, fileName: string, type?: string, signal?: AbortSignal): Promise<CheckApplicationResult>;
  letter(result: CheckResult): Promise<LetterFile | undefined>;
}

export interface CheckerOptions {
  knowledgeDir: string;
  parse: ParseDocument;
  land: Land;
  model?: ChatModel;
  template?: MinutesTemplate;
  today?: () => CalendarDate;
}

export async function createChecker(options: CheckerOptions): Promise<Checker> {
  const loaded = await loadCatalogs(options.knowledgeDir, { parse: options.parse });
  const check = createCheckApplication({ catalogs: loaded.catalogs, land: options.land, model: options.model, documentTitles: loaded.documentTitles, today: options.today });
  return {
    catalogs: loaded.catalogs,
    problems: loaded.problems,
    async check(bytes, fileName, type, signal) {
      const app = await readApplication(bytes, fileName, { parse: options.parse });
      return check({ app, type, signal });
    },
    async letter(result) {
      const catalog = loaded.catalogs.find((c) => c.id === result.type);
      return catalog ? renderNachforderung(result, catalog, options.template) : undefined;
    },
  };
}
