/**
 * The rule kinds of a Prüfkatalog applied to the field readings and the application's parts.
 * Each rule gives erfüllt / fehlt / unklar (or entfällt for a condition that does not apply),
 * with evidence and the rule's source. Pure: "today" and the Land come in as arguments.
 */
import type { AttachmentRule, Catalog, CompareRule, Condition, DeadlineRule, FieldDef, LimitRule, Rule, SignatureRule } from './catalog-schema.js';
import type { Application, ApplicationPart, Evidence } from './application.js';
import { latestDateBefore, UNIT_WORDS, type Land } from './deadlines.js';
import { normaliseName, type FieldReading, type FieldReadings } from './extract-fields.js';
import { dayNumber, formatAmount, formatDate, type CalendarDate } from './values.js';

export type RuleStatus = 'erfuellt' | 'fehlt' | 'unklar' | 'entfaellt';

export interface RuleResult {
  ruleId: string;
  title: string;
  kind: Rule['kind'];
  status: RuleStatus;
  /** German, one or two sentences. */
  message: string;
  evidence: Evidence[];
  source: { document: string; section: string; title?: string };
  /** Sentence for the Nachforderungsschreiben. */
  request?: string;
  /** Id of the conditional rule this one belongs to. */
  parent?: string;
}

export interface EvaluationContext {
  catalog: Catalog;
  app: Application;
  readings: FieldReadings;
  land: Land;
}

const CHECKED = /^\s*(☒|☑|✓|✔|\[x\])/i;
const ENCLOSED = /\b(anlage|anlagen|anbei|beigefügt|beiliegend|liegt bei|liegen bei|im anhang|angehängt)\b/i;

function field(ctx: EvaluationContext, id: string): FieldDef {
  return ctx.catalog.fields.find((f) => f.id === id)!;
}

function reading(ctx: EvaluationContext, id: string): FieldReading {
  return ctx.readings.get(id) ?? { status: 'missing' };
}

function result(rule: Rule, status: RuleStatus, message: string, evidence: Evidence[] = []): RuleResult {
  return { ruleId: rule.id, title: rule.title, kind: rule.kind, status, message, evidence, source: rule.source, request: rule.request };
}

function requiredResult(rule: Rule, ctx: EvaluationContext, fieldId: string): RuleResult {
  const f = field(ctx, fieldId);
  const r = reading(ctx, fieldId);
  if (r.status === 'found') return result(rule, 'erfuellt', `${f.label}: ${r.text}`, [r.evidence]);
  if (r.status === 'invalid') return result(rule, 'fehlt', `${f.label} ist fehlerhaft: ${r.reason}`, [r.evidence]);
  return result(rule, 'fehlt', r.note ?? `${f.label} fehlt.`, r.evidence ? [r.evidence] : []);
}

const matchesName = (text: string, names: string[]) => {
  const t = normaliseName(text);
  return names.some((n) => t.includes(normaliseName(n)));
};

/** An enclosed document: a separate file, or a heading inside a file, naming it. */
function findEnclosure(app: Application, names: string[]): Evidence | undefined {
  for (const part of app.parts) {
    if (part.role === 'attachment' && (matchesName(part.name, names) || (part.title && matchesName(part.title, names)))) {
      return { part: part.name, via: 'attachment', quote: part.title && part.title !== part.name ? part.title : undefined };
    }
  }
  for (const part of app.parts) {
    // A heading naming the document on a later page of a PDF, or anywhere in an attachment.
    const line = part.lines.find((l) => l.heading && matchesName(l.text, names) && (part.role === 'attachment' || (l.page ?? 1) > 1 || /^\s*anlage\b/i.test(l.text)));
    if (line) return { part: part.name, page: line.page, quote: line.text, via: 'attachment' };
  }
  return undefined;
}

function checkbox(part: ApplicationPart, names: string[]): { checked: boolean; evidence: Evidence } | undefined {
  const wanted = new Set(names.map(normaliseName));
  const f = part.formFields.find((x) => x.kind === 'checkbox' && (wanted.has(normaliseName(x.name)) || wanted.has(normaliseName(x.name.split('.').pop() ?? ''))));
  return f ? { checked: f.value === true, evidence: { part: part.name, page: f.page, field: f.name, via: 'formField' } } : undefined;
}

