import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer/answer-question.js';
import { FakeChatModel } from '../fakes/fake-chat-model.js';
import { FakeSource } from '../fakes/fake-source.js';
import { angebote, corpus, englishUser, genehmigung, reisekosten, user } from './corpus.js';

describe('answerQuestion, extractive (LLM_PROVIDER=none)', () => {
  it('quotes the best passages as Fundstellen with their sources', async () => {
    const answer = answerQuestion({ sources: [new FakeSource(corpus)], redactPii: false });
    const result = await answer({ question: 'Bis wann muss ich die Reisekostenabrechnung einreichen?', user });
    expect(result).toMatchObject({ found: true, mode: 'extractive' });
    expect(result.answer).toMatch(/^Fundstellen in den Dokumenten:/);
    expect(result.answer).toContain('[1] Dienstanweisung Dienstreisen, 3. Abrechnung (dienstreisen.md)');
    expect(result.answer).toContain('sechs Monaten');
    expect(result.citations[0]).toMatchObject({ id: 1, title: 'Dienstanweisung Dienstreisen', source: 'dienstreisen.md', sourceId: 'local' });
  });

  it('nothing relevant: says so in German, suggests where to ask, quotes nothing', async () => {
    const answer = answerQuestion({ sources: [new FakeSource(corpus)], redactPii: false });
    const result = await answer({ question: 'Wie hoch ist die Hundesteuer?', user });
    expect(result).toMatchObject({ found: false, mode: 'extractive', citations: [] });
    expect(result.answer).toContain('beantworten diese Frage nicht');
    expect(result.answer).toContain('Personalamt');
    expect(result.answer).not.toContain('Fundstellen');
  });

  it('an English question without a model is searched with its German words only, never its English ones', async () => {
    const source = new FakeSource(corpus);
    const result = await answerQuestion({ sources: [source], redactPii: false })({ question: 'Which deadline applies to the Reisekostenabrechnung after the trip?', user: englishUser });
    expect(source.queries.map((q) => q.query.text)).toEqual(['Reisekostenabrechnung']);
    expect(result.retrievalQuery).toBe('Reisekostenabrechnung');
    expect(result.answer).toMatch(/^The documents are in German/);
  });

  it('answers in English when the user writes English', async () => {
    const result = await answerQuestion({ sources: [new FakeSource(corpus)], redactPii: false })({ question: 'Wie hoch ist die Hundesteuer?', user: englishUser });
    expect(result.answer).toMatch(/^The available documents do not answer/);
  });

  it('a failing source does not sink the answer; the notice names it', async () => {
    const down = new FakeSource([], { id: 'sharepoint', failure: { sourceId: 'sharepoint', kind: 'unreachable', message: 'ECONNRESET' } });
    const throwing = new FakeSource([], { id: 'outlook', throws: new Error('boom') });
    const result = await answerQuestion({ sources: [new FakeSource(corpus), down, throwing], redactPii: false })({ question: 'Ab welchem Betrag brauche ich drei Angebote?', user });
    expect(result.found).toBe(true);
    expect(result.citations[0].title).toBe('Beschaffungsordnung');
    expect(result.failures.map((f) => f.sourceId)).toEqual(['sharepoint', 'outlook']);
    expect(result.notice).toBe('Diesmal nicht durchsucht werden konnte: SharePoint/OneDrive und Outlook. Die Antwort stützt sich auf die übrigen Quellen.');
  });

  it('no source reachable: says the search was not possible instead of "not answered"', async () => {
    const building = new FakeSource([], { id: 'local', failure: { sourceId: 'local', kind: 'unreachable', message: 'Der Wissensindex wird noch aufgebaut.' } });
    const result = await answerQuestion({ sources: [building], redactPii: false })({ question: 'Wie beantrage ich Urlaub?', user });
    expect(result).toMatchObject({ found: false, citations: [] });
    expect(result.answer).toBe('Die Dokumente konnten gerade nicht durchsucht werden (nicht erreichbar: Dokumentenordner). Bitte versuchen Sie es in einigen Minuten erneut.');
  });
});

