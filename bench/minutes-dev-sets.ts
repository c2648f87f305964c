/**
 * Development aid (not part of `npm run bench`): the minutes quality of the DEVELOPMENT sessions per
 * set, as the bench scores them (outcome, fully right, wrong&sicher, unsure share, warnings), without
 * reading a test session — for measuring a change on dev without spending a test run.
 *   npx tsx bench/minutes-dev-sets.ts
 */
import { COUNCIL_B, COUNCIL_C, COUNCIL_E, COUNCIL_F, COUNCIL_G, draftOf, loadCouncil, loadLandtag, scoreSession, summarise } from './minutes-quality.js';

const sets = {
  'landtag-hessen': await loadLandtag(),
  'council-sessions': await loadCouncil(),
  'council-sessions-b': await loadCouncil(COUNCIL_B, 'council-sessions-b'),
  'council-sessions-c': await loadCouncil(COUNCIL_C, 'council-sessions-c'),
  'council-sessions-e': await loadCouncil(COUNCIL_E, 'council-sessions-e'),
  'council-sessions-f': await loadCouncil(COUNCIL_F, 'council-sessions-f'),
  'council-sessions-g': await loadCouncil(COUNCIL_G, 'council-sessions-g'),
};
for (const [name, all] of Object.entries(sets)) {
  const dev = all.filter((c) => c.split === 'dev');
  const x = summarise(dev.map((c) => scoreSession(c, draftOf(c, true), c.agenda ? draftOf(c, false) : undefined)));
  console.log(`${name.padEnd(20)} outcome ${x.outcomeAccuracy}  fully right ${x.itemsFullyRight}  wrong&sicher ${x.wrongAndSicher}  unsure ${x.unsureShare}  warnings ${x.expectedWarningsRaised ?? '–'} of ${x.expectedWarnings} (false ${x.falseAgendaWarnings}, blind ${x.blindTitles})`);
}
