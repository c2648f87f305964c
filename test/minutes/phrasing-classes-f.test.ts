/**
 * Classes of phrasing found missing on the development sessions of set F, each with sentences written
 * for this test (not taken from any fixture or evaluation session): the vote sequence said in regional
 * or casual speech (Swabian, Bavarian, northern colloquial), read for the detectors and quoted verbatim
 * to the clerk, and not sure unless only the copula needed reading; the next sub-item called by its bare
 * number ("Vier b.", "Dann 3.2:"); a call with the matter first and "zunächst" before the number; a matter
 * put off to the non-public part ("dazu später im nichtöffentlichen Teil") that does not start it.
 */
import { describe, expect, it } from 'vitest';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { detectDecisions } from '../../src/minutes/detect-votes.js';
import { findTransition } from '../../src/minutes/segment.js';
import { nonPublicDeferred } from '../../src/minutes/vocabulary.js';
import { readRegional } from '../../src/minutes/regional-speech.js';
import type { Agenda, Cue } from '../../src/minutes/types.js';

const CHAIR = 'Ortsvorsteher Wendelin Baur';
const cues = (...texts: string[]): Cue[] => texts.map((t, i) => ({ id: `f/${i + 1}-0`, start: i * 9, end: i * 9 + 8, speaker: CHAIR, text: t }));
const decide = (...texts: string[]) => detectDecisions(cues(...texts), { chairs: new Set([CHAIR]) });

describe('regional speech in the vote sequence', () => {
  it('reads dialect forms as standard German and keeps what was said', () => {
    const r = readRegional('Dagege koiner, also isch des agnomme.');
    expect(r.text).toBe('Dagegen keiner, also ist des angenommen.');
    expect(r.read).toEqual(['Dagege', 'koiner', 'isch', 'agnomme']);
    expect(r.doubtful).toBe(true);
    expect(readRegional('Der Zuschuss isch somit bewilligt.')).toMatchObject({ text: 'Der Zuschuss ist somit bewilligt.', doubtful: false });
    // Standard words stay as they are.
    expect(readRegional('Des Bürgermeisters Antrag ist angenommen.').read).toEqual([]);
  });

  it.each([
    ['Swabian rejection', ['Wer isch für den Zuschuss zum Dorffescht?', 'Drei.', 'Und dagege?', 'Siebene.', 'Dann isch der Zuschuss abglehnt.'], 'abgelehnt', { yes: 3, no: 7 }],
    ['Bavarian adoption', ['Wer is für de Verlängerung vom Pachtvertrag?', 'Acht.', 'Gegenstimmen?', 'Koaner.', 'Dann is des ognomme.'], 'angenommen', { yes: 8, no: 0 }],
    ['Swabian taking note', ['Des war der Bericht vom Kindergarte.', 'Dann hemmer den Bericht zur Kenntnis gnomme.'], 'zur Kenntnis genommen', undefined],
    ['recommendation in dialect', ['Wer empfiehlt des dem Gemeinderat?', 'Elfe.', 'Dagege?', 'Koine.', 'Also isch des so empfohle.'], 'angenommen', { yes: 11, no: 0 }],
  ] as const)('%s: outcome read, unsure, evidence verbatim', (_name, texts, outcome, votes) => {
    const ds = decide(...texts);
    const d = ds[ds.length - 1];
    expect(d.outcome).toBe(outcome);
    if (votes) expect(d.votes).toMatchObject(votes);
    expect(d.status).toBe('unsicher');
    expect(d.reasons.join(' ')).toMatch(/Mundart/u);
    // What the clerk sees is what was said.
    expect(d.evidence.map((e) => e.quote)).toContain(texts[texts.length - 1]);
  });

  it('a negation in dialect flips the outcome and is never sure', () => {
    const [d] = decide('Wer isch dafür, dass mir des Gerät kaufet?', 'Vier.', 'Dagege?', 'Fünfe.', 'Dann isch des net agnomme.');
    expect(d.outcome).toBe('abgelehnt');
    expect(d.status).not.toBe('sicher');
  });

  it('only the copula read in a settled result after a counted vote stays sure', () => {
    const [d] = decide('Wer stimmt der Niederschrift vom März zu?', 'Neun.', 'Gegenstimmen?', 'Keine.', 'Dann isch die Niederschrift so genehmigt.');
    expect([d.outcome, d.status]).toEqual(['genehmigt', 'sicher']);
    expect(d.evidence.at(-1)?.quote).toBe('Dann isch die Niederschrift so genehmigt.');
  });

  it('"Is vertagt." after the vote on a postponement', () => {
    const [d] = decide('Antrag auf Vertagung in die Aprilsitzung.', 'Wer is dafür?', 'Sechs.', 'Dagegen?', 'Nee, keiner.', 'Is vertagt.');
    expect(d.outcome).toBe('vertagt');
  });
});

