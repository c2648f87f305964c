/**
 * A separable verb whose particle closes the clause ("wo schmeiß ich … weg?") is searched as the
 * joined verb (wegschmeißen: entsorgen), where the folder has it or a synonym. Folder and
 * questions written for this test.
 */
import { describe, expect, it } from 'vitest';
import { germanLexicon } from '../../src/knowledge/analysis/lexicon.js';
import { separableVerbs } from '../../src/knowledge/analysis/separable-verbs.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../../src/knowledge/index/lexical-index.js';

const isVerb = (w: string) => germanLexicon().lowercaseOnly(w) && germanLexicon().has(w);

function index(texts: Record<string, string>): LexicalIndex {
  return new LexicalIndex(
    snapshotFromDocuments(
      Object.entries(texts).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })),
      (doc, source) => chunkDocument(doc, source),
    ),
  );
}

describe('separable verbs split in a question', () => {
  it('joins the particle that closes a clause with its verb', () => {
    expect(separableVerbs('wo schmeiß ich leere druckerpatronen weg?', isVerb)).toEqual([{ verb: 'schmeiss', joined: 'wegschmeissen' }]);
    expect(separableVerbs('bin morgen nicht da, wen ruf ich an', isVerb)).toEqual([{ verb: 'ruf', joined: 'anrufen' }]);
  });

  it('leaves a particle that does not close its clause, and clauses without one', () => {
    expect(separableVerbs('ab wann gilt die neue regel?', isVerb)).toEqual([]);
    expect(separableVerbs('muss ich das dem hausmeister melden?', isVerb)).toEqual([]);
  });

  it('searches the joined verb where the folder has a synonym of it', () => {
    const li = index({
      'patronen.md': 'Leere Druckerpatronen entsorgt man im Sammelbehälter neben dem Kopierraum.',
      'kantine.md': 'Die Kantine schmeißt zum Jahresende ein Fest für alle Beschäftigten.',
    });
    const words = li.analyzeQuery('wo schmeiß ich leere druckerpatronen weg?').map((c) => c.word);
    expect(words).toContain('wegschmeissen');
    expect(words).not.toContain('schmeiss');
    expect(li.search('wo schmeiß ich leere druckerpatronen weg?', 1)[0].coverage).toBeGreaterThan(0.9);
  });

  it('reads the question as written where the folder has neither the joined verb nor a synonym', () => {
    const li = index({ 'kantine.md': 'Die Kantine schmeißt zum Jahresende ein Fest für alle Beschäftigten.' });
    const words = li.analyzeQuery('wo schmeiß ich leere druckerpatronen weg?').map((c) => c.word);
    expect(words).toContain('schmeiss');
    expect(words).not.toContain('wegschmeissen');
  });
});
