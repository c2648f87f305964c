/**
 * Minutes benchmark: a generated four-hour committee session (~40,000 words, 4,000+ cues, 25 TOPs,
 * five of them non-public). Targets (issue 5):
 * - deterministic draft including both .docx files in ≤ 2 s and ≤ 500 MB (RSS growth, measured),
 * - with the OpenAI-compatible stub at a fixed latency per call, the parallel wall time stays close
 *   to the longest single call, against a sequential baseline measured in the same run,
 * - tokens sent ≤ 1.3 × the transcript's tokens.
 */
import { parseConfig } from '../src/config.js';
import { createChatModel } from '../src/llm/create-chat-model.js';
import { draftMinutes } from '../src/minutes/draft-minutes.js';
import { renderMinutesFiles } from '../src/minutes/minutes-files.js';
import { parseTranscript } from '../src/minutes/parse-transcript.js';
import type { AgendaItem } from '../src/minutes/types.js';
import { startOpenAiStub, stubReply } from '../test/fakes/openai-stub.js';
import type { Bench } from './benches.js';

const TOPS = 25;
const NON_PUBLIC_FROM = 21;
const LATENCY_MS = 200;

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same session. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPEAKERS = ['Sabine Weber', 'Jürgen Schulte', 'Frank Meyer', 'Peter Nowak', 'Ayşe Demir', 'Michael Braun', 'Jana Koch', 'Klaus Lorenz', 'Nadine Albers', 'Stefan Wolf'];
const PHRASES = [
  'Aus Sicht unserer Fraktion ist die Finanzierung der Maßnahme noch nicht ausreichend geklärt',
  'die Verwaltung hat dazu im Fachausschuss ausführlich berichtet und die Kosten dargestellt',
  'wir sollten die Bürgerinnen und Bürger im Quartier frühzeitig beteiligen',
  'die Fördermittel des Landes laufen Ende des Jahres aus, deshalb drängt die Zeit',
  'der Verkehr in der Innenstadt wird durch die Baustelle zusätzlich belastet',
  'ich bitte die Verwaltung, bis zur nächsten Sitzung eine Übersicht über die Folgekosten vorzulegen',
  'die Schulen im Stadtteil brauchen dringend mehr Raum für den offenen Ganztag',
  'der Klimaschutz muss bei allen Bauvorhaben von Anfang an mitgedacht werden',
];
const VOTES: { say: string; outcome: string }[] = [
  { say: 'Das sind elf dafür, vier dagegen, keine Enthaltungen. Damit ist der Antrag angenommen.', outcome: 'angenommen' },
  { say: 'Das Ergebnis: 12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung. Der Antrag ist angenommen.', outcome: 'angenommen' },
  { say: 'Das ist einstimmig bei zwei Enthaltungen angenommen.', outcome: 'angenommen' },
  { say: 'Der Antrag ist damit mehrheitlich abgelehnt.', outcome: 'abgelehnt' },
  { say: 'Dann ist der Punkt auf die nächste Sitzung vertagt.', outcome: 'vertagt' },
];

export interface GeneratedSession {
  vtt: string;
  agenda: AgendaItem[];
  expected: string[];
  words: number;
  cues: number;
}

/** Writes the session as Teams VTT with unpadded timestamps and `<v>` tags. */
export function generateSession(seed = 42): GeneratedSession {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = ['WEBVTT', ''];
  let t = 0;
  let n = 0;
  let words = 0;
  const cue = (speaker: string, text: string) => {
    const dur = Math.max(2, text.split(' ').length / 2.6);
    out.push(`bench-session/${++n}-0`, `${ts(t)} --> ${ts(t + dur)}`, `<v ${speaker}>${text}</v>`, '');
    words += text.split(/\s+/).length;
    t += dur + 0.6;
  };
  const agenda: AgendaItem[] = [];
  const expected: string[] = [];
  cue('Dr. Monika Hoffmann', 'Ich eröffne die 14. Sitzung des Ausschusses für Stadtentwicklung um 17:00 Uhr.');
  for (let top = 1; top <= TOPS; top++) {
    const nonPublic = top >= NON_PUBLIC_FROM;
    agenda.push({ number: String(top), title: `Vorlage ${top}: Maßnahme ${top} im Stadtteil ${pick(['Bockum', 'Uerdingen', 'Hüls', 'Fischeln'])}`, public: !nonPublic });
    if (top === NON_PUBLIC_FROM) cue('Dr. Monika Hoffmann', 'Wir kommen zum nichtöffentlichen Teil. Ich bitte die Zuhörerinnen und Zuhörer, den Saal zu verlassen.');
    cue('Dr. Monika Hoffmann', `Wir kommen zu Tagesordnungspunkt ${top}, ${agenda[top - 1].title}.`);
    // Uneven TOP lengths, as in a real session: a few long debates, many short items.
    const turns = 60 + Math.floor(r() * 200);
    let speaker = '';
    for (let i = 0; i < turns; i++) {
      let next = pick(SPEAKERS);
      if (next === speaker) next = SPEAKERS[(SPEAKERS.indexOf(next) + 1) % SPEAKERS.length];
      speaker = next;
      cue(speaker, `${pick(PHRASES)}.`);
    }
    const vote = VOTES[(top - 1) % VOTES.length];
    cue('Dr. Monika Hoffmann', `Ich lasse abstimmen. ${vote.say}`);
    expected.push(vote.outcome);
  }
  cue('Dr. Monika Hoffmann', 'Ich schließe die Sitzung um 21:05 Uhr.');
  return { vtt: out.join('\n'), agenda, expected, words, cues: n };
}

