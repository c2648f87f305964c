/**
 * Finds each catalog field's value in the application: by PDF form field name, by label
 * proximity ("IBAN: DE…", a label with its value on the next line as in Word tables) and, for
 * distinctive kinds, by pattern. Then checks plausibility (real dates, IBAN checksum, PLZ).
 */
import type { Catalog, FieldDef } from './catalog-schema.js';
import type { Application, ApplicationPart, Evidence, TextLine } from './application.js';
import { EMAIL_PATTERN, findAmount, findDate, findIban, findPlz, IBAN_PATTERN, readCheckbox, type CalendarDate } from './values.js';

export type FieldReading =
  | { status: 'found'; text: string; date?: CalendarDate; number?: number; checked?: boolean; evidence: Evidence }
  | { status: 'invalid'; text: string; reason: string; evidence: Evidence }
  | { status: 'missing'; note?: string; evidence?: Evidence };

export type FieldReadings = Map<string, FieldReading>;

/** Lower case, umlauts spelled out, only letters and digits: "Beginn (Datum)" → "beginndatum". */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

const PLACEHOLDER = /^[\s_.\-–—/]*$|^(k\.?\s?a\.?|n\/?a|keine angabe|entfällt|\(leer\))$/i;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const quote = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}…` : s);

/** Parses a raw value by the field's kind; `evidence` says where it came from. */
export function interpretValue(field: FieldDef, raw: string, evidence: Evidence): FieldReading {
  const text = raw.trim();
  if (PLACEHOLDER.test(text)) return { status: 'missing', note: `${field.label} ist leer.`, evidence };
  const invalid = (reason: string): FieldReading => ({ status: 'invalid', text, reason, evidence });
  let reading: FieldReading;
  switch (field.kind) {
    case 'date': {
      const d = findDate(text);
      if (!d) return invalid(`„${quote(text)}“ ist kein Datum.`);
      if ('invalid' in d) return invalid(`Das Datum „${d.invalid}“ gibt es nicht.`);
      reading = { status: 'found', text: d.text, date: d.date, evidence };
      break;
    }
    case 'iban': {
      const i = findIban(text.toUpperCase());
      if (!i) return invalid(`„${quote(text)}“ ist keine IBAN.`);
      if (!i.valid) return invalid(`Die IBAN „${i.text}“ ist ungültig (Prüfziffer oder Länge stimmt nicht).`);
      reading = { status: 'found', text: i.iban, evidence };
      break;
    }
    case 'plz': {
      const p = findPlz(text);
      if (!p) return invalid(`„${quote(text)}“ enthält keine Postleitzahl.`);
      if (!p.valid) return invalid(`„${p.plz}“ ist keine gültige deutsche Postleitzahl (fünf Ziffern).`);
      reading = { status: 'found', text: p.plz, evidence };
      break;
    }
    case 'amount':
    case 'number': {
      const a = findAmount(text);
      if (!a) return invalid(`„${quote(text)}“ ist keine Zahl.`);
      reading = { status: 'found', text: a.text, number: a.value, evidence };
      break;
    }
    case 'email': {
      const m = EMAIL_PATTERN.exec(text);
      if (!m) return invalid(`„${quote(text)}“ ist keine E-Mail-Adresse.`);
      reading = { status: 'found', text: m[0], evidence };
      break;
    }
    case 'checkbox': {
      const c = readCheckbox(text);
      if (c === undefined) return invalid(`„${quote(text)}“ ist weder „ja“ noch „nein“.`);
      reading = { status: 'found', text, checked: c, evidence };
      break;
    }
    default:
      reading = { status: 'found', text, evidence };
  }
  if (field.pattern && !new RegExp(field.pattern, 'iu').test(reading.text)) {
    return invalid(`„${quote(reading.text)}“ hat nicht die erwartete Form${field.patternHint ? ` (${field.patternHint})` : ''}.`);
  }
  return reading;
}

function fromFormFields(field: FieldDef, part: ApplicationPart): FieldReading | undefined {
  const wanted = new Set([field.id, ...field.formFields].map(normaliseName));
  const hit = part.formFields.find((f) => wanted.has(normaliseName(f.name)) || wanted.has(normaliseName(f.name.split('.').pop() ?? '')));
  if (!hit) return undefined;
  const evidence: Evidence = { part: part.name, page: hit.page, field: hit.name, via: 'formField' };
  if (field.kind === 'checkbox') return { status: 'found', text: hit.value ? 'angekreuzt' : 'nicht angekreuzt', checked: hit.value === true, evidence };
  if (typeof hit.value === 'boolean') return hit.value ? { status: 'found', text: 'ja', checked: true, evidence } : { status: 'missing', note: `Formularfeld „${hit.name}“ ist nicht ausgefüllt.`, evidence };
  return interpretValue(field, hit.value, evidence);
}

const labelCore = (label: string) => escapeRegex(label.trim()).replace(/\s+/g, '\\s+');

/** A label at the start of a line or after a space or "|", then ":" and the value; or the label alone on its line. */
function labelRegex(label: string): RegExp {
  return new RegExp(`(?:^|\\s|\\|)${labelCore(label)}(?:\\s*\\([^)]{0,40}\\))?\\s*[:：|]\\s*(.*)$|^\\s*${labelCore(label)}(?:\\s*\\([^)]{0,40}\\))?\\s*$`, 'i');
}

const CHECKED_BOX = /^\s*(☒|☑|✓|✔|\[x\])\s*/i;
const EMPTY_BOX = /^\s*(☐|□|\[ \])\s*/;

/** The value after a label, cut where the next known label starts on the same line. */
function fromLabels(field: FieldDef, part: ApplicationPart, otherLabels: RegExp[]): FieldReading | undefined {
  const labels = [...field.labels, field.label];
  const lines = part.lines;
  for (const label of labels) {
    const re = labelRegex(label);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (field.kind === 'checkbox') {
        const box = CHECKED_BOX.test(line.text) ? true : EMPTY_BOX.test(line.text) ? false : undefined;
        if (box !== undefined && normaliseName(line.text).includes(normaliseName(label))) {
          return { status: 'found', text: line.text, checked: box, evidence: { part: part.name, page: line.page, quote: quote(line.text), via: 'label', ocr: part.ocr } };
        }
      }
      const m = re.exec(line.text);
      if (!m) continue;
      let value = (m[1] ?? '').trim();
      for (const other of otherLabels) {
        const cut = other.exec(value);
        if (cut && cut.index >= 0) value = value.slice(0, cut.index).trim();
      }
      let at: TextLine = line;
      const next = lines[i + 1];
      if (PLACEHOLDER.test(value) && next && !next.heading && !otherLabels.some((o) => o.test(next.text)) && next.text.length <= 200 && next.page === line.page) {
        value = next.text.trim();
        at = next;
      }
      const evidence: Evidence = { part: part.name, page: at.page, quote: quote(at === line ? line.text : `${line.text} ${next.text}`), via: 'label', ocr: part.ocr };
      if (PLACEHOLDER.test(value)) return { status: 'missing', note: `Bei „${label}“ steht nichts.`, evidence };
      return interpretValue(field, value, evidence);
    }
  }
  return undefined;
}

function fromPattern(field: FieldDef, part: ApplicationPart): FieldReading | undefined {
  if (!field.searchText) return undefined;
  const pattern = field.kind === 'iban' ? IBAN_PATTERN : field.kind === 'email' ? EMAIL_PATTERN : undefined;
  if (!pattern) return undefined;
  for (const line of part.lines) {
    const m = pattern.exec(line.text);
    if (m) return interpretValue(field, m[0], { part: part.name, page: line.page, quote: quote(line.text), via: 'pattern', ocr: part.ocr });
  }
  return undefined;
}

/** Label regexes of every field, for cutting a line where the next field's label begins. */
function allLabelRegexes(catalog: Catalog): Map<string, RegExp[]> {
  const byField = new Map<string, RegExp[]>();
  for (const f of catalog.fields) byField.set(f.id, [...f.labels, f.label].map((l) => new RegExp(`(?:^|\\s|\\|)${labelCore(l)}(?:\\s*\\([^)]{0,40}\\))?\\s*[:：|]`, 'i')));
  return byField;
}

/**
 * Reads every field of the catalog. Form fields win over labels, labels over patterns; the
 * first part (mail body, then attachments in order) that has a reading wins, but a "found"
 * reading in a later part beats a "missing" one in an earlier part.
 */
export function extractFields(catalog: Catalog, app: Application): FieldReadings {
  const labelMap = allLabelRegexes(catalog);
  const readings: FieldReadings = new Map();
  for (const field of catalog.fields) {
    const others = catalog.fields.filter((f) => f.id !== field.id).flatMap((f) => labelMap.get(f.id) ?? []);
    let best: FieldReading | undefined;
    for (const strategy of [(p: ApplicationPart) => fromFormFields(field, p), (p: ApplicationPart) => fromLabels(field, p, others), (p: ApplicationPart) => fromPattern(field, p)]) {
      for (const part of app.parts) {
        const r = strategy(part);
        if (!r) continue;
        if (r.status !== 'missing') {
          best = r;
          break;
        }
        best ??= r;
      }
      if (best && best.status !== 'missing') break;
    }
    readings.set(field.id, best ?? { status: 'missing' });
  }
  return readings;
}
