/**
 * Business rules of the minutes engine, with sentences written for these tests (not taken from any
 * fixture or evaluation set): negation flips the outcome, a Gegenprobe count is a no count, every
 * outcome in its tenses, several decisions per TOP in order, group votes, Befangenheit as the Länder
 * phrase it, item calls in any wording, and nothing of a non-public part in the public document.
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions, readOutcome } from '../../src/minutes/detect-votes.js';
import { detectBias } from '../../src/minutes/detect-procedure.js';
import { parseVtt } from '../../src/minutes/parse-transcript.js';
import { itemsForPart, renderMinutesDocx } from '../../src/minutes/render-docx.js';
import { splitSentences } from '../../src/minutes/sentences.js';
import type { Cue } from '../../src/minutes/types.js';
import { docxText } from './sessions.js';

const CHAIR = 'Vorsitzende Ilse Brandhorst';
const cues = (...texts: (string | [string, string])[]): Cue[] =>
  texts.map((t, i) => ({ id: `c/${i + 1}-0`, start: i * 10, end: i * 10 + 8, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const decide = (...texts: (string | [string, string])[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });
const one = (...texts: (string | [string, string])[]) => {
  const d = decide(...texts);
  expect(d).toHaveLength(1);
  return d[0];
};

describe('sentences', () => {
  it('does not end a sentence at abbreviations or ordinals, and splits the answer after the protocol dash', () => {
    expect(splitSentences('Wir beraten die Drucks. 19/4411 und die Vorlage Nr. 77 in der 3. Lesung. Wer stimmt zu? – Die SPD.')).toEqual([
      'Wir beraten die Drucks. 19/4411 und die Vorlage Nr. 77 in der 3. Lesung.',
      'Wer stimmt zu?',
      '– Die SPD.',
    ]);
  });
});

describe('outcomes', () => {
  it.each([
    ['Der Bauausschuss hat den Sachstandsbericht zur Kenntnis genommen.', 'zur Kenntnis genommen'],
    ['Der Jahresbericht des Eigenbetriebs wurde zur Kenntnis genommen.', 'zur Kenntnis genommen'],
    ['Der Antrag wird an den Finanzausschuss überwiesen.', 'verwiesen'],
    ['Punkt 9 wird heute abgesetzt.', 'abgesetzt'],
    ['Damit hat sich der Antrag durch den Ratsbeschluss erledigt.', 'erledigt'],
    ['Die Vorlage ist vertagt.', 'vertagt'],
  ])('procedural: %s → %s (sure without a vote)', (text, outcome) => {
    const d = one(text);
    expect([d.outcome, d.status]).toEqual([outcome, 'sicher']);
  });

  it.each([
    ['Die Beschlussvorlage ist damit nicht angenommen.', 'abgelehnt'],
    ['Damit findet der Prüfantrag der Gruppe keine Mehrheit.', 'abgelehnt'],
    ['Dem Antrag der Wählergruppe wird damit zugestimmt.', 'angenommen'],
    ['Der Ausschuss stimmt dem Beschlussvorschlag zu.', 'angenommen'],
    ['Damit ist Herr Okafor zum Schiedsmann gewählt.', 'gewählt'],
  ])('vote: %s → %s, sure only after a heard vote', (text, outcome) => {
    const alone = one(text);
    expect([alone.outcome, alone.status]).toEqual([outcome, 'unsicher']);
    const voted = one('Wer ist dafür?', '– Die Mehrheit.', 'Wer ist dagegen?', '– Einige.', text);
    expect([voted.outcome, voted.status]).toEqual([outcome, 'sicher']);
  });

  it('flips the outcome under negation, but never for a question or a conditional', () => {
    expect(readOutcome('Der Zuschuss ist nicht beschlossen.')?.outcome).toBe('abgelehnt');
    expect(readOutcome('Ist der Zuschuss damit beschlossen?')).toBeUndefined();
    expect(decide('Wenn der Antrag angenommen würde, müssten wir nachfinanzieren.')).toEqual([]);
  });

  it('does not take another body\'s "einstimmig" or an earlier session\'s result for the vote', () => {
    expect(decide('Das Preisgericht hat sich einstimmig für den Entwurf des Büros entschieden.')).toEqual([]);
    expect(decide('In der letzten Sitzung wurde der Antrag abgelehnt.')).toEqual([]);
  });

  it('keeps a result stated only by a member out of the decisions', () => {
    expect(decide(['Ratsherr Tewes', 'Unser Antrag ist doch längst angenommen.'])).toEqual([]);
  });
});

describe('the vote sequence', () => {
  it('reads a Gegenprobe count as no votes', () => {
    const d = one('Wer dem Ankauf zustimmen möchte, den bitte ich um das Handzeichen.', 'Danke. Gegenprobe.', 'Vier.', 'Damit ist der Ankauf beschlossen.');
    expect(d.votes).toEqual({ yes: null, no: 4, abstain: null });
    expect(d.outcome).toBe('angenommen');
  });

  it('reads the answer to "Wer ist dagegen?"', () => {
    expect(one('Wer ist für die Vorlage? – Elf.', 'Wer ist dagegen? – Zwei.', 'Damit angenommen.').votes).toEqual({ yes: 11, no: 2, abstain: null });
  });

  it.each([
    ['Mit 14 zu 6 Stimmen beschlossen.', { yes: 14, no: 6, abstain: null }],
    ['Ja: 15, Nein: 2, Enthaltungen: 1. Damit ist die Satzung angenommen.', { yes: 15, no: 2, abstain: 1 }],
    ['Bei einer Gegenstimme ist die Satzung angenommen.', { yes: null, no: 1, abstain: null }],
  ])('%s', (text, votes) => {
    expect(one(text).votes).toEqual(votes);
  });

  it('reads votes by group and the rest of the house', () => {
    const d = one('Wer stimmt zu? – SPD und FDP.', 'Wer ist dagegen? – Die CDU.', 'Wer enthält sich? – Niemand.', 'Damit ist der Antrag angenommen.');
    expect(d.votesByGroup).toEqual({ yes: ['SPD', 'Freie Demokraten'], no: ['CDU'], abstain: [] });
  });

  it('keeps several decisions of one TOP in order, each with its subject', () => {
    const d = decide(
      'Zuerst zum Ergänzungsantrag der Fraktion. Wer stimmt zu? – Acht. Wer ist dagegen? – Zehn.',
      'Damit ist der Ergänzungsantrag abgelehnt.',
      'Jetzt die Beschlussvorlage. Wer stimmt der Beschlussvorlage zu? Das ist einstimmig. Damit ist die Beschlussvorlage angenommen.',
    );
    expect(d.map((x) => [x.outcome, x.subject?.split(' ')[0]])).toEqual([
      ['abgelehnt', 'Ergänzungsantrag'],
      ['angenommen', 'Beschlussvorlage'],
    ]);
  });

  it('says how sure it is and where each decision comes from', () => {
    const inferred = one('Sechs dafür, neun dagegen.');
    expect([inferred.outcome, inferred.status]).toEqual(['abgelehnt', 'unsicher']);
    const missing = one('Wir stimmen über die Gebührensatzung ab. Wer ist dafür?');
    expect([missing.outcome, missing.status]).toEqual([null, 'nicht erkannt']);
    const sure = one('Wer ist dafür? Zwölf. Gegenstimmen? Keine.', 'Damit ist die Gebührensatzung einstimmig beschlossen.');
    expect(sure.status).toBe('sicher');
    expect(sure.evidence.map((e) => e.cueId)).toEqual(['c/1-0', 'c/1-0', 'c/1-0', 'c/1-0', 'c/2-0']);
    expect(sure.evidence[sure.evidence.length - 1].quote).toBe('Damit ist die Gebührensatzung einstimmig beschlossen.');
  });

  it('marks a contradiction as unsicher instead of stating it', () => {
    expect(one('Drei dafür, acht dagegen. Damit ist der Antrag angenommen.').status).toBe('unsicher');
  });
});

describe('Befangenheit', () => {
  it.each([
    ['Ich zeige hiermit meine Befangenheit an.', 'Ratsfrau Okonjo'],
    ['Ich unterliege hier dem Mitwirkungsverbot und gehe in den Zuschauerraum.', 'Ratsfrau Okonjo'],
    ['Ich muss sagen, dass ich in dieser Angelegenheit persönlich beteiligt bin.', 'Ratsfrau Okonjo'],
    ['Ich nehme an Beratung und Abstimmung nicht teil.', 'Ratsfrau Okonjo'],
    ['Ich erkläre mich vorsorglich ebenfalls für befangen.', 'Ratsfrau Okonjo'],
    ['Ich darf nach § 31 GO NRW nicht mitwirken, mein Onkel ist Eigentümer.', 'Ratsfrau Okonjo'],
    ['Ich bin nach § 41 NKomVG von der Mitwirkung ausgeschlossen.', 'Ratsfrau Okonjo'],
    ['Da bin ich der Architekt. Also persönlich beteiligt, ich nehme nicht teil.', 'Ratsfrau Okonjo'],
    ['Ich möchte anzeigen, dass ich bei diesem Punkt nicht mitwirken darf.', 'Ratsfrau Okonjo'],
    ['Für mich liegt hier ein Ausschließungsgrund nach § 22 GemO vor.', 'Ratsfrau Okonjo'],
    ['Nach der Gemeindeordnung bin ich deshalb ausgeschlossen, ich setze mich in den Zuschauerraum.', 'Ratsfrau Okonjo'],
  ])('self-declared: %s', (text, speaker) => {
    expect(detectBias(cues([speaker, text])).declarations.map((d) => d.name)).toEqual([speaker]);
  });

  it.each([
    ['Stadträtin von der Heide nimmt an Beratung und Abstimmung nicht teil.', 'Stadträtin von der Heide'],
    ['Ratsmitglied Okonkwo ist befangen und verlässt den Tisch.', 'Ratsmitglied Okonkwo'],
    ['Bürgermeisterin Dr. Lenz hat ihre Befangenheit angezeigt.', 'Bürgermeisterin Dr. Lenz'],
  ])('announced by the chair: %s', (text, name) => {
    expect(detectBias(cues(text)).declarations.map((d) => d.name)).toEqual([name]);
  });

  it('puts a declaration made early in the session on the TOP it names', () => {
    const transcript = parseVtt(
      [
        'WEBVTT',
        '',
        'a/1-0',
        '00:00:01.000 --> 00:00:05.000',
        `<v ${CHAIR}>Ich eröffne die Sitzung um 18 Uhr.</v>`,
        '',
        'b/1-0',
        '00:00:06.000 --> 00:00:12.000',
        '<v Erwin Pohlmann>Vorab: Zu TOP 3 erkläre ich mich für befangen, das Grundstück gehört meiner Schwester.</v>',
        '',
        'a/2-0',
        '00:00:13.000 --> 00:00:18.000',
        `<v ${CHAIR}>Wir kommen zu TOP 1. Wer stimmt zu? Damit ist die Tagesordnung einstimmig angenommen.</v>`,
        '',
        'a/3-0',
        '00:00:19.000 --> 00:00:24.000',
        `<v ${CHAIR}>Wir kommen zu TOP 3. Wer stimmt dem Verkauf zu? Damit ist der Verkauf einstimmig beschlossen.</v>`,
        '',
      ].join('\n'),
    );
    const { draft } = buildCoreDraft({ transcript, agenda: { items: [{ number: '1', title: 'Tagesordnung', public: true }, { number: '2', title: 'Bericht', public: true }, { number: '3', title: 'Grundstücksverkauf Lindenweg', public: true }] } });
    expect(draft.items.map((i) => [i.number, i.bias])).toEqual([
      ['1', []],
      ['2', []],
      ['3', ['Erwin Pohlmann']],
    ]);
    expect(draft.items[2].biasFacts[0].evidence[0].cueId).toBe('b/1-0');
  });
});

describe('Befangenheit declared ahead for an item named by its title', () => {
  it('lands on the item whose title the declaration names', () => {
    const transcript = parseVtt(
      [
        'WEBVTT', '',
        'a/1-0', '00:00:01.000 --> 00:00:05.000', `<v ${CHAIR}>Ich eröffne die Sitzung um 18 Uhr.</v>`, '',
        'b/1-0', '00:00:06.000 --> 00:00:12.000', '<v Erwin Pohlmann>Ich möchte vorab anzeigen, dass ich beim Bebauungsplan Sandgrube nicht mitwirken darf.</v>', '',
        'a/2-0', '00:00:13.000 --> 00:00:18.000', `<v ${CHAIR}>Wir kommen zu TOP 2. Wer stimmt dem Bericht zu? Damit einstimmig beschlossen.</v>`, '',
        'a/3-0', '00:00:19.000 --> 00:00:24.000', `<v ${CHAIR}>Wir kommen zu TOP 3. Wer stimmt dem Satzungsbeschluss zu? Damit einstimmig beschlossen.</v>`, '',
      ].join('\n'),
    );
    const { draft } = buildCoreDraft({ transcript, agenda: { items: [{ number: '1', title: 'Eröffnung', public: true }, { number: '2', title: 'Bericht zur Kita-Planung', public: true }, { number: '3', title: 'Bebauungsplan Nr. 12 „Sandgrube“ – Satzungsbeschluss', public: true }] } });
    expect(draft.items.map((i) => [i.number, i.bias])).toEqual([
      ['1', []],
      ['2', []],
      ['3', ['Erwin Pohlmann']],
    ]);
  });
});

const vtt = (lines: [string, string][]) =>
  parseVtt(['WEBVTT', '', ...lines.flatMap(([speaker, text], i) => [`s/${i + 1}-0`, `00:${String(Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}.000 --> 00:${String(Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10 + 8).padStart(2, '0')}.000`, `<v ${speaker}>${text}</v>`, ''])].join('\n'));

describe('item calls', () => {
  it.each([
    ['Zu TOP 8: Sanierung der Sporthalle.', '8'],
    ['Wir kommen zu TOP 4 b, der Erschließung.', '4b'],
    ['Ich rufe Tagesordnungspunkt 5.2 auf.', '5.2'],
    ['Dann rufe ich Punkt sieben auf, die Gebührensatzung.', '7'],
  ])('%s', (call, number) => {
    const { draft } = buildCoreDraft({ transcript: vtt([[CHAIR, 'Ich eröffne die Sitzung.'], [CHAIR, call], ['Ratsherr Tewes', 'Dazu habe ich eine Anmerkung zur Finanzierung.']]) });
    expect(draft.items.map((i) => i.number)).toEqual([number]);
  });

  it('reads a number that a line break separates from "Tagesordnungspunkt"', () => {
    const transcript = parseVtt(['WEBVTT', '', 'x/1-0', '00:00:01.000 --> 00:00:09.000', `<v ${CHAIR}>Wir kommen zum nächsten Tagesordnungspunkt, Tagesordnungspunkt`, '6, Friedhofssatzung.</v>', ''].join('\n'));
    expect(buildCoreDraft({ transcript }).draft.items.map((i) => i.number)).toEqual(['6']);
  });

  it('keeps the whole spoken title without an agenda, not cut at "Nr."', () => {
    const { draft } = buildCoreDraft({ transcript: vtt([[CHAIR, 'Wir kommen zu TOP 2, Bebauungsplan Nr. 311 Am Mühlenbach. Frau Kaya bitte.']]) });
    expect(draft.items[0].title).toBe('Bebauungsplan Nr. 311 Am Mühlenbach');
  });

  it('says "Kein Beschluss erkannt – bitte prüfen" for a TOP without a recognised decision', async () => {
    const { draft } = buildCoreDraft({ transcript: vtt([[CHAIR, 'Wir kommen zu TOP 1, Bericht über die Grünpflege.'], ['Frau Kaya', 'Die Pflege ist vergeben.']]) });
    expect((await docxText(await renderMinutesDocx(draft, 'public'))).body).toContain('Kein Beschluss erkannt – bitte prüfen');
  });
});

describe('privacy fails closed without an agenda', () => {
  const SECRET = 'Kaufpreis von 417.300 Euro für das Flurstück 88';
  it.each([
    'Ich stelle die Nichtöffentlichkeit her.',
    'Ich bitte die Gäste und die Presse, den Raum zu verlassen.',
    'Wir setzen die Sitzung nichtöffentlich fort.',
    'Ich schließe den öffentlichen Teil.',
    'Die Öffentlichkeit ist für den folgenden Punkt ausgeschlossen.',
  ])('%s', async (sign) => {
    const transcript = vtt([
      [CHAIR, 'Wir kommen zu TOP 1, Spielplatz Eichenweg.'],
      ['Frau Kaya', 'Der Spielplatz wird im Mai eröffnet.'],
      [CHAIR, 'Danke. Das war der öffentliche Bericht.'],
      [CHAIR, sign],
      ['Frau Kaya', `Der Verkäufer verlangt einen ${SECRET}.`],
      [CHAIR, 'Wer stimmt dem Kauf zu? Damit ist der Kauf einstimmig beschlossen.'],
    ]);
    const { draft } = buildCoreDraft({ transcript });
    expect(JSON.stringify(itemsForPart(draft, 'public'))).not.toContain('417.300');
    expect(JSON.stringify(draft.warnings)).not.toContain('417.300');
    expect((await docxText(await renderMinutesDocx(draft, 'public'))).body).not.toContain('417.300');
    expect(JSON.stringify(itemsForPart(draft, 'nonpublic'))).toContain('Damit ist der Kauf einstimmig beschlossen.');
  });
});

describe('agenda consistency', () => {
  it('does not map an agenda of another date onto the session, and says so', () => {
    const transcript = vtt([
      [CHAIR, 'Ich eröffne die Sitzung des Sozialausschusses.'],
      [CHAIR, 'Tagesordnungspunkt 1, Neubau der Kita Lerchenfeld.'],
      ['Frau Kaya', 'Die Baugenehmigung liegt vor.'],
      [CHAIR, 'Tagesordnungspunkt 2, Zuschuss für die Tafel.'],
    ]);
    const agenda = { title: 'Sitzung des Sozialausschusses', start: '2026-01-14T17:00:00+01:00', items: [{ number: '1', title: 'Haushalt 2026 Teilplan Soziales', public: true }, { number: '2', title: 'Seniorenbeirat Geschäftsordnung', public: true }] };
    const { draft } = buildCoreDraft({ transcript, agenda, meta: { date: '2026-02-11' } });
    expect(draft.warnings.join(' ')).toMatch(/Tagesordnung passt offenbar nicht/);
    expect(draft.items.map((i) => i.title)).toEqual(['Neubau der Kita Lerchenfeld', 'Zuschuss für die Tafel']);
  });
});
