import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftMinutes } from '../../src/minutes/draft-minutes.js';
import type { MinutesDraft } from '../../src/minutes/draft-schema.js';
import { renderMinutesFiles } from '../../src/minutes/minutes-files.js';
import { DRAFT_MARK } from '../../src/minutes/render-docx.js';
import { docxText, FIXTURES, hauptFinanz, stadtentwicklung } from './sessions.js';

interface GoldItem {
  number: string;
  public: boolean;
  bias: string[];
  paper?: string;
  statements?: number;
  uncertain?: boolean;
  decisions: { outcome: string | null; votes: unknown; unanimous: boolean }[];
}
interface Gold {
  title: string;
  organization: string;
  date: string;
  start: string;
  end: string;
  chair: string;
  clerk?: string;
  absent?: string[];
  interruptions?: { from: string; to: string }[];
  items: GoldItem[];
  nonPublicSecrets: string[];
}

const gold = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as Gold;
const draft = draftMinutes({ style: 'verlauf', concurrency: 4, tokenBudget: 200_000 });

const sessions: [string, () => ReturnType<typeof stadtentwicklung>, string][] = [
  ['Ausschuss für Stadtentwicklung (VTT, OParl, Teams-CSV)', stadtentwicklung, 'gold-stadtentwicklung.json'],
  ['Haupt- und Finanzausschuss (DOCX, Text-Tagesordnung)', hauptFinanz, 'gold-haupt-finanzausschuss.json'],
];

describe.each(sessions)('%s', (_name, load, goldFile) => {
  const g = gold(goldFile);
  let cached: MinutesDraft | undefined;
  const get = async () => (cached ??= (await draft(await load())).draft);

  it('finds the session header: title, committee, date, start, end, chair, clerk', async () => {
    const d = await get();
    expect({ title: d.title, organization: d.organization, date: d.date, start: d.start, end: d.end, chair: d.chair }).toEqual({
      title: g.title,
      organization: g.organization,
      date: g.date,
      start: g.start,
      end: g.end,
      chair: g.chair,
    });
    if (g.clerk) expect(d.clerk).toBe(g.clerk);
    if (g.absent) expect(d.absent.map((a) => a.name)).toEqual(g.absent);
    if (g.interruptions) expect(d.interruptions).toEqual(g.interruptions);
  });

  it('has every TOP with the right public flag', async () => {
    const d = await get();
    expect(d.items.map((i) => [i.number, i.public, i.found])).toEqual(g.items.map((i) => [i.number, i.public, true]));
  });

  it.each(g.items.map((i) => [i.number, i] as const))('TOP %s: outcome, votes, unanimity, Befangenheit', async (number, expected) => {
    const item = (await get()).items.find((i) => i.number === number)!;
    expect(item.decisions.map((x) => ({ outcome: x.outcome, votes: x.votes, unanimous: x.unanimous }))).toEqual(expected.decisions);
    expect(item.bias).toEqual(expected.bias);
    if (expected.paper) expect(item.paper).toBe(expected.paper);
    if (expected.statements !== undefined) expect(item.statements).toHaveLength(expected.statements);
    const flagged = item.warnings.some((w) => w.startsWith(`Abstimmungsergebnis zu TOP ${number} bitte prüfen`));
    expect(flagged).toBe(!!expected.uncertain);
  });

  it('quotes key statements with speaker and time when there is no model', async () => {
    const d = await get();
    const withTalk = d.items.filter((i) => i.quotes.length);
    expect(withTalk.length).toBeGreaterThan(d.items.length / 2);
    for (const q of withTalk.flatMap((i) => i.quotes)) expect(q.time).toMatch(/^\d{2}:\d{2}$/);
  });

  it('keeps everything of non-public TOPs out of the public document (read back from the .docx)', async () => {
    const d = await get();
    const files = await renderMinutesFiles(d);
    expect(files.nonpublic).not.toBeNull();
    const pub = await docxText(files.public.data);
    const nonpub = await docxText(files.nonpublic!.data);
    const secrets = [...g.nonPublicSecrets];
    for (const item of d.items.filter((i) => !i.public)) {
      secrets.push(item.title, ...item.quotes.map((q) => q.text.slice(0, 60)), ...item.statements.map((s) => s.text.slice(0, 60)), ...item.decisions.map((x) => x.text.slice(0, 60)).filter(Boolean));
      for (const name of item.bias) secrets.push(`${name} erklärt sich für befangen`);
    }
    for (const s of secrets) {
      expect(pub.all, `public document leaks "${s}"`).not.toContain(s);
    }
    // The same strings are in the non-public document, so the check above can fail.
    for (const s of g.nonPublicSecrets) expect(nonpub.all.includes(s) || d.items.some((i) => !i.public && JSON.stringify(i).includes(s))).toBe(true);
    expect(nonpub.body).toContain(d.items.find((i) => !i.public)!.title);
    for (const item of d.items.filter((i) => i.public)) expect(pub.body).toContain(item.title);
  });

  it('marks every page of both documents as an AI-supported draft', async () => {
    const files = await renderMinutesFiles(await get());
    for (const f of [files.public, files.nonpublic!]) {
      const t = await docxText(f.data);
      expect(t.headers).toContain(DRAFT_MARK);
      expect(t.footers).toContain(DRAFT_MARK);
    }
  });
});
