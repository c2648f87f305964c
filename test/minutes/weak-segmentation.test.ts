/**
 * A decision whose TOP rests on weak segmentation evidence is "unsicher" (rule 5): a sentence inside the
 * TOP that reads like the call of another item the segmentation did not take as a call, and an agenda
 * whose titles are hardly heard in the transcript. Sentences written for this test (not taken from any
 * fixture or evaluation set), one class per block.
 */
import { describe, expect, it } from 'vitest';
import { checkAgenda, titlesHeard } from '../../src/minutes/agenda-check.js';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import type { Agenda, Cue } from '../../src/minutes/types.js';

const CHAIR = 'Hiltrud Wesselmann';
const cues = (...texts: (string | [string, string])[]): Cue[] =>
  texts.map((t, i) => ({ id: `c/${i + 1}-0`, start: i * 10, end: i * 10 + 8, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));
const agenda = (items: [string, string][]): Agenda => ({ items: items.map(([number, title]) => ({ number, title, public: true })) });
const draftOf = (t: Cue[], a?: Agenda) => buildCoreDraft({ transcript: { cues: t, attributed: true }, ...(a ? { agenda: a } : {}) }).draft;
const decisionsOf = (t: Cue[], a: Agenda | undefined, number: string) => draftOf(t, a).items.find((i) => i.number === number)?.decisions ?? [];

const OPENING = 'Ich eröffne die Sitzung und stelle die Beschlussfähigkeit fest.';

describe('a call of another item heard inside a TOP but not read as a call', () => {
  const items = agenda([['3', 'Sanierung der Turnhalle am Lindenweg'], ['4', 'Neufassung der Friedhofsgebührensatzung']]);

  it('a number and a title without the item word ("4: Neufassung …"), the next item never found: the vote after it is unsure', () => {
    // The agenda words the matter otherwise than the chair reads it, so the title does not find the item either.
    const items = agenda([['3', 'Sanierung der Turnhalle am Lindenweg'], ['4', 'Bestattungswesen: Neuregelung der Entgelte']]);
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 3, Sanierung der Turnhalle am Lindenweg.',
      'Wer stimmt der Sanierung der Turnhalle zu? Gegenstimmen? Keine. Damit ist die Sanierung einstimmig beschlossen.',
      '4: Neufassung der Friedhofsgebührensatzung. Wer stimmt der Satzung zu? Gegenstimmen? Keine. Damit ist die Satzung einstimmig angenommen.',
    );
    const [first, second] = decisionsOf(t, items, '3');
    expect(first.status).toBe('sicher');
    expect(second.outcome).toBe('angenommen');
    expect(second.status).toBe('unsicher');
    expect(second.reasons.join(' ')).toMatch(/Aufruf eines anderen TOP/u);
  });

  // The vote after the call-like sentence names no matter, so only the call heard can tell that it is another item's.
  it('the call said by someone not known as chair, the item never found: unsure', () => {
    const t = cues(
      OPENING,
      'Ich rufe Tagesordnungspunkt 3 auf, die Sanierung der Turnhalle am Lindenweg. Der Sachstand ist allen bekannt.',
      ['Bernd Quast', 'Punkt 4: Neufassung der Friedhofsgebührensatzung, ich übernehme kurz die Leitung.'],
      'Wer stimmt zu? Wer ist dagegen? Niemand. Damit ist das einstimmig angenommen.',
    );
    const [d] = decisionsOf(t, items, '3');
    expect(d.outcome).toBe('angenommen');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Aufruf eines anderen TOP/u);
  });

  it('a later call-like sentence for an item already dealt with that reads out most of its title: unsure', () => {
    const more = agenda([['3', 'Sanierung der Turnhalle am Lindenweg'], ['4', 'Neufassung der Friedhofsgebührensatzung'], ['5', 'Zuschuss für den Heimatverein Oberdorf']]);
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 3, Sanierung der Turnhalle am Lindenweg. Die Abstimmung machen wir am Ende.',
      'Wir kommen zu Tagesordnungspunkt 4, Neufassung der Friedhofsgebührensatzung. Wer stimmt der Satzung zu? Gegenstimmen? Keine. Damit ist die Satzung einstimmig angenommen.',
      'Wir kommen zu Tagesordnungspunkt 5, Zuschuss für den Heimatverein Oberdorf. Auch hier stimmen wir am Ende ab.',
      ['Bernd Quast', 'Punkt 3: Sanierung der Turnhalle am Lindenweg, jetzt kommt die Abstimmung.'],
      'Wer stimmt zu? Gegenstimmen? Keine. Damit ist das einstimmig beschlossen.',
    );
    const [d] = decisionsOf(t, more, '5');
    expect(d.outcome).toBeTruthy();
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Aufruf eines anderen TOP/u);
  });

  it('a speaker counting the points of a speech ("Punkt 2: …") for items that were called does not make the vote unsure', () => {
    const two = agenda([['2', 'Bericht der Kämmerin zur Haushaltslage'], ['3', 'Sanierung der Turnhalle am Lindenweg']]);
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 2, Bericht der Kämmerin zur Haushaltslage. Der Bericht wird zur Kenntnis genommen.',
      'Wir kommen zu Tagesordnungspunkt 3, Sanierung der Turnhalle am Lindenweg.',
      ['Bernd Quast', 'Punkt 2: Die Halle ist seit Jahren undicht, das wissen alle hier.'],
      'Wer stimmt der Sanierung zu? Gegenstimmen? Keine. Damit ist die Sanierung einstimmig beschlossen.',
    );
    const [d] = decisionsOf(t, two, '3');
    expect(d.outcome).toBeTruthy();
    expect(d.status).toBe('sicher');
  });

  it('without an agenda: a number no item has, read out with a title, makes the vote after it unsure', () => {
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 6, dem Zuschuss für den Musikverein. Die Unterlagen liegen Ihnen vor.',
      'Gut. 7: Benennung einer Straße im Baugebiet Mühlfeld. Wer stimmt zu? Gegenstimmen? Keine. Damit ist das einstimmig beschlossen.',
    );
    const decisions = decisionsOf(t, undefined, '6');
    expect(decisions.length).toBe(1);
    expect(decisions[0].status).toBe('unsicher');
    expect(decisions[0].reasons.join(' ')).toMatch(/Aufruf eines anderen TOP/u);
  });
});