const draftOf = (texts: string[], agenda?: Agenda) => buildCoreDraft({ transcript: { attributed: true, cues: cues(...texts) }, ...(agenda ? { agenda } : {}) }).draft;
const outcomes = (d: ReturnType<typeof draftOf>) => Object.fromEntries(d.items.map((i) => [i.number, i.decisions.map((x) => x.outcome)]));

describe('the next sub-item by its bare number', () => {
  const vote = (result: string) => ['Wer ist dafür?', 'Acht.', 'Dagegen?', 'Keiner.', result];
  it('without an agenda: "Sieben b." after 7a is item 7b', () => {
    const d = draftOf(['Ich eröffne die Sitzung.', 'Dann Punkt sieben a, der Bauantrag am Mühlbach.', ...vote('Damit ist das Einvernehmen erteilt.'), 'Sieben b. Der Antrag auf Vorbescheid für das Lager an der Bahnlinie.', 'Wer ist dafür?', 'Zwei.', 'Dagegen?', 'Sechs.', 'Damit ist der Antrag abgelehnt.']);
    expect(outcomes(d)).toMatchObject({ '7a': ['angenommen'], '7b': ['abgelehnt'] });
  });
  it('with an agenda: "Dann 3.2:" after 3.1, and "Und drei Punkt drei." after it', () => {
    const agenda: Agenda = { items: [{ number: '1', title: 'Eröffnung', public: true }, { number: '3.1', title: 'Zuschuss an den Sportverein Grün-Weiß', public: true }, { number: '3.2', title: 'Zuschuss an die Musikschule', public: true }, { number: '3.3', title: 'Zuschuss an den Heimatverein', public: true }] };
    const d = draftOf(['Ich eröffne die Sitzung.', 'Tagesordnungspunkt 3.1, der Sportverein.', ...vote('Damit beschlossen.'), 'Dann 3.2: die Musikschule.', 'Wer ist dafür?', 'Drei.', 'Dagegen?', 'Fünf.', 'Damit abgelehnt.', 'Und drei Punkt drei.', ...vote('Damit beschlossen.')], agenda);
    expect(outcomes(d)).toMatchObject({ '3.1': ['angenommen'], '3.2': ['abgelehnt'], '3.3': ['angenommen'] });
  });
  it('a number that is not the next sibling, or a count, calls nothing', () => {
    const d = draftOf(['Ich eröffne die Sitzung.', 'Dann Punkt sieben a, der Bauantrag am Mühlbach.', 'Wer ist dafür?', 'Sieben.', 'Dagegen?', 'Eine.', 'Damit ist das Einvernehmen erteilt.', 'Neun c. Das war falsch gezählt.']);
    expect(d.items.map((i) => i.number)).not.toContain('7b');
    expect(d.items.map((i) => i.number)).not.toContain('9c');
    expect(outcomes(d)['7a']).toEqual(['angenommen']);
  });
});

describe('the matter before the number', () => {
  it.each([
    ['Wir kommen zu den Bauanträgen, zunächst Tagesordnungspunkt 5.1, Anbau an der Kirchstraße.', '5.1'],
    ['Wir kommen zu den Haushaltsreden, und zwar TOP 9, der Haushalt 2027.', '9'],
  ])('%s → %s', (text, number) => {
    expect(findTransition(text)?.number).toBe(number);
  });
});

