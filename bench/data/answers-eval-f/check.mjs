#!/usr/bin/env node
// Checks set F. Run from this folder or anywhere: node check.mjs [KNOWLEDGE_DIR]   -> ends with "OK".
// Text extraction: tools/textof.mjs (project packages mammoth, unpdf, mailparser, html-to-text).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textOf } from './tools/textof.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const knowledge = path.resolve(process.argv[2] ?? path.join(here, 'knowledge'));
const data = JSON.parse(readFileSync(path.join(here, 'questions.json'), 'utf8'));
const errors = [];
const err = (m) => errors.push(m);

const COUNTS = { everyday: 23, direct: 16, compound: 12, typo: 12, 'amounts-dates': 17, english: 13, 'near-miss': 13, unanswerable: 8 };
const EMPTY = new Set(['near-miss', 'unanswerable']);
const NOTE_REQUIRED = new Set(['near-miss', 'typo']);
const FORMATS = ['md', 'txt', 'html', 'eml', 'docx', 'pdf'];

// Colloquial words of the everyday questions that must not occur in any document as a whole word.
const COLLOQUIAL = ['daheim', 'flachlieg', 'flach', 'krankschreibung', 'einzustempeln', 'einstempeln', 'poolauto',
  'perso', 'schmeiß', 'kopierpapier', 'blechschaden', 'baby', 'kleiner', 'tastatur', 'bier', 'sommerfest', 'grippe',
  'fieber', 'e-auto', 'pc-zugang', 'zuhause', 'schuttcontainer', 'übrig'];
// Near-miss / unanswerable: strings that must not occur (case-insensitive) in the given documents ('*' = all).
const ABSENT = [
  ['*', 'Auslandstagegeld'], ['*', 'Auslandsreisekosten'], ['*', 'Schwieger'], ['*', 'vorläufiger Reisepass'],
  ['*', 'vorläufige Reisepass'], ['bauen/Merkblatt_Bauantrag.txt', 'Gebühr'], ['*', 'erweiterte Melderegisterauskunft'],
  ['datenschutz/Merkblatt_Datenschutz.pdf', 'Vertret'], ['organisation/Telefonverzeichnis_Zentrale_Dienste.pdf', 'Vertret'],
  ['ordnung/Sondernutzung_Strassen.docx', 'Bußgeld'], ['ordnung/Sondernutzung_Strassen.docx', 'Verwarnungsgeld'],
  ['bauen/Merkblatt_Bauantrag.txt', 'Bearbeitung'], ['*', 'sachkundig'], ['personal/DV_Gleitzeit.md', 'Folgejahr'],
  ['personal/DV_Gleitzeit.md', 'übertrag'], ['personal/DV_Gleitzeit.md', 'Euro'], ['*', 'Weihnachtsgeld'],
  ['*', 'Jahressonderzahlung'], ['*', 'Wohngeld'], ['*', 'Sperrmüll'], ['*', 'Hundesteuer'], ['*', 'Gewerbeanmeldung'],
  ['*', 'Jobticket'], ['*', 'Elternzeit'], ['*', 'Grundsteuer'], ['*', 'Hebesatz'], ['*', 'Schwellenwert für'],
];
const ONLY_IN = [['Dienstausweis', ['personal/DV_Gleitzeit.md']], ['Kernzeit', ['personal/DV_Gleitzeit.md']]];

const norm = (s) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(knowledge).map((p) => path.relative(knowledge, p).split(path.sep).join('/')).sort();
const text = {};
for (const f of files) text[f] = norm(await textOf(path.join(knowledge, f)));

// documents
if (files.length < 22 || files.length > 26) err(`expected 22–26 documents, found ${files.length}`);
for (const ext of FORMATS) if (!files.some((f) => f.endsWith(`.${ext}`))) err(`no .${ext} document`);
for (const f of files) {
  const n = text[f].length;
  if (n < 1200 || n > 8000) err(`${f}: ${n} characters of text (want 1200–8000)`);
}

// questions
const qs = data.questions;
const ids = new Set();
const perCat = {};
const used = new Set();
for (const q of qs) {
  if (ids.has(q.id)) err(`duplicate id ${q.id}`);
  ids.add(q.id);
  const m = /^f-([a-z-]+)-(\d\d)$/.exec(q.id);
  if (!m || m[1] !== q.category) err(`${q.id}: id does not match f-<category>-NN`);
  if (!(q.category in COUNTS)) err(`${q.id}: unknown category ${q.category}`);
  (perCat[q.category] ??= []).push(q);
  if (typeof q.question !== 'string' || !q.question.trim()) err(`${q.id}: empty question`);
  if (NOTE_REQUIRED.has(q.category) && !q.note) err(`${q.id}: note required`);
  if (EMPTY.has(q.category)) {
    if (q.expected.length || q.keyFacts.length) err(`${q.id}: expected/keyFacts must be empty`);
    continue;
  }
  if (!q.expected.length || !q.keyFacts.length) err(`${q.id}: expected and keyFacts required`);
  for (const e of q.expected) {
    if (!existsSync(path.join(knowledge, e))) err(`${q.id}: missing expected ${e}`);
    used.add(e);
  }
  for (const k of q.keyFacts) {
    if (!q.expected.some((e) => text[e]?.includes(norm(k)))) err(`${q.id}: keyFact not in any expected document: "${k}"`);
  }
  if (!q.expected.some((e) => q.keyFacts.every((k) => text[e]?.includes(norm(k))))) err(`${q.id}: no single expected document holds all keyFacts`);
  if (q.category === 'everyday') {
    for (const w of COLLOQUIAL) {
      if (!new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(q.question)) continue;
      for (const f of files) if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text[f])) err(`${q.id}: colloquial "${w}" occurs in ${f}`);
    }
  }
}
for (const [cat, n] of Object.entries(COUNTS)) {
  const list = perCat[cat] ?? [];
  if (list.length !== n) err(`${cat}: ${list.length} questions, want ${n}`);
  const sorted = [...list].sort((a, b) => a.id.localeCompare(b.id));
  sorted.forEach((q, i) => { if (q.split !== (i % 2 === 0 ? 'dev' : 'test')) err(`${q.id}: split should be ${i % 2 === 0 ? 'dev' : 'test'}`); });
}
for (const f of files) if (!used.has(f)) err(`${f}: not expected by any question`);
for (const [scope, s] of ABSENT) {
  for (const f of scope === '*' ? files : [scope]) if (text[f].toLowerCase().includes(s.toLowerCase())) err(`absent-check: "${s}" occurs in ${f}`);
}
for (const [s, allowed] of ONLY_IN) {
  for (const f of files) if (!allowed.includes(f) && text[f].toLowerCase().includes(s.toLowerCase())) err(`only-in-check: "${s}" occurs in ${f}`);
}

const splits = qs.reduce((a, q) => ((a[q.split] = (a[q.split] ?? 0) + 1), a), {});
if (errors.length) { for (const e of errors) console.log('ERROR', e); process.exit(1); }
console.log(`${files.length} documents, ${qs.length} questions (${splits.dev} dev / ${splits.test} test)`);
console.log('OK');