describe('answerQuestion, follow-up questions', () => {
  const history = [
    { role: 'user' as const, content: 'Bis wann muss ich meine Dienstreise abrechnen?' },
    { role: 'assistant' as const, content: 'Innerhalb von sechs Monaten [1].' },
  ];

  it('without a model: the previous question makes "Und wer genehmigt das?" find the Genehmigung passage', async () => {
    const source = new FakeSource(corpus);
    const result = await answerQuestion({ sources: [source], redactPii: false })({ question: 'Und wer genehmigt das?', user, history });
    expect(source.queries[0].query.text).toContain('Dienstreise');
    expect(result.citations.map((c) => c.title)).toContain('Dienstanweisung Dienstreisen');
    expect(result.answer).toContain('Vorgesetzte');
  });

  it('with a model: the question is condensed and the condensed query is searched', async () => {
    const source = new FakeSource(corpus);
    const model = new FakeChatModel(['Wer genehmigt Dienstreisen?', 'Die oder der unmittelbare Vorgesetzte genehmigt Dienstreisen [1].']);
    const result = await answerQuestion({ sources: [source], chatModel: model, redactPii: false })({ question: 'Und wer genehmigt das?', user, history });
    expect(source.queries[0].query.text).toBe('Wer genehmigt Dienstreisen?');
    expect(model.requestsFor('condense-question')[0].messages[1].content).toContain('Dienstreise abrechnen');
    expect(result).toMatchObject({ found: true, mode: 'generative' });
    expect(result.citations[0].snippet).toContain('genehmigt die oder der unmittelbare Vorgesetzte');
    // the answer request carries the earlier turn, without its old citation numbers
    const answerReq = model.requestsFor('answer')[0];
    expect(answerReq.messages.some((m) => m.role === 'assistant' && m.content === 'Innerhalb von sechs Monaten.')).toBe(true);
  });

  it('a standalone new question is searched as asked', async () => {
    const source = new FakeSource(corpus);
    await answerQuestion({ sources: [source], redactPii: false })({ question: 'Ab welchem Betrag muss ich drei Angebote einholen?', user, history });
    expect(source.queries[0].query.text).toBe('Ab welchem Betrag muss ich drei Angebote einholen?');
  });
});

describe('answerQuestion, generative with the fake model', () => {
  it('model says NICHT_GEFUNDEN: found false with the not-found text', async () => {
    const model = new FakeChatModel(['NICHT_GEFUNDEN']);
    const result = await answerQuestion({ sources: [new FakeSource(corpus)], chatModel: model, redactPii: false })({ question: 'Wer genehmigt Auslandsdienstreisen in der Feuerwehr?', user });
    expect(result).toMatchObject({ found: false, mode: 'generative', citations: [] });
    expect(result.answer).toContain('beantworten diese Frage nicht');
  });

  it('model failure: German notice and the extractive answer instead', async () => {
    const model = new FakeChatModel([{ status: 'timeout', message: 'timed out' }]);
    const result = await answerQuestion({ sources: [new FakeSource(corpus)], chatModel: model, redactPii: false })({ question: 'Bis wann Reisekostenabrechnung einreichen?', user });
    expect(result).toMatchObject({ found: true, mode: 'extractive' });
    expect(result.notice).toBe('Das Sprachmodell hat nicht rechtzeitig geantwortet. Stattdessen sehen Sie die passenden Fundstellen aus den Dokumenten.');
    expect(result.citations[0].source).toBe('dienstreisen.md');
  });

  it('no passages: the model is not asked at all', async () => {
    const model = new FakeChatModel([]);
    const result = await answerQuestion({ sources: [new FakeSource(corpus)], chatModel: model, redactPii: false })({ question: 'Hundesteuer Höhe?', user });
    expect(result.found).toBe(false);
    expect(model.requests).toHaveLength(0);
  });

  it('citations map to the passages actually used, renumbered', async () => {
    const model = new FakeChatModel([(req) => (req.messages.at(-1)!.content.includes('nr="2"') ? 'Drei Angebote ab 1.000 Euro [2].' : 'NICHT_GEFUNDEN')]);
    const source = new FakeSource([reisekosten, angebote, genehmigung], { returnAll: true });
    const result = await answerQuestion({ sources: [source], chatModel: model, redactPii: false })({ question: 'Angebote?', user });
    expect(result.answer).toBe('Drei Angebote ab 1.000 Euro [1].');
    expect(result.citations).toEqual([expect.objectContaining({ id: 1, title: 'Beschaffungsordnung', source: 'https://intranet.stadt.example/beschaffung', page: 4 })]);
  });
});
