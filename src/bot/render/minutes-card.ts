/** Adaptive Card preview of a Niederschrift draft: TOPs, decisions, votes and warnings. */
import { CardFactory, type Attachment } from 'botbuilder';
import type { MinutesDraft } from '../../minutes/draft-schema.js';
import { minutesPreview } from '../../minutes/preview.js';

/** Verb of the Action.Submit buttons that report time (handled in app.ts). */
export const TIME_FEEDBACK_VERB = 'timeFeedback';

/**
 * The clerk's own account of the time the final Niederschrift took, asked once on the card
 * (three buttons); the pilot report shows it apart from the assumed saving.
 */
function timeQuestion(jobId: string) {
  const button = (title: string, verdict: 'shorter' | 'same' | 'longer') => ({ type: 'Action.Submit', title, data: { verb: TIME_FEEDBACK_VERB, task: 'minutes', verdict, ref: jobId } });
  return [
    { type: 'TextBlock', text: 'Wenn die Niederschrift fertig ist: Wie lange hat sie mit diesem Entwurf gedauert?', wrap: true, weight: 'Bolder', spacing: 'Large' },
    { type: 'ActionSet', actions: [button('Kürzer als üblich', 'shorter'), button('Etwa gleich', 'same'), button('Länger als üblich', 'longer')] },
  ];
}

/**
 * The preview card is sent to the clerk alone (1:1), so it shows every TOP, non-public ones marked;
 * its content is the chat preview of the draft (src/minutes/preview.ts): results with "Bitte prüfen",
 * the other reading where rules and model differ, the sentence each result rests on.
 */
export function minutesPreviewCard(draft: MinutesDraft, files: { name: string; url: string }[], jobId?: string): Attachment {
  const preview = minutesPreview(draft, { includeNonPublic: true });
  const itemBlocks = preview.items.flatMap((item) => {
    const lines = item.results.map((r, i) => `${/prüfen/iu.test(r) ? '⚠️ ' : ''}${r}${item.evidence[i] ? ` – Beleg ${item.evidence[i]}` : ''}`);
    return [
      { type: 'TextBlock', text: `TOP ${item.number}${item.public ? '' : ' (nichtöffentlich)'}: ${item.title}`, weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: lines.join('\n\n'), wrap: true, isSubtle: true, spacing: 'None' },
    ];
  });
  const warnings = preview.warnings;
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Entwurf – mit KI-Unterstützung erstellt', color: 'Attention', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: `Niederschrift: ${preview.title || 'Sitzung'}`, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: [draft.organization, draft.date, draft.start && draft.end ? `${draft.start}–${draft.end} Uhr` : undefined].filter(Boolean).join(' · '), wrap: true, isSubtle: true },
      ...itemBlocks,
      ...(warnings.length
        ? [
            { type: 'TextBlock', text: 'Bitte prüfen', weight: 'Bolder', color: 'Warning', spacing: 'Large', wrap: true },
            ...warnings.slice(0, 20).map((w) => ({ type: 'TextBlock', text: `⚠️ ${w}`, wrap: true, spacing: 'Small' })),
          ]
        : []),
      { type: 'TextBlock', text: 'Die Verantwortung für die Niederschrift liegt bei Vorsitz und Schriftführung. Bitte prüfen Sie jeden Punkt anhand der Aufzeichnung.', wrap: true, size: 'Small', isSubtle: true, spacing: 'Large' },
      ...(jobId ? timeQuestion(jobId) : []),
    ],
    actions: files.filter((f) => /^https?:/.test(f.url)).map((f) => ({ type: 'Action.OpenUrl', title: f.name, url: f.url })),
  });
}
