/**
 * "sicher" is earned (src/minutes/certainty.ts): a decision is sure only with the evidence that
 * makes it so — a stated result, the vote heard, consistent counts, one reading per TOP, a certain
 * TOP. Sentences written for this test, not taken from any fixture or evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions } from '../../src/minutes/detect-votes.js';
import type { Agenda, Cue } from '../../src/minutes/types.js';

const CHAIR = 'Bürgermeisterin Henrike Vosskamp';
type Line = string | [string | null, string];
const cues = (...lines: Line[]): Cue[] =>
  lines.map((t, i) => ({ id: `v/${i + 1}-0`, start: i * 12, end: i * 12 + 10, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const decide = (...lines: Line[]) => detectDecisions(cues(...lines), { chairs: new Set([CHAIR]) });
const draft = (lines: Line[], agenda?: Agenda) => buildCoreDraft({ transcript: { cues: cues(...lines), attributed: true }, ...(agenda ? { agenda } : {}) }).draft;

describe('rule 2: a vote outcome is sure only when the vote was heard', () => {
  it('a bare result sentence is read, but not sure', () => {
    const [d] = decide('Damit ist die Gebührensatzung für die Musikschule beschlossen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/keine Abstimmung/u);
  });

  it.each([
    ['after a call with answers', ['Wer der Gebührensatzung zustimmt, hebe bitte die Hand.', '– Die Fraktionen von CDU und Grünen.', 'Wer lehnt sie ab?', '– Die SPD.', 'Damit ist die Gebührensatzung beschlossen.']],
    ['after a call for objections', ['Erhebt sich gegen die Gebührensatzung Widerspruch?', 'Das ist nicht der Fall. Dann ist sie so beschlossen.']],
    ['when the result says how the vote went', ['Die Gebührensatzung ist damit bei zwei Enthaltungen einstimmig beschlossen.']],
  ])('sure %s', (_, lines) => {
    const d = decide(...lines);
    expect(d).toHaveLength(1);
    expect([d[0].outcome, d[0].status]).toEqual(['angenommen', 'sicher']);
  });

  it('a procedural decision stated by the chair is sure without a vote', () => {
    const [d] = decide('Dann überweisen wir den Antrag zur Spielplatzsatzung in den Jugendhilfeausschuss.');
    expect([d.outcome, d.status]).toEqual(['verwiesen', 'sicher']);
  });

  it('a result nobody can be told to have said is not sure without a call', () => {
    const [d] = decide([null, 'Damit ist die Vorlage zur Spielplatzsatzung vertagt.']);
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Sprecher/u);
  });
});

describe('rule 3: counts heard twice must agree', () => {
  it('a count answered and a different count in the result make it unsure', () => {
    const [d] = decide('Wer stimmt der Vergabe zu?', '– Neun.', 'Wer ist dagegen?', '– Zwei.', 'Damit ist die Vergabe mit zehn zu zwei Stimmen beschlossen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.reasons).toContain('Stimmenzahlen widersprechen sich');
  });

  it('the same count restated stays sure', () => {
    const [d] = decide('Wer stimmt der Vergabe zu?', '– Neun.', 'Wer ist dagegen?', '– Zwei.', 'Damit ist die Vergabe mit neun zu zwei Stimmen beschlossen.');
    expect([d.outcome, d.status, d.votes?.yes, d.votes?.no]).toEqual(['angenommen', 'sicher', 9, 2]);
  });

  it('questions asked in a row (nobody raised a hand) do not conflict with the counts stated after them', () => {
    const [d] = decide('Wer ist für die Vergabe? Wer ist dagegen? Enthaltungen? Ich zähle acht dafür, drei dagegen und eine Enthaltung. Damit ist die Vergabe beschlossen.');
    expect([d.status, d.votes]).toEqual(['sicher', { yes: 8, no: 3, abstain: 1 }]);
  });
});

describe('rule 3: group lists and counts that may leave someone out', () => {
  it('a group the vocabulary does not know leaves the list unsure', () => {
    const [d] = decide('Wer stimmt dem Radwegekonzept zu?', '– Die SPD, die Grünen und die Bürgerliste Oberdorf.', 'Wer ist dagegen?', '– Die CDU.', 'Damit ist das Radwegekonzept angenommen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Fraktionsliste nicht vollständig/u);
  });

  it('"Teile der SPD" is not the SPD', () => {
    const [d] = decide('Wer stimmt dem Radwegekonzept zu?', '– Die Grünen und Teile der SPD.', 'Wer ist dagegen?', '– Die CDU.', 'Damit ist das Radwegekonzept angenommen.');
    expect(d.status).toBe('unsicher');
  });

  it('a list of known groups with the usual fillers stays sure', () => {
    const [d] = decide('Wer stimmt dem Radwegekonzept zu?', '– Das sind die Fraktionen von SPD und Grünen, danke.', 'Wer ist dagegen?', '– Die CDU.', 'Damit ist das Radwegekonzept angenommen.');
    expect(d.status).toBe('sicher');
  });

  it('counts said for the room while a member is asked one by one are not sure', () => {
    const [d] = decide('Wer ist für den Zuschuss an den Sportverein?', '– Acht.', 'Wer ist dagegen?', '– Zwei.', 'Herr Ostendorp, Sie sind per Video dabei – wie stimmen Sie?', ['Herr Ostendorp', 'Ich stimme zu.'], 'Damit ist der Zuschuss angenommen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/online/u);
  });
});

describe('rule 4: one reading per TOP', () => {
  const call = 'Wir kommen zu Tagesordnungspunkt 3, Neubau der Mensa an der Gesamtschule.';
  const vote = ['Wer stimmt dem Neubau zu?', '– Alle Fraktionen.', 'Gegenstimmen?', '– Keine.', 'Damit ist der Neubau einstimmig beschlossen.'];
  const talk = ['Vielen Dank. Dann noch ein Hinweis der Verwaltung zum Zeitplan.', ['Kämmerer Jonas Brill', 'Die Ausschreibung geht im Mai raus, der Baubeginn ist für den Herbst geplant.'], 'Danke für die Erläuterung.', ['Ratsfrau Edith Kowalczyk', 'Ich hätte noch eine Frage zur Barrierefreiheit der Mensa.'], ['Kämmerer Jonas Brill', 'Die Mensa wird vollständig barrierefrei geplant, mit Aufzug.'], 'Gut.'] as Line[];

  it('a different result for the same subject without its own vote is not sure', () => {
    const d = draft([call, ...vote, ...talk, 'Der Neubau ist damit abgelehnt.']);
    const item = d.items.find((i) => i.number === '3')!;
    expect(item.decisions.map((x) => [x.outcome, x.status])).toEqual([
      ['angenommen', 'sicher'],
      ['abgelehnt', 'unsicher'],
    ]);
    expect(item.warnings.join(' ')).toMatch(/welches gilt/u);
  });

  it('the same result restated much later is not a second sure decision', () => {
    const d = draft([call, ...vote, ...talk, 'Für die Niederschrift: Der Neubau ist damit einstimmig beschlossen.']);
    const item = d.items.find((i) => i.number === '3')!;
    expect(item.decisions.filter((x) => x.status === 'sicher')).toHaveLength(1);
  });

  it('an amendment and the main motion, each with its own vote, stay sure', () => {
    const d = draft([
      call,
      'Ich lasse zuerst über den Änderungsantrag der Grünen abstimmen. Wer ist dafür?',
      '– Die Grünen.',
      'Wer ist dagegen?',
      '– CDU und SPD.',
      'Damit ist der Änderungsantrag abgelehnt.',
      'Wer stimmt der Vorlage zu?',
      '– CDU und SPD.',
      'Wer ist dagegen?',
      '– Die Grünen.',
      'Damit ist die Vorlage angenommen.',
    ]);
    const item = d.items.find((i) => i.number === '3')!;
    expect(item.decisions.map((x) => [x.outcome, x.status])).toEqual([
      ['abgelehnt', 'sicher'],
      ['angenommen', 'sicher'],
    ]);
  });
});

describe('rule 5: the TOP must be certain', () => {
  const agenda: Agenda = {
    items: [
      { number: '1', title: 'Feststellung der Beschlussfähigkeit', public: true },
      { number: '2', title: 'Sanierung der Sporthalle Lindenweg', public: true },
      { number: '3', title: 'Mitteilungen der Verwaltung', public: true },
      { number: '4', title: 'Erweiterung des Wertstoffhofs am Kanalhafen', public: true },
    ],
  };
  const vote = ['Wer ist dafür?', '– Alle.', 'Wer ist dagegen?', '– Niemand.', 'Damit einstimmig beschlossen.'];

  it('an item found by its title as the next open item is certain', () => {
    const d = draft(['Ich eröffne die Sitzung und stelle die Beschlussfähigkeit fest.', 'Dann das Thema Sanierung der Sporthalle Lindenweg.', ...vote], agenda);
    const item = d.items.find((i) => i.number === '2')!;
    expect(item.decisions.map((x) => x.status)).toEqual(['sicher']);
  });

  it('an item found by a word of its title, out of the agenda order, is not', () => {
    const d = draft(['Ich eröffne die Sitzung und stelle die Beschlussfähigkeit fest.', 'Dann das Thema Wertstoffhof.', ...vote], agenda);
    const item = d.items.find((i) => i.number === '4')!;
    expect(item.decisions.map((x) => x.status)).toEqual(['unsicher']);
    expect(item.decisions[0].reasons.join(' ')).toMatch(/Titel/u);
  });

  it('a decision under "Mitteilungen" is the clerk’s call', () => {
    const d = draft(['Wir kommen zu Tagesordnungspunkt 3, Mitteilungen der Verwaltung.', ['Kämmerer Jonas Brill', 'Der Förderbescheid für die Sporthalle ist eingegangen.'], 'Damit haben wir die Mitteilungen zur Kenntnis genommen.'], agenda);
    const item = d.items.find((i) => i.number === '3')!;
    expect(item.decisions.map((x) => [x.outcome, x.status])).toEqual([['zur Kenntnis genommen', 'unsicher']]);
  });
});

describe('rule 5: the subject must fit the TOP it is filed under', () => {
  const agenda: Agenda = {
    items: [
      { number: '1', title: 'Eröffnung und Feststellung der Beschlussfähigkeit', public: true },
      { number: '2', title: 'Neubau der Kindertagesstätte Am Mühlbach', public: true },
      { number: '3', title: 'Vergabe der Winterdienstleistungen 2026/27', public: true },
      { number: '4', title: 'Friedhofsgebührensatzung: Neufassung', public: true },
      { number: '5', title: 'Bauantrag: Errichtung einer Lagerhalle an der Ringstraße', public: true },
      { number: '6', title: 'Anfragen', public: true },
    ],
  };
  const open = 'Ich eröffne die Sitzung und stelle die Beschlussfähigkeit fest.';

  it('a vote that names the matter of the item stays sure', () => {
    const d = draft([open, 'Wir kommen zu Tagesordnungspunkt 2, Neubau der Kita.', 'Wer stimmt dem Neubau zu?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit ist der Neubau einstimmig beschlossen.'], agenda);
    expect(d.items.find((i) => i.number === '2')!.decisions.map((x) => x.status)).toEqual(['sicher']);
  });

  it('the matter an item kind implies fits it (the Einvernehmen under a Bauantrag)', () => {
    const d = draft([open, 'Wir kommen zu Tagesordnungspunkt 5, der Lagerhalle an der Ringstraße.', 'Wer erteilt das Einvernehmen? Wer stimmt dem Einvernehmen zu?', '– Die Mehrheit.', 'Gegenstimmen?', '– Zwei.', 'Damit ist das Einvernehmen bei zwei Gegenstimmen erteilt.'], agenda);
    expect(d.items.find((i) => i.number === '5')!.decisions.map((x) => x.status)).toEqual(['sicher']);
  });

  it('a vote naming the matter of the next item (its call missed) is not sure, and says which item it may belong to', () => {
    const d = draft([
      open,
      'Wir kommen zu Tagesordnungspunkt 3, die Vergabe des Winterdienstes.',
      'Wer stimmt der Vergabe zu?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit ist die Vergabe einstimmig beschlossen.',
      'Gut, dann machen wir gleich mit den Friedhofsgebühren weiter, die Vorlage liegt Ihnen vor.',
      'Wer stimmt der Friedhofsgebührensatzung zu?', '– Die Mehrheit.', 'Gegenstimmen?', '– Drei.', 'Damit ist die Satzung mehrheitlich beschlossen.',
    ], agenda);
    const item = d.items.find((i) => i.number === '3')!;
    expect(item.decisions.map((x) => [x.outcome, x.status])).toEqual([
      ['angenommen', 'sicher'],
      ['angenommen', 'unsicher'],
    ]);
    expect(item.decisions[1].reasons.join(' ')).toMatch(/TOP 4/u);
    expect(item.warnings.join(' ')).toMatch(/bitte prüfen/u);
  });

  it('a vote whose matter occurs in no title of the session is not sure', () => {
    const d = draft([open, 'Wir kommen zu Tagesordnungspunkt 2, Neubau der Kita.', 'Wer stimmt dem Gestaltungskonzept für den Marktplatz zu?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit ist das Gestaltungskonzept einstimmig beschlossen.'], agenda);
    const [dec] = d.items.find((i) => i.number === '2')!.decisions;
    expect(dec.status).toBe('unsicher');
    expect(dec.reasons.join(' ')).toMatch(/Gestaltungskonzept/u);
  });

  it('when the next item was never called, a result that names nothing cannot be told apart: not sure', () => {
    const d = draft([open, 'Wir kommen zu Tagesordnungspunkt 3, die Vergabe des Winterdienstes.', 'Gibt es Wortmeldungen? Das ist nicht der Fall.', 'Wer ist dafür?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit einstimmig so beschlossen.', 'Wir kommen zu Tagesordnungspunkt 5, der Lagerhalle.'], agenda);
    const [dec] = d.items.find((i) => i.number === '3')!.decisions;
    expect(dec.status).toBe('unsicher');
    expect(dec.reasons.join(' ')).toMatch(/TOP 4 .*nicht aufgerufen/u);
  });

  it('two votes in one TOP, neither naming what it decides, are not both sure', () => {
    const vote = ['Wer ist dafür?', '– Neun.', 'Wer ist dagegen?', '– Zwei.', 'Damit so beschlossen.'];
    const d = draft([open, 'Wir kommen zu Tagesordnungspunkt 2, Neubau der Kita.', ...vote, 'Dann der nächste Beschluss.', 'Wer ist dafür?', '– Sieben.', 'Wer ist dagegen?', '– Vier.', 'Damit ist das abgelehnt.'], agenda);
    const item = d.items.find((i) => i.number === '2')!;
    expect(item.decisions.map((x) => x.status)).toEqual(['sicher', 'unsicher']);
  });

  it('a numbered call whose spoken title is another matter than the agenda title is not sure', () => {
    const d = draft([open, 'Wir kommen zu Tagesordnungspunkt 2: Sanierung der Turnhalle Nordschule.', 'Wer ist dafür?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit einstimmig beschlossen.'], agenda);
    const [dec] = d.items.find((i) => i.number === '2')!.decisions;
    expect(dec.status).toBe('unsicher');
    expect(dec.reasons.join(' ')).toMatch(/Titel/u);
  });

  it('an item the chair calls by a number the agenda lacks (added in the session) is its own item, marked for review', () => {
    const d = draft([
      open,
      'Wir kommen zu Tagesordnungspunkt 3, die Vergabe des Winterdienstes.',
      'Wer stimmt der Vergabe zu?', '– Alle.', 'Gegenstimmen?', '– Keine.', 'Damit ist die Vergabe einstimmig beschlossen.',
      'Dann rufe ich Tagesordnungspunkt 3a auf, den Dringlichkeitsantrag zur Brücke am Schlossweg.',
      'Wer stimmt dem Dringlichkeitsantrag zu?', '– Acht.', 'Wer ist dagegen?', '– Drei.', 'Damit ist der Antrag angenommen.',
      'Wir kommen zu Tagesordnungspunkt 4, Friedhofsgebühren.',
    ], agenda);
    expect(d.items.map((i) => i.number).slice(0, 5)).toEqual(['1', '2', '3', '3a', '4']);
    expect(d.items.find((i) => i.number === '3')!.decisions.map((x) => x.status)).toEqual(['sicher']);
    const added = d.items.find((i) => i.number === '3a')!;
    expect(added.title).toMatch(/^Dringlichkeitsantrag/u);
    expect(added.decisions.map((x) => [x.outcome, x.status])).toEqual([['angenommen', 'unsicher']]);
    expect(added.warnings.join(' ')).toMatch(/nicht in der Tagesordnung/u);
  });
});
