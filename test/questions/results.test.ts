/** "How did the win-back campaign do?": the campaign found by name, its latest stored measurement, or what to do to get one. */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { answerQuestion, dataStrings, numeralsIn, parseQuestion, phrasingProblem, runTool, type QuestionContext, type QuestionMeasurement, type ToolCall } from '../../src/questions/index.js';
import { OfflineNarrator } from '../../src/narrative/index.js';
import { openStore } from '../../src/store/index.js';
import { questionMeasurements } from '../../src/services/measure.js';
import { fixtureResult } from '../narrative/fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

let ctx: QuestionContext;
const WIN_BACK = '0123456789ab:S2-c1';

const measured: QuestionMeasurement = {
  campaignId: WIN_BACK,
  exported: { at: '2011-11-01T09:00:00.000Z', customers: 1200, holdout: 120, windowFrom: '2011-11-01', windowTo: '2011-11-29' },
  latest: {
    at: '2011-12-02T09:00:00.000Z', windowFrom: '2011-11-01', windowTo: '2011-11-29', treatmentCustomers: 1080, holdoutCustomers: 120,
    lift: 0.214, ciLow: 0.09, ciHigh: 0.33, level: 0.95, pValue: 0.004, statusQuo: 0.15, verdict: 'lift_unclear_vs_status_quo',
    verdictText: '+21% against the holdout, 95% interval 9% to 33%, p = 0.004: a real lift, but the interval does not tell whether it beats the 15% status quo.',
  },
};

beforeAll(async () => {
  const result = fixtureResult();
  const narrative = await new OfflineNarrator().narrate(result);
  const campaigns = narrative.segments.flatMap((s) =>
    s.campaigns.map((c) => ({ id: `0123456789ab:${c.id}`, segmentKey: s.segmentKey, audience: c.audience, message: c.message, state: c.id === 'S4-c1' ? 'flagged' : 'auto_approved', decision: c.id === 'S4-c1' ? ('review' as const) : ('ok' as const) })),
  );
  ctx = { runId: 'run-1', dataset: 'retail', result, narrative, campaigns };
});

function expectHonest(call: ToolCall, context: QuestionContext) {
  const output = runTool(context, call);
  expect(new Set(numeralsIn(output.text, dataStrings(context)))).toEqual(new Set(output.numbers));
  expect(phrasingProblem(output.text, output, context)).toBeNull();
  expect(output.text).not.toMatch(/NaN|undefined|Infinity|\[object/);
  return output;
}

describe('campaign results', () => {
  it('reads "how did the win-back campaign do?" as the results tool, and leaves "what should we send" to the campaigns tool', () => {
    expect(parseQuestion('how did the win-back campaign do?', ctx).call).toEqual({ tool: 'campaign_results', args: { campaign: 'win-back' } });
    expect(parseQuestion('Did the win back offer work?', ctx).call).toMatchObject({ tool: 'campaign_results', args: { campaign: 'win back' } });
    expect(parseQuestion('how did the campaigns for S2 perform?', ctx).call).toEqual({ tool: 'campaign_results', args: { segment: 'S2' } });
    expect(parseQuestion('what should we send the lapsed buyers?', ctx).call.tool).toBe('campaigns');
    expect(parseQuestion('how can we win back S2?', ctx).call.tool).toBe('campaigns');
  });

  it('reports the latest measurement: lift, interval, test and the verdict against the 15% status quo', async () => {
    const context = { ...ctx, measurements: [measured] };
    const out = expectHonest({ tool: 'campaign_results', args: { campaign: 'win-back' } }, context);
    expect(out.text).toContain('Win back high-value customers who have stopped buying');
    expect(out.text).toContain('+21.4% sales per customer against the holdout, 95.0% interval +9.0% to +33.0%, p = 0.004');
    expect(out.text).toMatch(/Verdict: \+21% against the holdout.*15% status quo/);
    expect(out.text).toContain('1,080 treated against 120 held-out customers');
    expect(out.segments).toEqual(['S2']);
    const answer = await answerQuestion('how did the win-back campaign do?', context);
    expect(answer.tool).toBe('campaign_results');
    expect(answer.text).toContain('+21.4%');
  });

  it('says an exported campaign is not measured yet, with the command for its window', () => {
    const context = { ...ctx, measurements: [{ ...measured, latest: null }] };
    const out = expectHonest({ tool: 'campaign_results', args: { campaign: 'win-back' } }, context);
    expect(out.text).toContain('has not been measured yet');
    expect(out.text).toContain(`segbot measure ${WIN_BACK} --data <transaction log> --from 2011-11-01 --to 2011-11-29`);
  });

  it('says an approved campaign that was never exported must be exported first; a flagged one must be approved first', () => {
    const fresh = expectHonest({ tool: 'campaign_results', args: { campaign: 'win back' } }, { ...ctx, measurements: [] });
    expect(fresh.text).toContain(`segbot audience export ${WIN_BACK} --out audience.csv`);
    const flagged = expectHonest({ tool: 'campaign_results', args: { campaign: 'reactivate' } }, ctx);
    expect(flagged.text).toMatch(/it is flagged, and only an approved campaign can be exported and measured/);
  });

  it('lists the campaigns when none matches the name', () => {
    const out = expectHonest({ tool: 'campaign_results', args: { campaign: 'black friday' } }, ctx);
    expect(out.text).toMatch(/No campaign of this run matches “black friday”/);
    expect(out.text).toContain('Win back high-value customers');
  });

  it('reads exports and measurements back from the store', async () => {
    const store = await openStore({ dataDir: path.join(tempDir('segbot-results-'), 'data') });
    try {
      await store.saveExport({
        campaignId: WIN_BACK, version: 1, versionHash: 'h', targetKind: 'csv', target: '/tmp/a.csv', customers: 1200, treatment: 1080, holdout: 120, holdoutShare: 0.1,
        segmentKey: 'S2', runDir: '/r', contentHash: 'c', windowFrom: '2011-11-01', windowTo: '2011-11-29', actor: 'U1',
      });
      const l = measured.latest!;
      await store.saveMeasurement({
        campaignId: WIN_BACK, windowFrom: l.windowFrom, windowTo: l.windowTo, dataSource: 'log.csv', treatmentCustomers: l.treatmentCustomers, holdoutCustomers: l.holdoutCustomers,
        lift: l.lift, ciLow: l.ciLow, ciHigh: l.ciHigh, pValue: l.pValue, statusQuo: l.statusQuo, verdict: l.verdict, verdictText: l.verdictText, detail: { level: 0.95 }, actor: 'U1',
      });
      const [read, none] = await questionMeasurements(store, [WIN_BACK, 'other:S1-c1']);
      expect(read).toMatchObject({ campaignId: WIN_BACK, exported: measured.exported && { customers: 1200, holdout: 120 }, latest: { lift: 0.214, verdictText: l.verdictText, level: 0.95 } });
      expect(none).toEqual({ campaignId: 'other:S1-c1', exported: null, latest: null });
    } finally {
      await store.close();
    }
  });
});
