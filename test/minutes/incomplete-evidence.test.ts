/**
 * A decision is "sicher" only when its evidence is complete: every answer to the vote call was read,
 * and nothing but the vote lies between the call and the result. Sentences written for this test
 * (not taken from any fixture or evaluation set), one class of phrasing per block.
 */
import { describe, expect, it } from 'vitest';
import { detectDecisions } from '../../src/minutes/detect-votes.js';
import type { Cue } from '../../src/minutes/types.js';

const CHAIR = 'Ortrud Hemmerling';
const cues = (...texts: (string | [string, string])[]): Cue[] =>
  texts.map((t, i) => ({ id: `c/${i + 1}-0`, start: i * 10, end: i * 10 + 8, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const decide = (...texts: (string | [string, string])[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });

describe('an answer with a count that the detector cannot read leaves the counts in doubt', () => {
  it.each([
    ['a count corrected while speaking', ['Wer unterstützt den Antrag? Acht, nein, warten Sie, neun.', 'Wer ist dagegen? Vier.', 'Damit ist der Antrag angenommen.']],
    ['a count said with a hesitation', ['Wer ist für die Vorlage? Das sind sieben.', 'Dagegen, äh, drei oder vier.', 'Damit ist die Vorlage angenommen.']],
    ['the rest counted in one breath', ['Wer ist dagegen? Keiner.', 'Wer enthält sich? Niemand.', 'Dafür also alle übrigen, das macht vierzehn.', 'Damit ist die Vorlage angenommen.']],
  ])('%s: unsure', (_name, lines) => {
    const [d] = decide(...lines);
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/nicht gelesen/u);
  });

  it('the side named before its count is read', () => {
    const [d] = decide('Wer ist für die Vorlage? Das sind sieben.', 'Dagegen drei.', 'Damit ist die Vorlage angenommen.');
    expect([d.votes?.yes, d.votes?.no, d.status]).toEqual([7, 3, 'sicher']);
  });

  it('a silence after an unread answer is not read as no votes', () => {
    const [d] = decide('Wer stimmt zu? Zwölf.', 'Wer stimmt dagegen? Eine einzige Stimme, glaube ich, ja.', 'Wer enthält sich? Niemand.', 'Damit ist der Antrag angenommen.');
    expect(d.votes?.no).not.toBe(0);
    expect(d.status).toBe('unsicher');
  });

  it('a count answer that the result sentence repeats is read, and the vote stays sure', () => {
    const [d] = decide('Wer ist dafür? Neun.', 'Gegenstimmen? Zwei, und zwar aus guten Gründen.', 'Damit ist der Antrag mit neun zu zwei Stimmen angenommen.');
    expect([d.outcome, d.status, d.votes?.yes, d.votes?.no]).toEqual(['angenommen', 'sicher', 9, 2]);
  });

  it('the tallies of an election are no yes/no counts', () => {
    const [d] = decide('Wir wählen mit Stimmzetteln.', 'Ausgezählt: Frau Rautenberg 13, Herr Kühnel 8.', 'Damit ist Frau Rautenberg zur Schiedsperson gewählt.');
    expect([d.outcome, d.status]).toEqual(['gewählt', 'sicher']);
  });

  it('a time or an amount in a sentence of the vote is no count', () => {
    const [d] = decide('Wer ist dafür? Zehn.', 'Wer ist dagegen? Drei.', 'Es ist jetzt 21 Uhr, wir sind gut in der Zeit.', 'Damit ist der Antrag angenommen.');
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });
});

describe('answers the vote sequence reads', () => {
  it('dots inside the call (amounts, "Nr.") do not hide the call', () => {
    const [d] = decide('Wer stimmt dem Zuschuss von 12.500 Euro für den Bebauungsplan Nr. 9 zu? Elf.', 'Wer ist dagegen? Zwei.', 'Damit ist der Zuschuss angenommen.');
    expect([d.votes?.yes, d.votes?.no, d.status]).toEqual([11, 2, 'sicher']);
  });

  it('"Nein, keine." answers the call with no votes', () => {
    const [d] = decide('Wer ist dafür? Zehn.', 'Wer ist dagegen? Zwei.', 'Wer enthält sich? Nein, keine.', 'Damit ist der Antrag angenommen.');
    expect(d.votes).toEqual({ yes: 10, no: 2, abstain: 0 });
  });

  it('"Wer ist nicht dafür?" is the counter-vote', () => {
    const [d] = decide('Wer ist für den Antrag? Sechs.', 'Und wer ist nicht dafür? Neun.', 'Damit ist der Antrag abgelehnt.');
    expect([d.outcome, d.votes?.yes, d.votes?.no, d.status]).toEqual(['abgelehnt', 6, 9, 'sicher']);
  });

  it('"Ein Mitglied." is a count of one', () => {
    const [d] = decide('Wer ist dafür? Zwölf.', 'Wer ist dagegen? Ein Mitglied.', 'Damit ist der Antrag angenommen.');
    expect([d.votes?.yes, d.votes?.no]).toEqual([12, 1]);
  });

  it('members named one by one are counted', () => {
    const [d] = decide('Wer ist dafür? Elf.', 'Wer ist dagegen? Niemand.', 'Enthaltungen? Herr Quade und Frau Iwanow.', 'Damit ist der Antrag angenommen.');
    expect(d.votes).toEqual({ yes: 11, no: 0, abstain: 2 });
  });
});

describe('a debate between the call and the result', () => {
  it('members speaking after the call and before any hands makes the result unsure', () => {
    const [d] = decide(
      'Wer ist für den Antrag?',
      ['Holger Brettschneider', 'Entschuldigung, eine Frage noch zu den Folgekosten der Anlage.'],
      ['Anja Pohlmann', 'Die Folgekosten liegen bei etwa zweitausend Euro im Jahr.'],
      ['Holger Brettschneider', 'Dann können wir das mittragen, danke für die Auskunft.'],
      'Damit ist der Antrag angenommen.',
    );
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
  });

  it('a member remark after the hands were counted does not', () => {
    const [d] = decide('Wer ist für den Antrag? Neun.', 'Dagegen? Zwei.', ['Holger Brettschneider', 'Wir bleiben bei unserer Kritik an den Folgekosten, das sage ich für das Protokoll.'], ['Anja Pohlmann', 'Das nehmen wir gerne so auf in die Niederschrift.'], 'Damit ist der Antrag angenommen.');
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });
});

describe('the last item called, the next one never called', () => {
  it('a vote naming nothing of the item, after which no item is called, may be the next item’s: unsure', async () => {
    const { buildCoreDraft } = await import('../../src/minutes/core-draft.js');
    const agenda = {
      items: [
        { number: '1', title: 'Genehmigung der Niederschrift', public: true },
        { number: '2', title: 'Sachstandsbericht Glasfaserausbau', public: true },
        { number: '3', title: 'Zuschuss an den Heimatverein für das Backhaus', public: true },
      ],
    };
    const transcript = {
      attributed: true,
      cues: cues(
        'Ich eröffne die Sitzung des Hauptausschusses.',
        'Tagesordnungspunkt 2, der Sachstandsbericht zum Glasfaser. Herr Wendt.',
        ['Malte Wendt', 'Bis Ende des Jahres sind 900 Haushalte angeschlossen.'],
        'Danke. Gibt es Fragen? Keine.',
        'Und dann noch das Letzte für heute.',
        ['Malte Wendt', 'Es geht um 3.000 Euro für die Sanierung.'],
        'Wer ist dafür? Alle. Einstimmig angenommen.',
        'Ich schließe die Sitzung.',
      ),
    };
    const { draft } = buildCoreDraft({ transcript, agenda, style: 'verlauf' });
    const report = draft.items.find((it) => it.number === '2');
    const sure = draft.items.flatMap((it) => it.decisions.filter((d) => d.status === 'sicher').map(() => it.number));
    // Wherever the vote landed, it is not stated as a sure decision of the report item.
    expect(sure).not.toContain('2');
    expect(report).toBeDefined();
  });
});

describe('"einstimmig" and the group lists', () => {
  it('"Ist jemand dagegen? – Nein." is nobody against; a chair’s "Einstimmig." after it is no list of opponents', () => {
    const [d] = decide('Wer stimmt dem Antrag zu? Die Wählergemeinschaft und die SPD.', 'Stimmt jemand dagegen?', 'Nein.', 'Einstimmig.');
    expect(d.votes?.no).toBe(0);
    expect(d.votesByGroup?.no ?? []).toEqual([]);
  });

  it('only one group named for a unanimous vote: the list is not stated as sure', () => {
    const [d] = decide('Wer unterstützt die Vorlage? – Die FWG.', 'Danke, damit einstimmig beschlossen.');
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.votesByGroup?.yes ?? []).not.toEqual(['FWG']);
  });

  it('a group named against a vote called unanimous is a contradiction', () => {
    const [d] = decide('Wer stimmt zu? – Freie Wähler und CSU.', 'Wer stimmt dagegen? – Die ÖDP.', 'Dann ist das einstimmig so beschlossen.');
    expect(d.status).toBe('unsicher');
  });

  it('every group named and "einstimmig" stays sure', () => {
    const [d] = decide('Wer stimmt zu? – CSU, Freie Wähler, SPD und Grüne.', 'Gegenstimmen? – Keine.', 'Enthaltungen? – Keine.', 'Damit einstimmig beschlossen.');
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });
});

describe('"angenommen" in an election item', () => {
  it('the proposal adopted under "Wahl der …" is not stated as a sure election result', async () => {
    const { buildCoreDraft } = await import('../../src/minutes/core-draft.js');
    const agenda = { items: [{ number: '1', title: 'Wahl der Beisitzerin für den Wahlausschuss', public: true }, { number: '2', title: 'Verschiedenes', public: true }] };
    const transcript = { attributed: true, cues: cues('Ich eröffne die Sitzung.', 'Tagesordnungspunkt 1, die Beisitzerin. Wer stimmt dem Vorschlag der Grünen zu? Alle. Damit ist der Vorschlag angenommen.', 'Tagesordnungspunkt 2, Verschiedenes. Nichts.', 'Ich schließe die Sitzung.') };
    const { draft } = buildCoreDraft({ transcript, agenda, style: 'verlauf' });
    const [d] = draft.items.find((it) => it.number === '1')!.decisions;
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
  });
});

describe('short answers the sequence does not read', () => {
  it('a group the vocabulary does not know, named as the answer, leaves the list unsure', () => {
    const [d] = decide('Wer ist für die Vorlage? – Die Unabhängige Liste Nordheide.', 'Danke, damit einstimmig angenommen.');
    expect(d.status).toBe('unsicher');
  });

  it('a filler after the call ("Danke.") is no unread answer', () => {
    const [d] = decide('Wer ist dafür? – Danke.', 'Gegenprobe? – Keine.', 'Enthaltungen? – Keine.', 'Damit einstimmig angenommen.');
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });

  it('"Das ist die große Mehrheit." answers the call', () => {
    const [d] = decide('Wer stimmt der Überweisung zu?', 'Das ist die große Mehrheit.', 'Dann ist der Antrag an den Sozialausschuss überwiesen.');
    expect(d.reasons.join(' ')).not.toMatch(/nicht gelesen/u);
  });
});

describe('several counts in one sentence', () => {
  it.each([
    ['Dafür zwölf, dagegen drei, Enthaltungen eine.', { yes: 12, no: 3, abstain: 1 }],
    ['Dafür sind elf, dagegen zwei, enthalten haben sich vier.', { yes: 11, no: 2, abstain: 4 }],
  ])('%s', (sentence, votes) => {
    const [d] = decide('Wir kommen zur Abstimmung über den Antrag.', sentence, 'Damit ist der Antrag angenommen.');
    expect(d.votes).toEqual(votes);
  });

  it('a side named with a number the reader does not take leaves the counts unsure', () => {
    const [d] = decide('Wir kommen zur Abstimmung über den Antrag.', 'Dafür zwölf, dagegen waren dann noch drei.', 'Damit ist der Antrag angenommen.');
    expect(d.status).toBe('unsicher');
  });

  it('"dagegen ein Einwand" is no count', () => {
    const [d] = decide('Wer ist dafür? Zwölf.', 'Wer ist dagegen? Keiner.', 'Damit angenommen, dagegen ein Einwand hätte ich auch nicht verstanden.');
    expect(d.votes?.no).toBe(0);
  });
});

describe('a procedure proposed without a verb, then agreed', () => {
  it.each([
    ['Überweisung an den Ausschuss für Digitales und Datenschutz.', 'verwiesen'],
    ['Der Gesetzentwurf soll zur Vorbereitung der zweiten Lesung an den Rechtspolitischen Ausschuss gehen.', 'verwiesen'],
    ['Vertagung auf die Sitzung im März.', 'vertagt'],
  ])('%s → %s, not "angenommen", and not sure', (proposal, outcome) => {
    const [d] = decide(proposal, 'Ich sehe keinen Widerspruch.');
    expect(d.outcome).toBe(outcome);
    expect(d.status).toBe('unsicher');
  });
});

describe('a set-down announced before the first item', () => {
  it('lands on the item it names, unsure, and not on the first item', async () => {
    const { buildCoreDraft } = await import('../../src/minutes/core-draft.js');
    const agenda = {
      items: [
        { number: '1', title: 'Genehmigung der Niederschrift', public: true },
        { number: '2', title: 'Sanierung der Grundschule Am Wall', public: true },
        { number: '3', title: 'Gebührensatzung Friedhof', public: true },
      ],
    };
    const transcript = {
      attributed: true,
      cues: cues(
        'Ich eröffne die Sitzung des Gemeinderates.',
        'Eine Vorbemerkung: Tagesordnungspunkt 3 wird abgesetzt, die Kalkulation ist noch nicht fertig.',
        'Tagesordnungspunkt 1, die Niederschrift. Wer stimmt zu? Einstimmig genehmigt.',
        'Tagesordnungspunkt 2, Grundschule. Wer ist dafür? Zehn. Dagegen? Eins. Damit angenommen.',
        'Ich schließe die Sitzung.',
      ),
    };
    const { draft } = buildCoreDraft({ transcript, agenda, style: 'verlauf' });
    const byNumber = (n: string) => draft.items.find((it) => it.number === n)!.decisions;
    expect(byNumber('3').map((d) => [d.outcome, d.status])).toEqual([['abgesetzt', 'unsicher']]);
    expect(byNumber('1').map((d) => d.outcome)).toEqual(['genehmigt']);
  });
});

describe('a recommendation to the council adopted', () => {
  it.each(['Damit ist die Vorlage dem Gemeinderat mehrheitlich empfohlen.', 'Also elf zu zwei, empfohlen.'])('"%s" is the committee’s result', (result) => {
    const [d] = decide('Wer empfiehlt dem Rat die Vorlage? Elf.', 'Dagegen? Zwei.', result);
    expect([d.outcome, d.status]).toEqual(['angenommen', 'sicher']);
  });

  it('what the administration recommended is no result', () => {
    expect(decide('Die Verwaltung hat das so empfohlen.')).toEqual([]);
  });

  it('a verbless result with its votes at the start of the sentence is settled', () => {
    const [d] = decide('Wer ist dafür?', 'Gegenprobe.', 'Beschlossen mit neun Stimmen bei vier Gegenstimmen.');
    expect([d.outcome, d.status, d.votes?.yes, d.votes?.no]).toEqual(['angenommen', 'sicher', 9, 4]);
  });
});
