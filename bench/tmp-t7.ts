import { chunkDocument } from '../src/knowledge/chunking.js';
import { snapshotFromDocuments } from '../src/knowledge/index/index-state.js';
import { LexicalIndex } from '../src/knowledge/index/lexical-index.js';
const FOLDER: Record<string, string> = {
  'kantine.md': 'Die Kantine im Verwaltungsgebäude öffnet werktags von 11:30 bis 14:00 Uhr. Bezahlt wird mit der Dienstkarte.',
  'parken.md': 'Dienstparkplätze im Innenhof vergibt die Hausverwaltung auf Antrag für jeweils zwölf Monate. Die Parkgebühr beträgt 25,00 € im Monat.',
  'hund.md': 'Für Hunde von Bürgergeld-Beziehenden wird eine Ermäßigung der Hundesteuer um die Hälfte gewährt. Der Antrag geht an die Steuerabteilung.',
  'bussgeld.md': 'Das Verwarnungsgeld für Falschparken wird vom Ordnungsamt erhoben. Einspruch ist innerhalb von zwei Wochen möglich.',
  'archiv.md': 'Akten werden nach Abschluss des Vorgangs zehn Jahre im Zwischenarchiv aufbewahrt und dann dem Stadtarchiv angeboten.',
};
const snap = snapshotFromDocuments(Object.entries(FOLDER).map(([source, text]) => ({ source, doc: { title: '', blocks: [{ kind: 'paragraph' as const, text }] } })), (d, s) => chunkDocument(d, s));
const li = new LexicalIndex(snap);
for (const q of process.argv.slice(2)) { console.log(q, JSON.stringify(li.analyzeQuery(q).map(c=>[c.word,c.match,Math.round(c.weight*100)/100, c.parts.length, c.alts.length]))); console.log(li.search(q,3).map(h=>[snap.chunks[h.chunk].source, Math.round(h.coverage*100)/100])); }
