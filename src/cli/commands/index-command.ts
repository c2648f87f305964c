/**
 * `rathaus index [<dir>] [--data-dir D] [--json]`: brings the search index of the knowledge
 * folder up to date (incremental) and reports documents, chunks and skipped files.
 */
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../../config.js';
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
    .addHelpText('after', '\nBeispiel:\n  rathaus index ./knowledge --data-dir ./data\n  rathaus index --json\n')
    .action(async (dirArg: string | undefined, opts: { dataDir?: string; json?: boolean }) => {
      const config = loadConfig(io.env, io.cwd);
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