describe('the number read with a comma and the matter, without the item word', () => {
  const items = agenda([['3', 'Sanierung der Turnhalle am Lindenweg'], ['4', 'Bestattungswesen: Neuregelung der Entgelte']]);
  const session = (line: string) => cues(
    OPENING,
    'Ich rufe Tagesordnungspunkt 3 auf, die Sanierung der Turnhalle am Lindenweg. Der Sachstand ist allen bekannt.',
    line,
    'Wer stimmt zu? Wer ist dagegen? Niemand. Damit ist das einstimmig angenommen.',
  );

  it.each([
    ['digits, an article and the matter', '4, die Neufassung der Friedhofsgebührensatzung.'],
    ['the number as a word and the matter', 'Vier, Neufassung der Friedhofsgebührensatzung.'],
    ['digits and a reading of a bill', '4, zweite Lesung der Friedhofsgebührensatzung.'],
  ])('%s: the vote after it is unsure', (_name, line) => {
    const [d] = decisionsOf(session(line), items, '3');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Aufruf eines anderen TOP/u);
  });

  it.each([
    ['a number before a name', 'Zwölf, Herr Albers hat sich dazu gemeldet und spricht zuerst.'],
    ['a short remark after a number', '4, genau.'],
  ])('%s: no call, the vote stays sure', (_name, line) => {
    const [d] = decisionsOf(session(line), items, '3');
    expect(d.status).toBe('sicher');
  });
});

