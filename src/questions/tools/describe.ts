/** The tool list as the LLM sees it when it picks one: names, what each answers, its arguments. */
export const TOOL_DESCRIPTIONS = [
  { tool: 'overview', answers: 'how many segments, their sizes and shares', args: {} },
  { tool: 'revenue_ranking', answers: 'which segment brings the most (or least) revenue', args: { order: '"most" or "least"' } },
  { tool: 'at_risk', answers: 'how many customers are at risk of lapsing (RFM At Risk, Can\'t Lose Them, About to Sleep), and how many have lapsed', args: {} },
  { tool: 'segment_profile', answers: 'everything about one segment', args: { segment: 'a segment key such as "S2"' } },
  { tool: 'compare', answers: 'two segments side by side', args: { a: 'segment key', b: 'segment key' } },
  { tool: 'rfm_table', answers: 'the named RFM segments (Champions, Loyal, ...) with sizes and revenue', args: {} },
  {
    tool: 'breakdown',
    answers: 'customers by country or by product, for a segment, an RFM segment or all segments, optionally one country or product',
    args: { by: '"country" or "product"', segment: 'optional segment key', rfmSegment: 'optional RFM segment name, e.g. "Champions"', country: 'optional country as the data spells it', product: 'optional product' },
  },
  { tool: 'model_choice', answers: 'why the run chose this model and this number of segments', args: {} },
  { tool: 'campaigns', answers: 'the proposed campaigns for a segment and their review state', args: { segment: 'segment key' } },
  {
    tool: 'campaign_results',
    answers: 'how a campaign did, or whether it worked: its measured sales lift against the holdout, interval and verdict against the 15% status quo, or that it is not measured yet and how to measure it',
    args: { campaign: 'optional words naming the campaign, e.g. "win-back"', segment: 'optional segment key' },
  },
  { tool: 'help', answers: 'what can be asked; use {"unanswered": true} when no tool can answer the question', args: { unanswered: 'optional boolean' } },
] as const;
