/**
 * `rathaus search "<frage>" [--top N] [--data-dir D] [--source Q] [--graph-token T] [--json]` and
 * `rathaus search --batch <datei> --json`: searches the knowledge sources the way the bot does
 * (through KnowledgeSource), without a language model. It is a search: the ranked hits (up to
 * --top) with their relevance and whether each would pass the answer threshold; `ask` decides
 * found / not found.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { CLI_SOURCE_HELP, resolveCliSources } from '../../knowledge/sources/cli-sources.js';
import type { UserContext } from '../../core/user-context.js';
import { parseDocument } from '../../knowledge/parsers/parse-document.js';
import { searchSources } from '../../knowledge/search.js';
import { createEmbeddingModel } from '../../llm/create-chat-model.js';
import type { KnowledgeSource } from '../../knowledge/types.js';
import { localSourcesForCli, oparlSourceForCli } from '../sources.js';
import type { RegisterCommand } from './index.js';

const CLI_USER: UserContext = { userId: 'local-user', locale: 'de' };

interface SearchOutput {
  query: string;
  hits: { title: string; source: string; sourceId: string; section: string[]; page?: number; snippet: string; score: number; relevance?: number; passes: boolean }[];
}

/** Ranked hits of every source (up to `top`), each with its relevance and whether `ask` would answer with it. */
async function searchAll(sources: KnowledgeSource[], query: string, top: number): Promise<{ output: SearchOutput; warnings: string[] }> {
  const result = await searchSources(sources, query, top, CLI_USER);
  const warnings = result.failures.map((f) => `Quelle ${f.sourceId}: ${f.message}`);
  return {
    output: {
      query,
      hits: result.hits.map((h) => ({
        title: h.passage.title,
        source: h.passage.source,
        sourceId: h.passage.sourceId,
        section: h.passage.sectionPath,
        ...(h.passage.page !== undefined ? { page: h.passage.page } : {}),
        snippet: h.snippet,
        score: h.passage.score,
        ...(h.relevance !== undefined ? { relevance: h.relevance } : {}),
        passes: h.passes,
      })),
    },
    warnings,
  };
}

function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new AppError('invalidInput', `invalid --top ${value}`, `--top erwartet eine ganze Zahl von 1 bis 100, nicht „${value}“.`);
  }
  return n;
}

export const registerSearchCommand: RegisterCommand = (program, io) => {
  program
    .command('search')
    .description('Wissensquellen durchsuchen (ohne Sprachmodell): Treffer nach Rang, mit Relevanz und ob sie für eine Antwort reichen')
    .argument('[frage]', 'Suchanfrage oder Frage in Anführungszeichen')
    .option('--top <n>', 'Höchstzahl der Treffer (1–100)', '5')
    .option('--data-dir <ordner>', 'Ablage des Index (Standard: RATHAUS_DATA_DIR, sonst ./data)')
    .option('--batch <datei>', 'Eine Frage je Zeile; gibt je Zeile ein JSON-Objekt aus (Index wird einmal geladen)')
    .option('--json', 'Ergebnis als JSON: {"query","hits":[{"title","source","sourceId","section","page","snippet","score","relevance","passes"}]}')
    .option('--source <quelle>', CLI_SOURCE_HELP, 'all')
    .option('--graph-token <token>', 'Delegiertes Microsoft-Graph-Token (sonst GRAPH_ACCESS_TOKEN), z. B. aus dem Graph-Explorer')
    .addHelpText('after', '\nBeispiel:\n  rathaus search "Bis wann muss ich meine Reisekosten abrechnen?"\n  rathaus search --batch fragen.txt --json > ergebnisse.jsonl\n  rathaus search "Haushaltssperre" --source outlook --graph-token <token>\n')
    .action(async (query: string | undefined, opts: { top: string; dataDir?: string; batch?: string; json?: boolean; source: string; graphToken?: string }) => {
      const top = parseTop(opts.top);
      if (!opts.batch && !query?.trim()) {
        throw new AppError('invalidInput', 'no query', 'Bitte eine Suchanfrage angeben, z. B. rathaus search "Wer genehmigt Dienstreisen?".');
      }
      const config = loadConfig(io.env, io.cwd);
      let queries: string[] = [];
      if (opts.batch) {
        const file = path.resolve(io.cwd, opts.batch);
        const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
          throw new AppError('invalidInput', `batch file ${file}: ${e.code}`, `Datei ${opts.batch} nicht lesbar (${e.code ?? e.message}).`);
        });
        queries = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      }
      // The local index is loaded only when --source asks for it (all/local).
      const local = localSourcesForCli(config, { dataDir: opts.dataDir, cwd: io.cwd, embedder: createEmbeddingModel(config) });
      const sources: KnowledgeSource[] = await resolveCliSources(config, { source: opts.source, graphToken: opts.graphToken }, local, { parseDocument, oparl: oparlSourceForCli(config, { dataDir: opts.dataDir, cwd: io.cwd, embedder: createEmbeddingModel(config), parse: parseDocument }) });
      if (opts.batch) {
        for (const q of queries) io.stdout(`${JSON.stringify((await searchAll(sources, q, top)).output)}\n`);
        return;
      }
      const { output, warnings } = await searchAll(sources, (query as string).trim(), top);
      for (const w of warnings) io.stderr(`Hinweis: ${w}\n`);
      if (opts.json) {
        io.stdout(`${JSON.stringify(output)}\n`);
        return;
      }
      if (!output.hits.length) {
        io.stdout(`Keine passenden Fundstellen für „${output.query}“ gefunden.\n`);
        return;
      }
      const lines = [`${output.hits.length} Fundstelle(n) für „${output.query}“:`];
      output.hits.forEach((h, i) => {
        const relevance = h.relevance !== undefined ? `Relevanz ${Math.round(h.relevance * 100)} %` : `Score ${h.score}`;
        const verdict = h.passes ? 'reicht für eine Antwort' : 'unter der Antwortschwelle';
        lines.push('', `${i + 1}. ${h.title} — ${h.source}${h.section.length ? ` (${h.section[h.section.length - 1]})` : ''}`, `   ${relevance}, ${verdict}`, `   ${h.snippet}`);
      });
      if (!output.hits.some((h) => h.passes)) lines.push('', 'Keiner der Treffer reicht für eine Antwort; „rathaus ask“ würde „nicht gefunden“ melden.');
      io.stdout(`${lines.join('\n')}\n`);
    });
};