describe('the session ends on an item while the agenda’s next item was never called', () => {
  const items = agenda([['9', 'Vergabe der Gebäudereinigung im Rathaus'], ['10', 'Verkauf eines Grundstücks am Mühlbach']]);

  it('a later decision under the last item called is unsure (perhaps the next item’s, its call missed)', () => {
    const t = cues(
      OPENING,
      'Punkt 9, die Gebäudereinigung. Wer ist dafür? Gegenstimmen? Keine. Damit ist die Vergabe einstimmig beschlossen.',
      ['Jörg Mertesacker', 'Beim Käufer fehlt uns noch die Zusage zu den Arbeitsplätzen, das sollten wir im Ausschuss klären.'],
      'Wer der Verweisung in den Finanzausschuss zustimmt, hebe bitte die Hand. Gegenstimmen? Keine. Dann ist das in den Finanzausschuss verwiesen.',
      'Ich schließe die Sitzung.',
    );
    const [first, second] = decisionsOf(t, items, '9');
    expect(first.status).toBe('sicher');
    expect(second.outcome).toBe('verwiesen');
    expect(second.status).toBe('unsicher');
    expect(second.reasons.join(' ')).toMatch(/TOP 10 .* wurde nicht aufgerufen/u);
  });

  it('a single decision under the last item called stays sure', () => {
    const t = cues(OPENING, 'Punkt 9, die Gebäudereinigung. Wer ist dafür? Gegenstimmen? Keine. Damit ist die Vergabe einstimmig beschlossen.', 'Ich schließe die Sitzung.');
    const [d] = decisionsOf(t, items, '9');
    expect(d.status).toBe('sicher');
  });
});

describe('a result right after a call, while the vote before the call stayed open', () => {
  const items = agenda([['5', 'Neubau der Feuerwache Süd'], ['6', 'Jahresbericht der Gleichstellungsbeauftragten']]);

  it('the previous vote asked, the call, then the result without a vote of its own: unsure, naming the previous TOP', () => {
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 5, Neubau der Feuerwache Süd. Wer ist dafür? Gegenprobe? Enthaltungen?',
      'Tagesordnungspunkt 6, Jahresbericht der Gleichstellungsbeauftragten.',
      'Einstimmig, keine Enthaltungen. Damit ist das so beschlossen.',
      ['Marlene Fiebig', 'Vielen Dank, ich stelle den Bericht kurz vor.'],
    );
    const [d] = decisionsOf(t, items, '6');
    expect(d.outcome).toBeTruthy();
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Abstimmung davor unter TOP 5 blieb ohne Ergebnis/u);
  });

  it('the previous vote with its result: the result after the call stays sure', () => {
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 5, Neubau der Feuerwache Süd. Wer ist dafür? Gegenprobe? Enthaltungen? Damit ist der Neubau einstimmig beschlossen.',
      'Tagesordnungspunkt 6, Jahresbericht der Gleichstellungsbeauftragten. Der Bericht liegt schriftlich vor; wer ihm zustimmt, den bitte ich um das Handzeichen. Gegenprobe? Keine. Damit ist der Jahresbericht einstimmig angenommen.',
    );
    const [d] = decisionsOf(t, items, '6');
    expect(d.status).toBe('sicher');
  });

  it('a vote of its own in the new TOP before the result: stays sure', () => {
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 5, Neubau der Feuerwache Süd. Die Beratung vertiefen wir im Bauausschuss. Wer der Überweisung zustimmt, hebe die Hand.',
      'Tagesordnungspunkt 6, Jahresbericht der Gleichstellungsbeauftragten. Wer stimmt dem Jahresbericht zu? Gegenstimmen? Keine. Damit ist der Jahresbericht einstimmig angenommen.',
    );
    const [d] = decisionsOf(t, items, '6');
    expect(d.status).toBe('sicher');
  });
});

describe('a vote on "den Antrag" right after the call of an item that names no motion', () => {
  const session = (title: string) => cues(
    OPENING,
    `Wir kommen zu Tagesordnungspunkt 6, ${title}.`,
    'Dann stimmen wir ab. Wer ist für den Antrag? Fünf. Dagegen? Acht. Damit ist der Antrag abgelehnt.',
    ['Ilse Brockmeyer', 'Zum Bebauungsplan habe ich noch eine Frage zur Erschließung.'],
  );

  it('under a Bebauungsplan: unsure, perhaps the result of the item before', () => {
    const [d] = decisionsOf(session('Bebauungsplan Am Stadtgraben, Satzungsbeschluss'), agenda([['6', 'Bebauungsplan Am Stadtgraben, Satzungsbeschluss']]), '6');
    expect(d.outcome).toBe('abgelehnt');
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/gleich nach dem Aufruf von TOP 6, dessen Titel keinen Antrag nennt/u);
  });

  it('under an item that is a motion: stays sure', () => {
    const [d] = decisionsOf(session('Antrag der Wählergruppe zum Stadtgraben'), agenda([['6', 'Antrag der Wählergruppe zum Stadtgraben']]), '6');
    expect(d.status).toBe('sicher');
  });
});