function attachmentResult(rule: AttachmentRule, ctx: EvaluationContext): RuleResult {
  const found = findEnclosure(ctx.app, rule.names);
  if (found) return result(rule, 'erfuellt', `Beigefügt: ${found.quote ?? found.part}`, [found]);
  for (const part of ctx.app.parts) {
    const box = checkbox(part, rule.formFields);
    if (box?.checked) return result(rule, 'unklar', 'Im Formular als beigefügt angekreuzt, aber nicht als Datei oder Seite gefunden – bitte prüfen.', [box.evidence]);
  }
  // Words of the applicant (a letter, a mail, a Word file without form fields) saying it is enclosed.
  for (const part of ctx.app.parts) {
    if (part.formFields.length) continue;
    const line = part.lines.find((l) => (ENCLOSED.test(l.text) || CHECKED.test(l.text)) && matchesName(l.text, rule.names));
    if (line) return result(rule, 'unklar', 'Als Anlage genannt, aber nicht als Datei oder Seite gefunden – bitte prüfen.', [{ part: part.name, page: line.page, quote: line.text.slice(0, 160), via: 'label' }]);
  }
  const unreadable = ctx.app.parts.filter((p) => p.unreadable && p.role === 'attachment');
  if (unreadable.length) return result(rule, 'unklar', `Nicht gefunden; ${unreadable.length === 1 ? 'ein Anhang ließ' : 'einige Anhänge ließen'} sich nicht lesen (${unreadable.map((p) => p.name).join(', ')}) – bitte prüfen.`);
  return result(rule, 'fehlt', `${rule.title} liegt nicht bei.`);
}

function signatureResult(rule: SignatureRule, ctx: EvaluationContext): RuleResult {
  const wanted = new Set(rule.formFields.map(normaliseName));
  let emptyField: Evidence | undefined;
  for (const part of ctx.app.parts) {
    for (const f of part.formFields) {
      if (!wanted.has(normaliseName(f.name)) && !wanted.has(normaliseName(f.name.split('.').pop() ?? ''))) continue;
      const evidence: Evidence = { part: part.name, page: f.page, field: f.name, via: 'formField' };
      if (f.kind === 'signature' && f.value === true) return result(rule, 'erfuellt', 'Elektronisch signiert (Signaturfeld ausgefüllt).', [evidence]);
      if (f.kind === 'text' && typeof f.value === 'string' && f.value.trim().length >= 3) return result(rule, 'erfuellt', `Unterschrieben: ${f.value.trim()}`, [evidence]);
      if (f.kind === 'checkbox' && f.value === true) return result(rule, 'erfuellt', 'Unterschrift im Formular bestätigt.', [evidence]);
      emptyField ??= evidence;
    }
  }
  for (const part of ctx.app.parts) {
    for (const line of part.lines) {
      for (const label of rule.labels) {
        const m = new RegExp(`(?:^|\\s)${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[:：]?\\s*(.*)$`, 'i').exec(line.text);
        const name = (m?.[1] ?? '').replace(/^[\s_.\-–—]+|[\s_]+$/g, '');
        if (m && /\p{L}{2,}/u.test(name) && !/^(datum|ort|name)\b/i.test(name)) {
          return result(rule, 'erfuellt', `Unterschrift: ${name.slice(0, 80)}`, [{ part: part.name, page: line.page, quote: line.text.slice(0, 160), via: 'label', ocr: part.ocr }]);
        }
      }
    }
  }
  return result(rule, 'fehlt', `${rule.title} fehlt.`, emptyField ? [emptyField] : []);
}

function comparable(r: FieldReading): number | undefined {
  if (r.status !== 'found') return undefined;
  if (r.date) return dayNumber(r.date);
  return r.number;
}

function shown(r: FieldReading): string {
  if (r.status !== 'found') return '';
  if (r.date) return formatDate(r.date);
  if (r.number !== undefined) return formatAmount(r.number);
  return r.text;
}

const OPS: Record<CompareRule['op'], [(a: number, b: number) => boolean, string]> = {
  '<': [(a, b) => a < b, 'vor / kleiner als'],
  '<=': [(a, b) => a <= b, 'nicht nach / höchstens'],
  '>': [(a, b) => a > b, 'nach / größer als'],
  '>=': [(a, b) => a >= b, 'nicht vor / mindestens'],
  '==': [(a, b) => a === b, 'gleich'],
  '!=': [(a, b) => a !== b, 'ungleich'],
};

