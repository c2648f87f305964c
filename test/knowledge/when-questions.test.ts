/** "Wann …?" questions with a time of their own, and passages that state the asked kind of fact ranked first. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { askedAnswerType } from '../../src/knowledge/answer-type.js';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../../src/knowledge/index/index-state.js';
import { createRetriever } from '../../src/knowledge/retriever.js';

describe('a plain "Wann …?" question', () => {
  it('asks for a time with a verb or noun of opening hours, events or completion', () => {
    for (const q of ['wann hat die kantine auf?', 'Wann öffnet das Standesamt?', 'Wann findet die Personalversammlung statt?', 'wann muss die vorlage fertig sein?', 'Wann sind die Sprechzeiten der Kasse?']) {
      expect(askedAnswerType(q), q).toEqual({ kind: 'time' });
    }
  });

  it('leaves a "Wann …?" that may ask for a condition unchecked', () => {
    for (const q of ['Wann brauche ich eine Sondernutzungserlaubnis?', 'Wann darf ich Überstunden abbauen?', 'Wann muss ich zu Hause bleiben?']) {
      expect(askedAnswerType(q), q).toBeUndefined();
    }
  });
});

describe('ranking for a question that asks for a time', () => {
  const texts = {
    'kantine.md': [
      '# Kantine',
      '## Allgemeines',
      'Die Kantine wird vom Studierendenwerk betrieben. Die Kantine bietet zwei Gerichte an.',
      '## Bezahlung',
      'In der Kantine wird mit der Dienstkarte bezahlt. Die Kantine nimmt kein Bargeld.',
      '## Zeiten',
      'Die Kantine hat montags bis freitags von 11:30 bis 14:00 Uhr geöffnet, in den Ferien nur bis 13:00 Uhr, weil die Küche der Kantine dann mit halber Besetzung arbeitet und die Kantine früher schließt.',
    ].join('\n\n'),
    'anderes.md': 'Die Poststelle leert den Briefkasten zweimal täglich.',
  };
  const snapshot = snapshotFromDocuments(
    Object.entries(texts).map(([source, text]) => ({ source, doc: { title: source, blocks: text.split('\n\n').map((t) => (t.startsWith('#') ? { kind: 'heading' as const, level: t.startsWith('## ') ? 2 : 1, text: t.replace(/^#+\s*/, '') } : { kind: 'paragraph' as const, text: t })) } })),
    (doc, source) => chunkDocument(doc, source),
  );

  it('puts the passage that states a time first among passages that match the question alike', async () => {
    const hits = await createRetriever(snapshot).search('Wann hat die Kantine auf?', 3);
    expect(hits[0].chunk.text).toContain('11:30');
  });
});
