/**
 * Classes of phrasing found missing on the development sessions of set E, each with sentences written
 * for this test (not taken from any fixture or evaluation session): "bewilligt" and "ist durch" as
 * adoptions, group lists stated in the result sentence, a rejection without a vote against, "Und wer
 * nicht?" as the call for votes against, a motion's wording read out, back-references to an earlier
 * decision, calls by a bare number ("Wir kommen zu sechs,"), sub-items by spoken number or ordinal, a
 * title read alone with an agenda, a set-down of another item decided under the opening, and an item
 * named in the chair's own words ("Wir haben die Niederschrift … zu genehmigen").
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions, readOutcome } from '../../src/minutes/detect-votes.js';
import { findTransition } from '../../src/minutes/segment.js';
import { detectBias } from '../../src/minutes/detect-procedure.js';
import type { Agenda, Cue } from '../../src/minutes/types.js';

const CHAIR = 'Bürgermeisterin Henrike Albers';
const cues = (...texts: string[]): Cue[] => texts.map((t, i) => ({ id: `e/${i + 1}-0`, start: i * 9, end: i * 9 + 8, speaker: CHAIR, text: t }));
const decide = (...texts: string[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });

describe('adoptions in colloquial and administrative words', () => {
  it.each([
    ['Damit ist der Zuschuss für den Schützenverein bewilligt.'],
    ['Die Beihilfe ist bei einer Gegenstimme bewilligt.'],
    ['Der Antrag ist durch.'],
    ['Gut, das ist durch.'],
  ])('%s → angenommen, sure after a counted vote', (text) => {
    const [d] = decide('Wer ist dafür?', '– Vierzehn.', 'Wer ist dagegen?', '– Eine.', text);
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });

  it('the end of the session ("Dann sind wir durch.") is no decision', () => {
    expect(readOutcome('Dann sind wir durch für heute.')).toBeUndefined();
    expect(readOutcome('Dann sind wir durch.')).toBeUndefined();
  });

  it('a grant by another authority is a report, not this body’s decision', () => {
    expect(decide('Die Fördermittel für die Mensa wurden uns vom Land bewilligt.', 'Das freut uns sehr.')).toEqual([]);
    expect(readOutcome('Die Haushaltssatzung ist von der Kommunalaufsicht genehmigt worden.')?.reported).toBe(true);
  });
});

describe('group lists stated in the result sentence', () => {
  it('"gegen die Stimmen von X und Y beschlossen" names the groups against', () => {
    const [d] = decide('Wer stimmt der Gebührensatzung zu?', 'Gegenstimmen?', 'Enthaltungen?', 'Damit ist die Satzung gegen die Stimmen von SPD und Linke beschlossen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.votesByGroup).toEqual({ yes: [], no: ['SPD', 'DIE LINKE'], abstain: [] });
  });

  it('a rejection "gegen die Stimmen der FDP" means the FDP voted for the motion', () => {
    const [d] = decide('Wer stimmt dem Antrag zu?', 'Gegenprobe?', 'Damit ist der Antrag gegen die Stimmen der FDP abgelehnt.');
    expect(d.outcome).toBe('abgelehnt');
    expect(d.votesByGroup?.yes).toEqual(['Freie Demokraten']);
  });

  it('"dafür haben X und Y gestimmt" after a rejection names the yes side', () => {
    const [d] = decide('Wer ist für den Änderungsantrag?', 'Wer ist dagegen?', 'Der Änderungsantrag ist abgelehnt, dafür haben die Grünen und Volt gestimmt.');
    expect(d.votesByGroup?.yes).toEqual(['BÜNDNIS 90/DIE GRÜNEN', 'Volt']);
  });

  it('named votes against void the zero inferred from a silent call; the abstaining group is read after "und"', () => {
    const [d] = decide('Wer ist dafür?', 'Gegenstimmen?', 'Enthaltungen?', 'Die Vorlage ist mehrheitlich beschlossen bei Gegenstimmen der AfD und Enthaltung der FDP.');
    expect(d.votes?.no ?? null).toBeNull();
    expect(d.votesByGroup).toEqual({ yes: [], no: ['AfD'], abstain: ['Freie Demokraten'] });
  });

  it('"bei Gegenstimmen der CDU abgelehnt" does not say which side the CDU was on: no group list', () => {
    const [d] = decide('Wer ist dafür?', 'Wer ist dagegen?', 'Der Antrag ist bei Gegenstimmen der CDU abgelehnt.');
    expect(d.votesByGroup?.yes ?? []).toEqual([]);
    expect(d.votesByGroup?.no ?? []).toEqual([]);
  });

  it('"bei Zustimmung aller übrigen Fraktionen gegen die Stimmen der AfD": the rest of the house for', () => {
    const [d] = decide('Wer ist dafür?', 'Wer ist dagegen?', 'Bei Zustimmung aller übrigen Fraktionen gegen die Stimmen der AfD ist die Vorlage angenommen.');
    expect(d.votesByGroup?.no).toEqual(['AfD']);
    expect(d.votesByGroup?.yes.length).toBeGreaterThan(0);
  });
});

describe('a consistent vote sequence', () => {
  it('a rejection with nobody against is not sure', () => {
    const [d] = decide('Wer stimmt dem Antrag der Wählergemeinschaft zu?', 'Gegenprobe?', 'Enthaltungen?', 'Damit ist der Antrag abgelehnt.');
    expect(d.outcome).toBe('abgelehnt');
    expect(d.status).toBe('unsicher');
  });

  it('"Und wer nicht?" is the call for the votes against: the count is a no count', () => {
    const [d] = decide('Wer stimmt der Satzung zu?', 'Und wer nicht?', '– Drei.', 'Damit bei drei Gegenstimmen so beschlossen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.votes?.no).toBe(3);
    expect(d.votes?.yes ?? null).toBeNull();
  });

  it('the wording of the motion read out ("Der Beschlussvorschlag lautet: …") is no result', () => {
    const d = decide('Der Beschlussvorschlag lautet: Die Stadt tritt dem Zweckverband bei.', 'Wer ist dafür?', '– Neun.', 'Wer ist dagegen?', '– Elf.', 'Damit ist der Beitritt abgelehnt.');
    expect(d.map((x) => x.outcome)).toEqual(['abgelehnt']);
  });

  it.each([['Den Tagesordnungspunkt 5 haben wir ja vorhin abgesetzt.'], ['Die Niederschrift hatten wir eingangs schon genehmigt.'], ['Das wurde unter Punkt 2 bereits beschlossen.']])('a back-reference to a decision taken earlier is no new decision: %s', (text) => {
    expect(decide(text)).toEqual([]);
  });
});

describe('item calls without the item word', () => {
  it.each([
    ['Wir kommen zu sechs, dem Bebauungsplan Kirchweg.', '6'],
    ['Kommen wir zu 7.', '7'],
    ['Drei Punkt zwei, der Bauantrag für die Garage.', '3.2'],
  ])('%s → item %s', (text, number) => {
    expect(findTransition(text)?.number).toBe(number);
  });

  it.each([['Wir kommen zu zwei Anträgen der CDU.'], ['Wir kommen zu einer Frage, die offen geblieben ist.'], ['Das sind drei Punkt fünf Millionen, Herr Kämmerer.']])('no call: %s', (text) => {
    expect(findTransition(text)).toBeUndefined();
  });
});

describe('items found with an agenda', () => {
  const agenda: Agenda = {
    items: [
      { number: '1', title: 'Eröffnung und Feststellung der Tagesordnung', public: true },
      { number: '2', title: 'Bauanträge', public: true },
      { number: '2.1', title: 'Bauantrag: Carport an der Lindenallee', public: true },
      { number: '2.2', title: 'Bauantrag: Anbau eines Wintergartens, Flur 3', public: true },
      { number: '3', title: 'Friedhofssatzung – Neufassung', public: true },
      { number: '4', title: 'Sanierung der Sporthalle Ost', public: true },
      { number: '5', title: 'Straßenbenennung im Neubaugebiet Eichenhain', public: true },
    ],
  };
  const vote = ['Wer ist dafür?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit einstimmig beschlossen.'];
  const draft = (...texts: string[]) => buildCoreDraft({ transcript: { attributed: true, cues: cues(...texts) }, agenda }).draft;
  const outcomes = (d: ReturnType<typeof draft>) => Object.fromEntries(d.items.map((i) => [i.number, i.decisions.map((x) => x.outcome)]));

  it('"Der zweite Bauantrag" calls the next open sub-item', () => {
    const d = draft('Ich eröffne die Sitzung.', 'Dann die Bauanträge. Zwei Punkt eins, der Carport.', ...vote, 'Der zweite Bauantrag, der Wintergarten.', 'Wer ist dafür?', '– Drei.', 'Wer ist dagegen?', '– Neun.', 'Damit abgelehnt.');
    expect(outcomes(d)).toMatchObject({ '2.1': ['angenommen'], '2.2': ['abgelehnt'] });
  });

  it('a title read alone calls its item; "Damit kommen wir zur …" too', () => {
    const d = draft('Ich eröffne die Sitzung.', 'Tagesordnungspunkt 3, die Friedhofssatzung.', ...vote, 'Es gab dazu keine Wortmeldungen mehr.', 'Dazu gibt es auch nichts weiter.', 'Die Sanierung der Sporthalle Ost.', ...vote, 'Gut. Damit kommen wir zur Straßenbenennung im Eichenhain.', ...vote);
    expect(outcomes(d)).toMatchObject({ '3': ['angenommen'], '4': ['angenommen'], '5': ['angenommen'] });
  });

  it('setting down another item under the opening lands on that item, not sure', () => {
    const d = draft('Ich eröffne die Sitzung. Gibt es Anträge zur Tagesordnung?', 'Dann stimmen wir über die Absetzung ab. Wer ist dafür?', '– Alle.', 'Damit ist der Tagesordnungspunkt 4 von der Tagesordnung abgesetzt.', 'Tagesordnungspunkt 2, die Bauanträge.');
    const one = d.items.find((i) => i.number === '1');
    const four = d.items.find((i) => i.number === '4');
    expect(one?.decisions ?? []).toEqual([]);
    expect(four?.decisions.map((x) => [x.outcome, x.status])).toEqual([['abgesetzt', 'unsicher']]);
  });
});

describe('without an agenda', () => {
  it('"Wir haben die Niederschrift … zu genehmigen" opens an item of its own', () => {
    const d = buildCoreDraft({ transcript: { attributed: true, cues: cues('Ich eröffne die Sitzung.', 'Punkt zwei, die Einwohnerfragestunde. Gibt es Fragen? Keine.', 'Wir haben die Niederschrift vom 3. März zu genehmigen. Wer ist dafür?', '– Alle.', 'Damit ist die Niederschrift genehmigt.') } }).draft;
    const minutes = d.items.find((i) => /Niederschrift/u.test(i.title));
    expect(minutes?.decisions.map((x) => x.outcome)).toEqual(['genehmigt']);
    expect(d.items.find((i) => /Einwohnerfragestunde/u.test(i.title))?.decisions ?? []).toEqual([]);
  });
});

describe('the vote sequence of a TOP', () => {
  it('with an answer heard, or the result saying how it went, it stays sure', () => {
    expect(decide('Wer stimmt der Änderung zu?', 'Wer ist dagegen?', '– Niemand.', 'Damit ist die Änderung beschlossen.')[0].status).toBe('sicher');
    expect(decide('Wer stimmt der Änderung zu?', 'Wer ist dagegen?', 'Damit ist die Änderung mehrheitlich beschlossen.')[0].status).toBe('sicher');
  });

  it('a secret ballot has no hands to hear: its result stays sure', () => {
    const [d] = decide('Wir wählen geheim, die Stimmzettel liegen aus.', 'Das Ergebnis liegt vor: Herr Okafor ist damit zum Schiedsmann gewählt.');
    expect([d.outcome, d.status]).toEqual(['gewählt', 'sicher']);
  });

  it('a TOP with a vote called but no result heard: its other results are not sure either', () => {
    const agenda: Agenda = { items: [{ number: '1', title: 'Eröffnung', public: true }, { number: '2', title: 'Zuschüsse an Vereine', public: true }] };
    const d = buildCoreDraft({
      transcript: { attributed: true, cues: cues('Ich eröffne die Sitzung.', 'Tagesordnungspunkt 2, die Zuschüsse.', 'Wer ist für den Zuschuss an den Turnverein?', '– Alle.', 'Damit ist der Zuschuss einstimmig beschlossen.', 'Wer ist für den Zuschuss an den Chor?', 'Moment, die Verbindung ist weg.') },
      agenda,
    }).draft;
    const two = d.items.find((i) => i.number === '2');
    expect(two?.decisions.map((x) => x.status)).toEqual(['unsicher', 'nicht erkannt']);
  });
});

describe('Befangenheit reported by the chair, with the Land law cited', () => {
  const bias = (...texts: string[]) => detectBias(cues(...texts)).declarations.map((d) => [d.name, d.forItem ?? null]);

  it.each([
    ['Frau Ostendorf hat mir vor der Sitzung mitgeteilt, dass sie beim Tagesordnungspunkt 6 nach § 41 NKomVG nicht mitwirken wird.', 'Frau Ostendorf', '6'],
    ['Herr Vogelsang hat mir schriftlich angezeigt, dass er zu TOP 9 nach § 31 GO NRW nicht mitberaten darf.', 'Herr Vogelsang', '9'],
  ])('%s → the member named, not the chair who speaks', (text, name, item) => {
    expect(bias(text)).toEqual([[name, item]]);
  });

  it('a role in one sentence, the member named in the next: "Frau Dr. Brehm hat mir das angezeigt"', () => {
    expect(bias('Beim Jahresabschluss ist die Bürgermeisterin selbst betroffen und darf nach § 33 KVG LSA nicht mitwirken. Frau Dr. Brehm hat mir das angezeigt.')).toEqual([['Frau Dr. Brehm', null]]);
  });

  it('a matter after an article is no member ("der Entlastung", "die Satzung")', () => {
    expect(bias('Bei der Entlastung ist nach § 33 niemand von uns ausgeschlossen.')).toEqual([]);
    expect(bias('Wer befangen ist, möge das anzeigen. Herr Kranich hat mir das mitgeteilt.').length).toBe(0);
  });

  it('a Befangenheit at "Feststellung des Jahresabschlusses" stays on that item, not on the opening’s rules', () => {
    const agenda: Agenda = { items: [{ number: '1', title: 'Eröffnung', public: true }, { number: '2', title: 'Feststellung des Jahresabschlusses 2025 und Entlastung des Bürgermeisters', public: true }, { number: '3', title: 'Bericht des Bürgermeisters', public: true }] };
    const d = buildCoreDraft({ transcript: { attributed: true, cues: cues('Ich eröffne die Sitzung.', 'Tagesordnungspunkt 2, der Jahresabschluss.', 'Bei der Entlastung ist der Bürgermeister betroffen und darf nach § 31 GO NRW nicht mitwirken. Herr Lenz hat mir das angezeigt.', 'Wer ist für die Entlastung?', '– Alle übrigen.', 'Damit ist der Bürgermeister entlastet.', 'Tagesordnungspunkt 3, der Bericht des Bürgermeisters.') }, agenda }).draft;
    expect(d.items.find((i) => i.number === '2')?.bias).toEqual(['Herr Lenz']);
    expect(d.items.find((i) => i.number === '3')?.bias).toEqual([]);
  });
});

describe('counts stated as "sehe ich keine"', () => {
  it('"Enthaltungen sehe ich keine" is a count of 0 abstentions, "Gegenstimmen sehe ich keine" of 0 votes against', () => {
    const [a] = decide('Wer stimmt der Vorlage zu?', 'Gegenprobe?', 'Enthaltungen sehe ich keine.', 'Damit ist die Vorlage gegen die Stimmen der Linken beschlossen.');
    expect(a.votes?.abstain).toBe(0);
    const [b] = decide('Wer ist dafür?', 'Gegenstimmen sehe ich keine.', 'Enthaltungen?', '– Drei.', 'Damit ist das so beschlossen.');
    expect([b.votes?.no, b.votes?.abstain]).toEqual([0, 3]);
  });
});

describe('"Zu 5: <Titel>" calls an item', () => {
  it.each([
    ['Zu 5: Vergabe der Pflasterarbeiten am Kirchplatz.', '5'],
    ['Dann zu 6 – Anfragen.', '6'],
  ])('%s → item %s', (text, number) => {
    expect(findTransition(text)?.number).toBe(number);
  });

  it.each([['Zu 3: Ich habe da noch eine Frage.'], ['Zu 12 Uhr: Wir machen dann Pause.']])('no call: %s', (text) => {
    expect(findTransition(text)).toBeUndefined();
  });

  it('without an agenda, the vote after "Zu 5:" lands on item 5, not on the item before', () => {
    const d = buildCoreDraft({ transcript: { attributed: true, cues: cues('Ich eröffne die Sitzung.', 'Punkt 4, der Antrag auf Tempo 30.', 'Wer ist dafür?', '– Fünf.', 'Wer ist dagegen?', '– Zehn.', 'Damit abgelehnt.', 'Zu 5: Vergabe der Pflasterarbeiten am Kirchplatz.', 'Wer ist dafür?', '– Alle.', 'Einstimmig so beschlossen.') } }).draft;
    const byNumber = Object.fromEntries(d.items.map((i) => [i.number, i.decisions.map((x) => x.outcome)]));
    expect(byNumber).toMatchObject({ '4': ['abgelehnt'], '5': ['angenommen'] });
  });
});
