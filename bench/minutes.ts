/**
 * Minutes benchmark (issue 16), on sessions nobody tuned for:
 * - quality of the deterministic draft per session and per split (dev/test) on the Landtag sittings
 *   (bench/data/landtag-hessen) and the council sessions (bench/data/council-sessions): item outcome
 *   accuracy, decisions in order, group vote agreement, counts, Befangenheit, wrong-and-sicher facts,
 *   and strings of a non-public part in the public document, with and without agenda;
 * - speed: a real sitting cut to its first four hours, drafted deterministically with both .docx
 *   (target ≤ 2 s), and the model path against the OpenAI-compatible stub (parallel vs. sequential
 *   baseline in the same run, tokens ≤ 1.3 × transcript).
 */
import { parseConfig } from '../src/config.js';
import { createChatModel } from '../src/llm/create-chat-model.js';
import { draftMinutes } from '../src/minutes/draft-minutes.js';
import { renderMinutesFiles } from '../src/minutes/minutes-files.js';
import { startOpenAiStub, stubReply } from '../test/fakes/openai-stub.js';
import type { Bench } from './benches.js';
import { COUNCIL_B, COUNCIL_C, COUNCIL_D, COUNCIL_E, COUNCIL_F, COUNCIL_G, draftOf, loadCouncil, loadLandtag, scoreSession, summarise, type SessionCase, type SessionScore } from './minutes-quality.js';

const LATENCY_MS = 200;
const FOUR_HOURS = 4 * 3600;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function scoreAll(cases: SessionCase[]): SessionScore[] {
  return cases.map((c) => scoreSession(c, draftOf(c, true), c.agenda ? draftOf(c, false) : undefined));
}

