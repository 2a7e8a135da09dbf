/** Text from the data (segment names, products, countries, campaign copy) cannot ping a channel or mention anyone. */
import { describe, expect, it } from 'vitest';
import { answerQuestion, runTool, slackSafe, TOOL_NAMES, type Answer, type QuestionContext, type ToolCall } from '../../src/questions/index.js';
import { sealResult } from '../../src/result/index.js';
import { fixtureResult } from '../narrative/fixtures.js';

function hostileContext(): QuestionContext {
  const result = fixtureResult();
  result.segments[1].name = '<!channel> Lapsed big spenders';
  result.segments[1].topProducts = [{ value: '<@U0ADMIN> FREE GIFT @here', customers: 40, share: 0.07, lift: 2 }];
  result.segments[1].topCountries = [{ value: 'Germany <!everyone>', customers: 41, share: 0.0686, lift: 2.9 }];
  return {
    runId: 'run-x',
    dataset: 'demo <!here>',
    result: sealResult(result),
    campaigns: [{ id: 'S2-c1', segmentKey: 'S2', audience: 'All of S2', message: 'Hi <!channel>, come back & save <https://evil.example|now>', state: 'auto_approved', decision: 'ok', channel: 'Email', goal: 'Win back <@U0BOSS>' }],
  };
}

const MENTION = /<[!@#]|<https?:/;

function expectSlackSafe(a: Pick<Answer, 'text' | 'table' | 'caveats' | 'filter'>) {
  expect(a.text).not.toMatch(MENTION);
  for (const c of a.caveats) expect(c).not.toMatch(MENTION);
  expect(a.filter).not.toMatch(MENTION);
  for (const row of a.table?.rows ?? []) for (const cell of row) expect(cell).not.toMatch(MENTION);
  expect(a.text).not.toMatch(/(^|[^\u200B])@(here|channel|everyone)\b/);
}

describe('injection through data', () => {
  it('slackSafe escapes & < > and breaks bare @here', () => {
    expect(slackSafe('<!channel> & <@U1> @here')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; @\u200Bhere');
  });

  it('a segment name with <!channel> is escaped in every question about it', async () => {
    const ctx = hostileContext();
    for (const q of ['tell me about S2', 'how big are the segments?', 'which segment brings the most revenue?', 'compare S1 and S2', 'what should we send S2?', 'which countries are S2 from?', 'what products do S2 buy?', 'help', 'what is the meaning of life?']) {
      const a = await answerQuestion(q, ctx);
      expectSlackSafe(a);
      if (/S2|segments|revenue/.test(q) && a.tool !== 'help') expect(a.text + JSON.stringify(a.table ?? '')).toContain('&lt;!channel&gt; Lapsed big spenders');
    }
  });

  it('every tool output is Slack-safe on hostile data', () => {
    const ctx = hostileContext();
    const calls: ToolCall[] = [
      { tool: 'overview', args: {} },
      { tool: 'revenue_ranking', args: { order: 'least' } },
      { tool: 'at_risk', args: {} },
      { tool: 'segment_profile', args: { segment: 'S2' } },
      { tool: 'compare', args: { a: 'S2', b: 'S1' } },
      { tool: 'rfm_table', args: {} },
      { tool: 'breakdown', args: { by: 'country', segment: 'S2', country: 'Germany' } },
      { tool: 'breakdown', args: { by: 'product', rfmSegment: '<!channel>' } },
      { tool: 'model_choice', args: {} },
      { tool: 'campaigns', args: { segment: 'S2' } },
      { tool: 'campaign_results', args: { segment: 'S2' } },
      { tool: 'campaign_results', args: { campaign: '<!channel>' } },
      { tool: 'segment_profile', args: { segment: '<!channel>' } },
      { tool: 'help', args: {} },
    ];
    expect(new Set(calls.map((c) => c.tool))).toEqual(new Set(TOOL_NAMES));
    for (const call of calls) expectSlackSafe(runTool(ctx, call));
  });

  it('quotes an approved campaign’s copy escaped', async () => {
    const a = await answerQuestion('what should we send the lapsed big spenders?', hostileContext());
    expect(a.tool).toBe('campaigns');
    expect(a.text).toContain('Hi &lt;!channel&gt;, come back &amp; save &lt;https://evil.example|now&gt;');
  });
});
