/**
 * What an English question asks for, when it is searched without a model: the kind of fact
 * ("how early …?" a period, "what's the fine …?" an amount, "where …?" a place) and the Fundstelle
 * chosen by it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { germanQuoteQuery, matchedTranslations } from '../../src/knowledge/answer/english-query.js';
import { askedAnswerType, holdsAnswerType } from '../../src/knowledge/answer-type.js';
import { quoteFundstelle } from '../../src/knowledge/snippet.js';

describe('English questions that ask how early or what a penalty costs', () => {
  it('takes "how early" and "how far in advance" for a period', () => {
    expect(askedAnswerType('How early do I have to book the meeting room?')?.kind).toBe('duration');
    expect(askedAnswerType('How far in advance must the agenda go out to the members?')?.kind).toBe('duration');
    expect(askedAnswerType('How long before the event do I need the permit?')?.kind).toBe('duration');
  });

  it('takes "what is the … fine / fee / refund" for an amount, also with a word before the noun', () => {
    expect(askedAnswerType("What's the fine for riding a bike on the footpath?")?.kind).toBe('money');
    expect(askedAnswerType('What is the parking fee at the town hall?')?.kind).toBe('money');
    expect(askedAnswerType('What is the daily rate for a hired van?')?.kind).toBe('money');
    expect(askedAnswerType('What is the name of the new mayor?')).toBeUndefined();
  });

  it('an amount question is only answered by a quote with an amount', () => {
    const asked = askedAnswerType("What's the fine for riding a bike on the footpath?");
    expect(asked).toBeDefined();
    expect(holdsAnswerType(asked!, 'Radfahren auf dem Gehweg kostet 55 Euro Verwarnungsgeld.')).toBe(true);
    expect(holdsAnswerType(asked!, 'Radfahren auf dem Gehweg ist verboten.')).toBe(false);
  });
});

describe('the Fundstelle of an English "where" question', () => {
  const text =
    'Die Geschäftsstelle des Beirats bereitet die Sitzungen vor und führt die Niederschrift. Die Geschäftsstelle ist im Bürgerhaus untergebracht, Zimmer 214. Die Sprechstunde der Geschäftsstelle ist dienstags von 10 bis 12 Uhr.';

  it('asks the quote for a place, as a number question asks for a number', () => {
    expect(germanQuoteQuery('Beirat', [{ german: 'Geschäftsstelle' }], 'Where is the office of the advisory board?')).toBe('Beirat Geschäftsstelle wo');
    expect(germanQuoteQuery('', [{ german: 'Geschäftsstelle' }], 'How early must I register?')).toBe('Geschäftsstelle wie viel');
    expect(germanQuoteQuery('', [{ german: 'Geschäftsstelle' }], 'Who runs the office?')).toBe('Geschäftsstelle');
  });

  it('quotes the sentence with the room among the sentences that match', () => {
    expect(quoteFundstelle(text, germanQuoteQuery('', [{ german: 'Geschäftsstelle' }], 'Where is the office?'), 120).text).toContain('Zimmer 214');
    expect(quoteFundstelle(text, 'Wo ist die Geschäftsstelle?', 120).text).toContain('Zimmer 214');
    // Without "where", the first matching sentence stands.
    expect(quoteFundstelle(text, 'Geschäftsstelle', 120).text).not.toContain('Zimmer 214');
  });
});

describe('English loanwords in German documents', () => {
  it('names the English word as matched when the passage uses it as written', () => {
    const terms = [
      { english: 'roaming', german: ['wandern', 'herumlaufen'] },
      { english: 'phone', german: ['Telefon'] },
    ];
    const passage = { title: 'Mobilfunk', text: 'Roaming ist außerhalb der EU gesperrt; die Freischaltung beantragt man beim IT-Service.' };
    expect(matchedTranslations(terms, [passage])).toEqual([{ english: 'roaming', german: 'Roaming' }]);
    expect(matchedTranslations(terms, [{ title: '', text: 'Das Telefon klingelt.' }])).toEqual([{ english: 'phone', german: 'Telefon' }]);
  });
});
