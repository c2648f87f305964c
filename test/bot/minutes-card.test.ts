/** The preview card the clerk receives in Teams: the chat preview of the draft (src/minutes/preview.ts) as an Adaptive Card. */
import { describe, expect, it } from 'vitest';
import { minutesPreviewCard } from '../../src/bot/render/minutes-card.js';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import { hauptFinanz } from '../minutes/sessions.js';
import { adaptiveCardProblems } from '../wire/adaptive-card-validator.js';

type Card = { body: { type: string; text?: string }[] };

describe('minutes preview card', () => {
  it('marks what is not sure, shows both readings and the sentence each result rests on', async () => {
    const { draft } = await draftMinutes({ style: 'ergebnis', concurrency: 1, tokenBudget: 1e5 })(await hauptFinanz());
    const item = draft.items[2];
    item.decisions[0] = { ...item.decisions[0], status: 'unsicher', alternatives: ['Sprachmodell: abgelehnt – Beleg: „ein langer Satz aus dem Transkript“'] };
    draft.items[0].decisions = [];
    const card = minutesPreviewCard(draft, []).content as Card;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const texts = card.body.map((b) => b.text ?? '');
    const at = texts.findIndex((t) => t.startsWith(`TOP ${item.number}`));
    expect(texts[at + 1]).toMatch(/^⚠️ Beschlussempfehlung: angenommen \(13 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung\) – Bitte prüfen \(andere Lesart – Sprachmodell: abgelehnt\) – Beleg \d\d:\d\d: „/u);
    const first = texts.findIndex((t) => t.startsWith(`TOP ${draft.items[0].number}`));
    expect(texts[first + 1]).toBe('⚠️ Kein Beschluss erkannt – bitte prüfen');
    // Sent to the clerk alone: the non-public TOPs are there, marked.
    expect(texts.some((t) => /^TOP N \d \(nichtöffentlich\)/u.test(t))).toBe(true);
  });
});
