/**
 * The issue's "must show", end to end through the real CLI on Online Retail: `segbot analyze
 * --narrate` proposes campaigns (the offline narrator's clean ones are auto-approved), one is
 * exported with a holdout, a planted +20% effect on the treated customers' spend in the four weeks
 * after the data ends is measured with its interval and the verdict against the 15% status quo,
 * and the stored measurement answers "how did the … campaign do?" and fills the digest's section.
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { plantedTransactions } from '../../src/measure/index.js';
import { parseAudienceCsv, questionMeasurements } from '../../src/services/measure.js';
import { measurementDigestSection } from '../../src/runs/index.js';
import { openStore } from '../../src/store/index.js';
import { parseNarrative } from '../../src/narrative/index.js';
import { parseResult } from '../../src/result/index.js';
import { runTool, type QuestionContext } from '../../src/questions/index.js';

const ONLINE_RETAIL = path.resolve('examples/online_retail.csv.gz');
const dir = tempDir('segbot-campaign-loop-');
const env = { SEGBOT_DATA_DIR: path.join(dir, 'data'), SEGBOT_COMMITTEE: 'U_ALICE' };
const stores: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
});

interface Summary { campaigns: { campaignId: string; segmentKey: string; state: string; decision: string; launch?: { text: string; holdout: number; minimumDetectableLift: number | null } }[]; segments: { key: string; size: number }[] }

describe('the campaign loop on Online Retail', () => {
  it('analyze --narrate, export an approved campaign, measure a planted +20% with its interval and the verdict against 15%', async () => {
    const out = path.join(dir, 'run');
    const analyzed = runCli(['analyze', ONLINE_RETAIL, '--out', out, '--narrate', '--no-charts', '--dataset', 'retail', '--json'], env);
    expect(analyzed.code, analyzed.stderr).toBe(0);
    const summary = analyzed.lines[0] as Summary;
    // The win-back campaign if review let it through, else the auto-approved campaign with the largest audience.
    const narrative = parseNarrative(readFileSync(path.join(out, 'narrative.json'), 'utf8'));
    // Before launch: every campaign card carries its holdout and detectable lift, at the holdout its own A/B design plans (what the export uses).
    const planOf = (id: string) => narrative.segments.flatMap((s) => s.campaigns).find((c) => id.endsWith(`:${c.id}`))?.abTest.holdoutShare;
    expect(summary.campaigns.every((c) => c.launch && new RegExp(`Holdout ${Math.round((planOf(c.campaignId) ?? -1) * 100)}%`).test(c.launch.text))).toBe(true);
    const goalOf = (id: string) => narrative.segments.flatMap((s) => s.campaigns).find((c) => id.endsWith(`:${c.id}`))?.goal ?? '';
    const approved = summary.campaigns.filter((c) => c.state === 'auto_approved');
    const sizeOf = (key: string) => summary.segments.find((s) => s.key === key)?.size ?? 0;
    const chosen = approved.find((c) => /win back/i.test(goalOf(c.campaignId))) ?? [...approved].sort((a, b) => sizeOf(b.segmentKey) - sizeOf(a.segmentKey))[0];
    expect(chosen, 'the offline narrator proposes an auto-approved campaign').toBeDefined();

    // The store records the published run folder, not the staging folder it was written in.
    const store = await openStore({ dataDir: env.SEGBOT_DATA_DIR });
    stores.push(store);
    expect((await store.listRuns()).map((r) => r.path)).toContain(out);

    // Export with half held out: a +20% lift on a segment of this size needs a large holdout to be seen at all.
    const audienceFile = path.join(dir, 'audience.csv');
    const exported = runCli(['audience', 'export', chosen.campaignId, '--out', audienceFile, '--holdout', '0.5', '--from', '2011-12-10', '--weeks', '4', '--json'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.lines[0]).toMatchObject({ customers: sizeOf(chosen.segmentKey), windowFrom: '2011-12-10', windowTo: '2012-01-07' });
    const audience = parseAudienceCsv(readFileSync(audienceFile, 'utf8'), audienceFile);

    // The real log, then four weeks in which the treated customers spend 20% more (the generator's heterogeneity: most buy nothing).
    const log = path.join(dir, 'online_retail_planted.csv');
    await pipeline(createReadStream(ONLINE_RETAIL), createGunzip(), createWriteStream(log));
    const planted = plantedTransactions(audience, { lift: 0.2, seed: 20, purchaseRate: 0.6, meanBasket: 300 }, 28);
    const day = (d: number) => new Date(Date.parse('2011-12-10T10:00:00Z') + d * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
    const lines = planted.map((t, i) => `${900000 + i},99999,PLANTED ORDER,1,${day(t.day)},${t.amount.toFixed(2)},${t.customerId},United Kingdom`);
    const { appendFileSync } = await import('node:fs');
    appendFileSync(log, lines.join('\n') + '\n');

    const measured = runCli(['measure', chosen.campaignId, '--data', log, '--from', '2011-12-10', '--to', '2012-01-07', '--json'], env);
    expect(measured.code, measured.stderr).toBe(0);
    const m = measured.lines[0] as { treatment_customers: number; holdout_customers: number; lift: number; ci_low: number; ci_high: number; p_value: number; verdict: string; verdict_text: string };
    expect(m.treatment_customers + m.holdout_customers).toBe(audience.length);
    expect(m.ci_low).toBeLessThan(0.2);
    expect(m.ci_high).toBeGreaterThan(0.2);
    expect(m.verdict_text).toMatch(/against the holdout, 95% interval [+−]\d+% to [+−]\d+%/);
    expect(m.verdict_text).toMatch(/15% status quo/);
    console.info(`campaign ${chosen.campaignId} (${goalOf(chosen.campaignId)}): ${m.verdict_text}`);

    // Stored: the Q&A tool reports it by the campaign's name, and the digest's week lists it.
    const [stored] = await questionMeasurements(store, [chosen.campaignId]);
    expect(stored.latest).toMatchObject({ lift: m.lift, ciLow: m.ci_low, ciHigh: m.ci_high, verdictText: m.verdict_text });
    const result = parseResult(readFileSync(path.join(out, 'result.json'), 'utf8'));
    const ctx: QuestionContext = {
      runId: 'run', dataset: 'retail', result, narrative,
      campaigns: summary.campaigns.map((c) => ({ id: c.campaignId, segmentKey: c.segmentKey, audience: '', message: '', state: c.state, decision: c.decision as 'ok' })),
      measurements: [stored],
    };
    const answer = runTool(ctx, { tool: 'campaign_results', args: { campaign: goalOf(chosen.campaignId).split(' ').slice(0, 3).join(' ') } });
    expect(answer.text).toContain(m.verdict_text.replace(/&/g, '&amp;'));
    const section = await measurementDigestSection(store, '2012-01-08');
    expect(section?.lines.some((l) => l.includes(m.verdict_text))).toBe(true);
  }, 400_000);
});
