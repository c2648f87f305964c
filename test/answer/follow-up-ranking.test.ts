import { describe, expect, it } from 'vitest';
import { rankFollowUp } from '../../src/knowledge/answer/follow-up-ranking.js';
import { passage } from '../fakes/fake-source.js';

const reiseGenehmigung = passage('r2', 'Dienstreisen genehmigt die Fachbereichsleitung.', { source: 'dienstreisen.md' });
const reiseFrist = passage('r4', 'Abrechnung binnen sechs Monaten.', { source: 'dienstreisen.md' });
const urlaubGenehmigung = passage('u1', 'Den Urlaubsantrag genehmigt die Vorgesetzte.', { source: 'urlaub.md' });

describe('rankFollowUp', () => {
  it('puts the passage answering the follow-up inside the earlier topic first', () => {
    const ranked = rankFollowUp({ followUp: [urlaubGenehmigung, reiseGenehmigung], previous: [reiseFrist], combined: [reiseFrist] }, 5);
    expect(ranked.map((p) => p.id)).toEqual(['r2', 'r4']);
  });

  it('a change of topic ("Und der Urlaub?"): nothing on topic, so the follow-up alone decides', () => {
    const ranked = rankFollowUp({ followUp: [urlaubGenehmigung], previous: [reiseFrist], combined: [] }, 5);
    expect(ranked.map((p) => p.id)).toEqual(['u1']);
  });

  it('off-topic hits of the follow-up are not mixed into an on-topic answer', () => {
    const ranked = rankFollowUp({ followUp: [urlaubGenehmigung, reiseGenehmigung], previous: [reiseFrist], combined: [] }, 5);
    expect(ranked.map((p) => p.id)).toEqual(['r2']);
  });

  it('falls back to the follow-up alone when nothing else was found', () => {
    const ranked = rankFollowUp({ followUp: [urlaubGenehmigung], previous: [], combined: [] }, 5);
    expect(ranked.map((p) => p.id)).toEqual(['u1']);
  });
});
