/**
 * Development aid (not part of `npm run bench`): lists, for the DEVELOPMENT sessions only, every
 * item whose outcome is wrong and every wrong fact marked "sicher", with the evidence the draft
 * cites. Test sessions are never printed, so tuning cannot see them.
 *   npx tsx bench/minutes-dev-diagnose.ts [landtag|council|council-b|council-c|council-e|council-f]
 */
import { COUNCIL_B, COUNCIL_C, COUNCIL_E, COUNCIL_F, COUNCIL_G, draftOf, loadCouncil, loadLandtag, type SessionCase } from './minutes-quality.js';

const numKey = (n: string) => n.replace(/^(?:TOP|Ö|N)\s*/iu, '').replace(/\s+/g, '').replace(/\.$/, '').toLowerCase();

async function main(): Promise<void> {
  const which = process.argv[2];
  const cases: SessionCase[] = [...(which === undefined || which === 'landtag' ? await loadLandtag() : []), ...(which === undefined || which === 'council' ? await loadCouncil() : []), ...(which === undefined || which === 'council-b' ? await loadCouncil(COUNCIL_B, 'council-sessions-b') : []), ...(which === undefined || which === 'council-c' ? await loadCouncil(COUNCIL_C, 'council-sessions-c') : []), ...(which === undefined || which === 'council-e' ? await loadCouncil(COUNCIL_E, 'council-sessions-e') : []), ...(which === undefined || which === 'council-f' ? await loadCouncil(COUNCIL_F, 'council-sessions-f') : []), ...(which === undefined || which === 'council-g' ? await loadCouncil(COUNCIL_G, 'council-sessions-g') : [])].filter((c) => c.split === 'dev');
  for (const c of cases) {
    const draft = draftOf(c, true);
    const map = (o: string | null) => (o && c.outcomeMap?.[o]) ?? o;
    const used = new Set<number>();
    for (const g of c.gold) {
      const idx = draft.items.findIndex((it, i) => !used.has(i) && numKey(it.number) === numKey(g.number) && (g.public === undefined || it.public === g.public));
      const j = idx >= 0 ? idx : draft.items.findIndex((it, i) => !used.has(i) && numKey(it.number) === numKey(g.number));
      if (j >= 0) used.add(j);
      const item = j >= 0 ? draft.items[j] : undefined;
      const decs = item?.decisions ?? [];
      const main = decs.length ? map(decs[decs.length - 1].outcome) : null;
      const goldSeq = g.decisions.map((d) => d.outcome).join(',');
      const draftSeq = decs.map((d) => `${map(d.outcome)}${d.status === 'sicher' ? '!' : '?'}`).join(',');
      const unclear = (g as { unclear?: boolean }).unclear === true;
      const wrongSure = decs.some((d) => d.status === 'sicher') && (unclear || main !== g.outcome || goldSeq !== decs.map((d) => map(d.outcome)).join(','));
      if ((unclear || main === g.outcome) && !wrongSure) continue;
      console.log(`\n=== ${c.id} TOP ${g.number} gold[${goldSeq}] draft[${draftSeq}] ${wrongSure ? 'WRONG-SICHER' : ''} found=${item?.found}`);
      for (const d of decs) console.log(`  - ${d.outcome} ${d.status} ${d.subject ?? ''} :: ${d.evidence.map((e) => e.quote).join(' | ').slice(0, 400)}`);
      for (const gd of g.decisions) console.log(`  gold: ${gd.outcome} ${gd.subject ?? ''} :: ${((gd as { evidence?: string }).evidence ?? '').slice(0, 300)}`);
    }
  }
}

await main();
