import { describe, expect, it } from 'vitest';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import { minutesPreview } from '../../src/minutes/preview.js';
import { hauptFinanz } from './sessions.js';

const draft = draftMinutes({ style: 'ergebnis', concurrency: 1, tokenBudget: 1e5 });

describe('chat preview', () => {
  it('leaves non-public TOPs out of a preview for a group chat, names them in a private one', async () => {
    const { draft: d } = await draft(await hauptFinanz());
    const group = minutesPreview(d, { includeNonPublic: false });
    expect(group.items.map((i) => i.number)).toEqual(['Ö 1', 'Ö 2', 'Ö 3', 'Ö 4', 'Ö 5']);
    expect(group.hiddenNonPublic).toBe(2);
    expect(JSON.stringify(group)).not.toMatch(/Kessler|Wendt|N 2/);
    expect(group.items[2].results).toEqual(['Beschlussempfehlung: angenommen (13 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung)']);
    expect(group.items[2].statuses).toEqual(['sicher']);
    const own = minutesPreview(d, { includeNonPublic: true });
    expect(own.items.find((i) => i.number === 'N 2')).toMatchObject({ results: ['Ergebnis nicht erkannt – Bitte prüfen'], statuses: ['nicht erkannt'], needsCheck: true });
  });
});

describe('chat preview with the model’s reading', () => {
  it('shows both readings where rules and model differ, without the long quote', async () => {
    const { draft: d } = await draft(await hauptFinanz());
    const item = d.items[2];
    item.decisions[0] = { ...item.decisions[0], status: 'unsicher', alternatives: ['Sprachmodell: abgelehnt – Beleg: „ein langer Satz aus dem Transkript“'] };
    const [line] = minutesPreview(d, { includeNonPublic: false }).items[2].results;
    expect(line).toBe('Beschlussempfehlung: angenommen (13 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung) – Bitte prüfen (andere Lesart – Sprachmodell: abgelehnt)');
  });
});
