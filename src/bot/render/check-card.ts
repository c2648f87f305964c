/** Adaptive Cards of the Antragsvorprüfung: the result list and the choice of the application type. */
import { CardFactory, type Attachment } from 'botbuilder';
import { describeEvidence } from '../../check/application.js';
import { ASSIST_NOTE, type CheckResult } from '../../check/check-application.js';
import { STATUS_WORDS } from '../../check/format-result.js';
import { citeSource } from '../../check/render-letter.js';

const ICON = { erfuellt: '✅', fehlt: '❌', unklar: '⚠️', entfaellt: '➖' } as const;
const COLOR = { erfuellt: 'Good', fehlt: 'Attention', unklar: 'Warning', entfaellt: 'Default' } as const;

export const CHECK_TYPE_ACTION = 'rathaus.check.type';

export function checkResultCard(r: CheckResult, files: { name: string; url: string }[] = []): Attachment {
  const order = { fehlt: 0, unklar: 1, erfuellt: 2, entfaellt: 3 } as const;
  const rows = r.results
    .filter((x) => x.kind !== 'when')
    .sort((a, b) => order[a.status] - order[b.status])
    .slice(0, 40)
    .flatMap((x) => [
      {
        type: 'ColumnSet',
        spacing: 'Medium',
        columns: [
          { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: ICON[x.status] }] },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              { type: 'TextBlock', text: `${x.title} – ${STATUS_WORDS[x.status]}`, weight: 'Bolder', color: COLOR[x.status], wrap: true },
              { type: 'TextBlock', text: x.message, wrap: true, spacing: 'None' },
              ...(x.evidence.length ? [{ type: 'TextBlock', text: `Fundstelle: ${x.evidence.map(describeEvidence).join('; ')}`, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' }] : []),
              { type: 'TextBlock', text: `Regel: ${citeSource(x)}`, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' },
            ],
          },
        ],
      },
    ]);
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Vorprüfung – mit KI-Unterstützung erstellt', color: 'Attention', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: r.typeTitle, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: r.summary, weight: 'Bolder', color: r.outcome === 'vollstaendig' ? 'Good' : r.outcome === 'unvollstaendig' ? 'Attention' : 'Warning', wrap: true },
      { type: 'TextBlock', text: `${r.counts.erfuellt} erfüllt · ${r.counts.fehlt} fehlt · ${r.counts.unklar} unklar${r.counts.entfaellt ? ` · ${r.counts.entfaellt} entfällt` : ''}`, isSubtle: true, wrap: true, spacing: 'None' },
      ...rows,
      ...r.notices.slice(0, 10).map((n) => ({ type: 'TextBlock', text: `⚠️ ${n}`, wrap: true, spacing: 'Small' })),
      { type: 'TextBlock', text: ASSIST_NOTE, wrap: true, size: 'Small', isSubtle: true, spacing: 'Large' },
    ],
    actions: files.filter((f) => /^https?:/.test(f.url)).map((f) => ({ type: 'Action.OpenUrl', title: f.name, url: f.url })),
  });
}

/** Asks which checklist applies when the type was not recognised. */
export function checkTypeCard(heldId: string, candidates: { id: string; title: string }[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Welche Art von Antrag ist das?', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: 'Ich konnte die Art des Antrags nicht sicher erkennen. Bitte wählen Sie den Prüfkatalog.', wrap: true },
    ],
    actions: candidates.slice(0, 6).map((c) => ({ type: 'Action.Submit', title: c.title, data: { action: CHECK_TYPE_ACTION, held: heldId, type: c.id } })),
  });
}
