/**
 * The HTML report is a web page people open: load it in a real headless Chromium (Debian package,
 * driven by playwright-core), check the console stays clean and every chart image decodes, and keep
 * a full-page screenshot in test-output/ for a human to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { generateTransactions } from '../../src/data/generator.js';
import { loadConfig } from '../../src/config.js';
import { runAnalysis } from '../../src/runs/index.js';
import { createServices } from '../../src/services/index.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: .ci/run installs the Debian package "chromium"; install it with apt-get install chromium.`);
  console.warn(`skipping the report browser test: ${CHROMIUM} not found (apt-get install chromium)`);
}

interface PageCheck {
  problems: string[];
  images: { alt: string; complete: boolean; naturalWidth: number }[];
}

/** Opens a report, collects console errors, page errors and failed requests, and saves a full-page screenshot. */
async function openReport(browser: Browser, reportHtmlPath: string, screenshotName: string): Promise<PageCheck> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url().slice(0, 80)}`));
  await page.goto(pathToFileURL(reportHtmlPath).href, { waitUntil: 'load' });
  const images = await page.$$eval('img', (imgs) => imgs.map((img) => ({ alt: img.alt, complete: img.complete, naturalWidth: img.naturalWidth })));
  await mkdir('test-output', { recursive: true });
  await page.screenshot({ path: path.join('test-output', screenshotName), fullPage: true });
  await page.close();
  return { problems, images };
}

function expectAllLoaded(check: PageCheck): void {
  for (const image of check.images) {
    expect(image.complete, image.alt).toBe(true);
    expect(image.naturalWidth, image.alt).toBeGreaterThan(0);
  }
  expect(check.problems).toEqual([]);
}

describe.skipIf(!haveChromium)('report.html in headless Chromium', () => {
  let browser: Browser;
  let workDir: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    workDir = await mkdtemp(path.join(tmpdir(), 'segbot-report-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('the report of an analysis run loads without console errors, with every chart image decoded', async () => {
    const source = path.join(workDir, 'orders.csv');
    await generateTransactions({ customers: 800, seed: 5, out: source, truthPath: null });
    const config = loadConfig({ SEGBOT_DATA_DIR: path.join(workDir, 'data') }, workDir);
    const services = await createServices(config, { log: () => {} });
    const run = await runAnalysis({ source, outDir: path.join(workDir, 'run'), seed: 42, requestedBy: 'U0TEST', engine: { algorithms: ['kmeans'], kMin: 2, kMax: 5, stabilityResamples: 2 } }, services.runDeps);
    await services.close();
    const check = await openReport(browser, run.reportHtmlPath, 'report.png');
    // A transaction log gets all five single-run charts (the RFM grid included).
    expect(run.chartPaths.map((p) => path.basename(p)).sort()).toEqual(['model-selection.png', 'profile-heatmap.png', 'rfm-grid.png', 'segment-map.png', 'segment-value.png']);
    expect(check.images.length).toBeGreaterThanOrEqual(run.chartPaths.length);
    expectAllLoaded(check);
    expect(existsSync(path.join('test-output', 'report.png'))).toBe(true);
  });
});
