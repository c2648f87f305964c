/**
 * Rules 7–9 of "sicher" (src/minutes/certainty.ts): a result stays sure only if nothing later in
 * the TOP takes it back (a repeated vote, a withdrawn or corrected result, a member contesting it),
 * if the body was able to decide, and if a qualified majority named in the TOP was reached.
 * Sentences written for this test, not taken from any fixture or evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { applySequenceCertainty, quorumCheck } from '../../src/minutes/certainty.js';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions } from '../../src/minutes/detect-votes.js';
import type { Cue } from '../../src/minutes/types.js';

const CHAIR = 'Ortsvorsteherin Margit Holzapfel';
type Line = string | [string, string];
const cues = (...lines: Line[]): Cue[] =>
  lines.map((t, i) => ({ id: `r/${i + 1}-0`, start: i * 15, end: i * 15 + 12, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const decide = (...lines: Line[]) => {
  const cs = cues(...lines);
  const ds = detectDecisions(cs, { chairs: new Set([CHAIR]) });
  applySequenceCertainty(ds, cs, quorumCheck(cs));
  return ds;
};
const VOTE = ['Wer dem Zuschuss für den Heimatverein zustimmt, den bitte ich um das Handzeichen.', '– Acht.', 'Wer ist dagegen?', '– Drei.'];

describe('rule 7: a result taken back later is not sure', () => {
  it('a repeated vote makes the first result unsure and keeps the repeat sure', () => {
    const d = decide(
      ...VOTE,
      'Damit ist der Zuschuss beschlossen.',
      ['Konrad Eisele', 'Ich glaube, die Kollegin hinten war beim ersten Mal noch gar nicht im Raum.'],
      'Gut, wir wiederholen die Abstimmung. Wer stimmt dem Zuschuss zu?',
      '– Sechs.',
      'Wer ist dagegen?',
      '– Sechs.',
      'Bei Stimmengleichheit ist der Zuschuss damit abgelehnt.',
    );
    expect(d.map((x) => x.outcome)).toEqual(['angenommen', 'abgelehnt']);
    expect(d[0].status).toBe('unsicher');
    expect(d[0].reasons.join(' ')).toMatch(/wiederholt, korrigiert oder bestritten/u);
  });

  it.each([
    ['the chair declares the vote invalid', 'Halt, die Abstimmung ist ungültig, es lag die falsche Fassung vor.'],
    ['the chair withdraws the finding', 'Ich nehme das Ergebnis zurück, da habe ich mich vertan.'],
    ['the chair corrects herself', 'Nein, ich korrigiere mich, das war anders.'],
    ['a member says it was miscounted', ['Konrad Eisele', 'Entschuldigung, aber da wurde falsch gezählt.']],
    ['a member objects', ['Konrad Eisele', 'Einspruch! Meine Gegenstimme fehlt.']],
  ] as [string, Line][])('%s', (_, after) => {
    const [d] = decide(...VOTE, 'Damit ist der Zuschuss beschlossen.', after);
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
  });

  it('"ich habe dagegen gestimmt" contests a unanimous result, not one with counter-votes', () => {
    const unanimous = decide('Wer stimmt dem Zuschuss zu? Gegenstimmen? Enthaltungen? Keine.', 'Dann ist das einstimmig beschlossen.', ['Konrad Eisele', 'Moment, ich habe aber dagegen gestimmt.']);
    expect(unanimous[0].status).toBe('unsicher');
    const withNo = decide(...VOTE, 'Damit ist der Zuschuss beschlossen.', ['Konrad Eisele', 'Ich habe dagegen gestimmt, weil der Verein schon genug bekommt.']);
    expect(withNo[0].status).toBe('sicher');
  });

  it('the legal "Einspruch" in the debate after the result and a conditional are no objection', () => {
    const [d] = decide(
      ...VOTE,
      'Damit ist der Zuschuss beschlossen.',
      ['Konrad Eisele', 'Zum Bebauungsplan am Mühlbach sind übrigens zwei Einsprüche von Anliegern eingegangen.'],
      'Wenn wir die Abstimmung wiederholen müssten, würde ich das sagen.',
    );
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });
});

describe('rule 8: a body that is not able to decide', () => {
  it('decisions after the loss of the quorum are unsure until it is stated again', () => {
    const lines: Line[] = [
      'Wir kommen zu Tagesordnungspunkt 1, Zuschuss für den Heimatverein.',
      ...VOTE,
      'Damit ist der Zuschuss beschlossen.',
      'Ich stelle fest, dass wir nach dem Weggang von drei Mitgliedern nicht mehr beschlussfähig sind.',
      'Wir kommen zu Tagesordnungspunkt 2, Pflege der Obstwiese.',
      'Wer der Pflegevereinbarung für die Obstwiese zustimmt, hebe die Hand. – Fünf.',
      'Gegenstimmen? – Keine.',
      'Damit ist die Pflegevereinbarung beschlossen.',
      'Herr Eisele ist zurück, wir sind wieder beschlussfähig.',
      'Wir kommen zu Tagesordnungspunkt 3, Benennung des Dorfplatzes.',
      'Wer der Benennung als Lindenplatz zustimmt, hebe die Hand. – Neun.',
      'Gegenstimmen? – Keine.',
      'Damit ist die Benennung beschlossen.',
    ];
    const { draft } = buildCoreDraft({ transcript: { cues: cues(...lines), attributed: true } });
    const status = draft.items.map((it) => it.decisions.map((d) => d.status));
    expect(status).toEqual([['sicher'], ['unsicher'], ['sicher']]);
    expect(draft.items[1].decisions[0].reasons.join(' ')).toMatch(/beschlussfähig/u);
  });

  it('a condition or a question does not end the quorum', () => {
    const [d] = decide('Wenn noch jemand geht, sind wir nicht mehr beschlussfähig.', 'Sind wir überhaupt noch beschlussfähig?', ...VOTE, 'Damit ist der Zuschuss beschlossen.');
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });
});

describe('rule 9: a qualified majority must be reached', () => {
  const call = (yes: string, no: string) => ['Für die Änderung der Hauptsatzung ist eine Zweidrittelmehrheit erforderlich.', 'Wer stimmt der Änderung zu?', `– ${yes}.`, 'Wer ist dagegen?', `– ${no}.`, 'Damit ist die Änderung der Hauptsatzung angenommen.'];

  it('counts below two thirds make "angenommen" unsure', () => {
    const [d] = decide(...call('Zehn', 'Sechs'));
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/qualifizierte Mehrheit/u);
  });

  it('counts reaching two thirds, or a unanimous vote, stay sure', () => {
    expect(decide(...call('Zwölf', 'Vier'))[0].status).toBe('sicher');
    const [u] = decide('Für die Änderung der Hauptsatzung ist die Mehrheit der gesetzlichen Mitglieder nötig.', 'Wer stimmt der Änderung zu? Gegenstimmen? Enthaltungen? Keine.', 'Damit ist die Änderung einstimmig angenommen.');
    expect(u.status).toBe('sicher');
  });

  it('without counts the majority cannot be checked; a majority said not to be needed is no requirement', () => {
    expect(decide('Hier brauchen wir die Mehrheit der gesetzlichen Mitglieder.', 'Wer stimmt der Änderung zu? – Die Mehrheit.', 'Wer ist dagegen? – Einige.', 'Damit ist die Änderung mehrheitlich angenommen.')[0].status).toBe('unsicher');
    expect(decide('Eine Zweidrittelmehrheit ist hier nicht erforderlich.', ...call('Zehn', 'Sechs').slice(1))[0].status).toBe('sicher');
    // A share of money is no majority.
    expect(decide('Zwei Drittel der Kosten trägt das Land, den Rest die Gemeinde.', ...call('Zehn', 'Sechs').slice(1))[0].status).toBe('sicher');
  });
});
