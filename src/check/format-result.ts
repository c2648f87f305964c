/** Plain-text rendering of a check result for the CLI (German). */
import { describeEvidence } from './application.js';
import { ASSIST_NOTE, type CheckResult } from './check-application.js';
import type { RuleStatus } from './evaluate-rules.js';
import { citeSource } from './render-letter.js';

export const STATUS_WORDS: Record<RuleStatus, string> = { erfuellt: 'erfüllt', fehlt: 'fehlt', unklar: 'unklar', entfaellt: 'entfällt' };
const MARK: Record<RuleStatus, string> = { erfuellt: '✔', fehlt: '✘', unklar: '?', entfaellt: '–' };

export function formatCheckResult(r: CheckResult): string {
  const out = [`${r.typeTitle} – ${r.summary}`, ASSIST_NOTE, ''];
  for (const x of r.results) {
    const indent = x.parent ? '    ' : '';
    out.push(`${indent}${MARK[x.status]} ${STATUS_WORDS[x.status].padEnd(8)} ${x.title}: ${x.message}`);
    for (const e of x.evidence) out.push(`${indent}             Fundstelle: ${describeEvidence(e)}`);
    out.push(`${indent}             Regel: ${citeSource(x)}`);
  }
  if (r.notices.length) out.push('', 'Hinweise:', ...r.notices.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}

/** The `--json` shape: the result without internal fields. */
export function resultToJson(r: CheckResult) {
  return {
    type: r.type,
    typeTitle: r.typeTitle,
    recognisedBy: r.recognisedBy,
    outcome: r.outcome,
    summary: r.summary,
    counts: r.counts,
    note: ASSIST_NOTE,
    results: r.results.map((x) => ({ rule: x.ruleId, title: x.title, kind: x.kind, status: x.status, message: x.message, evidence: x.evidence, source: x.source, ...(x.parent ? { parent: x.parent } : {}) })),
    fields: r.fields,
    notices: r.notices,
    files: r.parts,
  };
}
