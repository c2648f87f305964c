/**
 * Plain data for the chat preview of a draft (the bot turns it into an Adaptive Card): TOPs,
 * decisions, votes, warnings. In a group or meeting chat everyone present would see the card, so
 * non-public TOPs are left out there unless the caller knows the chat is private (1:1 with the clerk).
 */
import type { MinutesDraft } from './draft-schema.js';
import { withoutFillers } from './sentences.js';

/** A chat card shows the result's sentence, not a whole speech. */
const EVIDENCE_CHARS = 200;

export interface MinutesPreviewItem {
  number: string;
  title: string;
  public: boolean;
  /** "einstimmig bei 2 Enthaltungen angenommen", "angenommen (12 Ja-Stimmen, …)", "kein Beschluss". */
  results: string[];
  /** Per result: "sicher" | "unsicher" | "nicht erkannt" (same order as results). */
  statuses: string[];
  /** The sentence each result rests on (verbatim without fillers, at most 200 characters, with time). */
  evidence: string[];
  needsCheck: boolean;
}

export interface MinutesPreview {
  title: string;
  date: string | null;
  items: MinutesPreviewItem[];
  /** Number of non-public TOPs left out of this preview. */
  hiddenNonPublic: number;
  warnings: string[];
}

export function minutesPreview(draft: MinutesDraft, options: { includeNonPublic: boolean }): MinutesPreview {
  const shown = draft.items.filter((i) => i.public || options.includeNonPublic);
  return {
    title: draft.title,
    date: draft.date,
    items: shown.map((i) => ({
      number: i.number,
      title: i.title,
      public: i.public,
      results: i.decisions.length
        ? i.decisions.map((d) => {
            const outcome = d.outcome ?? 'Ergebnis nicht erkannt';
            const text = !d.voteText ? outcome : /Ja-Stimme/.test(d.voteText) ? `${outcome} (${d.voteText})` : `${d.voteText} ${d.outcome ?? ''}`.trim();
            // Both readings where rules and model differ (the model's without its long quote).
            const other = d.alternatives.length ? ` (andere Lesart – ${d.alternatives[0].replace(/ – Beleg: .*$/u, '')})` : '';
            return `${d.subject ? `${d.subject}: ` : ''}${text}${d.status === 'sicher' ? '' : ' – Bitte prüfen'}${other}`;
          })
        : ['Kein Beschluss erkannt – bitte prüfen'],
      statuses: i.decisions.length ? i.decisions.map((d) => d.status) : ['nicht erkannt'],
      evidence: i.decisions.map((d) => {
        const e = d.evidence[d.evidence.length - 1];
        if (!e) return '';
        const quote = withoutFillers(e.quote);
        return `${e.time}: „${quote.length > EVIDENCE_CHARS ? `${quote.slice(0, EVIDENCE_CHARS).replace(/\s+\S*$/u, '')} …` : quote}“`;
      }),
      needsCheck: !i.decisions.length || i.decisions.some((d) => d.status !== 'sicher') || i.warnings.length > 0,
    })),
    hiddenNonPublic: draft.items.length - shown.length,
    warnings: [...draft.warnings, ...shown.flatMap((i) => i.warnings)],
  };
}
