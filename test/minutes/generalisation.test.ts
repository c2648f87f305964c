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

describe('titles taken from speech, without an agenda', () => {
  const CH = 'Vorsitzender Anton Greiwe';
  const draftOf = (...texts: string[]) =>
    buildCoreDraft({ transcript: { attributed: true, cues: texts.map((t, i) => ({ id: `t/${i + 1}-0`, start: 20 + i * 14, end: 20 + i * 14 + 12, speaker: CH, text: t })) } }).draft;

  it('a procedural sentence after the number is no title; a lead-in is cut; the matter named next is the title', () => {
    const d = draftOf(
      'Ich eröffne die Sitzung des Sportausschusses.',
      'TOP 1 Ich stelle fest, dass form- und fristgerecht geladen wurde und der Ausschuss beschlussfähig ist.',
      'TOP 2 Wir kommen jetzt zum Sachstand der Sporthallensanierung.',
      'Den Sachstand nehmen wir damit zur Kenntnis.',
      'Tagesordnungspunkt 3, dazu möchte ich Ihnen vorab etwas sagen.',
      'Es geht um die Vergabe der Hallenzeiten an die Vereine.',
      'Wer stimmt der Vergabe zu?',
      '– Alle.',
      'Damit einstimmig beschlossen.',
      'Ich schließe die Sitzung.',
    );
    expect(d.items.map((i) => i.title)).toEqual(['Tagesordnungspunkt 1', 'Sachstand der Sporthallensanierung', 'Vergabe der Hallenzeiten an die Vereine']);
  });
});

describe('en-bloc votes on items never called on their own', () => {
  const CH = 'Bezirksbürgermeisterin Carla Wintgen';
  const talk = [
    'Ich eröffne die Sitzung der Bezirksvertretung.',
    'Tagesordnungspunkt 1, Mitteilungen. Es gibt keine Mitteilungen.',
    'Die Punkte 2 bis 4 sind drei Anträge auf Sondernutzung, ich würde darüber gern zusammen abstimmen lassen.',
    'Erhebt sich dagegen Widerspruch?',
    'Das sehe ich nicht.',
    'Wer stimmt den Punkten 2 bis 4 zu?',
    '– Alle.',
    'Damit sind die Tagesordnungspunkte 2, 3 und 4 einstimmig beschlossen.',
    'Tagesordnungspunkt 5, Spielplatz am Deich. Wer ist dafür? – Neun. Wer ist dagegen? – Zwei. Damit angenommen.',
    'Ich schließe die Sitzung.',
  ];
  const transcript = { attributed: true, cues: talk.map((t, i) => ({ id: `b/${i + 1}-0`, start: 15 + i * 20, end: 15 + i * 20 + 18, speaker: CH, text: t })) };
  const titles = ['Mitteilungen', 'Sondernutzung Café Hafenblick', 'Sondernutzung Eisdiele Rheinstraße', 'Sondernutzung Blumenstand Markt', 'Spielplatz am Deich'];
  const agenda = { items: titles.map((title, i) => ({ number: String(i + 1), title, public: true })) };

  it.each([
    ['with the agenda', true],
    ['without an agenda', false],
  ])('%s: each item of the block gets the decision, for review; the item where it was said keeps none', (_label, withAgenda) => {
    const { draft } = buildCoreDraft({ transcript, ...(withAgenda ? { agenda } : {}) });
    for (const n of ['2', '3', '4']) {
      const item = draft.items.find((i) => i.number === n);
      expect(item?.decisions.map((d) => [d.outcome, d.status])).toEqual([['angenommen', 'unsicher']]);
    }
    expect(draft.items.find((i) => i.number === '1')?.decisions).toEqual([]);
    expect(draft.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('counts in words inside a verbless result', () => {
  it.each([
    ['Mit vierzehn zu neun Stimmen angenommen.', { yes: 14, no: 9 }],
    ['Mit sechzehn Stimmen dafür bei acht dagegen beschlossen.', { yes: 16, no: 8 }],
  ])('%s is a stated result, not one derived from the counts', (text, votes) => {
    const [d] = decide('Wer der Satzung zustimmen möchte, hebe bitte die Hand.', text);
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
    expect(d.votes).toMatchObject(votes);
  });
});

describe('Befangenheit as chairs report it and as members announce it for an item', () => {
  const CHAIR_OB = 'Oberbürgermeister Rainer Plettig';
  const MEMBER = 'Stadträtin Odile Kersting';
  it.each([
    ['Herr Dombrowski hat uns vorab einen Ausschließungsgrund angezeigt, er sitzt jetzt bei den Gästen.', 'Herr Dombrowski'],
    ['Stadtrat Eilers hat Befangenheit angezeigt.', 'Stadtrat Eilers'],
    ['Für Frau Quandt liegt ein Ausschließungsgrund vor.', 'Frau Quandt'],
    ['Herr Lohmeyer, Sie sind befangen, nehmen Sie bitte hinten Platz.', 'Herr Lohmeyer'],
  ])('reported by the chair: %s', (text, name) => {
    expect(detectBias(cues([CHAIR_OB, text])).declarations.map((d) => d.name)).toEqual([name]);
  });

  it.each([
    'Ich melde für diesen Punkt Befangenheit an.',
    'Ich zeige zu Tagesordnungspunkt 6 einen Ausschließungsgrund an.',
    'Für mich ein Ausschließungsgrund nach § 31, ich gehe kurz raus.',
    'Bei mir liegt ein Ausschließungsgrund nach § 22 GemO RLP vor.',
  ])('announced by the member: %s', (text) => {
    expect(detectBias(cues([MEMBER, text])).declarations.map((d) => d.name)).toEqual([MEMBER]);
  });
});
