/**
 * Classes of phrasing and procedure found missing on the development sessions of set G (parliament plenaries and
 * unfamiliar municipal speech), each with sentences written for this test (not taken from any fixture or evaluation
 * session): item calls run together in Teams text without punctuation and the ASR form "tob"; a call lead with a
 * colon and a bare number; the first sub-item called by its bare number; the minutes item and standing items named
 * without a number; two items called together ("Tagesordnungspunkte 4 und 5"); a result announced later for an earlier
 * item; roll-call results ("Mit Ja haben … gestimmt"); a committee's recommendation adopted that rejects the motion;
 * the order of votes announced (no result); "Enthaltungen keine" before the result is no negation; a candidate who
 * "has reached the required majority" is elected.
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions, readOutcome } from '../../src/minutes/detect-votes.js';
import { findTransition, splitRunOnCalls } from '../../src/minutes/segment.js';
import type { Agenda, Cue } from '../../src/minutes/types.js';

const CHAIR = 'Vorsitzende Henrike Albers';
const cues = (...texts: string[]): Cue[] => texts.map((t, i) => ({ id: `g/${i + 1}-0`, start: i * 30, end: i * 30 + 8, speaker: CHAIR, text: t }));
const draftOf = (texts: string[], agenda?: Agenda) => buildCoreDraft({ transcript: { attributed: true, cues: cues(...texts) }, ...(agenda ? { agenda } : {}) }).draft;
const outcomes = (d: ReturnType<typeof draftOf>) => Object.fromEntries(d.items.map((i) => [i.number, i.decisions.map((x) => x.outcome)]));

describe('item calls run together in text without punctuation', () => {
  it('splits before a call word with its number, not before a mention', () => {
    expect(splitRunOnCalls('gut das wäre erledigt äh Top drei die Kita Satzung wer möchte was sagen')).toEqual(['gut das wäre erledigt äh', 'Top drei die Kita Satzung wer möchte was sagen']);
    expect(splitRunOnCalls('also wir sind vollzählig so tob vier der Spielplatz am Deich')).toEqual(['also wir sind vollzählig so', 'tob vier der Spielplatz am Deich']);
    // "ist Top sechs", "zu Top zwei": a mention, no call.
    expect(splitRunOnCalls('Gegenstimmen keine damit ist Top sechs vertagt')).toEqual(['Gegenstimmen keine damit ist Top sechs vertagt']);
    expect(splitRunOnCalls('ich hab noch eine Frage zu Top zwei wegen der Kosten')).toEqual(['ich hab noch eine Frage zu Top zwei wegen der Kosten']);
    // Punctuated text is left to the sentence splitter.
    expect(splitRunOnCalls('Wir haben, wie besprochen, Top drei und Top vier getauscht')).toHaveLength(1);
  });

  it('"tob" is read as TOP', () => {
    expect(findTransition('so tob acht die Friedhofsgebühren')).toMatchObject({ strong: true, number: '8' });
  });

  it('without an agenda, each call in one long turn opens its item', () => {
    const d = draftOf([
      'moin ich mach mal auf wir sind vollständig Top eins ist damit durch äh Top zwei das Protokoll vom Dezember will da wer was nee dann Hände hoch wer ist dafür',
      'danke das ist einstimmig das Protokoll ist genehmigt',
      'Top drei äh der Zuschuss für die Feuerwehr Kleinwiek wer ist dafür das sind alle Gegenstimmen keine Enthaltungen keine damit ist der Zuschuss beschlossen',
    ]);
    expect(d.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(outcomes(d)).toMatchObject({ '2': ['genehmigt'], '3': ['angenommen'] });
  });
});

describe('a call lead with a colon and a bare number', () => {
  it.each([
    ['Wir kommen zu: 7, Antrag der Fraktion der Grünen zum Radverkehr.', '7'],
    ['Meine Damen und Herren, ich rufe jetzt noch auf: 12, den Bericht der Landesregierung.', '12'],
    ['Dann rufe ich auf: 3, Wahl der Schriftführer.', '3'],
  ])('%s', (sentence, number) => {
    expect(findTransition(sentence)?.number).toBe(number);
  });
  it('a colon before a count or a time is no call', () => {
    expect(findTransition('Wir kommen zu: einer kurzen Pause.')).toBeUndefined();
    expect(findTransition('Ich rufe auf, dass alle 3 Minuten Redezeit haben.')).toBeUndefined();
  });
});

describe('the first sub-item by its bare number, the minutes item and standing items without a number', () => {
  const agenda: Agenda = {
    items: [
      { number: '1', title: 'Eröffnung und Feststellung der Beschlussfähigkeit', public: true },
      { number: '2', title: 'Genehmigung der Niederschrift der Sitzung vom 12.01.2027', public: true },
      { number: '3', title: 'Einwohneranfragen', public: true },
      { number: '4a', title: 'Vereinsförderung: Zuschuss an den Angelverein Seeblick', public: true },
      { number: '4b', title: 'Vereinsförderung: Zuschuss an den Chor Harmonie', public: true },
    ],
  };
  const texts = [
    'Ich eröffne die Sitzung, wir sind beschlussfähig.',
    'Danke. Zur Niederschrift vom 12. Januar liegen keine Änderungswünsche vor. Wer genehmigt sie? Neun. Gegenstimmen? Keine. Damit ist die Niederschrift genehmigt.',
    'Wir haben Einwohneranfragen.',
    'Herr Lübbers, bitte.',
    'Wir kommen zur Vereinsförderung. Vier a ist der Zuschuss für den Angelverein Seeblick. Wer ist dafür? Acht. Dagegen? Eine. Damit ist der Zuschuss beschlossen.',
    'Vier b, der Chor Harmonie. Wer ist dafür? Zwei. Dagegen? Sieben. Damit ist der Zuschuss abgelehnt.',
  ];
  it('finds 2, 3, 4a and 4b in order', () => {
    const d = draftOf(texts, agenda);
    expect(d.items.filter((i) => i.found).map((i) => i.number)).toEqual(['1', '2', '3', '4a', '4b']);
    expect(outcomes(d)).toMatchObject({ '1': [], '2': ['genehmigt'], '4a': ['angenommen'], '4b': ['abgelehnt'] });
  });
  it('a bare sub-item number that is not the next open item calls nothing', () => {
    const d = draftOf([texts[0], 'Vier b ist später dran, erst die Anfragen.', texts[2]], agenda);
    expect(d.items.find((i) => i.number === '4b')?.found).toBe(false);
  });
  it('"Wir haben Anfragen von Bürgern bekommen" in a sentence is no call of the standing item', () => {
    const d = draftOf([texts[0], 'Wir haben Einwohneranfragen schriftlich bekommen, die beantworten wir später.'], agenda);
    expect(d.items.find((i) => i.number === '3')?.found).toBe(false);
  });
});

describe('two items called together and a result announced later', () => {
  const agenda: Agenda = {
    items: [
      { number: '1', title: 'Wahl eines Mitglieds des Richterwahlausschusses', public: true },
      { number: '2', title: 'Antrag der Fraktion A: Lärmschutz an Landesstraßen (Drs. 8/101)', public: true },
      { number: '3', title: 'Antrag der Fraktion B: Lärmschutz mit Augenmaß (Drs. 8/102)', public: true },
    ],
  };
  const d = draftOf(
    [
      'Tagesordnungspunkt 1: Wahl eines Mitglieds des Richterwahlausschusses. Vorgeschlagen ist Herr Tammen. Die Wahl ist geheim, der Wahlgang ist eröffnet.',
      'Die Stimmabgabe ist beendet, wir fahren fort.',
      'Ich rufe die Tagesordnungspunkte 2 und 3 zur gemeinsamen Beratung auf.',
      'Herr Präsident, wir brauchen Lärmschutz.',
      'Ich gebe das Ergebnis der Wahl zu Tagesordnungspunkt 1 bekannt. Mit Ja haben 88 Abgeordnete gestimmt, mit Nein 20, enthalten haben sich 5. Damit hat Herr Tammen die erforderliche Mehrheit erreicht.',
      'Wir stimmen zuerst über den Antrag der Fraktion A ab. Wer stimmt zu? Fraktion A. Gegenstimmen? Alle übrigen. Damit ist der Antrag abgelehnt.',
    ],
    agenda,
  );
  it('both items are found and linked', () => {
    expect(d.items.map((i) => i.found)).toEqual([true, true, true]);
  });
  it('the late result goes to the election, read with its roll-call counts', () => {
    const [election] = d.items[0].decisions;
    expect(election.outcome).toBe('gewählt');
    expect(d.items[0].warnings.join(' ')).toMatch(/später .*bekannt gegeben/u);
    expect(d.items[1].decisions.map((x) => x.outcome)).toEqual(['abgelehnt']);
  });
  it('the item called with it but without its own vote gets the decision only as unsure', () => {
    expect(d.items[2].decisions.every((x) => x.status !== 'sicher')).toBe(true);
  });
});

describe('results read in parliament and in casual speech', () => {
  it('roll-call counts', () => {
    const [d] = detectDecisions(cues('Ich gebe das Ergebnis der namentlichen Abstimmung bekannt: Mit Ja haben 64 Abgeordnete gestimmt, mit Nein 71, Stimmenthaltungen 3. Damit ist der Gesetzentwurf abgelehnt.'), { chairs: new Set([CHAIR]) });
    expect(d.outcome).toBe('abgelehnt');
    expect(d.votes).toMatchObject({ yes: 64, no: 71, abstain: 3 });
  });
  it('a recommendation to reject the motion, adopted: the recommendation is adopted', () => {
    expect(readOutcome('Damit ist die Beschlussempfehlung angenommen und der Antrag Drucksache 7/55 abgelehnt.')?.outcome).toBe('angenommen');
    expect(readOutcome('Somit ist der Beschlussempfehlung gefolgt und der Antrag der Fraktion erledigt.')?.outcome).toBe('angenommen');
    // A recommendation not adopted: the rule does not apply, the rejection stands.
    expect(readOutcome('Damit ist die Beschlussempfehlung nicht angenommen und der Antrag abgelehnt.')?.outcome).toBe('abgelehnt');
  });
  it.each([
    'Wir stimmen zuerst über die Überweisung ab.',
    'Wir stimmen getrennt ab, zunächst über den Änderungsantrag der Fraktion C.',
    'Über den Antrag auf Vertagung lasse ich sofort abstimmen.',
  ])('announcing the order of votes states no result: %s', (sentence) => {
    expect(readOutcome(sentence)).toBeUndefined();
  });
  it('a count of none before the result is no negation; a real "nicht" still is', () => {
    expect(readOutcome('Gegenstimmen eine Enthaltungen keine damit ist der Punkt vertagt')?.outcome).toBe('vertagt');
    expect(readOutcome('Gegenstimmen keine damit ist Top vier abgesetzt')?.outcome).toBe('abgesetzt');
    expect(readOutcome('Damit ist der Punkt nicht abgesetzt')).toBeUndefined();
  });
  it('a named candidate reaching the required majority is elected; missing it is not', () => {
    expect(readOutcome('Frau Sörensen hat die erforderliche Mehrheit erreicht.')?.outcome).toBe('gewählt');
    expect(readOutcome('Damit hat Herr Ulferts die absolute Mehrheit erhalten.')?.outcome).toBe('gewählt');
    expect(readOutcome('Herr Ulferts hat die erforderliche Mehrheit nicht erreicht.')?.outcome).not.toBe('gewählt');
  });
  it('a court or board inside a compound is no third party: "zum Mitglied des Landesverfassungsgerichts gewählt"', () => {
    expect(readOutcome('Damit ist Frau Harms zum Mitglied des Landesverfassungsgerichts gewählt.')).toMatchObject({ outcome: 'gewählt', reported: false });
    expect(readOutcome('Das Verwaltungsgericht hat die Satzung bestätigt und beschlossen, dass …')?.reported).toBe(true);
  });
});

describe('motions on procedure, advisory recommendations and results that name another paper', () => {
  it.each([
    ['Damit ist die Vertagung abgelehnt.', 'abgelehnt'],
    ['Somit wurde die Überweisung abgelehnt.', 'abgelehnt'],
    ['Damit ist der Absetzungsantrag angenommen.', 'abgesetzt'],
  ])('the verb before the motion: %s', (sentence, outcome) => {
    expect(readOutcome(sentence)).toMatchObject({ outcome, settled: true });
  });
  it('"Dann empfehlen wir dem Gemeinderat …" after the vote is the adopted recommendation; a wish is not', () => {
    expect(readOutcome('Dann empfehlen wir dem Gemeinderat die Satzung einstimmig.')).toMatchObject({ outcome: 'angenommen', settled: true, hypothetical: false });
    expect(readOutcome('Wir empfehlen dem Gemeinderat, das noch einmal zu prüfen.')).toBeUndefined();
    expect(readOutcome('Vielleicht empfehlen wir dem Rat später etwas anderes.')).toBeUndefined();
  });
  const agenda: Agenda = {
    items: [
      { number: '1', title: 'Antrag der Fraktion A: Deichpflege (Drs. 9/310)', public: true },
      { number: '2', title: 'Antrag der Fraktion B: Fährverbindung (Drs. 9/322)', public: true },
    ],
  };
  it('a result without a vote that names the paper of an item never called goes there, unsure', () => {
    const d = draftOf(
      [
        'Ich rufe Tagesordnungspunkt 1 auf: Antrag der Fraktion A zur Deichpflege.',
        'Wer stimmt zu? Fraktion A. Gegenstimmen? Keine. Damit ist der Antrag angenommen.',
        'Der Antrag auf Drucksache 9/322, der heute nicht mehr drankam, wird in den Verkehrsausschuss überwiesen.',
      ],
      agenda,
    );
    expect(outcomes(d)).toMatchObject({ '1': ['angenommen'], '2': ['verwiesen'] });
    expect(d.items[1].decisions[0].status).toBe('unsicher');
  });
  it('a vote on the item itself that also names another paper stays where it was taken', () => {
    const d = draftOf(['Tagesordnungspunkt 1: Deichpflege.', 'Wer dem Antrag zustimmt, wie in Drucksache 9/322 ergänzt, den bitte ich um das Handzeichen. Alle. Damit ist der Antrag angenommen.'], agenda);
    expect(outcomes(d)).toMatchObject({ '1': ['angenommen'], '2': [] });
  });
});

describe('counts without punctuation and a statement of no objections before the formal vote', () => {
  const decide = (...texts: string[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });
  it.each([
    ['wer ist dafür', 'ich zähle zwölf ja dagegen drei Enthaltung eine damit ist der Antrag angenommen', { yes: 12, no: 3, abstain: 1 }],
    ['Hände hoch wer ist dafür', 'gut vierzehn ja Gegenstimmen keine Enthaltungen zwei also ist der Plan beschlossen', { yes: 14, no: 0, abstain: 2 }],
  ])('each label before its count: %s …', (call, result, votes) => {
    const [d] = decide(call, result);
    expect(d.votes).toMatchObject(votes);
  });
  it('with punctuation the usual reading stays ("zwei Enthaltungen" after the number)', () => {
    const [d] = decide('Wer ist dafür?', 'Elf dafür, drei dagegen, zwei Enthaltungen. Damit ist der Antrag angenommen.');
    expect(d.votes).toMatchObject({ yes: 11, no: 3, abstain: 2 });
  });
  it('"keine Einwendungen" followed by a formal vote is one decision, taken by the vote', () => {
    const ds = decide('Zum Protokoll vom 3. März gab es keine Einwendungen. Ich bitte um Abstimmung über die Genehmigung.', 'Das Ergebnis: 30 Ja, keine Nein-Stimmen, 2 Enthaltungen. Damit ist das Protokoll genehmigt.');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ outcome: 'genehmigt', votes: { yes: 30, no: 0, abstain: 2 } });
  });
  it('"kein Widerspruch" alone still decides', () => {
    const ds = decide('Ich schlage vor, den Antrag in den Bauausschuss zu überweisen. Ich sehe keinen Widerspruch.');
    expect(ds.map((d) => d.outcome)).toEqual(['verwiesen']);
  });
});

describe('a Befangenheit declared with the verb first', () => {
  it.each(['Da muss ich mich für befangen erklären, meine Schwester ist die Antragstellerin.', 'Hier werde ich mich befangen erklären, ich bin im Vorstand.'])('%s', (sentence) => {
    const agenda: Agenda = { items: [{ number: '1', title: 'Eröffnung', public: true }, { number: '2', title: 'Zuschuss an den Sportverein Ost', public: true }] };
    const texts = ['Ich eröffne die Sitzung.', 'Tagesordnungspunkt 2, der Zuschuss an den Sportverein Ost.', 'Wer ist dafür? Sieben. Dagegen? Keiner. Damit ist der Zuschuss beschlossen.'];
    const cs = cues(...texts);
    cs.splice(2, 0, { id: 'g/m-0', start: 65, end: 70, speaker: 'Ratsmitglied Ole Brandt', text: sentence });
    const d = buildCoreDraft({ transcript: { attributed: true, cues: cs }, agenda }).draft;
    expect(d.items[1].bias).toContain('Ratsmitglied Ole Brandt');
  });
  it('"ich muss mich nicht für befangen erklären" is no declaration', () => {
    const agenda: Agenda = { items: [{ number: '1', title: 'Eröffnung', public: true }, { number: '2', title: 'Zuschuss an den Sportverein Ost', public: true }] };
    const cs = cues('Ich eröffne die Sitzung.', 'Tagesordnungspunkt 2, der Zuschuss an den Sportverein Ost.');
    cs.push({ id: 'g/m-0', start: 65, end: 70, speaker: 'Ratsmitglied Ole Brandt', text: 'Ich bin nicht im Verein, da muss ich mich nicht befangen erklären.' });
    const d = buildCoreDraft({ transcript: { attributed: true, cues: cs }, agenda }).draft;
    expect(d.items[1].bias).toHaveLength(0);
  });
});
