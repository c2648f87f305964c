/**
 * Development aid (not part of `npm run bench`): how the certainty rules hold when the transcript is
 * worse than the dev sessions. For the DEVELOPMENT sessions only, with and without agenda, each
 * perturbation class below is applied (per called item in turn, or once per session); the draft is
 * scored again, and every decision that is now wrong while marked "sicher" is counted per class.
 * Test sessions are never read.
 *   npx tsx bench/minutes-dev-robustness.ts [-v] [--class=drop-call,merge-call,…] [--skip=landtag-hessen]
 *
 * Classes (per item: each called item with decisions in turn; per session: once):
 * - drop-call     (item)    the first sentence of the item's call is lost (the rest of its cue stays)
 * - merge-call    (item)    the call's cue is merged into the previous cue, under the previous speaker
 * - swap-boundary (item)    the call's cue and the cue before it change places
 * - drop-result   (item)    the sentence stating the item's last result is lost
 * - word-punkt    (session) "Tagesordnungspunkt N" is spoken as "Punkt N"
 * - word-top      (session) … as "TOP N"
 * - word-none     (session) … as the bare number ("Wir kommen zu 5")
 * - chair-renamed (session) from the middle of the session on, the chair's cues carry another name
 * - chair-unknown (session) every cue of the chair is "Unknown Speaker"
 * The "none" runs of every class are the agenda-removed class.
 */
import { buildCoreDraft } from '../src/minutes/core-draft.js';
import type { MinutesDraft } from '../src/minutes/draft-schema.js';
import { sentencesOf, splitSentences } from '../src/minutes/sentences.js';
import type { Cue } from '../src/minutes/types.js';
import { COUNCIL_B, COUNCIL_C, COUNCIL_E, COUNCIL_F, COUNCIL_G, loadCouncil, loadLandtag, scoreSession, wrongSureDecisions, type SessionCase } from './minutes-quality.js';

const verbose = process.argv.includes('-v');
const only = process.argv.find((a) => a.startsWith('--class='))?.slice(8).split(',');
/** `--skip=landtag-hessen`: leave sets out (the long Landtag sittings dominate the run time). */
const skip = process.argv.find((a) => a.startsWith('--skip='))?.slice(7).split(',') ?? [];
const cases: SessionCase[] = [...(await loadLandtag()), ...(await loadCouncil()), ...(await loadCouncil(COUNCIL_B, 'b')), ...(await loadCouncil(COUNCIL_C, 'c')), ...(await loadCouncil(COUNCIL_E, 'e')), ...(await loadCouncil(COUNCIL_F, 'f')), ...(await loadCouncil(COUNCIL_G, 'g'))].filter((c) => c.split === 'dev' && !skip.includes(c.set));
const draftOf = (c: SessionCase, cues: Cue[], agenda: boolean) => buildCoreDraft({ transcript: { ...c.transcript, cues }, ...(agenda && c.agenda ? { agenda: c.agenda } : {}), ...(c.attendance ? { attendance: c.attendance } : {}), style: 'verlauf' });

interface Base { c: SessionCase; agenda: boolean; draft: MinutesDraft; itemCues: Cue[][]; ws: number }
type ItemPerturb = (cues: Cue[], base: Base, item: number) => Cue[] | undefined;
type SessionPerturb = (cues: Cue[], base: Base) => Cue[] | undefined;

const sameCue = (a: Cue, b: Cue) => a.id === b.id && a.start === b.start;
/** Index in the transcript of the cue a segment's first piece came from. */
const callIndex = (cues: Cue[], base: Base, item: number) => {
  const first = base.itemCues[item]?.[0];
  return first ? cues.findIndex((x) => sameCue(x, first)) : -1;
};

const itemClasses: Record<string, ItemPerturb> = {
  'drop-call': (cues, base, i) => {
    // Only the call's sentence goes; the rest of the transcript cue (other items' talk in a merged turn) stays.
    const first = base.itemCues[i][0];
    const call = sentencesOf([first])[0]?.text;
    if (!call) return undefined;
    return cues.map((x) => (sameCue(x, first) && x.text.includes(call) ? { ...x, text: x.text.replace(call, '').replace(/\s{2,}/gu, ' ').trim() || '…' } : x));
  },
  'merge-call': (cues, base, i) => {
    const k = callIndex(cues, base, i);
    if (k <= 0) return undefined;
    const merged = { ...cues[k - 1], end: cues[k].end, text: `${cues[k - 1].text} ${cues[k].text}` };
    return [...cues.slice(0, k - 1), merged, ...cues.slice(k + 1)];
  },
  'swap-boundary': (cues, base, i) => {
    const k = callIndex(cues, base, i);
    if (k <= 0) return undefined;
    const [a, b] = [cues[k - 1], cues[k]];
    return [...cues.slice(0, k - 1), { ...b, start: a.start, end: a.end }, { ...a, start: b.start, end: b.end }, ...cues.slice(k + 1)];
  },
  'drop-result': (cues, base, i) => {
    const d = base.draft.items[i].decisions.filter((x) => x.outcome).at(-1);
    const last = d?.evidence.at(-1);
    if (!last) return undefined;
    let done = false;
    const out = cues.map((x) => {
      if (done || !x.text.includes(last.quote) || (last.cueId !== null && x.id !== last.cueId)) return x;
      done = true;
      return { ...x, text: splitSentences(x.text).filter((s) => s !== last.quote).join(' ') || '…' };
    });
    return done ? out : undefined;
  },
};

