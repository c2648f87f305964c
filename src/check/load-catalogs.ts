/**
 * Loads the Prüfkataloge (`<KNOWLEDGE_DIR>/pruefkataloge/*.yaml`). Each file is parsed with
 * positions, validated with the zod schema and cross-checked (field references, unique ids, the
 * cited document exists and contains the cited section). A bad file yields a German message with
 * file and line; the other catalogs still load.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isNode, LineCounter, parseDocument as parseYaml, type Document } from 'yaml';
import type { ZodIssue } from 'zod';
import { AppError } from '../core/errors.js';
import type { ParseDocument } from '../knowledge/parsers/types.js';
import { catalogSchema, type Catalog, type Rule } from './catalog-schema.js';

export const CATALOG_FOLDER = 'pruefkataloge';

export interface CatalogProblem {
  file: string;
  line?: number;
  /** German, names file and line. */
  message: string;
}

export interface LoadedCatalogs {
  catalogs: Catalog[];
  problems: CatalogProblem[];
  /** Titles of the cited documents (path below the knowledge folder → title), for citations. */
  documentTitles: Record<string, string>;
}

export interface LoadCatalogsDeps {
  /** Reads cited documents to check that the cited section is there. */
  parse: ParseDocument;
}

function problem(file: string, line: number | undefined, text: string): CatalogProblem {
  return { file, line, message: `Prüfkatalog „${file}“${line ? `, Zeile ${line}` : ''}: ${text}` };
}

