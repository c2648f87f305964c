/** The German sentences of the report: summary rows, method and limits (shared by Word, card and CLI). */
import { fmtDay, fmtEur, fmtEurFine, fmtHours, fmtInt, fmtPct, fmtPeriod } from './format.js';
import type { PilotReport } from './types.js';

const num = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 }).format(n);

/** [label, value] pairs of the summary table. */
export function summaryRows(r: PilotReport): [string, string][] {
  const u = r.total.use;
  const rep = r.total.reported;
  return [
    ['Zeitraum', fmtPeriod(r.from, r.to)],
    ['Personen, die den Assistenten genutzt haben', fmtInt(u.people)],
    ['Fragen', fmtInt(u.questions)],
    ['davon beantwortet / nicht gefunden / abgelehnt', `${fmtInt(u.answered)} / ${fmtInt(u.notFound)} / ${fmtInt(u.refused)}`],
    ['Anteil beantworteter Fragen', fmtPct(u.answeredShare)],
    ['Niederschrift-Entwürfe', fmtInt(u.minutesDrafts)],
    ['Antragsvorprüfungen', fmtInt(u.applicationChecks)],
    ['Bewertung „hilfreich“', `${fmtPct(r.total.quality.likeShare)} von ${fmtInt(r.total.quality.likes + r.total.quality.dislikes)} Bewertungen`],
    ['Kosten gesamt (Sprachmodell + Betrieb)', `${fmtEur(r.totalCost.totalEur)} (${fmtEur(r.totalCost.modelEur)} + ${fmtEur(r.totalCost.operatingEur)})`],
    ['Modellkosten je beantworteter Frage', fmtEurFine(r.totalCost.modelEurPerAnsweredQuestion)],
    ['Modellkosten je Niederschrift-Entwurf', fmtEurFine(r.totalCost.modelEurPerMinutesDraft)],
    ['Zeitersparnis – Rechenannahme', fmtHours(r.total.assumed.hours)],
    ['Zeitersparnis – berichtet: Antworten „hat mir Zeit gespart“', fmtInt(rep.answersSaved)],
    ['Zeitersparnis – berichtet: Niederschrift kürzer / gleich / länger', rep.minutes.responses === 0 ? 'keine Rückmeldungen' : rep.minutes.suppressed ? `${fmtInt(rep.minutes.responses)} Rückmeldungen (< ${r.minGroupSize} Personen, nicht aufgeschlüsselt)` : `${fmtInt(rep.minutes.shorter)} / ${fmtInt(rep.minutes.same)} / ${fmtInt(rep.minutes.longer)}`],
  ];
}

export function methodText(r: PilotReport): string[] {
  const prices = r.settings.prices.length
    ? r.settings.prices.map((p) => `${p.model}: ${num(p.inputEurPerMillion)} € / ${num(p.outputEurPerMillion)} € je Million Tokens (Eingabe/Ausgabe)${p.validFrom ? ` ab ${fmtDay(p.validFrom)}` : ''}`).join('; ')
    : 'keine Preise hinterlegt';
  return [
    `Datengrundlage: ${fmtInt(r.dataBasis.auditEvents)} Audit-Einträge, ${fmtInt(r.dataBasis.modelCalls)} Sprachmodell-Aufrufe, ${fmtInt(r.dataBasis.feedback)} Bewertungen, ${fmtInt(r.dataBasis.timeFeedback)} Rückmeldungen zur Zeit, ${fmtInt(r.dataBasis.minutesDrafts)} Niederschrift-Entwürfe und ${fmtInt(r.dataBasis.unanswered)} unbeantwortete Fragen im Zeitraum ${fmtPeriod(r.from, r.to)} (Tage in UTC).`,
    'Nutzung: Jede Anfrage im Teams-Chat hinterlässt einen Audit-Eintrag mit Funktion, Ergebnis (beantwortet, nicht gefunden, abgelehnt, Fehler) und den Kennungen der zitierten Quellen, aber ohne Inhalt. Personen werden über eine pseudonyme Kennung (Hash) gezählt, nie aufgelistet. Der Anteil beantworteter Fragen bezieht sich auf alle Fragen einschließlich abgelehnter.',
    `Kosten: Jeder Aufruf des Sprachmodells wird mit seinen Tokens erfasst und mit dem an seinem Tag gültigen Preis aus MODEL_PRICES bewertet (${prices}). Dazu kommen feste Betriebskosten von ${fmtEur(r.settings.operatingCostEurMonth)} je Monat (OPERATING_COST_EUR_MONTH), anteilig nach Tagen des Zeitraums. Modellkosten je Frage umfassen Antwort, Umformulierung der Rückfrage und Einbettungen; je Niederschrift die Zusammenfassungen.`,
    `Zeitersparnis als Rechenannahme: beantwortete Fragen × ${fmtInt(r.settings.baselineMinutesQuestion)} Minuten (BASELINE_MINUTES_QUESTION) und Niederschrift-Entwürfe × ${fmtInt(r.settings.baselineMinutesMinutesDraft)} Minuten (BASELINE_MINUTES_MINUTES_DRAFT). Berichtete Zeitersparnis: was die Beschäftigten selbst angeben — „hat mir Zeit gespart“ an einer Antwort und, nach einem Niederschrift-Entwurf, ob die endgültige Niederschrift kürzer, etwa gleich lang oder länger als üblich gedauert hat. Beide werden getrennt ausgewiesen und nie verrechnet.`,
    `Datenschutz: Gruppen (Monate, Wochen, Funktionen, Quellen, Themen) mit weniger als ${r.minGroupSize} Personen werden nicht aufgeschlüsselt; ihre Zahlen sind in den Summen des Zeitraums enthalten. Freitext-Kommentare werden ${r.settings.quoteComments ? 'auf Entscheidung der Administration (REPORT_QUOTE_COMMENTS=true) wörtlich zitiert' : 'nur gezählt, nicht zitiert'}.`,
  ];
}

export function limitsText(r: PilotReport): string[] {
  return [
    'Die angenommene Zeitersparnis ist eine Rechengröße aus den eingestellten Minuten je Aufgabe, keine Messung. Sie sollte durch eine eigene Erhebung der Verwaltung ersetzt oder bestätigt werden.',
    'Die berichtete Zeitersparnis beruht auf freiwilligen Angaben einzelner Beschäftigter; wer antwortet, ist nicht repräsentativ für alle. „Kürzer als üblich“ nennt keine Minuten.',
    'Eine beantwortete Frage ist eine Antwort mit Fundstellen, keine geprüfte richtige Antwort; die Bewertungen geben Hinweise auf die Qualität.',
    'Niederschrift-Entwürfe sind Entwürfe: Die Zahl der mit „Bitte prüfen“ markierten Fakten zeigt, wie viel die Schriftführung nachprüfen musste.',
    'Kosten ohne hinterlegten Preis werden mit 0 € bewertet; Listenpreise ändern sich, maßgeblich ist die Rechnung des Anbieters.',
    ...r.notes,
  ];
}

/** Short plain-text summary for the chat and the CLI. */
export function summaryText(r: PilotReport): string {
  return [`Pilotbericht ${fmtPeriod(r.from, r.to)}`, '', ...summaryRows(r).slice(1).map(([k, v]) => `- ${k}: ${v}`)].join('\n');
}
