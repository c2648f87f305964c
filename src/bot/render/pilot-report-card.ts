/** Adaptive Card with the Pilotbericht's summary table (numbers only, no personal data). */
import { CardFactory, type Attachment } from 'botbuilder';
import { fmtPeriod } from '../../reports/pilot/format.js';
import { summaryRows } from '../../reports/pilot/report-text.js';
import type { PilotReport } from '../../reports/pilot/types.js';

export function pilotReportCard(report: PilotReport, files: { name: string; url: string }[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Pilotbericht Rathaus-Assistent', size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: fmtPeriod(report.from, report.to), isSubtle: true, spacing: 'None', wrap: true },
      { type: 'FactSet', facts: summaryRows(report).slice(1).map(([title, value]) => ({ title, value })) },
      {
        type: 'TextBlock',
        text: `Automatisch erstellt. Angenommene und berichtete Zeitersparnis sind getrennt ausgewiesen. Ohne Fragetexte, Namen und Nutzerkennungen; Gruppen mit weniger als ${report.minGroupSize} Personen sind nicht aufgeschlüsselt.`,
        wrap: true,
        size: 'Small',
        isSubtle: true,
        spacing: 'Medium',
      },
      ...(files.length ? [{ type: 'TextBlock', text: files.map((f) => `${f.name}: ${f.url}`).join('\n\n'), wrap: true, size: 'Small', spacing: 'Small' }] : []),
    ],
  });
}
