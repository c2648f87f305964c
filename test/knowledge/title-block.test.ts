import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunking.js';
import { parseDocument } from '../../src/knowledge/parsers/parse-document.js';

const md = (text: string) => parseDocument(new TextEncoder().encode(text), 'regelung.md');

describe('chunk hygiene', () => {
  it('a short letterhead or disclaimer under the title is not a passage of its own', async () => {
    const doc = await md('# Dienstanweisung Telefon\n\n> Stadt Musterhausen – Der Oberbürgermeister\n\n## 1. Rufumleitung\n\nBei Abwesenheit wird das Telefon auf das Sekretariat umgeleitet, spätestens nach zwei Stunden.\n');
    const chunks = chunkDocument(doc, 'regelung.md');
    expect(chunks.map((c) => c.text)).toEqual(['Bei Abwesenheit wird das Telefon auf das Sekretariat umgeleitet, spätestens nach zwei Stunden.']);
    expect(chunks[0].id).toBe('regelung.md#0');
  });

  it('keeps a short first section that has its own heading', async () => {
    const doc = await md('# Hinweise\n\n## Zweck\n\nKurz und knapp.\n\n## Ablauf\n\nDer Antrag geht an das Personalamt.\n');
    expect(chunkDocument(doc, 'regelung.md').map((c) => c.text)).toEqual(['Kurz und knapp.', 'Der Antrag geht an das Personalamt.']);
  });

  it('takes the title from YAML front matter and does not index the front matter as text', async () => {
    const doc = await md('---\ntitel: Satzung über die Erhebung der Hundesteuer\nstatus: published\n---\n\n# HUNDESTEUERSATZUNG\n\n## § 1 Steuergegenstand\n\nDie Gemeinde erhebt die Hundesteuer nach dieser Satzung und den Bestimmungen des KAG.\n');
    expect(doc.title).toBe('Satzung über die Erhebung der Hundesteuer');
    expect(chunkDocument(doc, 'regelung.md').some((c) => c.text.includes('status: published'))).toBe(false);
  });

  it('reads front matter after blank lines and front matter whose closing line is missing', async () => {
    const open = await md('\n---\ntitel: Friedhofsordnung/ZWEITER TEIL - Grabstätten\ngueltigkeit: Musterstadt\ntags: [typ-satzung, thema-friedhof]\n# Friedhofsordnung\n\n## § 12 Wahlgräber\n\nWahlgräber werden auf 25 Jahre vergeben und können verlängert werden.\n');
    expect(open.title).toBe('Friedhofsordnung/ZWEITER TEIL - Grabstätten');
    const chunks = chunkDocument(open, 'friedhof.md');
    expect(chunks.some((c) => /gueltigkeit|typ-satzung/.test(c.text))).toBe(false);
    expect(chunks.some((c) => c.text.includes('Wahlgräber werden auf 25 Jahre vergeben'))).toBe(true);
  });

  it('a thematic break at the start with ordinary text after it is no front matter', async () => {
    const doc = await md('---\nHinweis: Diese Regelung gilt ab sofort für alle Ämter.\n\n# Parkplätze\n\nDie Parkplätze im Hof sind für Dienstwagen reserviert.\n');
    expect(doc.blocks.some((b) => b.text.includes('Diese Regelung gilt ab sofort'))).toBe(true);
    expect(doc.title).toBe('Parkplätze');
  });
});
