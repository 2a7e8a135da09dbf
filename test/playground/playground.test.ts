/**
 * The playground with the real bot (issue 19), in headless Chromium: /segment run demo typed in the
 * page is answered in a thread with charts, a question is answered, a campaign written in the
 * review form waits in the review channel, an outsider's Approve is refused and a member's is
 * recorded. Screenshots are kept in test-output/playground/ (the README's picture comes from here).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground, submitExampleCampaign, type Playground } from '../../src/slack-standin/index.js';
import { startLocalBot, type LocalBot } from '../../src/bot/index.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.join('test-output', 'playground');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs the Debian package "chromium".`);
  console.warn(`skipping the playground test: ${CHROMIUM} not found (apt-get install chromium)`);
}

describe.skipIf(!haveChromium)('npm run playground, driven in a browser', () => {
  let playground: Playground;
  let local: LocalBot;
  let browser: Browser;
  let page: Page;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'segbot-playground-'));
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name) });
  const asUser = (user: string) => page.selectOption('#user-switcher', user);
  const openChannel = (name: string) => page.locator('.channel', { hasText: name }).first().click();

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    playground = await startPlayground({
      port: 0,
      botPort: 0,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      startBot: async (env) => {
        local = await startLocalBot({ ...env, SEGBOT_DATA_DIR: dataDir }, { log: () => {} });
        return local;
      },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith(playground.standin.url) && problems.push(`external request: ${r.url()}`));
    await page.goto(`${playground.url}?user=U0MARKETER`);
    await page.waitForSelector('body[data-ready="true"]');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('/segment run demo typed in #marketing is answered in a thread with the summary, charts, personas and campaigns', async () => {
    await openChannel('marketing');
    await page.fill('#composer-text', '/segment run demo');
    await page.press('#composer-text', 'Enter');
    const progress = page.locator('#messages .message', { hasText: 'Analysis of demo finished' });
    await progress.waitFor({ timeout: 240_000 });
    await progress.locator('.thread-link').click();
    const thread = page.locator('#thread');
    await thread.locator('text=Segments in demo').first().waitFor();
    await thread.locator('text=Campaigns').first().waitFor({ timeout: 30_000 });
    // Counted in the page (the page's CSP forbids string evaluation): images present and decoded.
    const decoded = () => page.locator('#thread .file-image img').evaluateAll((images) => images.filter((i) => (i as unknown as { complete: boolean; naturalWidth: number }).complete && (i as unknown as { naturalWidth: number }).naturalWidth > 0).length);
    await expect.poll(decoded, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    expect(await thread.locator('.bk-table').count()).toBeGreaterThanOrEqual(1);
    await shot('run-demo.png');
  }, 300_000);

  it('answers a question asked with @segbot', async () => {
    await page.fill('#composer-text', '@segbot which segment brings the most revenue?');
    await page.press('#composer-text', 'Enter');
    const asked = page.locator('#messages .message', { hasText: 'which segment brings the most revenue?' }).last();
    await asked.locator('.thread-link:not(.no-replies)').waitFor({ timeout: 30_000 });
    await asked.locator('.thread-link').click();
    await page.locator('#thread', { hasText: 'revenue_ranking' }).waitFor({ timeout: 30_000 });
    await shot('question.png');
  }, 60_000);

  it("the playground's example campaign waits in the review channel, flagged", async () => {
    expect(await submitExampleCampaign(playground.standin)).toBe(true);
    await openChannel('segbot-review');
    await page.locator('#messages .message', { hasText: 'candles in the last 30 days' }).waitFor({ timeout: 30_000 });
    await shot('example-flagged.png');
  }, 60_000);

  it('a campaign from the review form waits in the review channel; an outsider is refused, a member approves', async () => {
    await asUser('U0COMMITTEE1');
    await openChannel('marketing');
    await page.fill('#composer-text', '/segment review');
    await page.press('#composer-text', 'Enter');
    const dialog = page.locator('#modal[open]');
    await dialog.waitFor();
    await dialog.locator('.block-input[data-block-id="channel"] input, .block-input[data-block-id="channel"] textarea').first().fill('email');
    await dialog.locator('.block-input[data-block-id="audience"] textarea, .block-input[data-block-id="audience"] input').first().fill('Customers who bought candles last month');
    await dialog.locator('.block-input[data-block-id="message"] textarea, .block-input[data-block-id="message"] input').first().fill('We noticed you bought candles last month: here is 10% off.');
    await dialog.locator('.block-input[data-block-id="offer"] input, .block-input[data-block-id="offer"] textarea').first().fill('10% off');
    await dialog.locator('button[type=submit]').click();
    await openChannel('segbot-review');
    const request = page.locator('#messages .message', { hasText: 'Customers who bought candles last month' }).last();
    await request.waitFor({ timeout: 30_000 });
    await shot('review-channel.png');

    await asUser('U0OUTSIDER');
    await openChannel('segbot-review');
    await page.locator('#messages .message', { hasText: 'Customers who bought candles last month' }).last().locator('.bk-button', { hasText: 'Approve' }).click();
    await page.locator('#messages', { hasText: 'not on the approval committee' }).waitFor({ timeout: 15_000 });
    await shot('outsider-refused.png');

    await asUser('U0COMMITTEE2');
    await openChannel('segbot-review');
    await page.locator('#messages .message', { hasText: 'Customers who bought candles last month' }).last().locator('.bk-button', { hasText: 'Approve' }).click();
    await page.locator('#messages .message', { hasText: 'Approved by' }).waitFor({ timeout: 15_000 });
    await shot('member-approved.png');
    const mine = (v: { content: unknown }) => JSON.stringify(v.content).includes('Customers who bought candles last month');
    expect((await local.services.approvals.pending()).some(mine)).toBe(false);
    const approved = (await local.services.approvals.list(['approved'])).find(mine);
    expect(approved).toBeDefined();
    const audit = await local.services.approvals.history(approved?.campaignId);
    expect(audit.some((e) => e.action === 'approved' && e.actor === 'U0COMMITTEE2')).toBe(true);
    expect(problems).toEqual([]);
  }, 120_000);
});