const ITEM_WORD_CALL = /(?<![\p{L}])(?:dem\s+|den\s+)?Tagesordnungspunkt(?:e?s)?(?=\s+(?:[ÖN]\s?)?(?:\d|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))/gu;
const sessionClasses: Record<string, SessionPerturb> = {
  'word-punkt': (cues) => cues.map((x) => ({ ...x, text: x.text.replace(ITEM_WORD_CALL, (m) => m.replace(/Tagesordnungspunkt(?:e?s)?/u, 'Punkt')) })),
  'word-top': (cues) => cues.map((x) => ({ ...x, text: x.text.replace(ITEM_WORD_CALL, (m) => m.replace(/Tagesordnungspunkt(?:e?s)?/u, 'TOP')) })),
  'word-none': (cues) => cues.map((x) => ({ ...x, text: x.text.replace(ITEM_WORD_CALL, '').replace(/\s{2,}/gu, ' ') })),
  'chair-renamed': (cues, base) => {
    const chair = base.draft.chair;
    if (!chair) return undefined;
    const mid = cues[Math.floor(cues.length / 2)]?.start ?? 0;
    return cues.map((x) => (x.speaker === chair && x.start >= mid ? { ...x, speaker: 'Sitzungssaal Rathaus' } : x));
  },
  'chair-unknown': (cues, base) => {
    const chair = base.draft.chair;
    return chair ? cues.map((x) => (x.speaker === chair ? { ...x, speaker: 'Unknown Speaker' } : x)) : undefined;
  },
};

const selected = (name: string) => !only || only.includes(name);
const tally = new Map<string, { runs: number; extra: number; unsure: number; decs: number }>();
const add = (name: string, extra: number, unsure: number, decs: number) => {
  const t = tally.get(name) ?? { runs: 0, extra: 0, unsure: 0, decs: 0 };
  t.runs++;
  t.extra += Math.max(0, extra);
  t.unsure += unsure;
  t.decs += decs;
  tally.set(name, t);
};
let base0 = 0, unsure0 = 0, decs0 = 0;
for (const c of cases) {
  for (const withAgenda of [true, false]) {
    if (!withAgenda && !c.agenda) continue;
    const { draft, itemCues } = draftOf(c, c.transcript.cues, withAgenda);
    const s0 = scoreSession(c, draft, undefined);
    base0 += s0.wrongAndSicher; unsure0 += s0.draftUnsure; decs0 += s0.draftDecisions;
    const base: Base = { c, agenda: withAgenda, draft, itemCues, ws: s0.wrongAndSicher };
    const mode = withAgenda ? 'agenda' : 'none';
    const run = (name: string, cues: Cue[] | undefined, what: string) => {
      if (!cues) return;
      const p = draftOf(c, cues, withAgenda).draft;
      const s = scoreSession(c, p, undefined);
      const extra = s.wrongAndSicher - base.ws;
      add(`${name} ${mode}`, extra, s.draftUnsure, s.draftDecisions);
      if (extra > 0 && verbose) {
        console.log(`${name} ${c.set} ${c.id} ${mode} ${what}: +${extra} wrong&sicher`);
        const before = new Set(wrongSureDecisions(c, draft));
        for (const w of wrongSureDecisions(c, p)) if (!before.has(w)) console.log(`    ${w}`);
      }
    };
    for (const [name, f] of Object.entries(sessionClasses)) if (selected(name)) run(name, f(c.transcript.cues, base), 'whole session');
    for (const [name, f] of Object.entries(itemClasses)) {
      if (!selected(name)) continue;
      draft.items.forEach((it, i) => {
        if (i === 0 || !it.found || !it.decisions.length || !itemCues[i]?.length) return;
        run(name, f(c.transcript.cues, base, i), `TOP ${it.number} (“${itemCues[i][0].text.slice(0, 70)}”)`);
      });
    }
  }
}
console.log(`dev baseline wrong&sicher ${base0}, unsure share ${(unsure0 / decs0).toFixed(3)}`);
let total = 0;
for (const [name, t] of [...tally].sort()) {
  total += t.extra;
  console.log(`${name.padEnd(22)} runs ${String(t.runs).padStart(4)}  extra wrong&sicher ${String(t.extra).padStart(3)}  unsure share ${(t.unsure / Math.max(1, t.decs)).toFixed(3)}`);
}
console.log(`total extra wrong&sicher ${total}`);
