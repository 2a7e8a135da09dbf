/** The deterministic intent parser: phrasings → tool and arguments, on the narrative fixture (S1–S5). */
import { describe, expect, it } from 'vitest';
import { parseQuestion, type Answer, type ToolCall } from '../../src/questions/index.js';
import { fixtureResult } from '../narrative/fixtures.js';

const ctx = { result: fixtureResult() };

const PHRASINGS: Array<[string, ToolCall]> = [
  // help
  ['help', { tool: 'help', args: {} }],
  ['What can I ask?', { tool: 'help', args: {} }],
  ['what kind of questions can you answer', { tool: 'help', args: {} }],
  ['<@U0BOT123> examples please', { tool: 'help', args: {} }],
  // overview
  ['how big are the segments?', { tool: 'overview', args: {} }],
  ['How many segments are there?', { tool: 'overview', args: {} }],
  ['give me an overview', { tool: 'overview', args: {} }],
  ['which segments do we have', { tool: 'overview', args: {} }],
  ['segment sizes', { tool: 'overview', args: {} }],
  ['which is the biggest segment?', { tool: 'overview', args: {} }],
  // revenue ranking
  ['which segment brings the most revenue?', { tool: 'revenue_ranking', args: { order: 'most' } }],
  ['Who spends the most money?', { tool: 'revenue_ranking', args: { order: 'most' } }],
  ['what is our most valuable segment', { tool: 'revenue_ranking', args: { order: 'most' } }],
  ['which segment has the lowest sales', { tool: 'revenue_ranking', args: { order: 'least' } }],
  ['rank the segments by revenue', { tool: 'revenue_ranking', args: { order: 'most' } }],
  ['where does the revenue come from?', { tool: 'revenue_ranking', args: { order: 'most' } }],
  // at risk
  ['how many customers are at risk?', { tool: 'at_risk', args: {} }],
  ['How many customers are at-risk', { tool: 'at_risk', args: {} }],
  ['who is about to churn', { tool: 'at_risk', args: {} }],
  ['how many are we losing?', { tool: 'at_risk', args: {} }],
  ['churn risk?', { tool: 'at_risk', args: {} }],
  ['which customers are slipping away', { tool: 'at_risk', args: {} }],
  // profile
  ['tell me about S2', { tool: 'segment_profile', args: { segment: 'S2' } }],
  ['describe segment 3', { tool: 'segment_profile', args: { segment: 'S3' } }],
  ['who are the lapsed big spenders?', { tool: 'segment_profile', args: { segment: 'S2' } }],
  ['S4?', { tool: 'segment_profile', args: { segment: 'S4' } }],
  ['what do the recent newcomers look like', { tool: 'segment_profile', args: { segment: 'S3' } }],
  ['how much revenue does S1 bring', { tool: 'segment_profile', args: { segment: 'S1' } }],
  ['How many customers are in s 4?', { tool: 'segment_profile', args: { segment: 'S4' } }],
  // compare
  ['compare S2 and S4', { tool: 'compare', args: { a: 'S2', b: 'S4' } }],
  ['S1 vs S3', { tool: 'compare', args: { a: 'S1', b: 'S3' } }],
  ['what is the difference between segment 1 and segment 2?', { tool: 'compare', args: { a: 'S1', b: 'S2' } }],
  ['compare segments 2 and 3', { tool: 'compare', args: { a: 'S2', b: 'S3' } }],
  ['how do the lapsed big spenders differ from the dormant one-off buyers', { tool: 'compare', args: { a: 'S2', b: 'S4' } }],
  ['S1 and S4 side by side', { tool: 'compare', args: { a: 'S1', b: 'S4' } }],
  // RFM table
  ['show the RFM table', { tool: 'rfm_table', args: {} }],
  ['what are the rfm segments?', { tool: 'rfm_table', args: {} }],
  ['who are the champions?', { tool: 'rfm_table', args: {} }],
  ['how many hibernating customers do we have', { tool: 'rfm_table', args: {} }],
  // breakdown
  ['show the champions in Germany', { tool: 'breakdown', args: { by: 'country', rfmSegment: 'Champions', country: 'Germany' } }],
  ['which countries are S1 from?', { tool: 'breakdown', args: { by: 'country', segment: 'S1' } }],
  ['customers by country', { tool: 'breakdown', args: { by: 'country' } }],
  ['how many of S2 are in France', { tool: 'breakdown', args: { by: 'country', segment: 'S2', country: 'France' } }],
  ['what products do S3 buy?', { tool: 'breakdown', args: { by: 'product', segment: 'S3' } }],
  ['top products of the lapsed big spenders', { tool: 'breakdown', args: { by: 'product', segment: 'S2' } }],
  ['show the loyal customers in the UK', { tool: 'breakdown', args: { by: 'country', rfmSegment: 'Loyal', country: 'United Kingdom' } }],
  ['at risk customers in Ireland', { tool: 'breakdown', args: { by: 'country', rfmSegment: 'At Risk', country: 'EIRE' } }],
  ['champions in Spain', { tool: 'breakdown', args: { by: 'country', rfmSegment: 'Champions', country: 'Spain' } }],
  // model choice
  ['why did you choose 4 segments?', { tool: 'model_choice', args: {} }],
  ['Why 4 segments?', { tool: 'model_choice', args: {} }],
  ['how was the model chosen', { tool: 'model_choice', args: {} }],
  ['which algorithm did you use?', { tool: 'model_choice', args: {} }],
  ['is the silhouette any good', { tool: 'model_choice', args: {} }],
  // campaigns
  ['what should we send the lapsed big spenders?', { tool: 'campaigns', args: { segment: 'S2' } }],
  ['campaigns for S1', { tool: 'campaigns', args: { segment: 'S1' } }],
  ['how should we win back segment 4?', { tool: 'campaigns', args: { segment: 'S4' } }],
  ['what offer for the champions?', { tool: 'campaigns', args: { segment: 'S1' } }],
  ['which campaigns are waiting for approval?', { tool: 'campaigns', args: {} }],
  // nothing to answer
  ["what's the weather in Paris tomorrow?", { tool: 'help', args: { unanswered: true } }],
  ['write me a poem', { tool: 'help', args: { unanswered: true } }],
  ['list the emails of our customers', { tool: 'help', args: { unanswered: true } }],
];

