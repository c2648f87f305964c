/**
 * The Pilotbericht use case: records of a period → report data → charts, Word and Excel files.
 * Shared by `rathaus report` and the admin chat command `Pilotbericht`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { recordsUnansweredText, type AppConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';
import type { MinutesTemplate } from '../../minutes/template.js';
import { buildPilotReport } from './build-pilot-report.js';
import { isDay } from './calendar.js';
import { renderCharts, type Chart } from './charts.js';
import { loadPilotInputs, type PilotRecordSources } from './load-pilot-inputs.js';
import { renderPilotDocx } from './render-docx.js';
import { renderPilotXlsx } from './render-xlsx.js';
import type { PilotInputs, PilotReport, PilotSettings } from './types.js';

export interface PilotReportFiles {
  report: PilotReport;
  /** "Pilotbericht_2026-10-01_2026-12-31". */
  baseName: string;
  docx: { name: string; data: Buffer };
  xlsx: { name: string; data: Buffer };
  charts: Chart[];
}

/** Checks a period given by a person; German message for a bad one. */
export function checkPeriod(from: string, to: string): void {
  if (!isDay(from) || !isDay(to)) throw new AppError('invalidInput', `bad period ${from}..${to}`, 'Bitte geben Sie den Zeitraum als Datum in der Form JJJJ-MM-TT an, z. B. --from 2026-10-01 --to 2026-12-31.');
  if (from > to) throw new AppError('invalidInput', 'period reversed', `Der Zeitraum ist leer: ${from} liegt nach ${to}.`);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > 3 * 366) throw new AppError('invalidInput', 'period too long', 'Ein Pilotbericht umfasst höchstens drei Jahre.');
}

export function pilotSettingsFromConfig(config: AppConfig, period: { from: string; to: string }, now: Date): PilotSettings {
  return {
    ...period,
    prices: config.MODEL_PRICES,
    operatingCostEurMonth: config.OPERATING_COST_EUR_MONTH,
    baselineMinutesQuestion: config.BASELINE_MINUTES_QUESTION,
    baselineMinutesMinutesDraft: config.BASELINE_MINUTES_MINUTES_DRAFT,
    quoteComments: config.REPORT_QUOTE_COMMENTS,
    unansweredTextRecorded: recordsUnansweredText(config),
    generatedAt: now.toISOString(),
  };
}

/** Report data, charts and both documents from records already loaded. */
export async function renderPilotReport(inputs: PilotInputs, settings: PilotSettings, template?: MinutesTemplate): Promise<PilotReportFiles> {
  checkPeriod(settings.from, settings.to);
  const report = buildPilotReport(inputs, settings);
  const charts = await renderCharts(report);
  const baseName = `Pilotbericht_${settings.from}_${settings.to}`;
  const [docx, xlsx] = await Promise.all([renderPilotDocx(report, charts, template), renderPilotXlsx(report)]);
  return { report, baseName, docx: { name: `${baseName}.docx`, data: docx }, xlsx: { name: `${baseName}.xlsx`, data: xlsx }, charts };
}

export async function generatePilotReport(sources: PilotRecordSources, settings: PilotSettings, template?: MinutesTemplate): Promise<PilotReportFiles> {
  checkPeriod(settings.from, settings.to);
  return renderPilotReport(await loadPilotInputs(sources, settings.from, settings.to), settings, template);
}

/** Writes the Word and Excel file and each chart as PNG and SVG into `dir`; returns the paths. */
export async function writePilotReportFiles(files: PilotReportFiles, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const out: [string, Buffer | string][] = [
    [files.docx.name, files.docx.data],
    [files.xlsx.name, files.xlsx.data],
    ...files.charts.flatMap((c): [string, Buffer | string][] => [
      [`${files.baseName}_${c.name}.png`, c.png],
      [`${files.baseName}_${c.name}.svg`, c.svg],
    ]),
  ];
  const written: string[] = [];
  for (const [name, data] of out) {
    const file = path.join(dir, name);
    await writeFile(file, data);
    written.push(file);
  }
  return written;
}
