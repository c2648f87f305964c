/**
 * The newcomer's path: bot + Microsoft 365 Agents Playground, driven in headless Chromium.
 * Types German questions and reads the bot's replies off the page.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenAiStub, stubReply, type OpenAiStub } from '../fakes/openai-stub.js';
import { CHROMIUM_ARGS, freePort, ROOT, startBot, startProcess, waitForHttp, type Proc } from './processes.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('Agents Playground end to end', () => {
  let bot: Proc;
  let playground: Proc;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let playgroundUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-e2e-'));
    const botPort = await freePort();
    const pgPort = await freePort();
    bot = startBot({ PORT: String(botPort), RATHAUS_DATA_DIR: dataDir, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge') });
    await waitForHttp(`http://127.0.0.1:${botPort}/readyz`, 120_000);
    playground = startProcess(
      path.join(ROOT, 'node_modules', '.bin', 'agentsplayground'),
      ['start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(pgPort), '--disable-telemetry'],
      { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dataDir, 'playground.log') },
    );
    playgroundUrl = `http://127.0.0.1:${pgPort}`;
    await waitForHttp(playgroundUrl, 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(playgroundUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function say(text: string): Promise<void> {
    const box = page.locator('[role="textbox"][contenteditable="true"]');
    await box.waitFor({ timeout: 30_000 });
    await box.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }

  it('shows the welcome card when the chat opens', async () => {
    await page.getByText('Willkommen beim Rathaus-Assistenten').first().waitFor({ timeout: 30_000 });
  });

  it('answers a German question about the demo knowledge with a cited source', async () => {
    await say('Bis wann muss ich meine Reisekosten abrechnen?');
    // Not just "Quellen": the welcome card already says "Quellenangabe".
    await page.getByText(/Fundstellen in den Dokumenten/).last().waitFor({ timeout: 60_000 });
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/\[1\]/);
    expect(body).toMatch(/Reisekosten|Dienstreise/);
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'playground-conversation.png'), fullPage: true });
  });

  it('says honestly when the documents do not answer a question', async () => {
    await say('Wie hoch ist die Hundesteuer auf dem Mond?');
    await page.getByText(/beantworten diese Frage nicht/).last().waitFor({ timeout: 60_000 });
  });
});

/**
 * A generated answer in the Playground. Finding (checked in @microsoft/m365agentsplayground
 * 0.2.28): the Playground DOES render citation entities — it replaces each `[n]` of the text with a
 * citation control (Fluent AI `Citation`, class `fai-Citation`) whose preview on hover shows the
 * claim's `abstract` and `name` — and it shows the "AI generated" label for
 * `additionalType: ["AIGeneratedContent"]`. Both need the entities to survive the bot's HTTP
 * request (docs/adr/0007-entity-mapper-fix.md); without them "[1]" stays plain text.
 */
describe('Agents Playground: generated answer with citations', () => {
  let stub: OpenAiStub;
  let bot: Proc;
  let playground: Proc;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'rathaus-e2e-gen-'));
    // The model stub answers with the first sentence of passage [1], so the answer is grounded.
    stub = await startOpenAiStub({ replies: (req) => stubReply.text(firstSentenceOfPassageOne(req.body)) });
    const botPort = await freePort();
    const pgPort = await freePort();
    bot = startBot({ PORT: String(botPort), RATHAUS_DATA_DIR: dataDir, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), LLM_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: stub.baseURL, OPENAI_MODEL: 'stub-model' });
    await waitForHttp(`http://127.0.0.1:${botPort}/readyz`, 120_000);
    playground = startProcess(
      path.join(ROOT, 'node_modules', '.bin', 'agentsplayground'),
      ['start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(pgPort), '--disable-telemetry'],
      { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dataDir, 'playground.log') },
    );
    await waitForHttp(`http://127.0.0.1:${pgPort}`, 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${pgPort}`, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.stop();
    await stub?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the citation of a generated answer and its AI label', async () => {
    await page.getByText('Willkommen beim Rathaus-Assistenten').first().waitFor({ timeout: 30_000 });
    const box = page.locator('[role="textbox"][contenteditable="true"]');
    await box.click();
    await page.keyboard.type('Bis wann muss ich meine Reisekosten abrechnen?');
    await page.keyboard.press('Enter');
    await page.getByText('AI generated').last().waitFor({ timeout: 60_000 });
    // The [1] marker became a citation control (plain "[1]" text without the claim entity).
    const citation = page.locator('.fai-Citation').first();
    await citation.waitFor({ timeout: 30_000 });
    expect((await citation.innerText()).trim()).toBe('1');
    // Hovering the marker opens the citation preview with the claim's abstract and document name.
    await citation.hover();
    const preview = page.locator('.fui-PopoverSurface').last();
    await preview.waitFor({ timeout: 10_000 });
    expect(await preview.innerText()).toContain('Dienstanweisung Dienstreisen und Reisekosten');
    // The abstract is the start of passage [1], the passage the stub's answer sentence came from.
    const answer = firstSentenceOfPassageOne(stub.chatRequests().at(-1)!.body);
    expect((await preview.innerText()).replace(/\s+/g, ' ')).toContain(answer.slice(0, 40));
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'playground-citation.png'), fullPage: true });
  });
});

function firstSentenceOfPassageOne(body: { messages?: { role: string; content: string }[] }): string {
  const user = [...(body.messages ?? [])].reverse().find((m) => m.role === 'user')?.content ?? '';
  const passage = /<dokument nr="1"[^>]*>\n([\s\S]*?)\n<\/dokument>/.exec(user)?.[1] ?? '';
  const sentence = passage
    .replace(/^#+.*$/gm, '')
    .replace(/\*\*/g, '')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .find((s) => s.length > 30);
  return sentence ? `${sentence.replace(/[.!?]$/, '')} [1].` : 'NICHT_GEFUNDEN';
}
