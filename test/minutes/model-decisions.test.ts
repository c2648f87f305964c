/**
 * With a model configured, the model reads each TOP's decisions as structured output with quotes.
 * Business rules: a quote that is not in that TOP's transcript rejects the reading; agreement changes
 * nothing; any disagreement makes the decision "unsicher" and shows both readings; the deterministic
 * values stay; the model never adds a decision with an outcome of its own. Sentences written for
 * this test; the end-to-end case runs `rathaus minutes` against the OpenAI-compatible stub over HTTP.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { buildCoreDraft } from '../../src/minutes/core-draft.js';
import { extractionBody, quoteLocator, reconcileWithModel, validateExtraction, type Extraction } from '../../src/minutes/extract-decisions.js';
import type { Cue } from '../../src/minutes/types.js';
import { startOpenAiStub, stubReply, type OpenAiStub, type StubRequest } from '../fakes/openai-stub.js';
import { docxText, FIXTURES } from './sessions.js';

const CHAIR = 'Hiltrud Oevermann';
const cues = (...texts: (string | [string, string])[]): Cue[] =>
  texts.map((t, i) => ({ id: `m/${i + 1}-0`, start: i * 10, end: i * 10 + 8, speaker: Array.isArray(t) ? t[0] : CHAIR, text: Array.isArray(t) ? t[1] : t }));

function oneItem(...texts: (string | [string, string])[]) {
  const c = cues('Ich rufe Tagesordnungspunkt 1 auf: Satzung über die Sondernutzung von Gehwegen.', ...texts);
  const core = buildCoreDraft({ transcript: { cues: c, attributed: true } });
  const item = core.draft.items[0];
  return { item, itemCues: core.itemCues[0], locate: quoteLocator(core.itemCues[0], core.clock) };
}
const reading = (decisions: Extraction['decisions']): Extraction => ({ decisions });

describe('quotes are checked against the TOP', () => {
  const talk = cues('Wer stimmt der Satzung zu? – Neun.', 'Gegenstimmen? – Zwei.', 'Damit ist die Satzung mit 9 zu 2 Stimmen beschlossen.');

  it('accepts a reading whose quotes occur in the TOP (dashes, quotes and spacing aside)', () => {
    expect(validateExtraction(reading([{ outcome: 'angenommen', evidence: ['Damit ist die Satzung  mit 9 zu 2 Stimmen beschlossen'] }]), talk).status).toBe('ok');
  });

  it('rejects the whole reading when one quote is not in the TOP, or too short to prove anything', () => {
    const made = validateExtraction(reading([{ outcome: 'angenommen', evidence: ['Damit ist die Satzung beschlossen.'] }, { outcome: 'abgelehnt', evidence: ['Der Ausschuss lehnt den Zusatzantrag ab.'] }]), talk);
    expect(made.status).toBe('rejected');
    expect(validateExtraction(reading([{ outcome: 'angenommen', evidence: ['Neun.'] }]), talk).status).toBe('rejected');
  });

  it('sends the chair’s turns and the short answers, not the long speeches', () => {
    const body = extractionBody({ key: 'k', label: '1', title: 't', chairs: new Set([CHAIR]), cues: cues(['Ratsfrau Kühl', 'Lang '.repeat(80)], 'Wer stimmt zu?', ['Ratsfrau Kühl', 'Wir.']) });
    expect(body).not.toContain('Lang Lang');
    expect(body).toContain('Wer stimmt zu?');
    expect(body).toContain('Ratsfrau Kühl: Wir.');
  });
});

describe('comparing the model’s reading with the rules', () => {
  const vote = ['Wer stimmt der Satzung zu? – Neun.', 'Gegenstimmen? – Zwei.', 'Damit ist die Satzung mit 9 zu 2 Stimmen beschlossen.'];

  it('agreement changes nothing', () => {
    const { item, locate } = oneItem(...vote);
    const before = JSON.stringify(item.decisions);
    reconcileWithModel(item, { status: 'ok', decisions: [{ outcome: 'angenommen', votes: { yes: 9, no: 2, abstain: null }, evidence: ['Damit ist die Satzung mit 9 zu 2 Stimmen beschlossen.'] }] }, locate);
    expect(JSON.stringify(item.decisions)).toBe(before);
    expect(item.decisions[0].status).toBe('sicher');
  });

  it('a different outcome makes the decision unsure, keeps the rules’ reading and shows the model’s', () => {
    const { item, locate } = oneItem(...vote);
    reconcileWithModel(item, { status: 'ok', decisions: [{ outcome: 'abgelehnt', votes: null, evidence: ['Damit ist die Satzung mit 9 zu 2 Stimmen beschlossen.'] }] }, locate);
    const [d] = item.decisions;
    expect([d.outcome, d.status, d.votes]).toEqual(['angenommen', 'unsicher', { yes: 9, no: 2, abstain: null }]);
    expect(d.alternatives.join(' ')).toMatch(/^Sprachmodell: abgelehnt/u);
    expect(item.warnings.join(' ')).toMatch(/beide Lesarten/u);
  });

  it('different counts make the decision unsure', () => {
    const { item, locate } = oneItem(...vote);
    reconcileWithModel(item, { status: 'ok', decisions: [{ outcome: 'angenommen', votes: { yes: 11, no: 2, abstain: null }, evidence: ['Wer stimmt der Satzung zu?'] }] }, locate);
    expect(item.decisions[0].status).toBe('unsicher');
    expect(item.decisions[0].alternatives[0]).toMatch(/11 Ja-Stimmen/u);
  });

  it('a decision only the model reads is added without an outcome of its own, stamped with the cue of its quote', () => {
    const { item, locate } = oneItem(['Ratsherr Ude', 'Ich rege an, die Gebührenstaffel der Verwaltung zu übernehmen.'], 'Ich sehe Nicken im Saal; so machen wir es mit der Gebührenstaffel.');
    expect(item.decisions).toEqual([]);
    reconcileWithModel(item, { status: 'ok', decisions: [{ outcome: 'angenommen', votes: null, evidence: ['so machen wir es mit der Gebührenstaffel'] }] }, locate);
    const [d] = item.decisions;
    expect([d.outcome, d.status]).toEqual([null, 'nicht erkannt']);
    expect(d.alternatives[0]).toMatch(/^Sprachmodell: angenommen/u);
    expect(d.evidence[0].cueId).toBe('m/3-0');
  });

  it('a decision the model does not read is unsure', () => {
    const { item, locate } = oneItem(...vote);
    reconcileWithModel(item, { status: 'ok', decisions: [] }, locate);
    expect(item.decisions[0].status).toBe('unsicher');
  });

  it('a rejected or failed reading leaves the rules’ decisions as they are, with a warning', () => {
    const { item, locate } = oneItem(...vote);
    reconcileWithModel(item, { status: 'rejected', reason: 'Beleg nicht im Transkript' }, locate);
    expect(item.decisions[0].status).toBe('sicher');
    expect(item.warnings.join(' ')).toMatch(/verworfen/u);
  });
});

describe('rathaus minutes with a model (OpenAI-compatible stub over HTTP)', () => {
  let stub: OpenAiStub;
  const dir = mkdtempSync(path.join(tmpdir(), 'minutes-model-'));
  const userText = (req: StubRequest) => String((req.body.messages as { role: string; content: string }[]).find((m) => m.role === 'user')?.content ?? '');
  const isReading = (req: StubRequest) => JSON.stringify(req.body.messages).includes('JSON-Objekt der Form');
  beforeAll(async () => {
    stub = await startOpenAiStub({
      replies: (req) => {
        if (!isReading(req)) return stubReply.text('Es sei kontrovers beraten worden.');
        const top = /^Tagesordnungspunkt (\S+):/u.exec(userText(req))?.[1];
        // TOP 5: the model reads the opposite of what was said (quote real) → both readings, unsure.
        if (top === '5') return stubReply.text('{"decisions":[{"subject":"Antrag","outcome":"angenommen","votes":null,"evidence":["Der Antrag ist damit mehrheitlich abgelehnt."]}]}');
        // TOP 3: a quote nobody said → the reading is rejected.
        if (top === '3') return stubReply.text('{"decisions":[{"outcome":"abgelehnt","votes":null,"evidence":["Der Ausschuss lehnt den Zwischenbericht ausdrücklich ab."]}]}');
        // TOP 10: the same reading as the rules → nothing changes.
        if (top === '10') return stubReply.text('```json\n{"decisions":[{"outcome":"angenommen","votes":null,"evidence":["Damit ist die Vergabe beschlossen."]}]}\n```');
        return stubReply.text('{"decisions":[]}');
      },
    });
  });
  afterAll(async () => {
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows both readings where they differ, rejects invented quotes, and never lets the model decide', async () => {
    const out: string[] = [];
    const io: CliIo = { stdout: (t) => out.push(t), stderr: () => undefined, env: { LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'stub-model', OPENAI_API_KEY: 'test', LLM_MAX_RETRIES: '0' }, cwd: dir, isTTY: false };
    const f = (name: string) => path.join(FIXTURES, name);
    const args = ['minutes', '--transcript', f('ausschuss-stadtentwicklung.vtt'), '--agenda', f('oparl-meeting-stadtentwicklung.json'), '--out', 'out', '--json'];
    expect(await runCli(args, io)).toBe(0);
    const json = JSON.parse(out.join(''));
    const item = (n: string) => json.items.find((i: { number: string }) => i.number === n);
    expect(stub.chatRequests().filter(isReading).length).toBeGreaterThanOrEqual(8);

    const top5 = item('5').decisions[0];
    expect([top5.outcome, top5.status]).toEqual(['abgelehnt', 'unsicher']);
    expect(top5.alternatives[0]).toMatch(/^Sprachmodell: angenommen/u);

    expect(item('3').decisions.map((d: { outcome: string; status: string }) => [d.outcome, d.status])).toEqual([['zur Kenntnis genommen', 'sicher']]);
    expect(json.warnings.join('\n')).toMatch(/TOP 3: Die Beschlusslesung des Sprachmodells wurde verworfen – Beleg nicht im Transkript/u);

    const top10 = item('10').decisions[0];
    expect([top10.outcome, top10.status, top10.alternatives]).toEqual(['angenommen', 'sicher', []]);

    // The clerk sees both readings in the Word file, marked for review.
    const { body } = await docxText(readFileSync(json.files.public));
    expect(body).toMatch(/Ergebnis: mehrheitlich abgelehnt – Bitte prüfen \(unsicher\)Andere Lesart: Sprachmodell: angenommen/u);
  });
});
