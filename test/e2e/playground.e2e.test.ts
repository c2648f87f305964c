/**
 * The newcomer's path: bot + Microsoft 365 Agents Playground, driven in headless Chromium.
 * Types German questions and reads the bot's replies off the page.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