function ts(s: number): string {
  return `${Math.floor(s / 3600)}:${Math.floor((s % 3600) / 60)}:${(s % 60).toFixed(3)}`;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export const minutesBench: Bench = {
  name: 'minutes',
  async run(ctx) {
    const session = generateSession();
    ctx.log(`   session: ${session.words} words, ${session.cues} cues, ${TOPS} TOPs`);
    // MINUTES_TOKEN_BUDGET default; the 1.3 × transcript rule is the tighter limit here.
    const deps = { style: 'verlauf' as const, concurrency: 4, tokenBudget: 200_000 };

    // Deterministic path: parse + draft + both .docx; best of three runs after one warm-up.
    const rssBefore = process.memoryUsage().rss;
    const maxRssBefore = process.resourceUsage().maxRSS * 1024;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    const deterministic = async () => {
      const start = performance.now();
      const transcript = await parseTranscript(session.vtt, 'vtt');
      const { draft } = await draftMinutes(deps)({ transcript, agenda: { items: session.agenda } });
      const files = await renderMinutesFiles(draft);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      return { ms: performance.now() - start, draft, files, transcript };
    };
    await deterministic();
    const runs = [await deterministic(), await deterministic(), await deterministic()];
    clearInterval(sampler);
    const det = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
    const maxRssAfter = process.resourceUsage().maxRSS * 1024;
    const rssGrowth = Math.max(peakRss, maxRssAfter) - Math.min(rssBefore, maxRssBefore);
    const outcomes = det.draft.items.map((i) => i.decisions[0]?.outcome ?? null);
    const correct = outcomes.filter((o, i) => o === session.expected[i]).length;

    // Model path through the real OpenAI client against the local stub at fixed latency.
    const stub = await startOpenAiStub({ latencyMs: LATENCY_MS, replies: () => stubReply.text('Die Verwaltung habe berichtet; die Fraktionen hätten Fragen zur Finanzierung gestellt.') });
    try {
      const config = parseConfig({ LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'stub-model', OPENAI_API_KEY: 'bench', LLM_MAX_RETRIES: '0' });
      const model = createChatModel(config)!;
      const timed = async (concurrency: number) => {
        const before = stub.chatRequests().length;
        const start = performance.now();
        const res = await draftMinutes({ ...deps, concurrency, model })({ transcript: det.transcript, agenda: { items: session.agenda } });
        return { ms: performance.now() - start, usage: res.usage, calls: stub.chatRequests().length - before };
      };
      const parallel = await timed(TOPS);
      const sequential = await timed(1);
      const longestCallMs = LATENCY_MS; // every call waits the fixed latency; local transfer adds a few ms
      const ratio = parallel.usage.tokensSent / parallel.usage.transcriptTokens;
      const results = {
        session: { words: session.words, cues: session.cues, tops: TOPS, transcriptTokens: parallel.usage.transcriptTokens },
        deterministic: {
          bestMs: Math.round(det.ms),
          allMs: runs.map((x) => Math.round(x.ms)),
          rssGrowthMb: mb(rssGrowth),
          publicDocxKb: Math.round(det.files.public.data.length / 1024),
          nonPublicDocxKb: Math.round((det.files.nonpublic?.data.length ?? 0) / 1024),
          outcomesCorrect: `${correct}/${TOPS}`,
        },
        model: {
          latencyPerCallMs: LATENCY_MS,
          parallelMs: Math.round(parallel.ms),
          sequentialBaselineMs: Math.round(sequential.ms),
          calls: parallel.calls,
          tokensSent: parallel.usage.tokensSent,
          tokensRatio: Math.round(ratio * 1000) / 1000,
        },
      };
      ctx.log(`   deterministic: ${results.deterministic.bestMs} ms, RSS +${results.deterministic.rssGrowthMb} MB; model: parallel ${results.model.parallelMs} ms vs sequential ${results.model.sequentialBaselineMs} ms; tokens ${ratio.toFixed(2)}×`);
      const targets = {
        'deterministic draft incl. both .docx ≤ 2000 ms': det.ms <= 2000,
        'RSS growth ≤ 500 MB': rssGrowth <= 500 * 1024 * 1024,
        'every TOP found with the right outcome': correct === TOPS && det.draft.items.every((i) => i.found),
        'parallel wall time ≤ longest call + 1000 ms (core and transfer)': parallel.ms <= longestCallMs + 1000,
        'parallel at least 5× faster than sequential baseline': sequential.ms >= 5 * parallel.ms,
        'one call per TOP': parallel.calls === TOPS,
        'tokens sent ≤ 1.3 × transcript tokens': ratio <= 1.3,
      };
      return { pass: Object.values(targets).every(Boolean), targets, results };
    } finally {
      await stub.close();
    }
  },
};
