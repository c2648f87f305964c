/**
 * `rathaus index [<dir>] [--data-dir D] [--json]`: brings the search index of the knowledge
 * folder up to date (incremental) and reports documents, chunks and skipped files.
 */
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type AppConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';
import { createOparl } from '../../oparl/create-oparl.js';
import { createStore } from '../../storage/create-store.js';
import type { CliIo } from '../main.js';
import { indexKnowledge, type IndexProgress, type IndexRun } from '../../knowledge/index/index-knowledge.js';
import { parserFromConfig } from '../../knowledge/parsers/from-config.js';
import { SUPPORTED_EXTENSIONS } from '../../knowledge/parsers/parse-document.js';
import { instructionWarnings } from '../../knowledge/quarantine/quarantine.js';
import { createEmbeddingModel } from '../../llm/create-chat-model.js';
import type { RegisterCommand } from './index.js';

const REASONS: Record<string, string> = {
  unsupported: 'Dateityp nicht unterstützt',
  empty: 'leer / kein Text',
  encrypted: 'passwortgeschützt',
  'too-large': 'zu groß',
  unreadable: 'nicht lesbar',
  limit: 'Grenzwert überschritten',
  outside: 'Verknüpfung aus dem Wissensordner hinaus',
  invalid: 'kein gültiges OParl-Objekt',
};

/** A folder that gives no searchable document at all is worth a warning, not a silent empty index. */
export function emptyIndexWarning(run: Pick<IndexRun, 'documents' | 'skipped'>, dir: string): string | undefined {
  if (run.documents > 0) return undefined;
  const unsupported = run.skipped.filter((s) => s.reason === 'unsupported').length;
  if (run.skipped.length === unsupported) {
    return `Im Wissensordner ${dir} liegt keine lesbare Datei${unsupported ? ` (${unsupported} Datei(en) in nicht unterstützten Formaten)` : ''}. Unterstützt: ${SUPPORTED_EXTENSIONS.join(' ')}.`;
  }
  return `Keine Datei im Wissensordner ${dir} konnte indexiert werden; alle ${run.skipped.length} wurden übersprungen (Gründe siehe unten).`;
}