function compareResult(rule: CompareRule, ctx: EvaluationContext): RuleResult {
  const l = reading(ctx, rule.left);
  const r = reading(ctx, rule.right);
  const a = comparable(l);
  const b = comparable(r);
  const lf = field(ctx, rule.left);
  const rf = field(ctx, rule.right);
  const evidence = [l, r].flatMap((x) => (x.status === 'found' ? [x.evidence] : []));
  if (a === undefined || b === undefined) {
    const missing = [a === undefined ? lf.label : undefined, b === undefined ? rf.label : undefined].filter(Boolean).join(' und ');
    return result(rule, 'unklar', `Nicht prüfbar, weil ${missing} fehlt oder nicht lesbar ist.`, evidence);
  }
  const [test, words] = OPS[rule.op];
  const text = `${lf.label} ${shown(l)}, ${rf.label} ${shown(r)}`;
  return test(a, b) ? result(rule, 'erfuellt', text, evidence) : result(rule, 'fehlt', `Widerspruch: ${text} (erwartet: ${lf.label} ${words} ${rf.label}).`, evidence);
}

function limitResult(rule: LimitRule, ctx: EvaluationContext): RuleResult {
  const f = field(ctx, rule.field);
  const r = reading(ctx, rule.field);
  const n = r.status === 'found' ? (r.number ?? undefined) : undefined;
  if (n === undefined) return result(rule, 'unklar', `Nicht prüfbar, weil ${f.label} fehlt oder keine Zahl ist.`, r.status === 'found' ? [r.evidence] : []);
  const unit = rule.unit ? ` ${rule.unit}` : '';
  const evidence = r.status === 'found' ? [r.evidence] : [];
  if (rule.min !== undefined && n < rule.min) return result(rule, 'fehlt', `${f.label} ${formatAmount(n)}${unit} liegt unter dem Mindestwert ${formatAmount(rule.min)}${unit}.`, evidence);
  if (rule.max === undefined || n <= rule.max) return result(rule, 'erfuellt', `${f.label} ${formatAmount(n)}${unit} (Grenze ${rule.max !== undefined ? formatAmount(rule.max) + unit : 'keine'}).`, evidence);
  const over = `${f.label} ${formatAmount(n)}${unit} liegt über ${formatAmount(rule.max)}${unit}`;
  if (!rule.approval) return result(rule, 'fehlt', `${over}.`, evidence);
  const approval = findEnclosure(ctx.app, rule.approval.names);
  if (approval) return result(rule, 'erfuellt', `${over}; ${rule.approval.title} liegt bei.`, [...evidence, approval]);
  return result(rule, 'fehlt', `${over}: ${rule.approval.title} erforderlich, liegt aber nicht bei.`, evidence);
}

function deadlineResult(rule: DeadlineRule, ctx: EvaluationContext): RuleResult {
  const fromField = field(ctx, rule.from);
  const beforeField = field(ctx, rule.before);
  const fr = reading(ctx, rule.from);
  const br = reading(ctx, rule.before);
  let from: CalendarDate | undefined = fr.status === 'found' ? fr.date : undefined;
  const evidence: Evidence[] = fr.status === 'found' ? [fr.evidence] : [];
  let fromLabel = fromField.label;
  if (!from && ctx.app.mailDate) {
    from = ctx.app.mailDate;
    fromLabel = 'Eingang der E-Mail';
    evidence.push({ part: ctx.app.parts[0].name, via: 'mail', quote: `gesendet am ${formatDate(from)}` });
  }
  const start = br.status === 'found' ? br.date : undefined;
  if (br.status === 'found') evidence.push(br.evidence);
  if (!from || !start) {
    const missing = [!from ? fromField.label : undefined, !start ? beforeField.label : undefined].filter(Boolean).join(' und ');
    return result(rule, 'unklar', `Frist nicht prüfbar, weil ${missing} fehlt oder nicht lesbar ist.`, evidence);
  }
  const latest = latestDateBefore(start, rule.amount, rule.unit, ctx.land);
  const [one, many] = UNIT_WORDS[rule.unit];
  const span = `${rule.amount} ${rule.amount === 1 ? one : many}`;
  const computed: Evidence = { part: 'Berechnung', via: 'computed', quote: `${span} vor ${formatDate(start)} = spätestens ${formatDate(latest)}${rule.unit === 'arbeitstage' ? ` (ohne Wochenenden und Feiertage in ${ctx.land})` : ''}` };
  if (dayNumber(from) <= dayNumber(latest)) return result(rule, 'erfuellt', `${fromLabel} ${formatDate(from)}: mindestens ${span} vor ${beforeField.label} ${formatDate(start)} (spätestens ${formatDate(latest)}).`, [...evidence, computed]);
  return result(rule, 'fehlt', `Frist nicht eingehalten: ${fromLabel} ${formatDate(from)}, verlangt sind mindestens ${span} vor ${beforeField.label} ${formatDate(start)}, also spätestens am ${formatDate(latest)}.`, [...evidence, computed]);
}

