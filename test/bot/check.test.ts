/**
 * "Antrag prüfen" through the running server (startRathaus, local mode, real HTTP): the attached
 * application is downloaded from the channel's origin, checked against the demo catalogs, and the
 * result card plus the Nachforderung draft go back; an unknown type is chosen from a card; in a
 * group chat the result goes to the requester in 1:1; the audit holds counts, never content.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCheckCases, type CheckCase } from '../../bench/check-cases.js';
import { parseConfig } from '../../src/config.js';
import { createLogger } from '../../src/core/logger.js';
import { startRathaus, type StartedApp } from '../../src/index.js';
import { personalMessage, postActivity, type SentActivity } from './reply-collector.js';

const work = mkdtempSync(path.join(tmpdir(), 'rathaus-check-bot-'));
let app: StartedApp;
let channel: Server;
let channelUrl: string;
const sent: { path: string; activity: SentActivity }[] = [];
const files = new Map<string, Uint8Array>();
let cases: CheckCase[];

beforeAll(async () => {
  cases = await generateCheckCases();
  // One loopback server is the channel (activities POSTed to it) and serves the attachments (GET /files/…).
  channel = createServer((req, res) => {
    if (req.method === 'GET' && req.url?.startsWith('/files/')) {
      const data = files.get(decodeURIComponent(req.url.slice(7)));
      res.writeHead(data ? 200 : 404);
      res.end(data ? Buffer.from(data) : undefined);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        sent.push({ path: req.url ?? '', activity: JSON.parse(Buffer.concat(chunks).toString()) as SentActivity });
      } catch {
        // no body
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: req.url?.endsWith('/v3/conversations') ? 'a:personal-check' : `reply-${sent.length}` }));
    });
  });
  await new Promise<void>((r) => channel.listen(0, '127.0.0.1', r));
  channelUrl = `http://127.0.0.1:${(channel.address() as { port: number }).port}`;
  const config = parseConfig({ PORT: '0', KNOWLEDGE_DIR: path.resolve('knowledge'), RATHAUS_DATA_DIR: path.join(work, 'data'), RATHAUS_ENV: '', OCR: 'off' });
  app = await startRathaus(config, createLogger('silent'));
}, 120_000);

afterAll(async () => {
  await app?.server.shutdown('test');
  await new Promise<void>((r) => channel.close(() => r()));
  rmSync(work, { recursive: true, force: true });
});

function withFile(activity: ReturnType<typeof personalMessage>, c: CheckCase, name = c.fileName) {
  files.set(name, c.bytes);
  return { ...activity, attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl: `${channelUrl}/files/${encodeURIComponent(name)}`, fileType: path.extname(name).slice(1) } }] };
}

/** What the bot sent in answer to activity `id` once its background work is done (the acknowledgement left out). */
const replies = (id: string) => sent.map((s) => s.activity).filter((a) => a.replyToId === id && a.type === 'message' && !a.text?.startsWith('Ich lade den Antrag'));
/** Posts and waits until the bot has reported back (a check runs after the turn). */
async function post(activity: object): Promise<number> {
  const status = await postActivity(app.server.url, activity);
  await app.idle();
  return status;
}
const caseOf = (prefix: string) => cases.find((c) => c.id.startsWith(prefix))!;
const cardText = (a: SentActivity) => JSON.stringify(a.attachments ?? []);