describe('a whole vote right after a call, while the item to decide before it took no decision', () => {
  const items = agenda([['5', 'Neubau der Feuerwache Süd'], ['6', 'Benennung einer Straße im Baugebiet Mühlfeld']]);
  const session = (before: string) => cues(
    OPENING,
    'Wir kommen zu Tagesordnungspunkt 5, Neubau der Feuerwache Süd.',
    ['Karsten Ebeling', 'Der Standort an der Umgehung ist gut erreichbar, wir unterstützen das.'],
    ['Wiebke Hollmann', 'Die Kosten sind seit dem Frühjahr deutlich gestiegen, das sehen wir kritisch.'],
    before,
    'Tagesordnungspunkt 6, Benennung einer Straße im Baugebiet Mühlfeld.',
    'Dann stimmen wir ab. Wer ist dafür? Gegenstimmen? Zwei. Damit ist das mehrheitlich beschlossen.',
    ['Karsten Ebeling', 'Zur Straßenbenennung hätte ich gern noch die Liste der Vorschläge gesehen.'],
  );

  it('the item before without any result: the vote is unsure, naming that item', () => {
    const [d] = decisionsOf(session('Gibt es weitere Wortmeldungen? Das ist nicht der Fall.'), items, '6');
    expect(d.outcome).toBeTruthy();
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/TOP 5 davor blieb ohne Beschluss/u);
  });

  it('the item before with its own result: the vote stays sure', () => {
    const [d] = decisionsOf(session('Wer ist für den Neubau? Gegenstimmen? Keine. Damit ist der Neubau einstimmig beschlossen.'), items, '6');
    expect(d.status).toBe('sicher');
  });
});

describe('two votes of their own on the very same matter with the same result in one TOP', () => {
  it('the second is unsure (a repeat, or the next item’s vote after a missed call)', () => {
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 8, Beschlussempfehlung des Sozialausschusses zum Seniorenbeirat.',
      'Wer stimmt der Beschlussempfehlung zu? Gegenstimmen? Keine. Damit ist die Beschlussempfehlung angenommen.',
      'Wer stimmt der Beschlussempfehlung zu? Gegenstimmen? Zwei. Damit ist die Beschlussempfehlung angenommen.',
    );
    const [first, second] = decisionsOf(t, undefined, '8');
    expect(first.status).toBe('sicher');
    expect(second.outcome).toBe('angenommen');
    expect(second.status).toBe('unsicher');
    expect(second.reasons.join(' ')).toMatch(/zweite Abstimmung über „Beschlussempfehlung“ mit demselben Ergebnis/u);
  });

  it('an amendment and then the motion: different matters, both sure', () => {
    const t = cues(
      OPENING,
      'Wir kommen zu Tagesordnungspunkt 8, Antrag zum Seniorenbeirat.',
      'Wer stimmt dem Änderungsantrag zu? Gegenstimmen? Keine. Damit ist der Änderungsantrag angenommen.',
      'Wer stimmt dem Antrag in der geänderten Fassung zu? Gegenstimmen? Keine. Damit ist der Antrag in der geänderten Fassung angenommen.',
    );
    const decisions = decisionsOf(t, undefined, '8');
    expect(decisions.map((d) => d.status)).toEqual(['sicher', 'sicher']);
  });
});