/** true / false, or undefined when the condition's field could not be read. */
export function conditionHolds(c: Condition, ctx: EvaluationContext): { holds: boolean | undefined; evidence?: Evidence } {
  const f = field(ctx, c.field);
  const r = reading(ctx, c.field);
  if (r.status !== 'found') {
    // An unticked or absent checkbox means "no"; any other missing value leaves the question open.
    if (f.kind === 'checkbox' && r.status === 'missing') return { holds: c.equals === false || (c.notEquals !== undefined && c.notEquals !== false) };
    return { holds: undefined };
  }
  const value: string | number | boolean = f.kind === 'checkbox' ? r.checked === true : r.number ?? r.text;
  const same = (x: string | number | boolean) => (typeof value === 'string' && typeof x === 'string' ? normaliseName(value) === normaliseName(x) : value === x);
  let holds: boolean;
  if (c.equals !== undefined) holds = same(c.equals);
  else if (c.notEquals !== undefined) holds = !same(c.notEquals);
  else if (c.oneOf) holds = c.oneOf.some(same);
  else if (c.matches) holds = new RegExp(c.matches, 'iu').test(String(value));
  else holds = typeof value === 'number' && value > (c.greaterThan ?? 0);
  return { holds, evidence: r.evidence };
}

/** Applies the catalog's rules in order; results of conditional rules follow their parent. */
export function evaluateRules(rules: Rule[], ctx: EvaluationContext, parent?: string): RuleResult[] {
  const out: RuleResult[] = [];
  for (const rule of rules) {
    const withParent = (r: RuleResult): RuleResult => (parent ? { ...r, parent } : r);
    switch (rule.kind) {
      case 'required':
        out.push(withParent(requiredResult(rule, ctx, rule.field)));
        break;
      case 'attachment':
        out.push(withParent(attachmentResult(rule, ctx)));
        break;
      case 'signature':
        out.push(withParent(signatureResult(rule, ctx)));
        break;
      case 'compare':
        out.push(withParent(compareResult(rule, ctx)));
        break;
      case 'limit':
        out.push(withParent(limitResult(rule, ctx)));
        break;
      case 'deadline':
        out.push(withParent(deadlineResult(rule, ctx)));
        break;
      case 'when': {
        const condition = conditionHolds(rule.when, ctx);
        const evidence = condition.evidence;
        const holds = condition.holds === undefined && rule.whenMissing === 'entfaellt' ? false : condition.holds;
        const label = field(ctx, rule.when.field).label;
        if (holds === false) {
          out.push(withParent(result(rule, 'entfaellt', `Trifft nicht zu (${label}).`, evidence ? [evidence] : [])));
          for (const r of evaluateRules(rule.rules, ctx, rule.id)) out.push({ ...r, status: 'entfaellt', message: 'Entfällt, weil die Bedingung nicht zutrifft.', evidence: [] });
        } else if (holds === undefined) {
          out.push(withParent(result(rule, 'unklar', `Ob diese Regel gilt, ließ sich nicht feststellen: ${label} fehlt oder ist nicht lesbar.`)));
          for (const r of evaluateRules(rule.rules, ctx, rule.id)) out.push(r.status === 'erfuellt' ? r : { ...r, status: 'unklar', message: `${r.message} (Gilt nur, wenn die Bedingung „${rule.title}“ zutrifft – bitte prüfen.)` });
        } else {
          out.push(withParent(result(rule, 'erfuellt', `Trifft zu (${label}); die folgenden Punkte gelten.`, evidence ? [evidence] : [])));
          out.push(...evaluateRules(rule.rules, ctx, rule.id));
        }
        break;
      }
    }
  }
  return out;
}
