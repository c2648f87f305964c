/**
 * Classes of phrasing that held on development sessions but not on sessions nobody tuned for, each
 * with sentences written for this test (not taken from any fixture or evaluation set): Befangenheit
 * declared by citing the Land's law, sessions opened or closed with a spoken time, "einstimmig" with a
 * group abstaining, the urgency vote before the vote on an urgent motion, and "entsprochen".
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectBias, detectProcedure } from '../../src/minutes/detect-procedure.js';
import { detectDecisions } from '../../src/minutes/detect-votes.js';
import type { Cue } from '../../src/minutes/types.js';

const CHAIR = 'Ortsbürgermeisterin Rosemarie Kettler';
const cues = (...texts: (string | [string, string])[]): Cue[] =>
  texts.map((t, i) => ({ id: `g/${i + 1}-0`, start: 60 + i * 12, end: 60 + i * 12 + 10, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const decide = (...texts: (string | [string, string])[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });

describe('Befangenheit declared by citing the law of the Land', () => {
  const MEMBER = 'Gemeinderat Till Osterkamp';
  it.each([
    'Für mich ist nach § 31 GO NRW ein Ausschließungsgrund gegeben, ich nehme im Zuhörerraum Platz.',
    'Ich zeige an, dass bei mir ein Ausschließungsgrund gemäß § 18 GemO vorliegt.',
    'Nach Paragraf 20 SächsGemO bin ich an dieser Beratung gehindert und verlasse den Ratstisch.',
    'Mich trifft hier das Mitwirkungsverbot, meine Schwester ist Bauherrin.',
    'Wegen § 38 ThürKO wirke ich bei diesem Punkt nicht mit.',
    'Laut § 22 BbgKVerf bin ich von der Entscheidung ausgeschlossen.',
    'Gemäß § 24 KV M-V setze ich mich für diesen Punkt in die Zuschauerreihe.',
    'Ich erkläre mich für persönlich beteiligt, Art. 49 GO, und gehe nach hinten.',
    'Für meinen Betrieb gilt für mich das Mitwirkungsverbot nach § 41 NKomVG.',
  ])('self-declared: %s', (text) => {
    expect(detectBias(cues([MEMBER, text])).declarations.map((d) => d.name)).toEqual([MEMBER]);
  });

  it.each([
    ['Ratsherr Bertram Quindt ist gemäß § 31 GO NRW ausgeschlossen und nimmt hinten Platz.', 'Ratsherr Bertram Quindt'],
    ['Für Frau Vollrath gilt das Mitwirkungsverbot nach § 22 GemO.', 'Frau Vollrath'],
  ])('announced by the chair: %s', (text, name) => {
    expect(detectBias(cues(text)).declarations.map((d) => d.name)).toEqual([name]);
  });

  it.each([
    'Ich weise auf § 31 GO NRW hin: wer befangen ist, zeigt das bitte vor der Beratung an.',
    'Ich halte § 18 GemO hier für nicht einschlägig, ich bin nicht befangen.',
    'Nach § 25 HGO erinnere ich an die Pflicht, eine Interessenkollision anzuzeigen.',
  ])('a reminder or a denial is no declaration: %s', (text) => {
    expect(detectBias(cues([MEMBER, text])).declarations).toEqual([]);
  });

  it('lands on the item in the draft', () => {
    const { draft } = buildCoreDraft({
      transcript: {
        attributed: true,
        cues: cues(
          'Guten Abend, ich eröffne die Sitzung des Ortsgemeinderates.',
          'Tagesordnungspunkt 1, Bauvoranfrage für eine Scheune am Mühlweg.',
          [MEMBER, 'Gemäß § 22 GemO bin ich hier ausgeschlossen und gehe in den Zuhörerbereich.'],
          'Danke. Wer dem Bauvorhaben zustimmt, den bitte ich um das Handzeichen.',
          'Das sind alle. Damit ist das Einvernehmen einstimmig erteilt.',
          'Ich schließe die Sitzung.',
        ),
      },
    });
    const item = draft.items.find((i) => i.number.replace(/^TOP\s*/u, '') === '1');
    expect(item?.bias.join(' ')).toContain('Osterkamp');
  });
});