describe('titles heard: an agenda whose titles the transcript hardly names', () => {
  const other = agenda([
    ['1', 'Eröffnung und Feststellung der Beschlussfähigkeit'],
    ['2', 'Erweiterung des Gewerbegebiets Krähenwinkel'],
    ['3', 'Neubau der Kindertagesstätte Sonnenhügel'],
    ['4', 'Vergabe der Winterdienstleistungen Ortsteil Brückenau'],
    ['5', 'Zuschuss für die Sanierung des Freibads Eichenhain'],
  ]);
  const filler = 'Die Verwaltung hat die Unterlagen rechtzeitig verschickt, es gab dazu im Vorfeld mehrere Gespräche mit den Fraktionen und den Ortsvorstehern.';
  const long = (...calls: string[]) => cues(OPENING, ...calls.flatMap((c) => [c, filler, filler, filler, filler]), 'Damit schließe ich die Sitzung.');

  it('counts an item heard when two of its informative words occur, generic words do not count', () => {
    expect(titlesHeard(other, 'Wir reden über die Kindertagesstätte am Sonnenhügel und den Winterdienst.')).toEqual({ checkable: 4, heard: 1 });
    expect(titlesHeard(other, 'Eröffnung, Feststellung, Beschlussfähigkeit, Vergabe.')).toEqual({ checkable: 4, heard: 0 });
  });

  it('a long transcript whose matters are none of the agenda’s: warned, not mapped, decisions unsure', () => {
    const t = long(
      'Wir kommen zu Tagesordnungspunkt 2. Es geht um die Umbenennung des Marktplatzes. Wer stimmt der Umbenennung zu? Gegenstimmen? Keine. Damit ist die Umbenennung einstimmig beschlossen.',
      'Wir kommen zu Tagesordnungspunkt 3. Die Leiterin stellt den Jahresbericht der Musikschule vor. Der Jahresbericht wird zur Kenntnis genommen.',
      'Wir kommen zu Tagesordnungspunkt 4. Es geht um die Anschaffung eines Löschfahrzeugs. Wer stimmt der Anschaffung zu? Gegenstimmen? Keine. Damit ist die Anschaffung einstimmig beschlossen.',
    );
    const draft = draftOf(t, other);
    expect(draft.warnings.join(' ')).toMatch(/Tagesordnung passt offenbar nicht zu dieser Sitzung.*im Transkript erwähnt/u);
    const titles = draft.items.map((i) => i.title).join(' ');
    expect(titles).not.toMatch(/Krähenwinkel|Sonnenhügel|Brückenau|Eichenhain/u);
    const decisions = draft.items.flatMap((i) => i.decisions).filter((d) => d.outcome);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((d) => d.status === 'unsicher' && d.reasons.some((r) => /Tagesordnung passt vermutlich nicht/u.test(r)))).toBe(true);
  });

  it('a long transcript that names its agenda’s matters: no alarm, titles mapped', () => {
    const t = long(
      'Wir kommen zu Tagesordnungspunkt 2, der Erweiterung des Gewerbegebiets Krähenwinkel. Wer stimmt zu? Gegenstimmen? Keine. Damit ist die Erweiterung einstimmig beschlossen.',
      'Wir kommen zu Tagesordnungspunkt 3, dem Neubau der Kindertagesstätte Sonnenhügel. Wer stimmt zu? Gegenstimmen? Keine. Damit ist der Neubau einstimmig beschlossen.',
      'Tagesordnungspunkt 4: Vergabe des Winterdienstes im Ortsteil Brückenau. Wer stimmt zu? Gegenstimmen? Keine. Damit ist die Vergabe einstimmig beschlossen.',
    );
    const draft = draftOf(t, other);
    expect(draft.warnings.join(' ')).not.toMatch(/passt offenbar nicht/u);
    expect(draft.items.find((i) => i.number === '3')?.title).toMatch(/Sonnenhügel/u);
  });

  it('a short transcript that speaks item numbers only is not checked (too little to tell)', () => {
    const t = cues(OPENING, 'Tagesordnungspunkt 2. Wer stimmt zu? Gegenstimmen? Keine. Damit einstimmig beschlossen.', 'Tagesordnungspunkt 3. Wer stimmt zu? Gegenstimmen? Keine. Damit einstimmig beschlossen.');
    const draft = draftOf(t, other);
    expect(draft.warnings.join(' ')).not.toMatch(/passt offenbar nicht/u);
    expect(checkAgenda(other, { titleChecks: [], transcriptText: t.map((c) => c.text).join(' ') }).consistent).toBe(true);
  });
});