/** Line of the deepest YAML node on the issue's path. */
function lineOf(doc: Document, counter: LineCounter, issuePath: (string | number)[]): number | undefined {
  for (let n = issuePath.length; n >= 0; n--) {
    const node = doc.getIn(issuePath.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function describe(issue: ZodIssue): string {
  const where = issue.path.length ? `Feld „${issue.path.join('.')}“` : 'Datei';
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `${where} fehlt (erwartet: ${issue.expected}).`;
  if (issue.code === 'unrecognized_keys') return `${where}: unbekannter Eintrag ${issue.keys.map((k) => `„${k}“`).join(', ')}.`;
  if (issue.code === 'invalid_type') return `${where}: erwartet ${issue.expected}, gefunden ${issue.received}.`;
  if (issue.code === 'invalid_enum_value') return `${where}: erwartet einen von ${issue.options.join(', ')}.`;
  return `${where}: ${issue.message}.`;
}

function allRules(rules: Rule[]): Rule[] {
  return rules.flatMap((r) => (r.kind === 'when' ? [r, ...allRules(r.rules)] : [r]));
}

function fieldRefs(r: Rule): string[] {
  switch (r.kind) {
    case 'required':
      return [r.field];
    case 'compare':
      return [r.left, r.right];
    case 'limit':
      return [r.field];
    case 'deadline':
      return [r.from, r.before];
    case 'when':
      return [r.when.field];
    default:
      return [];
  }
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Parses and validates one catalog's YAML text; `file` is the name shown in messages. */
export function parseCatalog(text: string, file: string): { catalog?: Catalog; problems: CatalogProblem[] } {
  const counter = new LineCounter();
  const doc = parseYaml(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { problems: [problem(file, e.linePos?.[0].line, `kein gültiges YAML (${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}).`)] };
  }
  const parsed = catalogSchema.safeParse(doc.toJS());
  if (!parsed.success) return { problems: parsed.error.issues.slice(0, 5).map((i) => problem(file, lineOf(doc, counter, i.path), describe(i))) };
  const catalog = parsed.data;
  const problems: CatalogProblem[] = [];
  const fieldIds = new Set<string>();
  catalog.fields.forEach((f, i) => {
    if (fieldIds.has(f.id)) problems.push(problem(file, lineOf(doc, counter, ['fields', i, 'id']), `Feld-ID „${f.id}“ kommt doppelt vor.`));
    fieldIds.add(f.id);
  });
  const ruleIds = new Set<string>();
  const walk = (rules: Rule[], at: (string | number)[]) =>
    rules.forEach((r, i) => {
      const here = [...at, i];
      if (ruleIds.has(r.id)) problems.push(problem(file, lineOf(doc, counter, [...here, 'id']), `Regel-ID „${r.id}“ kommt doppelt vor.`));
      ruleIds.add(r.id);
      for (const ref of fieldRefs(r)) {
        if (!fieldIds.has(ref)) problems.push(problem(file, lineOf(doc, counter, here), `Regel „${r.id}“ verweist auf das Feld „${ref}“, das unter fields nicht definiert ist.`));
      }
      if (r.kind === 'when') walk(r.rules, [...here, 'rules']);
    });
  walk(catalog.rules, ['rules']);
  return problems.length ? { problems } : { catalog, problems };
}

/** Checks that every cited document exists below the knowledge folder and contains the section. */
async function checkSources(catalog: Catalog, file: string, knowledgeDir: string, text: string, deps: LoadCatalogsDeps, titles: Record<string, string>): Promise<CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  const cache = new Map<string, Promise<string | undefined>>();
  const read = (doc: string) => {
    if (!cache.has(doc)) {
      const absolute = path.resolve(knowledgeDir, doc);
      const inside = absolute.startsWith(path.resolve(knowledgeDir) + path.sep);
      cache.set(
        doc,
        inside
          ? readFile(absolute)
              .then((bytes) => deps.parse(bytes, doc))
              .then((d) => {
                titles[doc] = d.title;
                return normalise(d.blocks.map((b) => b.text).join('\n'));
              })
              .catch(() => undefined)
          : Promise.resolve(undefined),
      );
    }
    return cache.get(doc)!;
  };
  const lines = text.split('\n');
  const lineMentioning = (needle: string) => {
    const i = lines.findIndex((l) => l.includes(needle));
    return i >= 0 ? i + 1 : undefined;
  };
  for (const r of allRules(catalog.rules)) {
    const content = await read(r.source.document);
    if (content === undefined) {
      problems.push(problem(file, lineMentioning(r.source.document), `Regel „${r.id}“ nennt als Quelle „${r.source.document}“; dieses Dokument gibt es im Wissensordner nicht (oder es ist nicht lesbar).`));
    } else if (!content.includes(normalise(r.source.section))) {
      problems.push(problem(file, lineMentioning(r.source.section), `Regel „${r.id}“ nennt den Abschnitt „${r.source.section}“, der in „${r.source.document}“ nicht vorkommt.`));
    }
  }
  return problems;
}

/** Loads every catalog below `<knowledgeDir>/pruefkataloge`; a missing folder means no catalogs. */
export async function loadCatalogs(knowledgeDir: string, deps: LoadCatalogsDeps): Promise<LoadedCatalogs> {
  const dir = path.join(knowledgeDir, CATALOG_FOLDER);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.')).sort();
  } catch {
    return { catalogs: [], problems: [], documentTitles: {} };
  }
  const catalogs: Catalog[] = [];
  const problems: CatalogProblem[] = [];
  const documentTitles: Record<string, string> = {};
  for (const name of names) {
    const file = `${CATALOG_FOLDER}/${name}`;
    const text = await readFile(path.join(dir, name), 'utf8');
    const { catalog, problems: found } = parseCatalog(text, file);
    if (!catalog) {
      problems.push(...found);
      continue;
    }
    const sourceProblems = await checkSources(catalog, file, knowledgeDir, text, deps, documentTitles);
    if (sourceProblems.length) {
      problems.push(...sourceProblems);
      continue;
    }
    if (catalogs.some((c) => c.id === catalog.id)) {
      problems.push(problem(file, 1, `Die Katalog-ID „${catalog.id}“ ist schon in einer anderen Datei vergeben.`));
      continue;
    }
    catalogs.push(catalog);
  }
  return { catalogs, problems, documentTitles };
}

/** The catalog with this id, or an invalidInput error listing the known ones. */
export function catalogById(catalogs: Catalog[], id: string): Catalog {
  const found = catalogs.find((c) => c.id === id.toLowerCase());
  if (found) return found;
  const known = catalogs.map((c) => `${c.id} (${c.title})`).join(', ') || 'keine';
  throw new AppError('invalidInput', `unknown catalog ${id}`, `Einen Prüfkatalog „${id}“ gibt es nicht. Vorhanden: ${known}.`);
}
