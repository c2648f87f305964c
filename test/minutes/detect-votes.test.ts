import { describe, expect, it } from 'vitest';
import { detectDecisions, voteText } from '../../src/minutes/detect-votes.js';
import type { Cue } from '../../src/minutes/types.js';

const cues = (...texts: string[]): Cue[] => texts.map((text, i) => ({ start: i * 10, end: i * 10 + 5, speaker: 'Vorsitz', text }));
const one = (...texts: string[]) => {
  const d = detectDecisions(cues(...texts));
  expect(d).toHaveLength(1);
  return d[0];
};

describe('vote phrasing', () => {
  it.each([
    ['Das sind elf dafür, vier dagegen, keine Enthaltungen. Damit ist der Antrag angenommen.', 'angenommen', { yes: 11, no: 4, abstain: 0 }, false],
    ['Das Ergebnis: 12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung. Der Antrag ist angenommen.', 'angenommen', { yes: 12, no: 3, abstain: 1 }, false],
    ['Der Antrag ist einstimmig angenommen.', 'angenommen', { yes: null, no: 0, abstain: null }, true],
    ['Das ist einstimmig bei zwei Enthaltungen beschlossen.', 'angenommen', { yes: null, no: 0, abstain: 2 }, true],
    ['Der Antrag ist damit mehrheitlich abgelehnt.', 'abgelehnt', null, false],
    ['Der Antrag ist mehrheitlich angenommen.', 'angenommen', null, false],
    ['Der Ausschuss beschließt ohne Gegenstimmen bei einer Enthaltung. Damit angenommen.', 'angenommen', { yes: null, no: 0, abstain: 1 }, true],
    ['Der Antrag wird mit sieben Ja-Stimmen gegen neun Nein-Stimmen abgelehnt.', 'abgelehnt', { yes: 7, no: 9, abstain: null }, false],
    ['Gegen die Niederschrift erhebt sich kein Widerspruch. Sie ist damit genehmigt.', 'genehmigt', null, true],
    ['Dann ist der Punkt auf die nächste Sitzung vertagt.', 'vertagt', null, false],
    ['Der Ausschuss nimmt den Bericht zur Kenntnis.', 'zur Kenntnis genommen', null, false],
    ['Die Fraktion zieht den Antrag zurück.', 'zurückgezogen', null, false],
    ['Die Vorlage wird in den Rat verwiesen.', 'verwiesen', null, false],
    ['Zwanzig dafür, einundzwanzig dagegen. Damit ist der Antrag abgelehnt.', 'abgelehnt', { yes: 20, no: 21, abstain: null }, false],
  ])('%s', (text, outcome, votes, unanimous) => {
    const d = one(text);
    expect([d.outcome, d.votes, d.unanimous, d.uncertain]).toEqual([outcome, votes, unanimous, false]);
  });

  it('reads answers to the chair\'s questions ("Wer ist dafür?" – "Vierzehn.")', () => {
    const d = one('Wer ist dafür?', 'Vierzehn.', 'Gegenstimmen?', 'Eine.', 'Enthaltungen?', 'Keine. Damit ist die Vergabe beschlossen.');
    expect([d.outcome, d.votes]).toEqual(['angenommen', { yes: 14, no: 1, abstain: 0 }]);
  });

  it('infers the outcome from counts when none is said; a tie is a rejection', () => {
    expect(one('Acht dafür, acht dagegen, eine Enthaltung.').outcome).toBe('abgelehnt');
    expect(one('Neun dafür, sieben dagegen.').outcome).toBe('angenommen');
  });

  it('does not take proposals or past results for decisions', () => {
    expect(detectDecisions(cues('Ich beantrage, den Punkt zu vertagen.', 'Im Rat wurde das letzte Mal der Antrag abgelehnt, wenn ich mich recht erinnere.', 'Wir schlagen vor, den Bericht zur Kenntnis zu nehmen.'))).toEqual([]);
  });

  it('keeps two motions in one TOP apart', () => {
    const d = detectDecisions(cues('Zuerst der Änderungsantrag. Wer ist dafür? Das ist mehrheitlich abgelehnt.', 'Nun die Vorlage. Wer stimmt zu? Das ist einstimmig angenommen.'));
    expect(d.map((x) => x.outcome)).toEqual(['abgelehnt', 'angenommen']);
  });

  it('flags a vote call without result, contradictions and more votes than members present', () => {
    const noResult = one('Wir stimmen über den Vorschlag ab. Wer ist dafür?');
    expect([noResult.outcome, noResult.uncertain]).toEqual([null, true]);
    expect(one('Einstimmig, bei drei Gegenstimmen angenommen.').uncertain).toBe(true);
    expect(one('Vier dafür, neun dagegen. Der Antrag ist angenommen.').uncertain).toBe(true);
    const many = detectDecisions(cues('Das sind 15 dafür, 4 dagegen. Damit angenommen.'), 17)[0];
    expect([many.uncertain, many.reason]).toEqual([true, '19 Stimmen bei 17 Anwesenden']);
  });

  it('writes the vote as a Niederschrift would', () => {
    expect(voteText({ outcome: 'angenommen', unanimous: true, votes: { yes: null, no: 0, abstain: 2 } })).toBe('einstimmig bei 2 Enthaltungen');
    expect(voteText({ outcome: 'angenommen', unanimous: false, votes: { yes: 12, no: 3, abstain: 1 } })).toBe('12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung');
    expect(voteText({ outcome: 'abgelehnt', unanimous: false, votes: null, majority: true })).toBe('mehrheitlich');
    expect(voteText({ outcome: 'genehmigt', unanimous: true, votes: null, noObjection: true })).toBe('ohne Widerspruch');
  });
});

describe('a count corrected by the chair', () => {
  it.each([
    ['after the result', ['Wer stimmt dem Zuschuss für den Heimatverein zu?', 'Acht.', 'Wer ist dagegen?', 'Drei.', 'Enthaltungen?', 'Eine.', 'Damit ist der Zuschuss beschlossen.', 'Korrektur: es waren zwei Enthaltungen.'], { yes: 8, no: 3, abstain: 2 }],
    ['before the result', ['Wer stimmt dem Zuschuss für den Heimatverein zu?', 'Acht.', 'Wer ist dagegen?', 'Drei.', 'Ich habe mich verzählt, es sind sieben dafür.', 'Damit ist der Zuschuss beschlossen.'], { yes: 7, no: 3, abstain: null }],
    ['in the chair’s own words', ['Wer stimmt dem Zuschuss für den Heimatverein zu?', 'Acht.', 'Wer ist dagegen?', 'Drei.', 'Damit ist der Zuschuss angenommen.', 'Ich muss mich korrigieren: vier dagegen.'], { yes: 8, no: 4, abstain: null }],
  ])('%s: one decision with the corrected counts, for review', (_, texts, votes) => {
    const d = one(...texts);
    expect([d.outcome, d.votes, d.status]).toEqual(['angenommen', votes, 'unsicher']);
    expect(d.reasons.join(' ')).toMatch(/korrigiert/u);
  });
});
