/** Adaptive Card preview of a Niederschrift draft: TOPs, decisions, votes and warnings. */
import { CardFactory, type Attachment } from 'botbuilder';
import type { MinutesDraft } from '../../minutes/draft-schema.js';

export function minutesPreviewCard(draft: MinutesDraft, files: { name: string; url: string }[]): Attachment {
  const itemBlocks = draft.items.flatMap((item) => {
    const decisions = item.decisions.length
      ? item.decisions
          .map((d) => {
            const quote = d.evidence.length ? ` („${d.evidence[d.evidence.length - 1].quote.slice(0, 160)}“, ${d.evidence[d.evidence.length - 1].time})` : '';
            return `${d.subject ? `${d.subject}: ` : ''}${d.outcome ?? 'ohne Ergebnis'}${d.voteText ? ` – ${d.voteText}` : ''}${d.status === 'sicher' ? '' : ' ⚠️ Bitte prüfen'}${quote}`;
          })
          .join('; ')
      : '⚠️ Kein Beschluss erkannt – bitte prüfen';
    return [
      { type: 'TextBlock', text: `TOP ${item.number}${item.public ? '' : ' (nichtöffentlich)'}: ${item.title}`, weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: decisions, wrap: true, isSubtle: true, spacing: 'None' },
    ];
  });
  const warnings = [...draft.warnings, ...draft.items.flatMap((i) => i.warnings)];
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Entwurf – mit KI-Unterstützung erstellt', color: 'Attention', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: `Niederschrift: ${draft.title ?? 'Sitzung'}`, size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: [draft.organization, draft.date, draft.start && draft.end ? `${draft.start}–${draft.end} Uhr` : undefined].filter(Boolean).join(' · '), wrap: true, isSubtle: true },
      ...itemBlocks,
      ...(warnings.length
        ? [
            { type: 'TextBlock', text: 'Bitte prüfen', weight: 'Bolder', color: 'Warning', spacing: 'Large', wrap: true },
            ...warnings.slice(0, 20).map((w) => ({ type: 'TextBlock', text: `⚠️ ${w}`, wrap: true, spacing: 'Small' })),
          ]
        : []),
      { type: 'TextBlock', text: 'Die Verantwortung für die Niederschrift liegt bei Vorsitz und Schriftführung. Bitte prüfen Sie jeden Punkt anhand der Aufzeichnung.', wrap: true, size: 'Small', isSubtle: true, spacing: 'Large' },
    ],
    actions: files.filter((f) => /^https?:/.test(f.url)).map((f) => ({ type: 'Action.OpenUrl', title: f.name, url: f.url })),
  });
}
