/**
 * `rathaus report --from 2026-10-01 --to 2026-12-31 --out bericht/`: the Pilotbericht as Word and
 * Excel file (plus the charts as PNG and SVG) from the records in the data folder or Azure store;
 * `--json` prints the report data instead of a summary.
 */
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { createAuditLogFor } from '../../audit/create-audit-log.js';
import { loadMinutesTemplate } from '../../minutes/template.js';
import { generatePilotReport, pilotSettingsFromConfig, writePilotReportFiles } from '../../reports/pilot/generate-pilot-report.js';
import { summaryText } from '../../reports/pilot/report-text.js';
import { createStore } from '../../storage/create-store.js';
import type { RegisterCommand } from './index.js';

interface ReportOptions {
  from: string;
  to: string;
  out: string;
  json?: boolean;
  dataDir?: string;
}

export const registerReportCommand: RegisterCommand = (program, io) => {
  program
    .command('report')
    .description('Pilotbericht (Nutzung, Kosten, Zeitersparnis, Dokumentationslücken) als Word- und Excel-Datei erstellen')
    .requiredOption('--from <datum>', 'erster Tag des Zeitraums (JJJJ-MM-TT)')
    .requiredOption('--to <datum>', 'letzter Tag des Zeitraums (JJJJ-MM-TT)')
    .option('--out <ordner>', 'Zielordner für die Dateien', '.')
    .option('--json', 'die Berichtsdaten als JSON ausgeben')
    .option('--data-dir <ordner>', 'Datenordner (Standard: RATHAUS_DATA_DIR, sonst ./data)')
    .addHelpText('after', '\nBeispiel:\n  rathaus report --from 2026-10-01 --to 2026-12-31 --out bericht/\n\nPreise, Betriebskosten und Zeitannahmen: MODEL_PRICES, OPERATING_COST_EUR_MONTH, BASELINE_MINUTES_* (docs/pilotbericht.md).\n')
    .action(async (opts: ReportOptions) => {
      const loaded = loadConfig(io.env, io.cwd);
      const config = { ...loaded, RATHAUS_DATA_DIR: path.resolve(io.cwd, opts.dataDir ?? loaded.RATHAUS_DATA_DIR) };
      const store = createStore(config);
      const audit = createAuditLogFor(config, { store });
      const template = config.MINUTES_TEMPLATE ? await loadMinutesTemplate(path.resolve(io.cwd, config.MINUTES_TEMPLATE)) : undefined;
      const files = await generatePilotReport({ audit, store }, pilotSettingsFromConfig(config, { from: opts.from, to: opts.to }, new Date()), template);
      const written = await writePilotReportFiles(files, path.resolve(io.cwd, opts.out));
      if (opts.json) {
        io.stdout(`${JSON.stringify(files.report, null, 2)}\n`);
        return;
      }
      io.stdout(`${summaryText(files.report)}\n\nGeschrieben:\n${written.map((f) => `  ${path.relative(io.cwd, f) || f}`).join('\n')}\n`);
    });
};
