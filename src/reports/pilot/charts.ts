/**
 * The report's charts: Vega-Lite specs compiled and rendered to SVG by Vega on the server (no
 * browser, no canvas), then to PNG by resvg (prebuilt binary from npm) with the DejaVu Sans font
 * shipped as an npm package, so the images look the same on every machine and need no system fonts.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { PilotReport } from './types.js';

export interface Chart {
  /** File name without extension, e.g. "fragen-je-woche". */
  name: string;
  title: string;
  svg: string;
  png: Buffer;
  /** Pixel size of the PNG (rendered at 2× for print). */
  width: number;
  height: number;
}

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const FONT = 'DejaVu Sans';
const WIDTH = 560;
const HEIGHT = 240;
const BLUE = '#1f5fa8';
const GREY = '#9aa5b1';
const RED = '#b23b3b';

const base = (title: string, values: object[]) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: title, anchor: 'start' as const, fontSize: 14 },
  width: WIDTH,
  height: HEIGHT,
  background: 'white',
  data: { values },
  config: { font: FONT, axis: { labelFontSize: 11, titleFontSize: 11 }, legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' as const } },
});

function questionsPerWeek(r: PilotReport): TopLevelSpec {
  const values = r.weeks.map((w) => ({ week: w.label, start: w.start, beantwortet: w.answered, 'nicht beantwortet': w.questions === null ? null : w.questions - (w.answered ?? 0) })).flatMap((w) => [
    { week: w.week, start: w.start, status: 'beantwortet', n: w.beantwortet },
    { week: w.week, start: w.start, status: 'nicht beantwortet', n: w['nicht beantwortet'] },
  ]);
  return {
    ...base('Fragen je Kalenderwoche', values),
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'week', type: 'ordinal', sort: { field: 'start' }, title: null, axis: { labelAngle: -45 } },
      y: { field: 'n', type: 'quantitative', title: 'Fragen', stack: 'zero' },
      color: { field: 'status', type: 'nominal', title: null, scale: { domain: ['beantwortet', 'nicht beantwortet'], range: [BLUE, GREY] } },
    },
  } as TopLevelSpec;
}

function answeredShare(r: PilotReport): TopLevelSpec {
  const values = r.weeks.filter((w) => w.answeredShare !== null).map((w) => ({ week: w.label, start: w.start, share: w.answeredShare }));
  return {
    ...base('Anteil beantworteter Fragen je Kalenderwoche', values),
    mark: { type: 'line', point: true, color: BLUE },
    encoding: {
      x: { field: 'week', type: 'ordinal', sort: { field: 'start' }, title: null, axis: { labelAngle: -45 } },
      y: { field: 'share', type: 'quantitative', title: 'Anteil beantwortet', scale: { domain: [0, 1] }, axis: { format: '.0%' } },
    },
  } as TopLevelSpec;
}

function feedbackPerMonth(r: PilotReport): TopLevelSpec {
  const values = r.months.flatMap((m) =>
    m.figures
      ? [
          { month: m.label, key: m.month, art: 'hilfreich', n: m.figures.quality.likes },
          { month: m.label, key: m.month, art: 'nicht hilfreich', n: m.figures.quality.dislikes },
          { month: m.label, key: m.month, art: 'Zeit gespart', n: m.figures.reported.answersSaved },
        ]
      : [],
  );
  return {
    ...base('Rückmeldungen zu Antworten je Monat', values),
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: { field: 'key' }, title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'art', type: 'nominal' },
      y: { field: 'n', type: 'quantitative', title: 'Anzahl' },
      color: { field: 'art', type: 'nominal', title: null, scale: { domain: ['hilfreich', 'nicht hilfreich', 'Zeit gespart'], range: [BLUE, RED, '#3c8d5a'] } },
    },
  } as TopLevelSpec;
}

function costPerMonth(r: PilotReport): TopLevelSpec {
  const values = r.months.flatMap((m) => [
    { month: m.label, key: m.month, art: 'Sprachmodell', eur: m.cost.modelEur },
    { month: m.label, key: m.month, art: 'Betrieb (fest)', eur: m.cost.operatingEur },
  ]);
  return {
    ...base('Kosten je Monat (EUR)', values),
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: { field: 'key' }, title: null, axis: { labelAngle: 0 } },
      y: { field: 'eur', type: 'quantitative', title: 'EUR', stack: 'zero', axis: { format: ',.2f' } },
      color: { field: 'art', type: 'nominal', title: null, scale: { domain: ['Sprachmodell', 'Betrieb (fest)'], range: [BLUE, GREY] } },
    },
  } as TopLevelSpec;
}

/** German number format for axis labels (decimal comma, thousands point). */
const DE_LOCALE = { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' €'] as [string, string] };

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none', locale: { number: DE_LOCALE } } as never);
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const image = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT }, fitTo: { mode: 'zoom', value: 2 }, background: 'white' }).render();
  return { png: Buffer.from(image.asPng()), width: image.width, height: image.height };
}

export const CHART_SPECS: { name: string; title: string; spec: (r: PilotReport) => TopLevelSpec }[] = [
  { name: 'fragen-je-woche', title: 'Fragen je Kalenderwoche', spec: questionsPerWeek },
  { name: 'anteil-beantwortet', title: 'Anteil beantworteter Fragen', spec: answeredShare },
  { name: 'rueckmeldungen', title: 'Rückmeldungen zu Antworten je Monat', spec: feedbackPerMonth },
  { name: 'kosten-je-monat', title: 'Kosten je Monat', spec: costPerMonth },
];

/** All four charts of a report, as SVG and PNG. */
export async function renderCharts(report: PilotReport): Promise<Chart[]> {
  const charts: Chart[] = [];
  for (const c of CHART_SPECS) {
    const svg = await renderSvg(c.spec(report));
    charts.push({ name: c.name, title: c.title, svg, ...svgToPng(svg) });
  }
  return charts;
}