describe('a matter put off to the non-public part', () => {
  it.each([
    ['Dazu kommen wir später im nichtöffentlichen Teil.'],
    ['Die Angebote liegen vor, Einzelheiten nachher unter TOP 11 nichtöffentlich.'],
  ])('%s does not start it', (text) => expect(nonPublicDeferred(text)).toBe(true));
  it.each([
    ['Wir setzen die Sitzung jetzt nichtöffentlich fort, später geht es öffentlich weiter.'],
    ['Ich bitte die Gäste, nachher für den nichtöffentlichen Teil den Saal zu verlassen.'],
    ['Wir kommen zum nichtöffentlichen Teil.'],
  ])('%s still starts it', (text) => expect(nonPublicDeferred(text)).toBe(false));

  it('the items after a deferral stay public; the real start still closes the public part', () => {
    const d = draftOf([
      'Ich eröffne die Sitzung.',
      'Tagesordnungspunkt 2, Bericht des Bauhofs.',
      'Der neue Radlader ist bestellt, zur Vergabe des Winterdienstes später im nichtöffentlichen Teil.',
      'Tagesordnungspunkt 3, Zuschuss an den Heimatverein.',
      'Wer ist dafür?', 'Neun.', 'Dagegen?', 'Keiner.', 'Damit beschlossen.',
      'Damit schließe ich den öffentlichen Teil und bitte die Zuhörer, den Saal zu verlassen.',
      'Tagesordnungspunkt 4, Vergabe Winterdienst an die Firma Hagedorn.',
      'Wer ist dafür?', 'Neun.', 'Damit vergeben.',
    ]);
    const pub = Object.fromEntries(d.items.map((i) => [i.number, i.public]));
    expect(pub).toMatchObject({ '2': true, '3': true, '4': false });
    const publicText = JSON.stringify(d.items.filter((i) => i.public));
    expect(publicText).not.toMatch(/Hagedorn/u);
  });
});

describe('a Befangenheit noted early for a later item is no call of that item', () => {
  const texts = [
    'Ich eröffne die Sitzung des Bauausschusses und stelle die Beschlussfähigkeit fest.',
    'Zu Tagesordnungspunkt 6, dem Verkauf des Bauhofgeländes, hat Herr Wendler eine persönliche Beteiligung angezeigt.',
    'Punkt zwei, die Niederschrift vom Februar. Wer ist dafür?', 'Elf.', 'Dagegen?', 'Keiner.', 'Damit ist die Niederschrift genehmigt.',
    'Punkt drei, die Wahl einer Schiedsperson.', 'Wer ist für Frau Albrecht?', 'Elf.', 'Damit ist Frau Albrecht gewählt.',
  ];
  it('without an agenda: the items after it keep their order and numbers', () => {
    const d = draftOf(texts);
    expect(d.items.map((i) => i.number)).not.toContain('6');
    expect(outcomes(d)).toMatchObject({ '2': ['genehmigt'], '3': ['gewählt'] });
  });
  it('the real call of the item later still opens it', () => {
    const d = draftOf([...texts, 'Tagesordnungspunkt 6, Verkauf des Bauhofgeländes. Herr Wendler hat den Raum verlassen.', 'Wer ist dafür?', 'Acht.', 'Dagegen?', 'Zwei.', 'Damit ist der Verkauf beschlossen.']);
    expect(outcomes(d)['6']).toEqual(['angenommen']);
  });
  it('a call of the next item that names a Befangenheit is still a call', () => {
    const d = draftOf(['Ich eröffne die Sitzung.', 'Punkt zwei, die Vergabe der Gebäudereinigung. Frau Rother ist befangen und verlässt den Raum.', 'Wer ist dafür?', 'Neun.', 'Dagegen?', 'Keiner.', 'Damit ist die Vergabe beschlossen.']);
    expect(outcomes(d)['2']).toEqual(['angenommen']);
  });
});
