/**
 * English questions searched without a model: word-by-word translation with the bilingual
 * dictionary, and how the index weighs the translations. Sentences and tables written for this test.
 */
import { describe, expect, it } from 'vitest';
import { englishBaseForms, englishGermanDictionary, germanNumber, parseDictionary, translateEnglishQuestion } from '../../src/knowledge/analysis/english-german.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

const table = parseDictionary(['# test table', 'staff\tPersonal;Stab', 'council\tRat;Gremium', 'staff council\tPersonalrat', 'holiday\tUrlaub;Feiertag', 'request\tAntrag;Bitte', 'dog\tHund', 'tax\tSteuer', 'dog tax\tHundesteuer', 'file\tAkte', 'keep\taufbewahren'].join('\n'));
const dictionary = (w: string) => table.get(w);

function index(texts: Record<string, string>) {
  const snapshot = snapshotFromDocuments(
    Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
    (doc, source) => chunkDocument(doc, source),
  );
  const lexical = new LexicalIndex(snapshot);
  return (question: string) => {
    const t = translateEnglishQuestion(question, dictionary);
    return lexical.search(t.germanWords.join(' '), 10, t.terms).map((h) => ({ source: snapshot.chunks[h.chunk].source, coverage: h.coverage }));
  };
}

describe('translating an English question word by word', () => {
  it('takes a two-word phrase before its words, skips function words and keeps German words apart', () => {
    const t = translateEnglishQuestion('Where can I find the staff council and the Dienstplan?', dictionary);
    expect(t.germanWords).toEqual(['Dienstplan']);
    expect(t.terms.map((x) => [x.english, x.german])).toEqual([['find', []], ['staff council', ['Personalrat']]]);
    expect(t.terms.find((x) => x.english === 'staff council')?.words?.map((w) => w.english)).toEqual(['staff', 'council']);
  });

  it('looks words up by their base form and spells numbers the German way', () => {
    expect(englishBaseForms('requests')).toContain('request');
    expect(englishBaseForms('keeping')).toContain('keep');
    expect(germanNumber('25,000')).toBe('25000');
    expect(germanNumber('0.30')).toBe('0,30');
    const t = translateEnglishQuestion('Are holiday requests over 1,500 euros kept in files?', dictionary);
    // "kept" is looked up as "keep" (irregular past participle).
    expect(t.terms.map((x) => x.english)).toEqual(['1,500', 'holiday requests', 'euros', 'keep', 'file']);
    expect(t.terms.find((x) => x.english === 'keep')?.german).toEqual(['aufbewahren']);
    const pair = t.terms.find((x) => x.english === 'holiday requests');
    expect(pair?.words?.find((w) => w.english === 'request')?.german).toEqual(['Antrag', 'Bitte']);
    expect(t.terms.find((x) => x.english === '1,500')?.german).toEqual(['1500']);
  });

  it('the built-in dictionary translates everyday administrative words', () => {
    const d = englishGermanDictionary();
    expect(d('business trip')).toContain('Dienstreise');
    expect(d('password')).toContain('Passwort');
    expect(d('agenda')).toContain('Tagesordnung');
  });
});

describe('the index and translated words', () => {
  const search = index({
    'personalrat.md': 'Der Personalrat hat sein Büro im Erdgeschoss, Zimmer 12.',
    'gremien.md': 'Der Rat tagt monatlich; das Gremium lädt mit einer Frist von einer Woche ein.',
    'steuer.md': 'Die Hundesteuer beträgt jährlich 96 Euro für den ersten Hund.',
  });

  it('a phrase translation finds the German compound, over documents that match only its words', () => {
    expect(search('Where is the office of the staff council?')[0].source).toBe('personalrat.md');
  });

  it('a German word of the question counts more than a translated word', () => {
    const both = index({
      'urlaub.md': 'Der Urlaub wird im Personalportal beantragt.',
      'antrag.md': 'Der Bildungsurlaub ist ein Antrag beim Personalamt.',
    })('Where do I file my Bildungsurlaub request?');
    expect(both[0].source).toBe('antrag.md');
  });

  it('a translated question is covered less than fully, and a word the documents lack lowers its coverage', () => {
    const [hit] = search('How high is the dog tax?');
    expect(hit.source).toBe('steuer.md');
    expect(hit.coverage).toBeGreaterThan(0.5);
    expect(hit.coverage).toBeLessThan(1);
    const unrelated = search('How high is the dog tax for a holiday request?')[0];
    expect(unrelated.coverage).toBeLessThan(hit.coverage);
  });
});

