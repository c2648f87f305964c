/**
 * The Antragsvorprüfung use case: read the application, pick its checklist (given or
 * recognised), read the fields (deterministically, then optionally with the model), apply the
 * rules. The result lists per rule erfüllt / fehlt / unklar with evidence and source; it never
 * approves or rejects anything.
 */
import type { ChatModel } from '../llm/chat-model.js';
import type { Catalog } from './catalog-schema.js';
import type { Application } from './application.js';
import type { Land } from './deadlines.js';
import { evaluateRules, type RuleResult } from './evaluate-rules.js';
import { extractFields, type FieldReading } from './extract-fields.js';
import { extractWithModel } from './model-extraction.js';
import { recogniseType } from './recognise-type.js';
import type { CalendarDate } from './values.js';

/** Shown with every result: the assistant assists, the person decides. */
export const ASSIST_NOTE = 'Vorprüfung mit KI-Unterstützung nach dem Prüfkatalog – keine Entscheidung über den Antrag. Bitte prüfen Sie die Punkte selbst.';

export type CheckOutcome = 'vollstaendig' | 'unvollstaendig' | 'pruefen';

export interface CheckCounts {
  erfuellt: number;
  fehlt: number;
  unklar: number;
  entfaellt: number;
}

export interface CheckResult {
  type: string;
  typeTitle: string;
  recognisedBy: 'given' | 'formId' | 'titleWords';
  /** Date the check ran (for letters and the reply deadline). */
  checkedOn: CalendarDate;
  results: RuleResult[];
  counts: CheckCounts;
  outcome: CheckOutcome;
  /** "vollständig nach Prüfkatalog" / "unvollständig: 3 Punkte" (+ unklar). */
  summary: string;
  /** Reading notes (unreadable files, model extraction, OCR). */
  notices: string[];
  /** Field values read, for the card's overview (label → value). */
  fields: { id: string; label: string; value?: string; status: FieldReading['status'] }[];
  parts: string[];
}

export type CheckApplicationResult = { status: 'checked'; result: CheckResult } | { status: 'typeUnknown'; candidates: { id: string; title: string }[] };

export interface CheckDeps {
  catalogs: Catalog[];
  land: Land;
  model?: ChatModel;
  /** Titles of the cited documents (from loadCatalogs), shown with each rule's source. */
  documentTitles?: Record<string, string>;
  today?: () => CalendarDate;
}

export interface CheckInput {
  app: Application;
  /** Catalog id chosen by the person; without it the type is recognised. */
  type?: string;
  signal?: AbortSignal;
}

const points = (n: number) => `${n} ${n === 1 ? 'Punkt' : 'Punkte'}`;

export function summarise(counts: CheckCounts): { outcome: CheckOutcome; summary: string } {
  if (counts.fehlt) return { outcome: 'unvollstaendig', summary: `unvollständig: ${points(counts.fehlt)}${counts.unklar ? `, ${points(counts.unklar)} unklar – bitte prüfen` : ''}` };
  if (counts.unklar) return { outcome: 'pruefen', summary: `${points(counts.unklar)} unklar – bitte prüfen` };
  return { outcome: 'vollstaendig', summary: 'vollständig nach Prüfkatalog' };
}

function todayLocal(): CalendarDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function createCheckApplication(deps: CheckDeps) {
  return async function checkApplication(input: CheckInput): Promise<CheckApplicationResult> {
    const { app } = input;
    let catalog: Catalog | undefined;
    let recognisedBy: CheckResult['recognisedBy'] = 'given';
    if (input.type) {
      catalog = deps.catalogs.find((c) => c.id === input.type);
    } else {
      const r = recogniseType(app, deps.catalogs);
      catalog = r?.catalog;
      if (r) recognisedBy = r.by;
    }
    if (!catalog) return { status: 'typeUnknown', candidates: deps.catalogs.map((c) => ({ id: c.id, title: c.title })) };

    const readings = extractFields(catalog, app);
    const notices = [...app.notices];
    if (deps.model) {
      const report = await extractWithModel(deps.model, catalog, app, readings, input.signal);
      if (report.failed) notices.push('Das Sprachmodell war nicht erreichbar; geprüft wurde nur mit Formularfeldern, Beschriftungen und Mustern.');
      else if (report.accepted) notices.push(`${report.accepted} ${report.accepted === 1 ? 'Angabe wurde' : 'Angaben wurden'} vom Sprachmodell gefunden (Zitat im Dokument geprüft).`);
      if (report.rejected) notices.push(`${report.rejected} ${report.rejected === 1 ? 'Angabe' : 'Angaben'} des Sprachmodells verworfen: das Zitat steht nicht im Dokument.`);
    }
    if (app.parts.some((p) => p.ocr)) notices.push('Ein Teil des Antrags wurde per Texterkennung (OCR) gelesen; Angaben daraus bitte besonders prüfen.');
    const titles = deps.documentTitles ?? {};
    // Nothing readable (a scan without OCR): "fehlt" would be a guess, so every point stays open.
    const nothingReadable = app.parts.every((p) => p.unreadable);
    const evaluated = evaluateRules(catalog.rules, { catalog, app, readings, land: deps.land }).map((r) =>
      nothingReadable && (r.status === 'fehlt' || r.status === 'entfaellt') ? { ...r, status: 'unklar' as const, message: 'Nicht prüfbar: der Antrag enthält keinen lesbaren Text – bitte selbst prüfen.' } : r,
    );
    const results = evaluated.map((r) => (titles[r.source.document] ? { ...r, source: { ...r.source, title: titles[r.source.document] } } : r));
    const counts: CheckCounts = { erfuellt: 0, fehlt: 0, unklar: 0, entfaellt: 0 };
    for (const r of results) if (r.kind !== 'when') counts[r.status]++;
    return {
      status: 'checked',
      result: {
        type: catalog.id,
        typeTitle: catalog.title,
        recognisedBy,
        checkedOn: (deps.today ?? todayLocal)(),
        results,
        counts,
        ...summarise(counts),
        notices,
        fields: catalog.fields.map((f) => {
          const r = readings.get(f.id) ?? { status: 'missing' as const };
          return { id: f.id, label: f.label, status: r.status, value: r.status === 'missing' ? undefined : r.text };
        }),
        parts: app.parts.map((p) => p.name),
      },
    };
  };
}
