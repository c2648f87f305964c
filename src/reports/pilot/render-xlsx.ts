/**
 * The Pilotbericht as an Excel workbook (exceljs): one sheet per section, numbers stored as
 * numbers (with German display formats), so the administration can calculate with them. Groups
 * below k people are empty cells with the note "nicht ausgewiesen".
 */
import ExcelJS from 'exceljs';
import { fmtPeriod } from './format.js';
import { limitsText, methodText } from './report-text.js';
import type { PilotReport } from './types.js';

type Cell = string | number | null;
const EUR = '#,##0.00 "€"';
const EUR_FINE = '#,##0.0000 "€"';
const PCT = '0.0%';
const INT = '#,##0';
const HOURS = '#,##0.0';

export const SHEET_NAMES = ['Zusammenfassung', 'Nutzung', 'Funktionen und Quellen', 'Wochen', 'Qualität', 'Kosten', 'Tokens', 'Zeitersparnis', 'Dokumentationslücken', 'Methode'] as const;

function sheet(wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], formats: (string | undefined)[] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? null : v)));
  ws.columns.forEach((col, i) => {
    col.width = i === 0 ? 42 : Math.max(14, header[i]?.length ?? 10);
    const f = formats[i];
    if (f) col.numFmt = f;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return ws;
}

const hidden = (r: PilotReport) => `nicht ausgewiesen (< ${r.minGroupSize} Personen)`;

export async function renderPilotXlsx(r: PilotReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Rathaus-Assistent';
  wb.title = `Pilotbericht ${r.from} bis ${r.to}`;
  const t = r.total;
  const c = r.totalCost;
  sheet(
    wb,
    'Zusammenfassung',
    ['Kennzahl', 'Wert', 'Einheit'],
    [
      ['Zeitraum', fmtPeriod(r.from, r.to), ''],
      ['Personen (Anzahl)', t.use.people, 'Personen'],
      ['Fragen', t.use.questions, 'Anzahl'],
      ['beantwortet', t.use.answered, 'Anzahl'],
      ['nicht gefunden', t.use.notFound, 'Anzahl'],
      ['abgelehnt', t.use.refused, 'Anzahl'],
      ['Fehler', t.use.errors, 'Anzahl'],
      ['Anteil beantwortet', t.use.answeredShare, 'Anteil'],
      ['Niederschrift-Entwürfe', t.use.minutesDrafts, 'Anzahl'],
      ['Antragsvorprüfungen', t.use.applicationChecks, 'Anzahl'],
      ['Kosten Sprachmodell', c.modelEur, 'EUR'],
      ['Kosten Betrieb (fest)', c.operatingEur, 'EUR'],
      ['Kosten gesamt', c.totalEur, 'EUR'],
      ['Modellkosten je beantworteter Frage', c.modelEurPerAnsweredQuestion, 'EUR'],
      ['Modellkosten je Niederschrift-Entwurf', c.modelEurPerMinutesDraft, 'EUR'],
      ['Zeitersparnis angenommen', t.assumed.hours, 'Stunden'],
      ['Zeitersparnis berichtet: Antworten „hat mir Zeit gespart“', t.reported.answersSaved, 'Anzahl'],
      ['Zeitersparnis berichtet: Rückmeldungen Schriftführung', t.reported.minutes.responses, 'Anzahl'],
    ],
  );
  const summary = wb.getWorksheet('Zusammenfassung')!;
  summary.eachRow((row) => {
    const unit = row.getCell(3).value;
    row.getCell(2).numFmt = unit === 'Anteil' ? PCT : unit === 'EUR' ? EUR_FINE : unit === 'Stunden' ? HOURS : INT;
  });
  const monthFig = (m: PilotReport['months'][number]) => m.figures;
  sheet(
    wb,
    'Nutzung',
    ['Monat', 'Personen', 'Fragen', 'beantwortet', 'nicht gefunden', 'abgelehnt', 'Fehler', 'Anteil beantwortet', 'Niederschrift-Entwürfe', 'Antragsvorprüfungen', 'Hinweis'],
    r.months.map((m) => {
      const f = monthFig(m)?.use;
      return [m.label, f?.people ?? null, f?.questions ?? null, f?.answered ?? null, f?.notFound ?? null, f?.refused ?? null, f?.errors ?? null, f?.answeredShare ?? null, f?.minutesDrafts ?? null, f?.applicationChecks ?? null, f ? '' : hidden(r)];
    }),
    [undefined, INT, INT, INT, INT, INT, INT, PCT, INT, INT],
  );
  sheet(
    wb,
    'Funktionen und Quellen',
    ['Gruppe', 'Art', 'Personen', 'Anzahl', 'Hinweis'],
    [...r.byCapability.map((g) => [g.label, 'Funktion', g.people, g.count, g.suppressed ? hidden(r) : ''] as Cell[]), ...r.bySource.map((g) => [g.label, 'Quelle (beantwortete Fragen)', g.people, g.count, g.suppressed ? hidden(r) : ''] as Cell[])],
    [undefined, undefined, INT, INT],
  );
  sheet(wb, 'Wochen', ['Kalenderwoche', 'Beginn', 'Fragen', 'beantwortet', 'Anteil beantwortet', 'Hinweis'], r.weeks.map((w) => [w.label, w.start, w.questions, w.answered, w.answeredShare, w.suppressed ? hidden(r) : '']), [undefined, undefined, INT, INT, PCT]);
  sheet(
    wb,
    'Qualität',
    ['Monat', 'hilfreich', 'nicht hilfreich', 'Anteil hilfreich', 'Anteil bewerteter Antworten', 'Kommentare (gezählt)', 'Fakten in Niederschriften', 'davon Bitte prüfen', 'Anteil Bitte prüfen', 'Hinweis'],
    [
      ...r.months.map((m) => {
        const q = monthFig(m)?.quality;
        return [m.label, q?.likes ?? null, q?.dislikes ?? null, q?.likeShare ?? null, q?.feedbackShare ?? null, q?.comments ?? null, q?.minutesFacts ?? null, q?.minutesFactsToCheck ?? null, q?.minutesFactsToCheckShare ?? null, q ? '' : hidden(r)] as Cell[];
      }),
      ['Zeitraum', t.quality.likes, t.quality.dislikes, t.quality.likeShare, t.quality.feedbackShare, t.quality.comments, t.quality.minutesFacts, t.quality.minutesFactsToCheck, t.quality.minutesFactsToCheckShare, ''],
    ],
    [undefined, INT, INT, PCT, PCT, INT, INT, INT, PCT],
  );
  sheet(
    wb,
    'Kosten',
    ['Monat', 'Tage im Zeitraum', 'Modellaufrufe', 'Tokens Eingabe', 'Tokens Ausgabe', 'Sprachmodell', 'Betrieb (fest)', 'Gesamt', 'Modell je beantworteter Frage', 'Modell je Niederschrift'],
    [
      ...r.months.map((m) => [m.label, m.days, m.cost.modelCalls, m.cost.promptTokens, m.cost.completionTokens, m.cost.modelEur, m.cost.operatingEur, m.cost.totalEur, m.cost.modelEurPerAnsweredQuestion, m.cost.modelEurPerMinutesDraft] as Cell[]),
      ['Zeitraum', r.months.reduce((n, m) => n + m.days, 0), c.modelCalls, c.promptTokens, c.completionTokens, c.modelEur, c.operatingEur, c.totalEur, c.modelEurPerAnsweredQuestion, c.modelEurPerMinutesDraft],
    ],
    [undefined, INT, INT, INT, INT, EUR, EUR, EUR, EUR_FINE, EUR_FINE],
  );
  sheet(wb, 'Tokens', ['Bereitstellung/Modell', 'Zweck', 'Aufrufe', 'Tokens Eingabe', 'Tokens Ausgabe', 'Kosten', 'Preis hinterlegt'], r.costRows.map((x) => [x.model, x.purpose, x.calls, x.promptTokens, x.completionTokens, x.eur, x.priced ? 'ja' : 'nein']), [undefined, undefined, INT, INT, INT, EUR]);
  const rep = t.reported;
  sheet(
    wb,
    'Zeitersparnis',
    ['Grundlage', 'Kennzahl', 'Anzahl', 'Minuten je Aufgabe', 'Stunden', 'Hinweis'],
    [
      ['Annahme', 'Beantwortete Fragen', t.assumed.answeredQuestions, t.assumed.minutesPerQuestion, (t.assumed.answeredQuestions * t.assumed.minutesPerQuestion) / 60, 'BASELINE_MINUTES_QUESTION'],
      ['Annahme', 'Niederschrift-Entwürfe', t.assumed.minutesDrafts, t.assumed.minutesPerDraft, (t.assumed.minutesDrafts * t.assumed.minutesPerDraft) / 60, 'BASELINE_MINUTES_MINUTES_DRAFT'],
      ['Annahme', 'Zusammen', null, null, t.assumed.hours, ''],
      ['Berichtet', 'Antworten „hat mir Zeit gespart“', rep.answersSaved, null, null, 'keine Minutenangabe'],
      ['Berichtet', 'Anteil an beantworteten Fragen', rep.answersSavedShare, null, null, 'Anteil'],
      ['Berichtet', 'Niederschrift: Rückmeldungen', rep.minutes.responses, null, null, ''],
      ['Berichtet', 'Niederschrift: kürzer als üblich', rep.minutes.shorter, null, null, rep.minutes.suppressed ? hidden(r) : ''],
      ['Berichtet', 'Niederschrift: etwa gleich', rep.minutes.same, null, null, rep.minutes.suppressed ? hidden(r) : ''],
      ['Berichtet', 'Niederschrift: länger als üblich', rep.minutes.longer, null, null, rep.minutes.suppressed ? hidden(r) : ''],
    ],
    [undefined, undefined, undefined, INT, HOURS],
  );
  sheet(wb, 'Dokumentationslücken', ['Thema (Hauptwörter)', 'Fragen', 'Personen'], [...r.gaps.topics.map((g) => [g.words.join(' · '), g.questions, g.people] as Cell[]), ['Kleinere Themen (nicht einzeln ausgewiesen)', r.gaps.questionsInSmallTopics, null]], [undefined, INT, INT]);
  const method = wb.addWorksheet('Methode');
  method.getColumn(1).width = 140;
  for (const line of [...methodText(r), '', 'Grenzen:', ...limitsText(r)]) method.addRow([line]).alignment = { wrapText: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
