/**
 * The playground page in headless Chromium (Debian's chromium, driven by playwright-core) against
 * the stand-in and a tiny real Bolt app: a slash command typed in the page is answered in a thread
 * with a chart, a button opens a modal that refuses an empty reason and then submits, another user
 * approves, a CSV is shared in the DM, the home tab shows, and bot text cannot inject markup.
 * Screenshots are kept in test-output/playground/.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { LogLevel, WebClient } from '@slack/web-api';
import { startSlackStandin, type Standin } from '../../src/slack-standin/index.js';
import { chartPng, startEchoApp, type EchoApp } from './echo-app.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = path.join('test-output', 'playground');
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs the Debian package "chromium"; install it with apt-get install chromium.`);
  console.warn(`skipping the playground browser test: ${CHROMIUM} not found (apt-get install chromium)`);
}

describe.skipIf(!haveChromium)('playground page in headless Chromium', () => {
  let standin: Standin;
  let echo: EchoApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name) });

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    standin = await startSlackStandin();
    echo = await startEchoApp(standin);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith(standin.url) && problems.push(`external request: ${r.url()}`));
    await page.goto(`${standin.url}/?user=U0MARKETER`);
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await browser?.close();
    await echo?.stop();
    await standin?.close();
  });

  it('a slash command typed in the page is answered in a thread with blocks, a table and a chart', async () => {
    await page.fill('#composer-text', '/echo hello');
    await page.press('#composer-text', 'Enter');
    const parent = page.locator('#messages .message', { hasText: 'Echo: hello' });
    await parent.locator('.thread-link', { hasText: '2 replies' }).click();
    const thread = page.locator('#thread');
    await thread.locator('.header-text', { hasText: 'Echo result' }).waitFor();
    await expect(thread.locator('.block-section').first().textContent()).resolves.toContain('@maria said hello');
    expect(await thread.locator('.bk-table td').allTextContents()).toEqual(['S1', '1,234']);
    const chart = thread.locator('.file-image img');
    await chart.waitFor();
    await page.waitForFunction("[...document.querySelectorAll('#thread .file-image img')].every((i) => i.complete && i.naturalWidth > 0)");
    expect(await thread.locator('.feedback .bk-button').allTextContents()).toEqual(['👍 Good', '👎 Bad']);
    await shot('thread.png');
  });

  it('a button opens a modal; an empty reason is refused, a real one submitted', async () => {
    await page.locator('#thread .bk-button', { hasText: 'Give a reason' }).click();
    const dialog = page.locator('#modal[open]');
    await dialog.locator('h2', { hasText: 'Why?' }).waitFor();
    await dialog.locator('button[type=submit]').click();
    await dialog.locator('.input-error', { hasText: 'Please give a reason' }).waitFor();
    await shot('modal-error.png');
    await dialog.locator('textarea').fill('too broad');
    await dialog.locator('button[type=submit]').click();
    await page.locator('#modal').and(page.locator(':not([open])')).waitFor({ state: 'attached' });
    await page.locator('#thread .message', { hasText: 'Reason received: too broad' }).waitFor();
  });

  it('another user, switched to in the page, clicks Approve and the message is updated', async () => {
    await page.selectOption('#user-switcher', 'U0COMMITTEE1');
    await page.locator('#messages .message', { hasText: 'Echo: hello' }).locator('.thread-link').click();
    await page.locator('#thread .bk-button', { hasText: 'Approve' }).click();
    await page.locator('#thread .message', { hasText: 'Approved by @carl' }).waitFor();
    await shot('approved.png');
  });

  it('bot text is escaped, unknown blocks are shown as JSON', async () => {
    const client = new WebClient(standin.botToken, { slackApiUrl: standin.apiUrl, logLevel: LogLevel.ERROR });
    await client.chat.postMessage({
      channel: 'C0MARKETING', text: 'fallback',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '<b>not bold</b> &lt;img src=x onerror="window.pwned=1"&gt; <javascript:alert(1)|click> <!channel>' } },
        { type: 'mystery_block', data: '<script>window.pwned=2</script>' } as never,
      ],
    });
    const message = page.locator('#messages .message', { hasText: 'not bold' });
    await message.waitFor();
    expect(await message.locator('.mrkdwn').textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await message.locator('img, script, b, a').count()).toBe(0);
    expect(await message.locator('.unknown-block .json').textContent()).toContain('mystery_block');
    expect(await message.locator('.mention.broadcast').textContent()).toBe('@channel');
    expect(await page.evaluate('window.pwned')).toBeUndefined();
  });

  it('renders every kind of block the bot uses without falling back to JSON', async () => {
    const client = new WebClient(standin.botToken, { slackApiUrl: standin.apiUrl, logLevel: LogLevel.ERROR });
    const upload = await client.filesUploadV2({ file: chartPng(), filename: 'sizes.png' });
    const fileId = (upload.files[0] as { files?: { id: string }[] }).files?.[0]?.id ?? '';
    const option = (value: string) => ({ text: { type: 'plain_text' as const, text: value }, value });
    await client.chat.postMessage({
      channel: 'C0REVIEW', text: 'gallery',
      attachments: [{ color: 'danger', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Finding: *mentions health*' } }] }],
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'Campaign review :rotating_light:' } },
        { type: 'section', text: { type: 'mrkdwn', text: '*S2 Lapsed big spenders* _flagged_ ~old~ `c1` <#C0MARKETING> <!subteam^S0COMMITTEE|@committee>\n> quoted finding' },
          fields: [{ type: 'mrkdwn', text: '*Customers*\n812' }, { type: 'mrkdwn', text: '*Revenue share*\n31.4%' }],
          accessory: { type: 'button', action_id: 'details', text: { type: 'plain_text', text: 'Details' } } },
        { type: 'section', text: { type: 'plain_text', text: 'With a chart beside it' }, accessory: { type: 'image', slack_file: { id: fileId }, alt_text: 'chart' } },
        { type: 'divider' },
        { type: 'image', slack_file: { id: fileId }, alt_text: 'segment sizes', title: { type: 'plain_text', text: 'Segment sizes' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'run `r-42` · tool `size` · filter none' }, { type: 'image', slack_file: { id: fileId }, alt_text: 'icon' }] },
        { type: 'markdown', text: '## Why 4 segments\n- **silhouette** 0.41\n- stability 0.83, see [docs](https://example.com)' },
        { type: 'rich_text', elements: [
          { type: 'rich_text_section', elements: [{ type: 'text', text: 'Findings for ' }, { type: 'user', user_id: 'U0MARKETER' }, { type: 'text', text: ' bold', style: { bold: true } }] },
          { type: 'rich_text_list', style: 'bullet', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'mentions health' }] }] },
          { type: 'rich_text_quote', elements: [{ type: 'text', text: 'We noticed you…' }] },
          { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'SELECT 1' }] },
        ] },
        { type: 'table', column_settings: [{ align: 'left' }, { align: 'right' }], rows: [
          [{ type: 'raw_text', text: 'segment' }, { type: 'raw_text', text: 'revenue' }],
          [{ type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'S1', style: { bold: true } }] }] }, { type: 'raw_text', text: '£12,400' }],
        ] },
        { type: 'actions', elements: [
          { type: 'button', action_id: 'approve_c', style: 'primary', text: { type: 'plain_text', text: 'Approve' }, value: 'c' },
          { type: 'button', action_id: 'reject_c', style: 'danger', text: { type: 'plain_text', text: 'Reject' }, value: 'c' },
          { type: 'static_select', action_id: 'pick', placeholder: { type: 'plain_text', text: 'Segment' }, options: [option('S1'), option('S2')] },
          { type: 'overflow', action_id: 'more', options: [option('edit')] },
        ] },
        { type: 'context_actions', elements: [{ type: 'feedback_buttons', action_id: 'fb', positive_button: { text: { type: 'plain_text', text: 'Helpful' }, value: 'up' }, negative_button: { text: { type: 'plain_text', text: 'Not helpful' }, value: 'down' } }] },
      ] as never,
    });
    await page.selectOption('#user-switcher', 'U0COMMITTEE2');
    await page.locator('.channel', { hasText: 'segbot-review' }).click();
    const message = page.locator('#messages .message', { hasText: 'Campaign review' });
    await message.waitFor();
    await page.waitForFunction("[...document.querySelectorAll('#messages img')].length >= 3 && [...document.querySelectorAll('#messages img')].every((i) => i.complete && i.naturalWidth > 0)");
    expect(await message.locator('.unknown-block').count()).toBe(0);
    expect(await message.locator('.mention').allTextContents()).toEqual(['#marketing', '@committee', '@maria']);
    expect(await message.locator('.bk-table td').allTextContents()).toEqual(['S1', '£12,400']);
    expect(await message.locator('.attachment').textContent()).toBe('Finding: mentions health');
    await shot('blocks.png');
  });

  it('a CSV shared in the DM goes through the file flow; an assistant thread answers; the App Home shows the published tab', async () => {
    await page.locator('.channel[data-channel^="D"]').click();
    await page.setInputFiles('#upload', { name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from('customer,amount\n1,10\n') });
    await page.locator('#messages .message', { hasText: 'Got orders.csv: 21 bytes' }).waitFor();
    await page.locator('#messages .file-card', { hasText: 'orders.csv' }).waitFor();
    await page.fill('#composer-text', 'hi there');
    await page.press('#composer-text', 'Enter');
    await page.locator('#messages .message', { hasText: 'You wrote: hi there' }).waitFor();
    await page.click('#new-assistant-thread');
    await page.locator('#thread .message', { hasText: 'How can I help?' }).waitFor();
    await page.fill('#thread-text', 'which segment brings the most revenue?');
    await page.press('#thread-text', 'Enter');
    await page.locator('#thread .message', { hasText: 'Assistant heard: which segment brings the most revenue?' }).waitFor();
    await shot('dm.png');
    await page.locator('.channel', { hasText: 'App Home' }).click();
    await page.locator('#messages .header-text', { hasText: 'Echo home' }).waitFor();
    expect(problems).toEqual([]);
  });
});
