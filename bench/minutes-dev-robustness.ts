/**
 * Development aid (not part of `npm run bench`): how the certainty rules hold when an item call is
 * missed. For the DEVELOPMENT sessions only, with and without agenda, the first sentence of each
 * called item is dropped in turn; the draft is scored again, and every decision that now stands
 * under another TOP (or is otherwise wrong) while marked "sicher" is counted. Test sessions are
 * never read.
 *   npx tsx bench/minutes-dev-robustness.ts [-v]
 */
import { buildCoreDraft } from '../src/minutes/core-draft.js';
import { sentencesOf } from '../src/minutes/sentences.js';
import { COUNCIL_B, COUNCIL_C, COUNCIL_E, COUNCIL_F, COUNCIL_G, loadCouncil, loadLandtag, scoreSession, type SessionCase } from './minutes-quality.js';
const verbose = process.argv.includes('-v');
const cases: SessionCase[] = [...(await loadLandtag()), ...(await loadCouncil()), ...(await loadCouncil(COUNCIL_B, 'b')), ...(await loadCouncil(COUNCIL_C, 'c')), ...(await loadCouncil(COUNCIL_E, 'e')), ...(await loadCouncil(COUNCIL_F, 'f')), ...(await loadCouncil(COUNCIL_G, 'g'))].filter((c) => c.split === 'dev');
const draftOf = (c: SessionCase, cues = c.transcript.cues, agenda = true) => buildCoreDraft({ transcript: { ...c.transcript, cues }, ...(agenda && c.agenda ? { agenda: c.agenda } : {}), ...(c.attendance ? { attendance: c.attendance } : {}), style: 'verlauf' });
let runs = 0, ws = 0, moved = 0, base = 0, unsure = 0, decs = 0;
for (const c of cases) {
  for (const withAgenda of [true, false]) {
    if (!withAgenda && !c.agenda) continue;
    const { draft, itemCues } = draftOf(c, c.transcript.cues, withAgenda);
    const s0 = scoreSession(c, draft, undefined);
    base += s0.wrongAndSicher; unsure += s0.draftUnsure; decs += s0.draftDecisions;
    draft.items.forEach((it, i) => {
      if (i === 0 || !it.found || !it.decisions.length || !itemCues[i]?.length) return;
      const first = itemCues[i][0];
      const sents = sentencesOf([first]);
      const text = sents.slice(1).map((s) => s.text).join(' ');
      const cues = c.transcript.cues.map((x) => (x.id === first.id && x.start === first.start ? { ...x, text: text || '…' } : x));
      const p = draftOf(c, cues, withAgenda).draft;
      const s = scoreSession(c, p, undefined);
      runs++;
      const extra = s.wrongAndSicher - s0.wrongAndSicher;
      if (extra > 0) {
        ws += extra;
        if (verbose) console.log(`${c.set} ${c.id} ${withAgenda ? 'agenda' : 'none'} drop call of TOP ${it.number} (“${sents[0]?.text.slice(0, 80)}”): +${extra} wrong&sicher`);
        const lost = p.items.find((q) => q.number === it.number);
        if (verbose) for (const q of p.items) q.decisions.forEach((d, j) => { if (d.status === 'sicher' && it.decisions.some((o) => o.text === d.text) && q.number !== it.number) console.log(`    now under TOP ${q.number} [${j + 1}/${q.decisions.length}] (${q.title.slice(0, 40)}) dropped found=${lost?.found} hasDec=${!!lost?.decisions.length} laterFound=${p.items.slice(p.items.indexOf(lost!) + 1).some((x) => x.found)}: ${d.outcome} subj=${d.subject} :: ${d.evidence.map((e) => e.quote).join(' | ').slice(0, 200)}`); });
      }
      if (p.items.every((q) => q.number !== it.number || !q.decisions.length)) moved++;
    });
  }
}
console.log(`dev baseline wrong&sicher ${base}, unsure share ${(unsure / decs).toFixed(3)}; dropped calls ${runs}, item lost its decisions ${moved}, extra wrong&sicher ${ws}`);