export const minutesBench: Bench = {
  name: 'minutes',
  async run(ctx) {
    const landtag = await loadLandtag();
    const council = await loadCouncil();
    const councilB = await loadCouncil(COUNCIL_B, 'council-sessions-b');
    const councilC = await loadCouncil(COUNCIL_C, 'council-sessions-c');
    // Set D is held out entirely: test split only, totals only (no per-item misses are ever written).
    const councilD = (await loadCouncil(COUNCIL_D, 'council-sessions-d')).filter((c) => c.split === 'test');
    // Set E (blind): dev sessions with their misses (tuning may look at them), test totals only.
    const councilE = await loadCouncil(COUNCIL_E, 'council-sessions-e');
    // Set F (blind): likewise, dev sessions with their misses, test totals only.
    const councilF = await loadCouncil(COUNCIL_F, 'council-sessions-f');
    // Set G (blind; parliament plenaries of other Länder and municipal sessions): likewise.
    const councilG = await loadCouncil(COUNCIL_G, 'council-sessions-g');
    const landtagScores = scoreAll(landtag);
    const councilScores = scoreAll(council);
    const councilBScores = scoreAll(councilB);
    const councilCScores = scoreAll(councilC);
    const councilDScores = scoreAll(councilD);
    const councilEScores = scoreAll(councilE);
    const councilFScores = scoreAll(councilF);
    const councilGScores = scoreAll(councilG);
    const bySplit = (scores: SessionScore[]) => ({ dev: summarise(scores.filter((s) => s.split === 'dev')), test: summarise(scores.filter((s) => s.split === 'test')) });
    const quality = {
      'landtag-hessen': { ...bySplit(landtagScores), sessions: landtagScores.map(({ misses, ...rest }) => ({ ...rest, misses: rest.split === 'dev' ? misses.slice(0, 40) : [] })) },
      'council-sessions': council.length ? { ...bySplit(councilScores), sessions: councilScores.map(({ misses, ...rest }) => ({ ...rest, misses: rest.split === 'dev' ? misses.slice(0, 40) : [] })) } : null,
      'council-sessions-b': councilB.length ? { ...bySplit(councilBScores), sessions: councilBScores.map(({ misses, ...rest }) => ({ ...rest, misses: rest.split === 'dev' ? misses.slice(0, 40) : [] })) } : null,
      'council-sessions-c': councilC.length ? { ...bySplit(councilCScores), sessions: councilCScores.map(({ misses, ...rest }) => ({ ...rest, misses: rest.split === 'dev' ? misses.slice(0, 40) : [] })) } : null,
      'council-sessions-d': councilD.length ? { ...bySplit(councilDScores), sessions: [] } : null,
      'council-sessions-e': councilE.length ? { ...bySplit(councilEScores), sessions: councilEScores.filter((x) => x.split === 'dev').map(({ misses, ...rest }) => ({ ...rest, misses: misses.slice(0, 40) })) } : null,
      'council-sessions-f': councilF.length ? { ...bySplit(councilFScores), sessions: councilFScores.filter((x) => x.split === 'dev').map(({ misses, ...rest }) => ({ ...rest, misses: misses.slice(0, 40) })) } : null,
      'council-sessions-g': councilG.length ? { ...bySplit(councilGScores), sessions: councilGScores.filter((x) => x.split === 'dev').map(({ misses, ...rest }) => ({ ...rest, misses: misses.slice(0, 40) })) } : null,
    };
    for (const [set, q] of Object.entries(quality)) {
      if (!q) continue;
      for (const split of ['dev', 'test'] as const) {
        const x = q[split];
        if (!x.sessions) continue;
        ctx.log(`   ${set} ${split}: outcome ${x.outcomeAccuracy}, fully right ${x.itemsFullyRight}, decisions in order R ${x.decisionRecallInOrder} P ${x.decisionPrecisionInOrder}, groups ${x.groupVoteAgreement}, counts ${x.countAgreement}, bias ${x.biasRecall}, wrong&sicher ${x.wrongAndSicher}, right facts sicher ${x.rightSicherShare}, unsure share ${x.unsureShare}, leaks ${x.leaksWithAgenda}/${x.leaksWithoutAgenda}, expected warnings ${x.expectedWarningsRaised ?? '–'} of ${x.expectedWarnings} (false agenda alarms ${x.falseAgendaWarnings}, blind titles ${x.blindTitles})`);
      }
    }

    // Speed: the longest real sitting cut to four hours of talk.
    const longest = landtag.reduce((a, b) => (b.transcript.cues.length > a.transcript.cues.length ? b : a));
    const cues = longest.transcript.cues.filter((c) => c.start < FOUR_HOURS);
    const transcript = { ...longest.transcript, cues };
    const words = cues.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
    const deps = { style: 'verlauf' as const, concurrency: 4, tokenBudget: 200_000 };
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const deterministic = async () => {
      const start = performance.now();
      const { draft } = await draftMinutes(deps)({ transcript, agenda: longest.agenda });
      const files = await renderMinutesFiles(draft);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      return { ms: performance.now() - start, draft, files };
    };
    await deterministic();
    const runs = [await deterministic(), await deterministic(), await deterministic()];
    const det = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
    const tops = det.draft.items.length;

    // The decision reading (recognised by its JSON instruction) gets an empty list, the summaries a sentence.
    const stub = await startOpenAiStub({
      latencyMs: LATENCY_MS,
      replies: (req) => stubReply.text(JSON.stringify(req.body.messages).includes('JSON-Objekt der Form') ? '{"decisions":[]}' : 'Die Rednerinnen und Redner hätten die Vorlage kontrovers beraten.'),
    });
    try {
      const config = parseConfig({ LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'stub-model', OPENAI_API_KEY: 'bench', LLM_MAX_RETRIES: '0' });
      const model = createChatModel(config)!;
      const timed = async (concurrency: number) => {
        const before = stub.chatRequests().length;
        const start = performance.now();
        const res = await draftMinutes({ ...deps, concurrency, model })({ transcript, agenda: longest.agenda });
        return { ms: performance.now() - start, usage: res.usage, calls: stub.chatRequests().length - before };
      };
      const parallel = await timed(32);
      const sequential = await timed(1);
      // Summaries are held to 1.3 × the transcript; the decision reading (chair's turns per TOP) is reported apart.
      const ratio = (parallel.usage.tokensSent - parallel.usage.extractionTokens) / parallel.usage.transcriptTokens;
      const all = [...landtagScores, ...councilScores, ...councilBScores, ...councilCScores, ...councilDScores, ...councilEScores, ...councilFScores];
      const leaks = all.reduce((n, s) => n + s.leaksWithAgenda + s.leaksWithoutAgenda, 0);
      const ltTest = quality['landtag-hessen'].test;
      const results = {
        quality,
        speed: {
          session: `${longest.id}, erste 4 Stunden`,
          words,
          cues: cues.length,
          tops,
          deterministicBestMs: Math.round(det.ms),
          allMs: runs.map((x) => Math.round(x.ms)),
          rssGrowthMb: mb(peakRss - rssBefore),
          publicDocxKb: Math.round(det.files.public.data.length / 1024),
          nonPublicDocxKb: Math.round((det.files.nonpublic?.data.length ?? 0) / 1024),
        },
        model: {
          latencyPerCallMs: LATENCY_MS,
          parallelMs: Math.round(parallel.ms),
          sequentialBaselineMs: Math.round(sequential.ms),
          calls: parallel.calls,
          decisionReadingCalls: parallel.usage.extractionCalls,
          tokensRatio: Math.round(ratio * 1000) / 1000,
          decisionReadingTokensRatio: Math.round((parallel.usage.extractionTokens / parallel.usage.transcriptTokens) * 1000) / 1000,
        },
      };
      ctx.log(`   speed: ${results.speed.deterministicBestMs} ms for ${words} words / ${tops} TOPs; model parallel ${results.model.parallelMs} ms vs sequential ${results.model.sequentialBaselineMs} ms`);
      const councilTest = quality['council-sessions']?.test;
      const councilBTest = quality['council-sessions-b']?.test;
      const councilCTest = quality['council-sessions-c']?.test;
      const councilDTest = quality['council-sessions-d']?.test;
      const councilETest = quality['council-sessions-e']?.test;
      const councilFTest = quality['council-sessions-f']?.test;
      const councilGTest = quality['council-sessions-g']?.test;
      const splits = Object.values(quality).flatMap((q) => (q ? [q.dev, q.test] : []));
      const targets: Record<string, boolean> = {
        'Landtag test: ≥ 90 % of items with the right outcome': ltTest.outcomeAccuracy >= 0.9,
        'no string of a non-public part in a public document (all sets, with and without agenda)': leaks === 0,
        'council test: ≥ 95 % of TOPs fully right': !!councilTest && councilTest.itemsFullyRight >= 0.95,
        'council test: no wrong fact marked sicher': !!councilTest && councilTest.wrongAndSicher === 0,
        'council set B test: ≥ 95 % of TOPs fully right': !!councilBTest && councilBTest.itemsFullyRight >= 0.95,
        'council set B test: no wrong fact marked sicher': !!councilBTest && councilBTest.wrongAndSicher === 0,
        'council set C test: ≥ 95 % of TOPs fully right': !!councilCTest && councilCTest.itemsFullyRight >= 0.95,
        'council set C test: no wrong fact marked sicher': !!councilCTest && councilCTest.wrongAndSicher === 0,
        'council set D (blind) test: ≥ 95 % of TOPs fully right': !!councilDTest && councilDTest.itemsFullyRight >= 0.95,
        'council set D (blind) test: no wrong fact marked sicher': !!councilDTest && councilDTest.wrongAndSicher === 0,
        'council set E (blind) test: ≥ 95 % of TOPs fully right': !!councilETest && councilETest.itemsFullyRight >= 0.95,
        'council set E (blind) test: no wrong fact marked sicher': !!councilETest && councilETest.wrongAndSicher === 0,
        'council set F (blind) test: ≥ 95 % of TOPs fully right': !!councilFTest && councilFTest.itemsFullyRight >= 0.95,
        'council set F (blind) test: no wrong fact marked sicher': !!councilFTest && councilFTest.wrongAndSicher === 0,
        'council set G (blind) test: ≥ 95 % of TOPs fully right': !!councilGTest && councilGTest.itemsFullyRight >= 0.95,
        'council set G (blind) test: no wrong fact marked sicher': !!councilGTest && councilGTest.wrongAndSicher === 0,
        'every expected warning raised (agenda of another meeting; all sets, dev and test)': splits.every((x) => x.expectedWarningsRaised === null || x.expectedWarningsRaised === 1),
        'no agenda of another meeting mapped blindly, no false agenda alarm (all sets)': splits.every((x) => x.blindTitles === 0 && x.falseAgendaWarnings === 0),
        'four-hour session drafted with both .docx ≤ 2000 ms': det.ms <= 2000,
        // Only TOPs with talk get a call; the deterministic core runs in both, so compare what overlapping the calls saves.
        'parallel model path saves ≥ 80 % of (calls − 1) × call latency against the sequential baseline': sequential.ms - parallel.ms >= 0.8 * (parallel.calls - 1) * LATENCY_MS,
        'summary tokens sent ≤ 1.3 × transcript tokens': ratio <= 1.3,
      };
      return { pass: Object.values(targets).every(Boolean), targets, results };
    } finally {
      await stub.close();
    }
  },
};
