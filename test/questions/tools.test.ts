/** Each query tool on the real Online Retail result: its figures, and that its text shows only the numbers it computed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, dataStrings, numeralsIn, phrasingProblem, runTool, type Answer, type QuestionContext, type ToolCall } from '../../src/questions/index.js';
import { OfflineNarrator } from '../../src/narrative/index.js';
import { segmentOnlineRetail, type OnlineRetailRun } from './online-retail.js';

let run: OnlineRetailRun;
let ctx: QuestionContext;
beforeAll(async () => {
  run = await segmentOnlineRetail();
  ctx = { runId: 'run-or', dataset: 'demo', result: run.result };
}, 120_000);
afterAll(() => run?.cleanup());

/** What every answer promises: the numbers in its text are exactly its `numbers`, all computed by the tool. */
function expectHonest(call: ToolCall, context: QuestionContext = ctx) {
  const output = runTool(context, call);
  const shown = numeralsIn(output.text, dataStrings(context));
  expect(new Set(shown)).toEqual(new Set(output.numbers));
  expect(phrasingProblem(output.text, output, context)).toBeNull();
  expect(output.text).not.toMatch(/NaN|undefined|Infinity|\[object/);
  return output;
}

const ask = (q: string, previous?: Answer, context: QuestionContext = ctx) => answerQuestion(q, context, { previous });

describe('tools on Online Retail', () => {
  it('the result is the default selection: 3 segments over 4,338 customers', () => {
    expect(run.result.totals.customers).toBe(4338);
    expect(run.result.segments.filter((s) => !s.isNoise)).toHaveLength(3);
  });

  it('overview: sizes and shares of every segment', () => {
    const out = expectHonest({ tool: 'overview', args: {} });
    expect(out.text).toContain('*3 segments* over 4,338 customers');
    expect(out.table!.rows.map((r) => r[0])).toEqual(['S1', 'S2', 'S3']);
    const sizes = out.table!.rows.map((r) => Number(r[2].replace(/,/g, '')));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(4338);
  });

  it('revenue ranking: the segment that brings the most revenue, with its share', async () => {
    const a = await ask('which segment brings the most revenue?');
    expect(a.tool).toBe('revenue_ranking');
    const top = [...run.result.segments].sort((x, y) => (y.revenue ?? 0) - (x.revenue ?? 0))[0];
    expect(a.text).toMatch(new RegExp(`^${top.key} \\(${top.name}\\) brings the most revenue`));
    expect(a.numbers).toContain(`${((top.revenueShare ?? 0) * 100).toFixed(1)}%`);
    expect(a.segments[0]).toBe(top.key);
    expect(a.phrasedBy).toBe('tool');
    expect(a.runId).toBe('run-or');
    expectHonest({ tool: 'revenue_ranking', args: { order: 'least' } });
  });

  it('at risk: the RFM names it counts add up, and the caveat names them', async () => {
    const a = await ask('how many customers are at risk?');
    expect(a.tool).toBe('at_risk');
    const rfm = run.result.rfm!.segments;
    const n = rfm.filter((s) => ['At Risk', "Can't Lose Them", 'About to Sleep'].includes(s.name)).reduce((t, s) => t + s.customers, 0);
    expect(a.text).toContain(`*${n.toLocaleString('en-US')} customers are at risk*`);
    expect(a.caveats.join(' ')).toMatch(/At Risk, Can't Lose Them and About to Sleep/);
    expectHonest({ tool: 'at_risk', args: {} });
  });

  it('profile: one segment by key or by name', async () => {
    const s2 = run.result.segments.find((s) => s.key === 'S2')!;
    const a = await ask('tell me about S2');
    expect(a.tool).toBe('segment_profile');
    expect(a.text).toContain(`${s2.size.toLocaleString('en-US')} customers`);
    expect(a.filter).toBe('segment S2');
    const byName = await ask(`who are the ${s2.name.toLowerCase()}?`);
    expect(byName.args).toEqual({ segment: 'S2' });
    expectHonest({ tool: 'segment_profile', args: { segment: 'S1' } });
    expectHonest({ tool: 'segment_profile', args: { segment: 'S3' } });
  });

  it('compare: two segments side by side, and a segment the run does not have', async () => {
    const a = await ask('compare S1 and S3');
    expect(a.tool).toBe('compare');
    expect(a.table!.columns).toEqual(['', 'S1', 'S3']);
    expectHonest({ tool: 'compare', args: { a: 'S1', b: 'S3' } });
    const missing = await ask('compare S2 and S4');
    expect(missing.text).toMatch(/This run has no segment “S4”. Its segments are S1 .* and S3/);
    expect(missing.numbers).toEqual([]);
  });

  it('RFM table: every named RFM segment with its customers', () => {
    const out = expectHonest({ tool: 'rfm_table', args: {} });
    expect(out.table!.rows.map((r) => r[0])).toEqual(run.result.rfm!.segments.map((s) => s.name));
  });

  it('breakdown without breakdown data: from the profiles, with a caveat saying so', async () => {
    const a = await ask('show the champions in Germany');
    expect(a.tool).toBe('breakdown');
    expect(a.args).toEqual({ by: 'country', rfmSegment: 'Champions', country: 'Germany' });
    expect(a.caveats.some((c) => /No country breakdown was passed with this run/.test(c))).toBe(true);
    expect(a.caveats.some((c) => /Champions is read as S\d/.test(c))).toBe(true);
    expect(a.text).toMatch(/customers in Germany/);
    expectHonest(a as ToolCall);
    expectHonest({ tool: 'breakdown', args: { by: 'product', segment: 'S2' } });
    expectHonest({ tool: 'breakdown', args: { by: 'country' } });
  });

  it('breakdown with breakdown data passed in: the aggregates given, no caveat', async () => {
    const withBreakdown: QuestionContext = {
      ...ctx,
      breakdown: { rfmSegments: [{ name: 'Champions', countries: [{ value: 'Germany', customers: 31, revenue: 120_345.5 }, { value: 'United Kingdom', customers: 520 }] }] },
    };
    const a = await ask('show the champions in Germany', undefined, withBreakdown);
    expect(a.caveats).toEqual([]);
    const champions = run.result.rfm!.segments.find((s) => s.name === 'Champions')!;
    expect(a.text).toBe(`RFM Champions: 31 customers in Germany (${((31 / champions.customers) * 100).toFixed(1)}% of ${champions.customers}), revenue 120,346.`);
    expectHonest(a as ToolCall, withBreakdown);
  });

  it('model choice: from result.selection', async () => {
    const a = await ask('why did you choose 3 segments?');
    expect(a.tool).toBe('model_choice');
    expect(a.text).toMatch(/^\*3 segments\* \(k-means\) ranked best of \d+ eligible models out of 30 tried/);
    expect(a.text).toContain(run.result.selection.reason.slice(0, 20));
    expectHonest({ tool: 'model_choice', args: {} });
  });

  it('campaigns: review states shown, copy quoted only once review cleared it', async () => {
    const narrative = await new OfflineNarrator().narrate(run.result);
    const s3 = narrative.segments.find((s) => s.segmentKey === 'S3')!;
    const campaigns = s3.campaigns.map((c, i) => ({
      id: c.id,
      segmentKey: 'S3',
      audience: c.audience,
      message: c.message,
      state: i === 0 ? 'auto_approved' : 'flagged',
      decision: i === 0 ? ('ok' as const) : ('review' as const),
    }));
    const context: QuestionContext = { ...ctx, narrative, campaigns };
    const name = run.result.segments.find((s) => s.key === 'S3')!.name.toLowerCase();
    const a = await ask(`what should we send the ${name}?`, undefined, context);
    expect(a.tool).toBe('campaigns');
    expect(a.args).toEqual({ segment: 'S3' });
    expect(a.text).toContain('passed review');
    expect(a.text).toContain(s3.campaigns[0].message.replace(/&/g, '&amp;').slice(0, 30));
    if (s3.campaigns.length > 1) {
      expect(a.text).toContain('awaiting committee approval');
      expect(a.text).not.toContain(s3.campaigns[1].message.slice(0, 30));
    }
    expectHonest({ tool: 'campaigns', args: { segment: 'S3' } }, context);
    const unnarrated = await ask('campaigns for S1');
    expect(unnarrated.caveats.join(' ')).toMatch(/not narrated/);
  });

  it('help: what can be asked, and the same list for a question no tool answers', async () => {
    const help = await ask('what can I ask?');
    expect(help.tool).toBe('help');
    expect(help.text).toContain('which segment brings the most revenue?');
    const unknown = await ask('what will the weather be like tomorrow?');
    expect(unknown.tool).toBe('help');
    expect(unknown.args).toEqual({ unanswered: true });
    expect(unknown.text).toMatch(/^I can only answer from this run’s figures/);
    expect(unknown.text.split('\n').filter((l) => l.startsWith('•')).length).toBeGreaterThanOrEqual(8);
  });
});

describe('follow-ups on Online Retail', () => {
  it('“and S3?” and “what about the second one?” refer to the same run', async () => {
    const ranking = await ask('which segment brings the most revenue?');
    const second = await ask('what about the second one?', ranking);
    expect(second.tool).toBe('segment_profile');
    expect(second.args).toEqual({ segment: ranking.segments[1] });
    expect(second.runId).toBe(ranking.runId);
    const s3 = await ask('and S3?', second);
    expect(s3.args).toEqual({ segment: 'S3' });
    const campaigns = await ask('what should we send them?', s3);
    expect(campaigns).toMatchObject({ tool: 'campaigns', args: { segment: 'S3' } });
  });

  it('says so when the previous answer was about another run', async () => {
    const earlier = await ask('tell me about S1');
    const later = await answerQuestion('and S2?', { ...ctx, runId: 'run-2' }, { previous: earlier });
    expect(later.caveats.join(' ')).toMatch(/earlier answer in this thread was about run run-or/);
  });
});
