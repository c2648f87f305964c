/**
 * Follow-up questions against the real local index (parsers, German analysis, BM25 threshold):
 * without a model, "Und wer genehmigt das?" must find the approval rule of the topic asked before.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer/answer-question.js';
import { loadOrBuildIndex } from '../../src/knowledge/index/load-or-build-index.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';
import { createLocalFolderSource } from '../../src/knowledge/sources/local-folder-source.js';
import type { KnowledgeSource } from '../../src/knowledge/types.js';
import { user } from './corpus.js';

const DIENSTREISEN = `# Dienstanweisung Dienstreisen

## 2. Genehmigung

Dienstreisen innerhalb Deutschlands genehmigt die jeweilige Fachbereichsleitung vor Antritt der Reise. Auslandsdienstreisen genehmigt der Verwaltungsvorstand.

## 4. Reisekostenabrechnung

Die Reisekosten sind innerhalb von sechs Monaten nach Ende der Dienstreise abzurechnen. Die Abrechnung geht an die Reisekostenstelle.
`;
const URLAUB = `# Urlaub

## Urlaubsantrag

Urlaub wird im Zeiterfassungsportal beantragt. Die unmittelbare Vorgesetzte oder der unmittelbare Vorgesetzte genehmigt den Urlaubsantrag.

## Urlaubsanspruch

Beschäftigte in der Fünf-Tage-Woche haben 30 Arbeitstage Erholungsurlaub im Kalenderjahr.
`;

let root: string;
let source: KnowledgeSource;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rathaus-followup-'));
  await mkdir(path.join(root, 'knowledge'));
  await writeFile(path.join(root, 'knowledge', 'dienstreisen.md'), DIENSTREISEN);
  await writeFile(path.join(root, 'knowledge', 'urlaub.md'), URLAUB);
  const { retriever } = await loadOrBuildIndex({ parse: parseDocument, dataDir: path.join(root, 'data'), maxFileBytes: 10_000_000 })(path.join(root, 'knowledge'));
  source = createLocalFolderSource(retriever);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const history = (question: string) => [
  { role: 'user' as const, content: question },
  { role: 'assistant' as const, content: 'Siehe Fundstelle [1].' },
];

describe('follow-up questions on the local index (no model)', () => {
  it('after a travel question, "Und wer genehmigt das?" cites the travel approval rule first', async () => {
    const result = await answerQuestion({ sources: [source], redactPii: false })({ question: 'Und wer genehmigt das?', user, history: history('Bis wann muss ich meine Reisekosten abrechnen?') });
    expect(result.found).toBe(true);
    expect(result.citations[0]).toMatchObject({ source: 'dienstreisen.md' });
    expect(result.citations[0].snippet).toContain('genehmigt die jeweilige Fachbereichsleitung');
  });

  it('after a leave question, the same follow-up cites the leave approval rule first', async () => {
    const result = await answerQuestion({ sources: [source], redactPii: false })({ question: 'Und wer genehmigt das?', user, history: history('Wo wird der Urlaub beantragt?') });
    expect(result.citations[0]).toMatchObject({ source: 'urlaub.md' });
    expect(result.citations[0].snippet).toContain('genehmigt den Urlaubsantrag');
  });
});