function auditEvents(): Record<string, unknown>[] {
  const dir = path.join(work, 'data', 'audit');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('Antrag prüfen in the bot', () => {
  it('checks an attached PDF form, answers with the result card and the Nachforderung draft, and audits counts only', async () => {
    const c = caseOf('sondernutzung/ohne-lageplan/');
    expect(await post(withFile(personalMessage('c1', 'Antrag prüfen', channelUrl), c))).toBe(200);
    const [reply] = replies('c1');
    expect(reply.text).toMatch(/^Vorprüfung „Antrag auf Sondernutzung öffentlicher Straßen“: unvollständig: 1 Punkt\. Die Entscheidung über den Antrag liegt bei Ihnen\./);
    const card = cardText(reply);
    expect(card).toContain('Lageplan oder Skizze mit Maßangaben – fehlt');
    expect(card).toContain('Regel: § 4 Antragsunterlagen, Satzung über Sondernutzungen an öffentlichen Straßen');
    expect(card).toContain('Vorprüfung – mit KI-Unterstützung erstellt');
    expect(card).not.toMatch(/genehmigt|abgelehnt/);
    const letterPath = /- (Nachforderung-[^:]+\.docx): (.+\.docx)/.exec(reply.text ?? '')?.[2];
    expect(letterPath && existsSync(letterPath)).toBe(true);
    const event = auditEvents().find((e) => e.capability === 'check');
    expect(event).toMatchObject({ capability: 'check', action: 'sondernutzung', outcome: 'completed', check: { fehlt: 1, result: 'unvollstaendig' } });
    expect(JSON.stringify(auditEvents())).not.toMatch(/Rheinblick|DE89|Lageplan/);
  }, 60_000);

  it('asks for the type with a card when it cannot be recognised, and checks after the choice', async () => {
    const c = caseOf('dienstreise/ohne-zweck/');
    expect(await post(withFile(personalMessage('c2', 'Antrag prüfen', channelUrl), c, 'scan0815.docx'))).toBe(200);
    // The Word file has no form id in its name but "Dienstreiseantrag" in its title: it is recognised.
    expect(replies('c2')[0].text).toMatch(/Vorprüfung „Dienstreiseantrag“: unvollständig: 1 Punkt/);

    const scan = cases.find((x) => x.scan)!;
    expect(await post(withFile(personalMessage('c3', 'Antrag prüfen', channelUrl), scan, 'eingang-0815.pdf'))).toBe(200);
    const ask = replies('c3')[0];
    expect(ask.text).toContain('Bitte wählen Sie den Prüfkatalog');
    const actions = (ask.attachments as { content: { actions: { data: Record<string, string>; title: string }[] } }[])[0].content.actions;
    expect(actions.map((a) => a.title)).toEqual(['Antrag auf Bildungsurlaub', 'Dienstreiseantrag', 'Antrag auf Sondernutzung öffentlicher Straßen']);
    const choice = actions[2].data;
    const submit = { ...personalMessage('c4', '', channelUrl), value: choice };
    expect(await post(submit)).toBe(200);
    const result = replies('c4')[0];
    expect(result.text).toMatch(/Vorprüfung „Antrag auf Sondernutzung öffentlicher Straßen“: \d+ Punkte unklar – bitte prüfen/);
    // The held application is gone after the choice: a second click finds nothing.
    expect(await post({ ...personalMessage('c5', '', channelUrl), value: choice })).toBe(200);
    expect(replies('c5')[0].text).toContain('liegt nicht mehr vor');
  }, 60_000);

  it('explains how to use it when nothing is attached', async () => {
    expect(await post(personalMessage('c6', 'Antrag prüfen', channelUrl))).toBe(200);
    expect(replies('c6')[0].text).toContain('Bitte hängen Sie den Antrag an');
  });

  it('in a group chat (by @mention) sends the result to the requester in 1:1 and only a note to the group', async () => {
    const c = caseOf('bildungsurlaub/ohne-programm/');
    const group = {
      ...withFile(personalMessage('g1', '<at>Rathaus-Assistent</at> Antrag prüfen: Bildungsurlaub', channelUrl), c),
      conversation: { id: 'group-1', conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-krefeld' },
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'Rathaus-Assistent' }, text: '<at>Rathaus-Assistent</at>' }],
    };
    const before = sent.length;
    expect(await post(group)).toBe(200);
    const toGroup = replies('g1');
    expect(toGroup.map((a) => a.text)).toEqual(['Das Ergebnis der Vorprüfung habe ich Ihnen im persönlichen Chat geschickt.']);
    expect(JSON.stringify(toGroup)).not.toContain('Programm');
    const personal = sent.slice(before).filter((s) => s.path.includes('/v3/conversations/a%3Apersonal-check/') || s.path.includes('/v3/conversations/a:personal-check/'));
    expect(personal.some((s) => /unvollständig: 1 Punkt/.test(s.activity.text ?? '') && cardText(s.activity).includes('Programm der Veranstaltung – fehlt'))).toBe(true);
  }, 60_000);
});
