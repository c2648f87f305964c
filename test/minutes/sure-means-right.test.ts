/**
 * "sicher" must mean right: for each class of phrasing that once produced a wrong fact marked
 * "sicher", sentences written for this test (not taken from any fixture or evaluation set) show that
 * the detector either reads it right or says "unsicher".
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions, readOutcome } from '../../src/minutes/detect-votes.js';
import { detectBias, detectProcedure } from '../../src/minutes/detect-procedure.js';
import { itemsForPart } from '../../src/minutes/render-docx.js';
import { findTransition } from '../../src/minutes/segment.js';
import type { Agenda, Cue } from '../../src/minutes/types.js';

const CHAIR = 'Gerlinde Saathoff';
const cues = (...texts: (string | [string, string])[]): Cue[] =>
  texts.map((t, i) => ({ id: `c/${i + 1}-0`, start: i * 10, end: i * 10 + 8, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const decide = (...texts: (string | [string, string])[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });

describe('words inside other words are no outcome', () => {
  it('"verteilt" is not "erteilt", "abgeschlossen" is not "beschlossen"', () => {
    expect(decide('Auf Ihren Tischen verteilt liegt der Eilantrag der Wählergruppe zur Kita-Satzung.')).toEqual([]);
    expect(decide('Damit ist die Aussprache zur Feuerwehrbedarfsplanung abgeschlossen.')).toEqual([]);
    expect(decide('Damit ist bestimmt nicht alles zu diesem Thema gesagt.')).toEqual([]);
  });
});

describe('abbreviations and long titles inside the result sentence', () => {
  it('reads a referral across "Drucks.", "Art." and "Abs." as settled', () => {
    const [d] = decide('Dann wird der Antrag der Gruppe, Drucks. 7/1234, gemäß Art. 12 Abs. 3 der Geschäftsordnung an den Bauausschuss überwiesen.');
    expect([d.outcome, d.status]).toEqual(['verwiesen', 'sicher']);
  });

  it('reads a passive result after a long title as settled', () => {
    const title = 'Gesetzentwurf der Fraktionen zur Neuordnung der Zuständigkeiten bei der Unterbringung von Geflüchteten in kreisangehörigen Gemeinden und zur Änderung weiterer Vorschriften des Kommunalrechts';
    const [d] = decide(`Damit wird der ${title} zur Vorbereitung der zweiten Lesung an den Innenausschuss überwiesen.`);
    expect([d.outcome, d.status]).toEqual(['verwiesen', 'sicher']);
  });

  it('reads "wir … und überweisen" as the chair’s own act', () => {
    const [d] = decide('Die Aussprache ist beendet, und wir überweisen die Friedhofssatzung an den Hauptausschuss.');
    expect([d.outcome, d.status]).toEqual(['verwiesen', 'sicher']);
  });
});

describe('verbless results after a vote', () => {
  it.each([
    ['Mit dieser Mehrheit beschlossen.', 'angenommen'],
    ['Gegen die Stimmen der Gruppe Volt angenommen.', 'angenommen'],
    ['Bei Enthaltung der Linken mehrheitlich abgelehnt.', 'abgelehnt'],
  ])('%s → %s', (result, outcome) => {
    const d = decide('Wer stimmt dem Antrag zu?', '– SPD und Grüne.', 'Wer ist dagegen?', '– Die CDU.', result);
    expect(d).toHaveLength(1);
    expect([d[0].outcome, d[0].status]).toEqual([outcome, 'sicher']);
  });
});

describe('two outcomes named in one sentence', () => {
  it('an outcome that is "nicht erforderlich" is not the decision', () => {
    const [d] = decide('Für die Niederschrift halte ich fest, dass wir den Bericht zur Kenntnis genommen haben; eine Abstimmung oder Verweisung ist nicht erforderlich.');
    expect([d.outcome, d.status]).toEqual(['zur Kenntnis genommen', 'sicher']);
  });

  it('two outcomes that both stand in the sentence make it unsure', () => {
    const [d] = decide('Damit wird der Antrag abgesetzt und in die nächste Sitzung vertagt.');
    expect(d.status).toBe('unsicher');
  });
});

describe('a result restated for the protocol is one decision', () => {
  it('keeps one Kenntnisnahme when the chair repeats it after the assent', () => {
    const d = decide('Ich gehe davon aus, dass wir den Sachstandsbericht ohne Aussprache zur Kenntnis nehmen, wenn niemand widerspricht.', 'Es widerspricht keiner.', 'Gut.', 'Damit für die Niederschrift: Den Sachstandsbericht hat der Ausschuss zur Kenntnis genommen.');
    expect(d.map((x) => x.outcome)).toEqual(['zur Kenntnis genommen']);
  });
});

describe('what is not this item’s decision', () => {
  it('the confirmed urgency decides on the agenda, not on the motion', () => {
    const [d] = decide('Die Dringlichkeit ist damit vom Rat bestätigt.');
    expect(d.status).toBe('unsicher');
  });

  it('an indirect question names an outcome without deciding it', () => {
    expect(decide('Ich bitte die Gruppe, gleich zu sagen, an welchen Ausschuss der Antrag überwiesen werden soll.')).toEqual([]);
  });

  it('a wish a group has communicated is not a decision', () => {
    const d = decide('Die Fraktion hat mitgeteilt, dass ihr Prüfauftrag an den Sozialausschuss überwiesen werden soll.');
    expect(d.every((x) => x.status !== 'sicher')).toBe(true);
  });

  it('a member’s speech during a vote is no result', () => {
    const d = decide('Wer stimmt der Vorlage zu?', ['Ratsherr Wübbena', 'Ich will nur sagen, dass wir diese Vorlage in der letzten Legislatur schon einmal abgelehnt haben und das heute wieder tun werden.'], '– Die Mehrheit.', 'Damit ist die Vorlage angenommen.');
    expect(d.map((x) => x.outcome)).toEqual(['angenommen']);
  });

  it('our own election into another body is ours, not a third party’s', () => {
    const r = readOutcome('Damit haben wir Frau Lindqvist als Mitglied in den Beirat der Musikschule gewählt.');
    expect([r?.outcome, r?.settled]).toEqual(['gewählt', true]);
  });
});

describe('chairs', () => {
  it('a speaker addressed as "Frau Präsidentin" chairs, and her result counts', () => {
    const p = detectProcedure(
      cues(
        'Ich eröffne die Sitzung. Das Wort hat Herr Brune.',
        ['Jorinde Tammen', 'Für die nächste Rednerin bitte ich Frau Ewert nach vorne.'],
        ['Maren Ewert', 'Frau Präsidentin, meine Damen und Herren! Wir unterstützen den Antrag.'],
        ['Jorinde Tammen', 'Danke. Nun Herr Osterloh.'],
        ['Tade Osterloh', 'Frau Präsidentin, liebe Kolleginnen und Kollegen, ich fasse mich kurz.'],
        ['Jorinde Tammen', 'Weitere Wortmeldungen sehe ich nicht.'],
        ['Enno Harms', 'Frau Präsidentin! Eine Anmerkung noch.'],
      ),
    );
    expect(p.chairs.has('Jorinde Tammen')).toBe(true);
    expect(p.chairs.has('Maren Ewert')).toBe(false);
  });
});

const agenda = (items: [string, string][]): Agenda => ({ items: items.map(([number, title]) => ({ number, title, public: true })) });

describe('decisions that belong to another item', () => {
  it('a referral naming other items lands on them, not sure, and not on the item where it was said', () => {
    const t = cues(
      'Ich rufe Tagesordnungspunkt 9 auf: Bericht über die Schulentwicklung.',
      'Vorab: Die Gruppe hat erklärt, dass die Tagesordnungspunkte 4 und 5 ohne Aussprache an den Finanzausschuss überwiesen werden. Dann verfahren wir so.',
      'Wer stimmt dem Bericht zu? – Alle. Damit ist der Bericht einstimmig angenommen.',
    );
    const { draft } = buildCoreDraft({ transcript: { cues: t, attributed: true }, agenda: agenda([['4', 'Antrag Radwegekonzept'], ['5', 'Antrag Schulwegsicherung'], ['9', 'Bericht über die Schulentwicklung']]) });
    const by = (n: string) => draft.items.find((i) => i.number === n)!;
    expect(by('9').decisions.map((d) => d.outcome)).toEqual(['angenommen']);
    for (const n of ['4', '5']) {
      expect(by(n).decisions.map((d) => [d.outcome, d.status])).toEqual([['verwiesen', 'unsicher']]);
    }
  });

  it('a decision on another kind of paper than the item is not sure', () => {
    const t = cues('Ich rufe Tagesordnungspunkt 3 auf: Gesetzentwurf der Landesregierung zum Denkmalschutz.', 'Damit ist der Entschließungsantrag der Gruppe Volt angenommen.');
    const { draft } = buildCoreDraft({ transcript: { cues: t, attributed: true }, agenda: agenda([['3', 'Gesetzentwurf der Landesregierung zum Denkmalschutz']]) });
    expect(draft.items[0].decisions.map((d) => [d.outcome, d.status])).toEqual([['angenommen', 'unsicher']]);
  });
});

describe('item calls', () => {
  it('reads a misspelt item word as a call', () => {
    expect(findTransition('Ich rufe Tageordnungspunkt 12 auf:')?.number).toBe('12');
    expect(findTransition('Dann kommen wir zu Tagesordnungpunkt 13.')?.number).toBe('13');
  });

  it('reads "mit der Beratung des Tagesordnungspunktes 5" as a call', () => {
    expect(findTransition('Wir beginnen mit der Beratung des Tagesordnungspunktes 5.')?.number).toBe('5');
  });

  it('an item announced for later is not called now', () => {
    expect(findTransition('Tagesordnungspunkt 6, die Wahl der Schiedsperson, wird nach der Mittagspause aufgerufen werden.')).toBeUndefined();
  });

  it('the title read after a bare call stays with the item called, even when a later item has a similar title', () => {
    const t = cues('Tagesordnungspunkt 21:', 'Beschlussempfehlung des Umweltausschusses zum Antrag Streuobstwiesen erhalten und fördern.', 'Wer stimmt der Beschlussempfehlung zu? – Alle. Damit ist die Beschlussempfehlung angenommen.', 'Tagesordnungspunkt 22: Beschlussempfehlung des Umweltausschusses zum Antrag Blühstreifen an Kreisstraßen. Wer stimmt zu? – Niemand. Damit ist sie abgelehnt.');
    const { draft } = buildCoreDraft({
      transcript: { cues: t, attributed: true },
      agenda: agenda([
        ['21', 'Beschlussempfehlung Umweltausschuss Antrag Streuobstwiesen erhalten und fördern'],
        ['22', 'Beschlussempfehlung Umweltausschuss Antrag Blühstreifen an Kreisstraßen'],
        ['23', 'Beschlussempfehlung Umweltausschuss Antrag Streuobstwiesen Förderprogramm erweitern und fördern'],
      ]),
    });
    const by = (n: string) => draft.items.find((i) => i.number === n)!;
    expect(by('21').decisions.map((d) => d.outcome)).toEqual(['angenommen']);
    expect(by('23').found).toBe(false);
  });
});

describe('more phrasings that are not this item’s decision', () => {
  it('the chair’s own "ich nehme das zur Kenntnis" is no Kenntnisnahme of the body', () => {
    expect(decide('Ja, ich nehme Ihren Einwand gern zur Kenntnis.')).toEqual([]);
    expect(decide('Damit nimmt der Ausschuss den Bericht zur Kenntnis.').map((d) => d.outcome)).toEqual(['zur Kenntnis genommen']);
  });

  it('a chair presuming a referral proposes it; the assent settles it', () => {
    const [open] = decide('Ich gehe davon aus, dass der Prüfantrag an den Werksausschuss überwiesen werden soll.');
    expect([open.outcome, open.status]).toEqual(['verwiesen', 'unsicher']);
    const [settled] = decide('Ich gehe davon aus, dass der Prüfantrag an den Werksausschuss überwiesen werden soll.', 'Dann verfahren wir so.');
    expect([settled.outcome, settled.status]).toEqual(['verwiesen', 'sicher']);
  });

  it('"möchte ich darauf hinweisen, dass … zurückgezogen wird" announces a withdrawal', () => {
    expect(readOutcome('Vorab möchte ich darauf hinweisen, dass der Antrag der Gruppe zur Hundesteuer zurückgezogen wird.')?.outcome).toBe('zurückgezogen');
  });
});

describe('items announced to be called together', () => {
  it('links the item announced with the one it is called with; the shared referral reaches both', () => {
    const t = cues(
      'Eingegangen ist ein Eilantrag zur Schulsozialarbeit. Dies wird Tagesordnungspunkt 31 und kann mit Tagesordnungspunkt 12 zum gleichen Thema aufgerufen werden.',
      'Ich rufe Tagesordnungspunkt 31 auf: Eilantrag Schulsozialarbeit.',
      'Die beiden Anträge sollen an den Jugendhilfeausschuss überwiesen werden. Dann machen wir das so.',
    );
    const { draft } = buildCoreDraft({ transcript: { cues: t, attributed: true }, agenda: agenda([['12', 'Antrag Schulsozialarbeit an Grundschulen'], ['31', 'Eilantrag Schulsozialarbeit']]) });
    for (const n of ['12', '31']) expect(draft.items.find((i) => i.number === n)!.decisions.map((d) => d.outcome)).toEqual(['verwiesen']);
  });
});

describe('group lists are sure only when they account for everyone', () => {
  const session = (...texts: string[]) => buildCoreDraft({ transcript: { cues: cues(...texts), attributed: true } }).draft.items.flatMap((i) => i.decisions);

  it('a member added after the count joins the list', () => {
    const [d] = decide('Wer stimmt der Vorlage zu?', '– Die CDU und die Grünen.', 'Wer ist dagegen?', '– Die SPD.', 'Der fraktionslose Kollege hat mit zugestimmt.', 'Damit ist die Vorlage angenommen.');
    expect(d.votesByGroup?.yes).toHaveLength(3);
    expect(d.votesByGroup?.no).toEqual(['SPD']);
  });

  it('"das ganze Haus" with an unnamed member without a group is not sure', () => {
    const ds = session(
      'Ich rufe Tagesordnungspunkt 1 auf: Antrag Radverkehr. Wer stimmt zu? – CDU und SPD. Wer ist dagegen? – Die FDP und der fraktionslose Abgeordnete. Damit ist der Antrag angenommen.',
      'Ich rufe Tagesordnungspunkt 2 auf: Antrag Wochenmarkt. Wer stimmt zu? – Das ganze Haus. Damit ist der Antrag angenommen.',
    );
    expect(ds[1].status).toBe('unsicher');
    expect(ds[1].votesByGroup?.yes).toContain('fraktionsloses Mitglied (bitte Namen prüfen)');
  });

  it('the member without a group named once in the talk ("der fraktionslose Abg. Wenzel") resolves "der fraktionslose Abgeordnete"', () => {
    const ds = session(
      'Ich rufe Tagesordnungspunkt 1 auf: Antrag Radverkehr. Als Nächster spricht der fraktionslose Abg. Wenzel.',
      'Wer stimmt zu? – CDU und SPD. Wer ist dagegen? – Die FDP und der fraktionslose Abgeordnete. Damit ist der Antrag angenommen.',
      'Ich rufe Tagesordnungspunkt 2 auf: Antrag Wochenmarkt. Wer stimmt zu? – Das ganze Haus. Damit ist der Antrag angenommen.',
    );
    expect(ds[0].votesByGroup?.no).toEqual(['Freie Demokraten', 'Wenzel']);
    expect(ds[1].votesByGroup?.yes).toContain('Wenzel');
    expect(ds[1].status).toBe('sicher');
  });

  it('"Was ist mit dem fraktionslosen Kollegen? – Enthaltung." adds him to the abstentions', () => {
    const [d] = decide('Wer stimmt der Vorlage zu?', '– Die CDU und die Grünen.', 'Wer ist dagegen?', '– Die SPD.', 'Was ist mit dem fraktionslosen Kollegen?', '– Enthaltung.', 'Damit ist die Vorlage angenommen.');
    expect(d.votesByGroup?.abstain).toHaveLength(1);
    expect(d.votesByGroup?.no).toEqual(['SPD']);
  });

  it('a list that leaves out a group voting elsewhere in the session is not sure', () => {
    const ds = session(
      'Ich rufe Tagesordnungspunkt 1 auf: Antrag Radverkehr. Wer stimmt zu? – CDU und SPD. Wer ist dagegen? – Die FDP. Damit ist der Antrag angenommen.',
      'Ich rufe Tagesordnungspunkt 2 auf: Antrag Wochenmarkt. Wer stimmt zu? – Die CDU. Wer ist dagegen? – Die SPD. Damit ist der Antrag abgelehnt.',
    );
    expect(ds.map((d) => d.status)).toEqual(['sicher', 'unsicher']);
    expect(ds[1].reasons.join(' ')).toMatch(/Freie Demokraten/u);
  });
});

describe('the start of the non-public part', () => {
  const nonPublicAgenda: Agenda = {
    items: [
      { number: '7', title: 'Anfragen', public: true },
      { number: '8', title: 'Vergabe der Gebäudereinigung Rathaus', public: false },
    ],
  };
  const at = (texts: [string, number][]): Cue[] => texts.map(([text, start], i) => ({ id: `n/${i + 1}-0`, start, end: start + 5, speaker: CHAIR, text }));

  it('a sentence between clearing the room and the first call goes to that item, not to a phantom item', () => {
    const t = at([
      ['Wir kommen zu Tagesordnungspunkt 7, Anfragen. Es liegen keine vor.', 0],
      ['Ich bitte nun die Zuhörerinnen und Zuhörer, den Saal zu verlassen.', 40],
      ['Gut, jetzt sind wir unter uns.', 100],
      ['Tagesordnungspunkt 8, Vergabe der Gebäudereinigung. Wer stimmt zu? – Alle. Damit ist die Vergabe einstimmig beschlossen.', 130],
    ]);
    const { draft } = buildCoreDraft({ transcript: { cues: t, attributed: true }, agenda: nonPublicAgenda });
    expect(draft.items.map((i) => i.number)).toEqual(['7', '8']);
    const eight = draft.items.find((i) => i.number === '8')!;
    expect(eight.decisions.map((d) => d.outcome)).toEqual(['angenommen']);
    expect(draft.items.find((i) => i.number === '7')!.decisions).toEqual([]);
  });

  it('a number in the next turn after "Tagesordnungspunkt" at the end of one is the call', () => {
    const t = at([
      ['Wir kommen zu Tagesordnungspunkt 7, Anfragen. Es liegen keine vor.', 0],
      ['Ich bitte die Presse, den Raum zu verlassen. Damit kommen wir zu Tagesordnungspunkt', 40],
      ['8: Vergabe der Gebäudereinigung. Wer stimmt zu? – Alle. Damit ist die Vergabe einstimmig beschlossen.', 90],
    ]);
    const { draft } = buildCoreDraft({ transcript: { cues: t, attributed: true }, agenda: nonPublicAgenda });
    expect(draft.items.map((i) => [i.number, i.decisions.map((d) => d.outcome)])).toEqual([
      ['7', []],
      ['8', ['angenommen']],
    ]);
  });
});

describe('another body’s decision', () => {
  it('a decision reported from another committee is not this session’s, the vote after it is', () => {
    const d = decide('Der Antrag wurde im Hauptausschuss abgelehnt.', 'Wer stimmt heute zu? – Niemand.', 'Damit ist er auch hier abgelehnt.');
    expect(d.map((x) => [x.outcome, x.status])).toEqual([['abgelehnt', 'sicher']]);
    expect(d[0].evidence.map((e) => e.quote)).not.toContain('Der Antrag wurde im Hauptausschuss abgelehnt.');
  });
});

describe('"X zu Y Stimmen"', () => {
  it('names the majority first: for a rejection X is the no side', () => {
    const [rejected] = decide('Damit ist der Antrag mit 9 zu 4 Stimmen abgelehnt.');
    expect([rejected.outcome, rejected.status, rejected.votes]).toEqual(['abgelehnt', 'sicher', { yes: 4, no: 9, abstain: null }]);
    const [adopted] = decide('Damit ist der Antrag mit 9 zu 4 Stimmen angenommen.');
    expect([adopted.outcome, adopted.votes]).toEqual(['angenommen', { yes: 9, no: 4, abstain: null }]);
  });
});

describe('Befangenheit in more wordings', () => {
  const bias = (speaker: string, text: string) => detectBias([{ id: 'b/1-0', start: 0, end: 5, speaker, text }]).declarations.map((d) => [d.name, d.forItem ?? null]);
  it.each([
    ['Jens Hollmann', 'Ich muss mich bei diesem Punkt für befangen erklären, meine Frau ist Gesellschafterin.', 'Jens Hollmann', null],
    [CHAIR, 'Herr Hollmann hat angezeigt, dass er befangen ist, und hat den Sitzungstisch verlassen.', 'Herr Hollmann', null],
    [CHAIR, 'Ratsfrau Özdemir ist von der Beratung ausgeschlossen, da sie Anliegerin ist.', 'Ratsfrau Özdemir', null],
    ['Birte Lange', 'Zur Info: Ich bin hier Anliegerin und nehme deshalb nicht teil.', 'Birte Lange', null],
    [CHAIR, 'Bevor wir beginnen: Herr Kuhn hat mir mitgeteilt, dass er zu TOP 6 befangen ist.', 'Herr Kuhn', '6'],
    [CHAIR, 'Stadtverordneter Meier wirkt nach § 25 HGO nicht mit.', 'Stadtverordneter Meier', null],
  ])('%s: %s', (speaker, text, name, item) => {
    expect(bias(speaker, text)).toEqual([[name, item]]);
  });

  it('taking no part in something else is no Befangenheit', () => {
    expect(bias('Birte Lange', 'Ich nehme an der Exkursion im Mai nicht teil.')).toEqual([]);
    expect(bias(CHAIR, 'Herr Schulz wirkt am Radverkehrsprojekt nicht mit.')).toEqual([]);
  });
});

describe('privacy fails closed: more ways to start the non-public part', () => {
  it.each([
    'Wir schließen jetzt die Öffentlichkeit aus.',
    'Damit ist der öffentliche Teil der Sitzung beendet.',
    'Ich bitte alle, die nicht dem Gremium angehören, kurz hinauszugehen.',
    'Wir machen im geschlossenen Teil weiter.',
    'Wir tagen jetzt hinter verschlossenen Türen.',
    'Ich bitte die Presse jetzt zu gehen.',
  ])('without an agenda, nothing after „%s“ reaches the public part', (phrase) => {
    const t = cues('Wir kommen zu Tagesordnungspunkt 1, Spielplatz Lindenhof. Wer stimmt zu? – Alle. Damit ist das beschlossen.', phrase, 'Tagesordnungspunkt 2, Ankauf Mühlenweg 4 für 212.000 Euro. Wer stimmt zu? – Alle. Damit ist der Ankauf beschlossen.');
    const { draft } = buildCoreDraft({ transcript: { cues: t, attributed: true } });
    const pub = JSON.stringify({ items: itemsForPart(draft, 'public'), warnings: draft.warnings });
    expect(pub).not.toContain('Mühlenweg');
    expect(pub).not.toContain('212.000');
    expect(itemsForPart(draft, 'nonpublic').length).toBeGreaterThan(0);
  });
});