describe('the session opened or closed with a spoken time', () => {
  it.each([
    ['Ich eröffne um 19:02 Uhr die öffentliche Sitzung des Kulturausschusses.', '19:02'],
    ['Es ist 18:07 Uhr, ich eröffne die Sitzung des Ortschaftsrates.', '18:07'],
    ['Liebe Kolleginnen und Kollegen, es ist jetzt 17.31 Uhr, ich eröffne die heutige Sitzung.', '17:31'],
    ['Die Sitzung wird um 18.15 Uhr eröffnet.', '18:15'],
  ])('%s → %s', (text, clock) => {
    const p = detectProcedure(cues(text, 'Wir beginnen mit dem ersten Punkt.'));
    expect(p.opened).toBe(clock);
  });

  it.each([
    ['Ich schließe um 21:48 Uhr die Sitzung, kommen Sie gut heim.', '21:48'],
    ['Es ist 20:55 Uhr, ich schließe die Sitzung.', '20:55'],
  ])('%s → %s', (text, clock) => {
    expect(detectProcedure(cues('Ich eröffne die Sitzung.', text)).closed).toBe(clock);
  });
});

describe('"einstimmig" with a group abstaining', () => {
  it.each([
    ['Die Gebührensatzung ist damit einstimmig bei Enthaltung der Linken beschlossen.', 'DIE LINKE'],
    ['Einstimmig, bei Enthaltung der Freien Wähler, so angenommen.', 'Freie Wähler'],
    ['Damit ist der Zuschuss einstimmig beschlossen, die FDP hat sich enthalten.', 'Freie Demokraten'],
  ])('%s: not unanimous, no one against, the group abstains', (text, group) => {
    const [d] = decide('Wer der Vorlage zustimmt, den bitte ich um ein Handzeichen.', text);
    expect(d.outcome).toBe('angenommen');
    expect(d.unanimous).toBe(false);
    expect(d.votes?.no).toBe(0);
    expect(d.votesByGroup).toEqual({ yes: [], no: [], abstain: [group] });
  });

  it('counted abstentions do not make the whole house vote yes', () => {
    const [d] = decide('Wer ist für die Satzung?', 'Danke, einstimmig bei vier Enthaltungen beschlossen.');
    expect(d.votes).toEqual({ yes: null, no: 0, abstain: 4 });
    expect(d.votesByGroup).toBeNull();
  });
});

describe('the urgency vote before the vote on the urgent motion', () => {
  it('the confirmed urgency is no decision of the item beside the motion', () => {
    const d = decide(
      'Zuerst die Dringlichkeit. Wer hält die Sache für dringlich?',
      '– Das ganze Haus.',
      'Damit ist die Dringlichkeit bejaht.',
      'Dann zum Eilantrag selbst: Wer stimmt der Anschaffung des Notstromaggregats zu?',
      '– Neunzehn.',
      'Gegenstimmen?',
      '– Zwei.',
      'Damit ist der Eilantrag beschlossen.',
    );
    expect(d.map((x) => x.outcome)).toEqual(['angenommen']);
    expect(d[0].votes).toMatchObject({ yes: 19, no: 2 });
  });

  it('an urgency vote alone (the agenda item where the motion is added) stays', () => {
    const d = decide('Wer ist für die Dringlichkeit des Antrags der Wählergruppe?', '– Mehrheit.', 'Damit ist die Dringlichkeit mehrheitlich anerkannt.');
    expect(d).toHaveLength(1);
  });
});

describe('"entsprochen" and "stattgegeben"', () => {
  it.each([
    ['Dem Bürgerantrag ist damit entsprochen.', 'angenommen'],
    ['Der Anregung des Seniorenbeirats wird stattgegeben.', 'angenommen'],
    ['Der Eingabe wurde damit nicht entsprochen.', 'abgelehnt'],
  ])('%s → %s', (text, outcome) => {
    const d = decide('Wer ist dafür?', '– Sechs.', 'Wer ist dagegen?', outcome === 'abgelehnt' ? '– Elf.' : '– Einer.', text);
    expect(d.map((x) => [x.outcome, x.status])).toEqual([[outcome, 'sicher']]);
  });
});

describe('a Befangenheit the chair denies is none', () => {
  it('"Herr … ist nicht befangen" names no one', () => {
    expect(detectBias(cues('Herr Ruppelt ist nach unserer Prüfung nicht befangen und stimmt mit ab.')).declarations).toEqual([]);
  });
});
