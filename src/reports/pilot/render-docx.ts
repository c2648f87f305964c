/**
 * The Pilotbericht as a Word file, laid out as an annex to a Sachstandsbericht: letterhead (the
 * Niederschrift's template mechanism, MINUTES_TEMPLATE), title, period, summary table, charts,
 * details, method and limits. Generated automatically, and says so on every page.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { DEFAULT_TEMPLATE, type MinutesTemplate } from '../../minutes/template.js';
import type { Chart } from './charts.js';
import { fmtDay, fmtEur, fmtEurFine, fmtHours, fmtInt, fmtPct, fmtPeriod } from './format.js';
import { methodText, limitsText, summaryRows } from './report-text.js';
import type { PilotReport } from './types.js';

export const REPORT_MARK = 'Automatisch erstellt vom Rathaus-Assistenten';

const p = (text: string, opts: { bold?: boolean; italics?: boolean; size?: number } = {}) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, bold: opts.bold, italics: opts.italics, size: opts.size })] });
const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun(text)] });
const bullet = (text: string) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun(text)] });

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false, right = false) =>
    new TableCell({ children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 18 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((x) => cell(x, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((x, i) => cell(x, false, i > 0)) })),
    ],
  });
}

function chartBlock(chart: Chart): Paragraph[] {
  // 16 cm wide in the document; the PNG is rendered at twice the size for print.
  const width = 600;
  const height = Math.round((chart.height / chart.width) * width);
  return [
    new Paragraph({ keepNext: true, children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width, height }, altText: { name: chart.name, title: chart.title, description: chart.title } })] }),
    p(`Abbildung: ${chart.title}`, { italics: true, size: 18 }),
  ];
}

function letterhead(t: MinutesTemplate): { headers: { default: Header }; footers: { default: Footer } } {
  const top: Paragraph[] = [];
  if (t.logo) top.push(new Paragraph({ children: [new ImageRun({ type: t.logo.type, data: t.logo.data, transformation: { width: t.logoWidth, height: t.logoHeight } })] }));
  if (t.organisation) top.push(new Paragraph({ children: [new TextRun({ text: t.organisation, bold: true })] }));
  for (const line of t.addressLines) top.push(new Paragraph({ children: [new TextRun({ text: line, size: 16 })] }));
  top.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'Anlage zum Sachstandsbericht', bold: true })] }));
  return {
    headers: { default: new Header({ children: top }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${REPORT_MARK} · Seite `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), new TextRun({ text: ' von ', size: 16 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })] })],
      }),
    },
  };
}

function usageSection(r: PilotReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [h('2. Nutzung je Monat')];
  out.push(
    table(
      ['Monat', 'Personen', 'Fragen', 'beantwortet', 'nicht gefunden', 'abgelehnt', 'Anteil beantwortet', 'Niederschriften', 'Antragsprüfungen'],
      r.months.map((m) =>
        m.figures
          ? [m.label, fmtInt(m.figures.use.people), fmtInt(m.figures.use.questions), fmtInt(m.figures.use.answered), fmtInt(m.figures.use.notFound), fmtInt(m.figures.use.refused), fmtPct(m.figures.use.answeredShare), fmtInt(m.figures.use.minutesDrafts), fmtInt(m.figures.use.applicationChecks)]
          : [m.label, `< ${r.minGroupSize}`, '–', '–', '–', '–', '–', '–', '–'],
      ),
    ),
  );
  out.push(h('Nach Funktion', HeadingLevel.HEADING_2), table(['Funktion', 'Personen', 'Anfragen'], r.byCapability.map((g) => [g.label, g.suppressed ? `< ${r.minGroupSize}` : fmtInt(g.people), fmtInt(g.count)])));
  out.push(h('Nach Quelle der Antworten', HeadingLevel.HEADING_2), p('Beantwortete Fragen, die mindestens eine Fundstelle aus der Quelle zitieren (eine Antwort kann mehrere Quellen zitieren).'));
  out.push(table(['Quelle', 'Personen', 'Antworten'], r.bySource.map((g) => [g.label, g.suppressed ? `< ${r.minGroupSize}` : fmtInt(g.people), fmtInt(g.count)])));
  return out;
}

function qualitySection(r: PilotReport): (Paragraph | Table)[] {
  const q = r.total.quality;
  const out: (Paragraph | Table)[] = [h('3. Qualität')];
  out.push(
    table(
      ['Kennzahl', 'Wert'],
      [
        ['Anteil beantworteter Fragen', fmtPct(r.total.use.answeredShare)],
        ['Bewertungen „hilfreich“ / „nicht hilfreich“', `${fmtInt(q.likes)} / ${fmtInt(q.dislikes)}`],
        ['Anteil „hilfreich“ an den Bewertungen', fmtPct(q.likeShare)],
        ['Anteil bewerteter Antworten', fmtPct(q.feedbackShare)],
        ['Freitext-Kommentare (gezählt)', fmtInt(q.comments)],
        ['Fakten in Niederschrift-Entwürfen', fmtInt(q.minutesFacts)],
        ['davon „Bitte prüfen“', `${fmtInt(q.minutesFactsToCheck)} (${fmtPct(q.minutesFactsToCheckShare)})`],
      ],
    ),
  );
  if (r.commentQuotes?.length) {
    out.push(h('Kommentare (wörtlich, von der Administration freigeschaltet)', HeadingLevel.HEADING_2));
    for (const c of r.commentQuotes.slice(0, 200)) out.push(bullet(`„${c}“`));
  }
  return out;
}

function costSection(r: PilotReport): (Paragraph | Table)[] {
  const c = r.totalCost;
  return [
    h('4. Kosten'),
    table(['Monat', 'Sprachmodell', 'Betrieb (fest)', 'Gesamt', 'Modell je beantworteter Frage', 'Modell je Niederschrift'], [
      ...r.months.map((m) => [m.label, fmtEur(m.cost.modelEur), fmtEur(m.cost.operatingEur), fmtEur(m.cost.totalEur), fmtEurFine(m.cost.modelEurPerAnsweredQuestion), fmtEurFine(m.cost.modelEurPerMinutesDraft)]),
      ['Zeitraum', fmtEur(c.modelEur), fmtEur(c.operatingEur), fmtEur(c.totalEur), fmtEurFine(c.modelEurPerAnsweredQuestion), fmtEurFine(c.modelEurPerMinutesDraft)],
    ]),
    h('Tokens nach Bereitstellung und Zweck', HeadingLevel.HEADING_2),
    table(['Bereitstellung/Modell', 'Zweck', 'Aufrufe', 'Tokens Eingabe', 'Tokens Ausgabe', 'Kosten'], r.costRows.map((x) => [x.model, x.purpose, fmtInt(x.calls), fmtInt(x.promptTokens), fmtInt(x.completionTokens), x.priced ? fmtEur(x.eur) : `${fmtEur(x.eur)} (ohne Preis)`])),
  ];
}

function savingsSection(r: PilotReport): (Paragraph | Table)[] {
  const a = r.total.assumed;
  const rep = r.total.reported;
  const m = rep.minutes;
  return [
    h('5. Zeitersparnis'),
    p('Die beiden folgenden Abschnitte beruhen auf verschiedenen Grundlagen und werden bewusst nicht zusammengerechnet.', { italics: true }),
    h('5.1 Angenommene Zeitersparnis (Rechenannahme)', HeadingLevel.HEADING_2),
    table(['Aufgabe', 'Anzahl', 'Annahme je Aufgabe', 'Summe'], [
      ['Beantwortete Fragen', fmtInt(a.answeredQuestions), `${fmtInt(a.minutesPerQuestion)} Min.`, fmtHours((a.answeredQuestions * a.minutesPerQuestion) / 60)],
      ['Niederschrift-Entwürfe', fmtInt(a.minutesDrafts), `${fmtInt(a.minutesPerDraft)} Min.`, fmtHours((a.minutesDrafts * a.minutesPerDraft) / 60)],
      ['Zusammen (angenommen)', '', '', fmtHours(a.hours)],
    ]),
    h('5.2 Von den Beschäftigten berichtete Zeitersparnis', HeadingLevel.HEADING_2),
    table(['Rückmeldung', 'Wert'], [
      ['Antworten mit „hat mir Zeit gespart“', `${fmtInt(rep.answersSaved)} (${fmtPct(rep.answersSavedShare)} der beantworteten Fragen)`],
      ['Rückmeldungen der Schriftführung zur Dauer der Niederschrift', fmtInt(m.responses)],
      ['… kürzer als üblich', m.suppressed ? `nicht aufgeschlüsselt (< ${r.minGroupSize} Personen)` : fmtInt(m.shorter)],
      ['… etwa gleich', m.suppressed ? '–' : fmtInt(m.same)],
      ['… länger als üblich', m.suppressed ? '–' : fmtInt(m.longer)],
    ]),
  ];
}

function gapsSection(r: PilotReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [h('6. Dokumentationslücken')];
  if (!r.gaps.recorded) {
    out.push(p(r.dataBasis.unanswered ? 'Zu den unbeantworteten Fragen sind keine Hauptwörter gespeichert; Themen lassen sich deshalb nicht ermitteln.' : 'Im Zeitraum wurden keine unbeantworteten Fragen erfasst.'));
    return out;
  }
  out.push(p(`Häufigste Themen unbeantworteter Fragen, gruppiert nach Hauptwörtern. Gezeigt werden nur Themen, nach denen mindestens ${r.minGroupSize} verschiedene Personen gefragt haben; Fragetexte erscheinen nicht.`));
  out.push(table(['Thema (Hauptwörter)', 'Fragen', 'Personen'], r.gaps.topics.map((t) => [t.words.join(' · '), fmtInt(t.questions), fmtInt(t.people)])));
  out.push(p(`${fmtInt(r.gaps.questionsInSmallTopics)} von ${fmtInt(r.gaps.questions)} unbeantworteten Fragen gehören zu kleineren Themen und sind nicht einzeln ausgewiesen.`, { size: 18 }));
  return out;
}

export async function renderPilotDocx(report: PilotReport, charts: Chart[], template: MinutesTemplate = DEFAULT_TEMPLATE): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Pilotbericht Rathaus-Assistent')] }),
    p(`Nutzung, Kosten und Zeitersparnis im Zeitraum ${fmtPeriod(report.from, report.to)}`, { bold: true }),
    p(`${REPORT_MARK} am ${fmtDay(report.generatedAt.slice(0, 10))} aus dem Audit-Protokoll, den Nutzungs- und Rückmeldungsdaten des Zeitraums. Der Bericht enthält keine Fragetexte, keine Namen und keine Nutzerkennungen.`, { italics: true }),
    h('1. Zusammenfassung'),
    table(['Kennzahl', 'Wert'], summaryRows(report)),
    ...charts.slice(0, 2).flatMap(chartBlock),
    ...usageSection(report),
    ...qualitySection(report),
    ...charts.slice(2, 3).flatMap(chartBlock),
    ...costSection(report),
    ...charts.slice(3).flatMap(chartBlock),
    ...savingsSection(report),
    ...gapsSection(report),
    h('7. Methode'),
    ...methodText(report).map((t) => p(t)),
    h('8. Grenzen der Aussagekraft'),
    ...limitsText(report).map(bullet),
  ];
  const doc = new Document({
    creator: 'Rathaus-Assistent',
    title: `Pilotbericht ${report.from} bis ${report.to}`,
    description: REPORT_MARK,
    styles: { default: { document: { run: { font: template.font, size: Math.round(template.fontSize * 2) } } } },
    sections: [{ ...letterhead(template), children: body }],
  });
  return Packer.toBuffer(doc);
}