describe('parseQuestion', () => {
  it('has at least 40 phrasings to cover', () => expect(PHRASINGS.length).toBeGreaterThanOrEqual(40));

  it.each(PHRASINGS)('%s', (question, expected) => {
    const parsed = parseQuestion(question, ctx);
    expect(parsed.call).toEqual(expected);
    expect(parsed.followUp).toBe(false);
  });
});

const previous = (over: Partial<Answer>): Answer => ({
  tool: 'segment_profile',
  args: { segment: 'S2' },
  runId: 'run-1',
  filter: '',
  text: '',
  caveats: [],
  numbers: [],
  phrasedBy: 'tool',
  segments: ['S2'],
  ...over,
});

const FOLLOW_UPS: Array<[string, Partial<Answer>, ToolCall]> = [
  ['and S3?', {}, { tool: 'segment_profile', args: { segment: 'S3' } }],
  ['what about segment 4?', {}, { tool: 'segment_profile', args: { segment: 'S4' } }],
  ['and S3?', { tool: 'campaigns', args: { segment: 'S2' } }, { tool: 'campaigns', args: { segment: 'S3' } }],
  ['what about the second one?', { tool: 'revenue_ranking', args: { order: 'most' }, segments: ['S1', 'S2', 'S4', 'S3'] }, { tool: 'segment_profile', args: { segment: 'S2' } }],
  ['and the last one?', { tool: 'revenue_ranking', args: { order: 'most' }, segments: ['S1', 'S2', 'S4', 'S3'] }, { tool: 'segment_profile', args: { segment: 'S3' } }],
  ['and S1?', { tool: 'compare', args: { a: 'S2', b: 'S4' }, segments: ['S2', 'S4'] }, { tool: 'compare', args: { a: 'S2', b: 'S1' } }],
  ['and in France?', { tool: 'breakdown', args: { by: 'country', rfmSegment: 'Champions', country: 'Germany' }, segments: ['S1'] }, { tool: 'breakdown', args: { by: 'country', rfmSegment: 'Champions', country: 'France' } }],
  ['what about S4?', { tool: 'breakdown', args: { by: 'country', segment: 'S2', country: 'France' }, segments: ['S2'] }, { tool: 'breakdown', args: { by: 'country', segment: 'S4', country: 'France' } }],
  ['and the lapsed big spenders?', { tool: 'overview', args: {}, segments: ['S1', 'S2', 'S3', 'S4'] }, { tool: 'segment_profile', args: { segment: 'S2' } }],
];

describe('follow-ups in a thread', () => {
  it.each(FOLLOW_UPS)('%s (after %j)', (question, before, expected) => {
    const parsed = parseQuestion(question, ctx, previous(before));
    expect(parsed.call).toEqual(expected);
    expect(parsed.followUp).toBe(true);
  });

  it('reads a question with its own cue as a new question, not a follow-up', () => {
    expect(parseQuestion('and how many are at risk?', ctx, previous({})).call).toEqual({ tool: 'at_risk', args: {} });
    expect(parseQuestion('why did you choose 4 segments?', ctx, previous({})).call).toEqual({ tool: 'model_choice', args: {} });
  });

  it('compares with the previous segment when only one is named', () => {
    expect(parseQuestion('compare it with S4', ctx, previous({})).call).toEqual({ tool: 'compare', args: { a: 'S2', b: 'S4' } });
  });
});