export const registerIndexCommand: RegisterCommand = (program, io) => {
  program
    .command('index')
    .description('Suchindex des Wissensordners aufbauen oder aktualisieren (nur geänderte Dateien werden neu gelesen)')
    .argument('[ordner]', 'Wissensordner (Standard: KNOWLEDGE_DIR, sonst ./knowledge)')
    .option('--data-dir <ordner>', 'Ablage des Index (Standard: RATHAUS_DATA_DIR, sonst ./data)')
    .option('--json', 'Ergebnis als JSON: {"documents","chunks","skipped","warnings","ms"}')
    .option('--source <quelle>', 'local (Wissensordner) oder oparl (Ratsinformationssystem, OPARL_SYSTEM_URL)', 'local')
    .addHelpText('after', '\nBeispiel:\n  rathaus index ./knowledge --data-dir ./data\n  rathaus index --json\n  rathaus index --source oparl\n')
    .action(async (dirArg: string | undefined, opts: { dataDir?: string; json?: boolean; source: string }) => {
      const config = loadConfig(io.env, io.cwd);
      if (opts.source === 'oparl') return indexOparl(config, io, opts);
      if (opts.source !== 'local') throw new AppError('invalidInput', `index --source ${opts.source}`, `--source erwartet local oder oparl, nicht „${opts.source}“.`);
      const dir = path.resolve(io.cwd, dirArg ?? config.KNOWLEDGE_DIR);
      const dataDir = path.resolve(io.cwd, opts.dataDir ?? config.RATHAUS_DATA_DIR);
      const bar = !opts.json && io.isTTY ? new SingleBar({ format: 'Indexiere [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic) : undefined;
      let started = false;
      const onProgress = (p: IndexProgress) => {
        if (!bar || p.phase !== 'read') return;
        if (!started) {
          bar.start(p.total, 0, { file: '' });
          started = true;
        }
        bar.update(p.done, { file: p.ocr ? `${p.source ?? ''} (Texterkennung S. ${Math.min(p.ocr.done + 1, p.ocr.total)}/${p.ocr.total})` : (p.source ?? '') });
      };
      // Same embedding model as the bot, so a CLI run keeps the hybrid index complete.
      const embedder = createEmbeddingModel(config);
      const parser = parserFromConfig(config);
      const run = await indexKnowledge({ parse: parser.parse, dataDir, maxFileBytes: config.MAX_FILE_MB * 1024 * 1024, onProgress, embedder })(dir).finally(async () => {
        bar?.stop();
        await parser.close();
      });
      const warning = emptyIndexWarning(run, dir);
      if (warning) io.stderr(`Warnung: ${warning}\n`);
      const warnings = instructionWarnings(run.snapshot.chunks);
      if (opts.json) {
        io.stdout(`${JSON.stringify({ documents: run.documents, chunks: run.chunks, skipped: run.skipped, warnings, ms: run.ms })}\n`);
        return;
      }
      const lines = [
        `Index ${run.changed ? 'aktualisiert' : 'unverändert'}: ${run.documents} Dokumente, ${run.chunks} Abschnitte (${(run.ms / 1000).toFixed(1)} s).`,
        `Ablage: ${path.relative(io.cwd, dataDir) || dataDir}`,
      ];
      if (run.skipped.length) {
        lines.push(`Übersprungen: ${run.skipped.length} Datei(en)`);
        for (const s of run.skipped) lines.push(`  - ${s.source}: ${REASONS[s.reason] ?? s.reason} (${run.skipMessages[s.source] ?? ''})`);
      }
      if (warnings.length) {
        lines.push(`Warnungen: ${warnings.length} Datei(en) mit Text, der sich an einen KI-Assistenten richtet`);
        for (const w of warnings) lines.push(`  - ${w.source}: ${w.message}`);
      }
      io.stdout(`${lines.join('\n')}\n`);
    });
};

/** `rathaus index --source oparl`: one sync with the council information system (full the first time, then changes). */
async function indexOparl(config: AppConfig, io: CliIo, opts: { dataDir?: string; json?: boolean }): Promise<void> {
  const dataDir = path.resolve(io.cwd, opts.dataDir ?? config.RATHAUS_DATA_DIR);
  const local = { ...config, RATHAUS_DATA_DIR: dataDir };
  const parser = parserFromConfig(config);
  const service = createOparl(local, { parse: parser.parse, store: createStore(local), embedder: createEmbeddingModel(config) });
  if (!service) {
    await parser.close();
    throw new AppError('config', 'OPARL_SYSTEM_URL not set', 'Für --source oparl muss OPARL_SYSTEM_URL gesetzt sein (Adresse des OParl-Systems des Ratsinformationssystems, siehe docs/ratsinformationssystem.md).');
  }
  const run = await service.sync().finally(() => parser.close());
  if (opts.json) {
    io.stdout(`${JSON.stringify({ mode: run.mode, documents: run.documents, chunks: run.chunks, updated: run.updated, removed: run.removed, skipped: run.skipped, requests: service.http.requests, ms: run.ms })}\n`);
    return;
  }
  const lines = [
    `Ratsinformationssystem ${run.mode === 'poll' ? 'abgeglichen (nur Änderungen)' : 'vollständig gelesen'}: ${run.documents} Dokumente (Vorlagen, Sitzungen, TOPs), ${run.chunks} Abschnitte; neu gelesen ${run.updated}, entfernt ${run.removed} (${(run.ms / 1000).toFixed(1)} s, ${service.http.requests} Abrufe).`,
    `Ablage: ${path.relative(io.cwd, dataDir) || dataDir}`,
  ];
  if (run.skipped.length) {
    lines.push(`Übersprungen: ${run.skipped.length}`);
    for (const s of run.skipped) lines.push(`  - ${s.source}: ${REASONS[s.reason] ?? s.reason} (${run.skipMessages[s.source] ?? ''})`);
  }
  io.stdout(`${lines.join('\n')}\n`);
}