describe('German compounds from two translated English nouns', () => {
  const nouns = parseDictionary(['travel\tReisen;Fahrt', 'expense\tKosten;Ausgabe', 'work\tArbeit', 'time\tZeit', 'file\tAkte', 'plan\tPlan', 'monthly\tmonatlich', 'report\tBericht'].join('\n'));
  const d = (w: string) => nouns.get(w);

  it('joins the nouns as German writes them: singular first part, linking s or n', () => {
    const german = (q: string) => translateEnglishQuestion(q, d).terms.find((t) => t.english.includes(' '))?.german ?? [];
    expect(german('Who refunds travel expenses?')).toContain('Reisekosten');
    expect(german('Who refunds travel expenses?')).toContain('Fahrtkosten');
    expect(german('What is my work time?')).toContain('Arbeitszeit');
    expect(german('Is there a file plan?')).toContain('Aktenplan');
  });

  it('keeps the two words for the index to fall back on, and builds nothing from a word that is no noun', () => {
    const [pair] = translateEnglishQuestion('Who refunds travel expenses?', d).terms.filter((t) => t.english === 'travel expenses');
    expect(pair.words?.map((w) => w.english)).toEqual(['travel', 'expense']);
    expect(translateEnglishQuestion('Where is the monthly report?', d).terms.map((t) => t.english)).toEqual(['monthly', 'report']);
  });

  it('finds the document that uses the compound, and still the one with the words when no document does', () => {
    const search = (texts: Record<string, string>, q: string) => {
      const snapshot = snapshotFromDocuments(
        Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
        (doc, source) => chunkDocument(doc, source),
      );
      const t = translateEnglishQuestion(q, d);
      return new LexicalIndex(snapshot).search(t.germanWords.join(' '), 10, t.terms).map((h) => snapshot.chunks[h.chunk].source);
    };
    const folder = { 'reise.md': 'Die Reisekosten erstattet die Reisekostenstelle binnen vier Wochen.', 'fahrt.md': 'Jede Fahrt mit dem Dienstwagen wird im Fahrtenbuch eingetragen.' };
    expect(search(folder, 'Who refunds my travel expenses?')[0]).toBe('reise.md');
    expect(search({ 'kasse.md': 'Die Kosten einer Fahrt zum Amtsgericht trägt die Kasse.', 'post.md': 'Die Post wird um zehn Uhr verteilt.' }, 'Who pays travel expenses?')[0]).toBe('kasse.md');
  });
});

describe('the built-in dictionary beyond common words', () => {
  it('translates weekday and month names and does not take them for German nouns', () => {
    const t = translateEnglishQuestion('Is the office open on Saturdays in December?');
    expect(t.germanWords).toEqual([]);
    expect(t.terms.find((x) => x.english === 'saturday')?.german).toContain('Samstag');
    expect(t.terms.find((x) => x.english === 'december')?.german).toContain('Dezember');
  });

  it('keeps the noun of a prepositional translation ("abroad" → im Ausland)', () => {
    expect(englishGermanDictionary()('abroad')).toContain('Ausland');
  });

  it('still takes a German noun in an English question as German', () => {
    expect(translateEnglishQuestion('Where do I hand in the Abrechnung on Mondays?').germanWords).toEqual(['Abrechnung']);
  });
});
